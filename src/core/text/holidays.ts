/**
 * The holidays news dates events by ("died on Christmas Day", "will reopen
 * after Thanksgiving", "Black Friday sales"), and the day each falls on in a
 * given year: fixed days, the nth weekday of a month, and Easter.
 */
import { daysInMonth } from './calendar.ts';

type DayOfYear = { month: number; day: number };

/** The day of a month that is its `nth` given weekday (0 Sunday … 6 Saturday); a negative `nth` counts from the end. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): DayOfYear {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return { month, day: 1 + ((weekday - first + 7) % 7) + 7 * (nth - 1) };
  }
  const lastDay = daysInMonth(year, month);
  const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return { month, day: lastDay - ((last - weekday + 7) % 7) };
}

/** Easter Sunday in the Gregorian calendar (the anonymous computus). */
function easter(year: number): DayOfYear {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

function shifted({ month, day }: DayOfYear, year: number, days: number): DayOfYear {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return { month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

const fixed = (month: number, day: number) => () => ({ month, day });
const thanksgiving = (year: number) => nthWeekday(year, 11, 4, 4);

// Each holiday as news writes it, with its day in a year. Names that also name a thing without dating anything
// ("a Christmas tree", "Easter eggs") are the ones that need a preposition before them (see BARE below).
const HOLIDAYS: [pattern: string, dayIn: (year: number) => DayOfYear][] = [
  [String.raw`New\s+Year[’']?s\s+Eve`, fixed(12, 31)],
  [String.raw`New\s+Year[’']?s(?:\s+Day)?`, fixed(1, 1)],
  [String.raw`Christmas\s+Eve`, fixed(12, 24)],
  [String.raw`Christmas(?:\s+Day)?`, fixed(12, 25)],
  [String.raw`Boxing\s+Day`, fixed(12, 26)],
  [String.raw`Valentine[’']?s\s+Day`, fixed(2, 14)],
  [String.raw`St\.?\s+Patrick[’']?s\s+Day`, fixed(3, 17)],
  [String.raw`Halloween`, fixed(10, 31)],
  [String.raw`Veterans\s+Day`, fixed(11, 11)],
  [String.raw`Independence\s+Day|(?:the\s+)?Fourth\s+of\s+July`, fixed(7, 4)],
  [String.raw`Juneteenth`, fixed(6, 19)],
  [String.raw`Thanksgiving(?:\s+Day)?`, thanksgiving],
  [String.raw`Black\s+Friday`, (year) => shifted(thanksgiving(year), year, 1)],
  [String.raw`Cyber\s+Monday`, (year) => shifted(thanksgiving(year), year, 4)],
  [String.raw`Memorial\s+Day`, (year) => nthWeekday(year, 5, 1, -1)],
  [String.raw`Labou?r\s+Day`, (year) => nthWeekday(year, 9, 1, 1)],
  [String.raw`Mother[’']?s\s+Day`, (year) => nthWeekday(year, 5, 0, 2)],
  [String.raw`Father[’']?s\s+Day`, (year) => nthWeekday(year, 6, 0, 3)],
  [String.raw`Good\s+Friday`, (year) => shifted(easter(year), year, -2)],
  [String.raw`Easter\s+Monday`, (year) => shifted(easter(year), year, 1)],
  [String.raw`Easter(?:\s+Sunday)?`, easter],
];

// A name that is a day ("Christmas Day", "Black Friday") dates what it stands beside; a bare "Christmas",
// "Thanksgiving", "Easter", "Halloween" or "New Year's" only after a preposition, and not before a noun it
// qualifies ("on Christmas", not "a Christmas tree" nor "for Thanksgiving dinner").
const BARE = /^(?:Christmas|Thanksgiving|Easter|Halloween|New\s+Year[’']?s)$/u;
const PREPOSITION_BEFORE = /\b(?:on|by|until|till|before|after|since|at|over|through|for|around|during|ahead\s+of)\s+$/i;

// (In the list's order: "Christmas Eve" is tried before "Christmas".)
// ("Christmas Day 2007", "Christmas Day in 2007", "Christmas Eve of 2007": the year written after it is its own.)
export const HOLIDAY = new RegExp(`\\b(${HOLIDAYS.map(([pattern]) => `(?:${pattern})`).join('|')})(?:,?\\s+(?:(?:in|of)\\s+)?(\\d{4}))?\\b`, 'gu');

/** A quick test: every holiday's name holds one of these. */
export const MAY_HOLD_HOLIDAY = /Eve|Day|Christmas|Halloween|Juneteenth|Thanksgiving|Friday|Monday|Fourth|Easter|New\s+Year/;

// Each holiday's pattern, whole, to tell which one a name HOLIDAY read is (made once: a mention asks for three years).
const NAMED = HOLIDAYS.map(([pattern, dayIn]) => ({ whole: new RegExp(`^(?:${pattern})$`, 'u'), dayIn }));

/** The day the holiday named by `name` falls on in `year`. */
export function holidayIn(name: string, year: number): DayOfYear | undefined {
  return NAMED.find(({ whole }) => whole.test(name))?.dayIn(year);
}

/** Whether the holiday name read at `at` dates the sentence there, rather than a thing named after it. */
export function datesHere(sentence: string, name: string, at: number, end: number): boolean {
  if (!BARE.test(name)) return true;
  return PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, at - 16), at)) && !/^\s+\p{Ll}/u.test(sentence.slice(end, end + 8).replace(/^\s+(?:and|or)\b/, '.'));
}
