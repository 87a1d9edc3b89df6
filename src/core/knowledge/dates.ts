/**
 * Finds the dates a sentence states, at the precision it states them:
 * "March 18" -> 2024-03-18, "August 2021" -> 2021-08, "in 2019" -> 2019.
 *
 * chrono-node reads absolute dates. Three things it does not do the way a
 * reader of news does, so they are handled here:
 *   - a date without a year is the one nearest publication, leaning to the past:
 *     "In December" in a March article is last December, "by February 21" in a
 *     February 14 article is a week later; one in a sentence about the future
 *     ("will", "is expected to") is the next such date, and a month listed with
 *     a dated one ("February and March 2020") takes its year;
 *   - bare years ("in 2019", "mid-2022") are dates, and days in digits with a year ("12/15/15") when only one
 *     reading is a real date; slashed numbers ("9/11") and clock times are not;
 *   - "last year", "earlier this month" are dated by the publication date;
 *   - relative phrases ("two days later", "later in the same month") are
 *     anchored on the nearest dated statement before them, not on today.
 */
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { lazyPackage } from '../lazyPackage.ts';
import { alternatives, daysInMonth, isCalendarDay, MONTH_NAMES, MONTH_PREFIXES, MONTHS_ALSO_NAMES, WEEKDAY_NAMES, WEEKDAY_PREFIXES } from '../text/calendar.ts';
import { lastIndexOfAny } from '../text/characters.ts';
import { datesHere, HOLIDAY, holidayIn, MAY_HOLD_HOLIDAY } from '../text/holidays.ts';

// English only: the package's main entry loads its fifteen other locales too (some 260 modules). Loaded when the
// first sentence is dated: answering from a snapshot never does.
const chronoEnglish = lazyPackage<typeof import('chrono-node/en')>('chrono-node/en');

/** A calendar date at the precision the text gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
}

export interface DateMention {
  date: PartialDate;
  start: number;
  end: number;
  /** "since August 2021" sets a frame; it is not what the sentence reports. */
  subordinate: boolean;
}

// Only the parsers for absolute dates written in words or ISO form. Slash
// formats read "9/11" as a date; time and relative parsers anchor on today.
const ABSOLUTE_PARSERS = new Set([
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENWeekdayParser',
  'ENYearMonthNameParser',
  'ENMonthNameParser',
]);
let absoluteDateParser: ReturnType<ReturnType<typeof chronoEnglish>['casual']['clone']> | undefined;
function absoluteDates() {
  if (absoluteDateParser) return absoluteDateParser;
  const parser = chronoEnglish().casual.clone();
  parser.parsers = parser.parsers.filter((p) => ABSOLUTE_PARSERS.has(p.constructor.name));
  // (chrono reads "May" alone only after "in"; MAY_INTRODUCER says when it is the month, "since May" too.)
  parser.refiners = parser.refiners.filter((refiner) => (!/Timezone|Time/.test(refiner.constructor.name) || /Merge/.test(refiner.constructor.name)) && refiner.constructor.name !== 'ENUnlikelyFormatFilter');
  return (absoluteDateParser = parser);
}

const CALENDAR_PREFIX = alternatives([...MONTH_PREFIXES, ...WEEKDAY_PREFIXES]);
const MONTH_OR_WEEKDAY_WORD = new RegExp(`\\b(?:${CALENDAR_PREFIX})[a-z]*\\.?|\\d{4}-\\d{2}`);
// "march" the verb, "may" the modal: a month name counts only when written as one.
const MONTH_OR_WEEKDAY_NAME = new RegExp(`\\b(?:${alternatives([...MONTH_NAMES, ...WEEKDAY_NAMES])})\\b`);
// "in 2019", "since mid-2022", "the year 2100", "until at least 2023"; not "2019–20" or "2019 to 2021" (a span, not a
// date), but "in 2019 to 91 percent" is.
// "fiscal 2019", "fiscal year 2019", "spring 2020": the year, to the precision a date here has.
// ("a sequence that stretches all the way back to 2003", "dates back to 1990": how far something goes back.)
const YEAR_PHRASE = /\b(?:(?:in|into|since|during|by|until|till|from|before|after|around|through|throughout|early|late|mid|of|back\s+to|as\s+(?:soon|early|late)\s+as|fiscal(?:\s+year)?|financial\s+year|spring|summer|autumn|fall|winter)\s+(?:the\s+year\s+)?|(?:until|till|by|before)\s+at\s+(?:least|the\s+earliest)\s+|the\s+year\s+|mid-)(1[0-9]{3}|20[0-9]{2}|21[0-9]{2})\b(?!\s*[-–\/]\s*\d)(?!\s+to\s+(?:1[0-9]|20)\d{2}\b)(?![\d%])/gi;
// "a similar 2004 tax holiday", "the lo-fi black-and-white 2009 musical": an article, one or two adjectives, the year and
// its noun; not a count ("an estimated 2000 acres", "the remaining 1900 jobs") nor words that only link ("the estimates for 1914").
const NOT_ADJECTIVES_BEFORE_YEAR =
  'estimated|additional|remaining|further|extra|another|nearly|about|some|roughly|approximately|around|over|more|less|fewer|than|least|' +
  'total|full|whole|first|last|next|other|for|of|in|on|at|to|from|with|by|and|or|but|that|which|years?|since|until|between|during|after|' +
  'before|into|under|calendar|fiscal';
const ADJECTIVES_BEFORE_YEAR = String.raw`\b(?:[Aa]n?|[Tt]he)\s+(?:(?!(?:${NOT_ADJECTIVES_BEFORE_YEAR})\b)\p{Ll}[\p{Ll}-]{2,}\s+){1,2}(1[89][0-9]{2}|20[0-9]{2})(?=\s+\p{Ll}{3,}(?<![^s]s)\b)(?![\d%])`;
// "a 2018 analysis", "a similar 2004 tax holiday", "2016’s Star Trek Beyond" (some pages put a prime for the apostrophe,
// "2016′s"), "GiveWell’s 2017 top charities": a year that
// dates the thing named;
// "2019 was the year of …" opening a sentence or after an opening phrase ("In many ways, 2019 was …").
// "the 1967 Six-Day War", "(1982)" after what it dates, "dating to 2007"; "Washington’s disastrous 2015 season"
// (an owner's season, not "the outdated 1988 sanctions regime" a sentence only mentions);
// "2016 probably wasn’t …"; "It’s 2016, so …".
const ATTRIBUTIVE_YEAR = new RegExp(
  String.raw`\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(1[89][0-9]{2}|20[0-9]{2})(?=\s+\p{Ll}{3,}|\s+(?!Percent)\p{Lu})(?![\d%])|${ADJECTIVES_BEFORE_YEAR}|\b(1[89][0-9]{2}|20[0-9]{2})[’'′](?=s\b)|(?<=\p{L}\s?)\((1[89][0-9]{2}|20[0-9]{2})\)|\bdating\s+(?:back\s+)?to\s+(1[89][0-9]{2}|20[0-9]{2})\b|(?<=\p{L}[’']s\s(?:(?!(?:for|from|with|than|that|which|and|years?)\b)\p{Ll}{3,}\s){0,2})(1[89][0-9]{2}|20[0-9]{2})(?=\s+\p{Ll}{3,})|(?:^|(?<=[“"]|\p{L},\s))(1[89][0-9]{2}|20[0-9]{2})(?=\s+(?:\p{Ll}+ly\s+)?(?:was|wasn[’']t|is|isn[’']t|has|had|will|saw|marked|brought)\b)|(?<=\b[Ii]t[’']s\s)(1[89][0-9]{2}|20[0-9]{2})\b(?![\d%])`,
  'gu',
);
// "yesterday", "last night", "today": the day of publication, or the one before or after it.
// "right now" too: the present of the article, as "today" is.
const PUBLICATION_DAY = /\b(yesterday|last\s+night|today|tonight|this\s+(?:morning|afternoon|evening)|tomorrow|right\s+now)\b/gi;
// "a deal announced at the beginning of the week", "shares rose to begin the week": the Monday of publication's week.
const WEEK_START = /\b(?:(?:at\s+)?the\s+(?:beginning|start)\s+of\s+(?:the|this)\s+week|to\s+(?:begin|start)\s+the\s+week)\b/gi;
// "four years ago", "two weeks ago": counted back from publication; "twenty years from now": ahead of it.
const AGO = /\b(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\s+(day|week|month|year)s?\s+(ago|from\s+now)\b/gi;
// "last year", "earlier this month": dated by the publication date.
// "this year’s best", "last week’s game": the same dates, said of a thing; "this fall": the year it falls in.
const PUBLICATION_RELATIVE = /\b(?:(?:earlier|later)\s+)?(this|last|next)\s+(year|month|week|weekend(?!\s+of\b))\b|\b(this|last|next)\s+(spring|summer|autumn|fall|winter)\b/gi;
// What each pattern above cannot match without, as one quick test (substrings, case-insensitive as the patterns
// are, so never stricter than them; faster than the same test with includes() or on the text in lower case).
const HAS_YEAR = /\d{4}/;
// What a date chrono reads must hold to be kept (see absoluteDatesIn: a month or weekday name written with its
// capital, or a year and month in digits): most sentences hold a "may", a "mon" ("money") or a year, few this.
const MAY_HOLD_KEPT_DATE = new RegExp(`${CALENDAR_PREFIX}|\\d{4}-\\d{2}`);
const PUBLICATION_DAY_WORDS = 'yesterday|night|today|tomorrow|morning|afternoon|evening|now';
const PUBLICATION_RELATIVE_WORDS = 'year|month|week|spring|summer|autumn|fall|winter';
const MAY_HOLD_PUBLICATION_DAY = new RegExp(PUBLICATION_DAY_WORDS, 'i');
const MAY_HOLD_PUBLICATION_RELATIVE = new RegExp(PUBLICATION_RELATIVE_WORDS, 'i');
const MAY_HOLD_AGO = /ago|from\s+now/i;
const BOUND_BEFORE = /\b(?:more\s+than|less\s+than|fewer\s+than|over|under|at\s+least|up\s+to)\s+$/i;
const MAY_HOLD_WEEK_START = /the\s+week/i;
// "up 4 percent from the previous year", "revenue rose 25% compared with a year earlier", "down from $19.5 billion last
// year": the period a figure is compared with is no date of what the sentence reports.
const COMPARED_WITH = /\b(?:compared\s+(?:with|to)|versus|vs\.?|as\s+against|than(?:\s+\p{L}+){0,2}|from|over)\s+(?:[$€£]?\d[\d.,]*\s*(?:%|percent|per\s+cent|(?:[mb]|tr)illion)?\s+)?(?:(?:that|those)\s+of\s+)?$/iu;
// ("an increase from the previous year": "from" and "over" compare only after a word for a change or a figure.)
const CHANGE_OR_FIGURE = /\b(?:up|down|rose|risen|fell|fallen|increase[ds]?|decrease[ds]?|declined?|grew|grown|gain(?:ed|s)?|drop(?:ped|s)?|jump(?:ed|s)?|higher|lower|more|less|fewer|percent|per\s+cent)\b|[%$€£]/i;

/** Whether the period at `at` is what a figure is compared with: "from the previous year", "than a year ago". */
function isComparedWith(sentence: string, at: number): boolean {
  const before = sentence.slice(Math.max(0, at - 120), at);
  const compared = COMPARED_WITH.exec(before);
  if (!compared) return false;
  return !/^(?:from|over)\b/i.test(compared[0]) || CHANGE_OR_FIGURE.test(before.slice(0, compared.index));
}
const SUBORDINATE_BEFORE = /\b(?:since|until|till|before|after|prior to|ahead of)\s+(?:the\s+\w+\s+(?:of|in)\s+|(?:early|late|mid-?)\s*)?$/i;
// "didn't discover the genes until 1991": after a negation, "until" dates the event itself.
const NEGATED_UNTIL = /(?:\bnot|n[’']t|\bnever|\bno one|\bnobody)\b[^,;:—–]*\b(?:until|till)\s+(?:(?:early|late|mid-?)\s*)?$/i;

/** Whether a date frames another event ("since 2019", "before March") rather than dating the one reported. */
function isSubordinate(sentence: string, at: number): boolean {
  const before = sentence.slice(0, at);
  return SUBORDINATE_BEFORE.test(before) && !NEGATED_UNTIL.test(before) && !POSTPONED_UNTIL.test(before);
}

// "has been postponed until 2018": what is put off until a date happens then.
const POSTPONED_UNTIL = /\b(?:postponed|delayed|pushed\s+back|put\s+off|deferred|rescheduled|moved\s+back)\s+(?:(?:again|once\s+more|indefinitely)\s+)?(?:until|till)\s+(?:(?:early|late|mid-?)\s*)?$/i;

const pad = (n: number) => String(n).padStart(2, '0');

export function isoOf(date: PartialDate): string {
  return date.day !== undefined ? `${date.year}-${pad(date.month!)}-${pad(date.day)}` : date.month !== undefined ? `${date.year}-${pad(date.month)}` : String(date.year);
}

/** The first day a partial date covers: 2024-03 -> 2024-03-01. */
export function firstDayOf(date: PartialDate): string {
  return `${date.year}-${pad(date.month ?? 1)}-${pad(date.day ?? 1)}`;
}

/** The last day a partial date covers: 2024-02 -> 2024-02-29. */
export function lastDayOf(date: PartialDate): string {
  const month = date.month ?? 12;
  return `${date.year}-${pad(month)}-${pad(date.day ?? daysInMonth(date.year, month))}`;
}

/** The span of days a partial ISO date ("2024", "2024-03", "2024-03-18") covers. */
export function spanOf(iso: string): { start: string; end: string } {
  const date = parseIsoDay(iso);
  return { start: firstDayOf(date), end: lastDayOf(date) };
}

export function parseIsoDay(iso: string): PartialDate {
  const [year, month, day] = iso.split('-').map(Number);
  return { year: year!, month, day };
}

// "Yesterday (Monday)", "on Tuesday (today)": a day said both ways, which tells the day the article was written.
const DAY_SAID_TWICE = new RegExp(
  String.raw`\b(?:(yesterday|today|tomorrow)\s*\((${alternatives(WEEKDAY_NAMES)})\)|(${alternatives(WEEKDAY_NAMES)})\s*\((yesterday|today|tomorrow)\))`,
  'i',
);
const DAYS_FROM_TODAY: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

/**
 * The day an article calls today. Most are published the day they are written; one written the day before says so
 * where it names a day both ways ("Yesterday (Monday), the chamber was invaded", published on Wednesday), and every
 * "yesterday" and weekday it writes counts from that day.
 */
export function writingDay(texts: Iterable<string>, published: PartialDate): PartialDate {
  if (published.day === undefined) return published;
  for (const text of texts) {
    // (Every article's text is read: most passages hold no bracket, which the pattern needs.)
    if (!text.includes('(')) continue;
    const said = DAY_SAID_TWICE.exec(text);
    if (!said) continue;
    const relative = (said[1] ?? said[4])!.toLowerCase();
    const weekday = WEEKDAY_NAMES.findIndex((name) => name.toLowerCase() === (said[2] ?? said[3])!.toLowerCase());
    // The latest day, up to six before publication, whose "yesterday" (or today, tomorrow) falls on that weekday.
    for (let back = 0; back < 7; back++) {
      const day = new Date(utc(published) - back * 86_400_000);
      if ((day.getUTCDay() + 6 + DAYS_FROM_TODAY[relative]!) % 7 === weekday) {
        return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
      }
    }
  }
  return published;
}

function utc(date: PartialDate): number {
  return Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
}

/** What chrono resolves a date without a year against: noon on the day of publication (today without one). */
function referenceOf(published: PartialDate | undefined): Date {
  return published ? new Date(utc(published) + 12 * 3600_000) : new Date();
}

const OF_RELATIVE_YEAR = /^\s+(?:of\s+)?(last|this|next)\s+year\b/i;
// "Thursday last week", "on Monday of next week": a weekday in the week before or after publication's.
const WEEKDAY_OF_RELATIVE_WEEK = new RegExp(String.raw`^(?:on\s+)?(?:${alternatives(WEEKDAY_NAMES)})\s+(?:of\s+)?(last|next)\s+week\b`, 'i');
// "this week, particularly Tuesday": a sentence that says its weekdays are the publication week's.
const THIS_WEEK = /\b(?:this|the\s+current)\s+week\b(?!end)/i;
// Month names that are also names or verbs ("Mark May", "April Ryan", "to march"), read alone, without a day or a year.
// (chrono may keep the space after it: "Elizabeth May — whose riding …" reads "May ".)
const MONTH_ALSO_A_NAME = new RegExp(String.raw`^(?:${alternatives(MONTHS_ALSO_NAMES)})[,.;:]?\s*$`);
// Words before a month that only ever date it: "since May", "early August", "each March".
const ONLY_DATING = 'in|since|until|till|by|from|through|during|before|after|of|last|next|this|early|late|mid|between|each|every';
// What dates a month read alone: "in May", "since last June", "April and May", "the March figures".
const MONTH_INTRODUCER = new RegExp(
  String.raw`(?:\b(?:${ONLY_DATING}|and|or|to|that|following|previous|succeeding|preceding|coming|past|same|throughout|the|on|at|for|about|around|beyond)|\d(?:st|nd|rd|th|d)?|[-–—,])\s*$`,
  'i',
);
// ("support for May", "a blow to May": "May", a verb and a name too, needs a word that only dates.)
const MAY_INTRODUCER = new RegExp(String.raw`\b(?:${ONLY_DATING})\s*$`, 'i');
const MAY_ALONE = /^May[,.;:]?\s*$/;

// chrono's year in two digits after a month, with no apostrophe: "In November, 54 people died", "March 3, 19 hurt".
const BARE_TWO_DIGIT_YEAR = /(?:,\s*|\s+)(\d{2})$/;

// Days listed before the last, which the month follows: "12 and", "3, 4 and".
const DAYS_LISTED_BEFORE = /(?:^|[^\d\p{L}])(\d{1,2})(?:st|nd|rd|th)?(?:,\s*\d{1,2}(?:st|nd|rd|th)?)*,?\s+(?:and|&)\s+$/u;

// A day after a month and a comma, with no year: "Last November, 13 troops were killed".
const COUNT_AFTER_MONTH = /^\p{L}+\.?,\s*\d{1,2}$/u;

/**
 * "November, 54 people": news writes a year in two digits only after an apostrophe ("Nov. ’54"); the number is a count.
 * "November, 13 troops": nor a day after a comma ("November 13"); the month alone is the date.
 */
function withoutCountAfterMonth(result: ParsedResult): ParsedResult {
  if (!result.start.isCertain('year')) return COUNT_AFTER_MONTH.test(result.text) ? withoutComponent(result, 'day', result.text.indexOf(',')) : result;
  const bare = BARE_TWO_DIGIT_YEAR.exec(result.text);
  if (!bare || result.start.get('year')! % 100 !== Number(bare[1])) return result;
  return withoutComponent(result, 'year', bare.index);
}

/** The result with one component no longer certain, read up to `end` of its text. */
function withoutComponent(result: ParsedResult, dropped: 'year' | 'day', end: number): ParsedResult {
  const { start } = result;
  const fewer: ParsedComponents = {
    isCertain: (component) => component !== dropped && start.isCertain(component),
    get: (component) => start.get(component),
    date: () => start.date(),
    tags: () => start.tags(),
  };
  return { refDate: result.refDate, index: result.index, text: result.text.slice(0, end), start: fewer, end: result.end, date: () => result.date(), tags: () => result.tags() };
}

/** Absolute dates and bare years in a sentence. `published` resolves dates without a year. */
export function absoluteDatesIn(sentence: string, published: PartialDate | undefined): DateMention[] {
  // Most sentences hold no date at all: the parsers and patterns below run only where one of them could match.
  // chrono reads only where a date it reads could be kept: one that is not holds no capitalised month or weekday
  // name and no year and month in digits, and the sentence holds none of them if no date in it does.
  const year = HAS_YEAR.test(sentence);
  const results = MAY_HOLD_KEPT_DATE.test(sentence) ? absoluteDates().parse(sentence, { instant: referenceOf(published), timezone: 0 }).map(withoutCountAfterMonth) : [];
  const mentions: (DateMention & { weekdayOnly: boolean })[] = [];
  // Whether a date read before covers any of start–end: each pattern below reads only what the others left.
  const taken = (start: number, end: number) => mentions.some((m) => start < m.end && end > m.start);
  const sentenceAhead = results.length > 0 && looksAhead(sentence);
  // (Before chrono's: "Black Friday" is a day of its own, not the Friday of the week.)
  for (const match of MAY_HOLD_HOLIDAY.test(sentence) ? sentence.matchAll(HOLIDAY) : []) {
    const [text, name, written] = match;
    const end = match.index + text.length;
    if (taken(match.index, end) || !datesHere(sentence, name!, match.index, match.index + name!.length)) continue;
    const date = written ? holidayOn(name!, Number(written)) : published && holidayNear(name!, published, directionOf(sentence, match.index, end, looksAhead(sentence)));
    if (date) mentions.push({ date, start: match.index, end, subordinate: isSubordinate(sentence, match.index), weekdayOnly: false });
  }
  for (const [i, result] of results.entries()) {
    if (taken(result.index, result.index + result.text.length)) continue;
    // Kept only with a month or weekday name written as one, or a year and month in digits (MAY_HOLD_KEPT_DATE relies on it).
    if (!MONTH_OR_WEEKDAY_WORD.test(result.text) || !/\p{Lu}|\d/u.test(result.text[0] ?? '')) {
      if (!MONTH_OR_WEEKDAY_NAME.test(result.text)) continue;
    }
    // "while May, a former player, has been down on them": a month that is also a name needs a word that dates it.
    // ("adjourned the case to May": after what is put off, "to" dates it too.)
    if (MONTH_ALSO_A_NAME.test(result.text) && !(MAY_ALONE.test(result.text) ? MAY_INTRODUCER : MONTH_INTRODUCER).test(sentence.slice(0, result.index)) && !PUT_OFF_TO.test(sentence.slice(0, result.index))) continue;
    // chrono keeps "last" and "next" in the text it read: "last Thursday".
    const marked = /^(last|next)\s/i.exec(result.text)?.[1]?.toLowerCase() as Direction | undefined;
    const direction = marked ?? directionOf(sentence, result.index, result.index + result.text.length, sentenceAhead);
    const resolved = resolve(result.start, published, direction, yearOfListedPartner(sentence, results, i));
    if (!resolved) continue;
    // "at the end of August" names the month, not its last day.
    const partOfMonth =
      /\b(?:end|beginning|start|middle|close)\s+of\s+(?:the\s+month\s+of\s+)?$/i.test(sentence.slice(0, result.index)) ||
      /^(?:the\s+)?(?:end|beginning|start|middle|close)\s+of\b/i.test(result.text);
    const monthDate = partOfMonth && resolved.month !== undefined ? { year: resolved.year, month: resolved.month } : resolved;
    const start = result.index;
    // "since July of last year", "in May last year": the year is the publication's, a year back.
    // (chrono may have read the "of" into the month: "July of".)
    const monthEnd = start + result.text.replace(/\s+of$/i, '').length;
    const ofYear = published && monthDate.month !== undefined && !result.start.isCertain('year') ? OF_RELATIVE_YEAR.exec(sentence.slice(monthEnd)) : null;
    const yearDate = ofYear ? { ...monthDate, year: relativeToPublication(ofYear[1]!.toLowerCase(), 'year', published!)!.year } : monthDate;
    // ("would meet on 12 and 13 September": the first of the days listed before the month.)
    const listedDay = yearDate.day !== undefined && /^\d/.test(result.text) ? DAYS_LISTED_BEFORE.exec(sentence.slice(Math.max(0, start - 24), start)) : null;
    const date = listedDay && Number(listedDay[1]) < yearDate.day! ? { ...yearDate, day: Number(listedDay[1]) } : yearDate;
    const weekdayOnly = !result.start.isCertain('month') && result.start.isCertain('weekday');
    // (chrono may have read "last week" into the weekday, and dated it as the last such day.)
    const ofWeek = weekdayOnly && published ? WEEKDAY_OF_RELATIVE_WEEK.exec(sentence.slice(start)) : null;
    // ("conditions predicted for this week, particularly Tuesday": a weekday said beside "this week" is one of its days.)
    const thisWeek = weekdayOnly && published && !ofWeek && !marked && THIS_WEEK.test(sentence);
    const weekOf = ofWeek ? weekdayOfWeek(result.start.get('weekday')!, published!, ofWeek[1]!.toLowerCase() === 'last' ? -1 : 1) : thisWeek ? weekdayOfWeek(result.start.get('weekday')!, published!, 0) : undefined;
    // ("is slated to meet from Wednesday after the government this week adopted …", on a Thursday: a weekday the future
    // looks ahead to is next week's, whatever another clause says of this week.)
    const inWeek = thisWeek && weekOf && direction === 'ahead' && utc(weekOf) < utc(published!) ? undefined : weekOf;
    const end = ofYear ? monthEnd + ofYear[0].length : inWeek ? start + Math.max(ofWeek?.[0].length ?? 0, result.text.length) : start + result.text.length;
    mentions.push({ date: inWeek ?? date, start, end, subordinate: isSubordinate(sentence, start), weekdayOnly });
  }
  for (const match of sentence.includes('/') ? sentence.matchAll(NUMERIC_DATE) : []) {
    const end = match.index + match[0].length;
    const date = numericDate(match, sentence.slice(Math.max(0, match.index - 12), match.index), published);
    if (date && !taken(match.index, end)) mentions.push({ date, start: match.index, end, subordinate: isSubordinate(sentence, match.index), weekdayOnly: false });
  }
  for (const match of year ? sentence.matchAll(YEAR_PHRASE) : []) {
    const start = match.index + match[0].length - match[1]!.length;
    if (taken(start, start + 4)) continue;
    // ("production is back to 1929 levels": a year before a noun says which, not when.)
    if (/^back/i.test(match[0]) && /^\s+\p{Ll}/u.test(sentence.slice(start + 4)) && !/^\s+(?:and|or|when|but)\b/.test(sentence.slice(start + 4))) continue;
    mentions.push({ date: { year: Number(match[1]) }, start, end: start + 4, subordinate: isSubordinate(sentence, start), weekdayOnly: false });
  }
  for (const match of year ? sentence.matchAll(ATTRIBUTIVE_YEAR) : []) {
    const year = match.slice(1).find((group) => group !== undefined)!;
    const start = match.index + match[0].indexOf(year);
    if (taken(start, start + 4)) continue;
    mentions.push({ date: { year: Number(year) }, start, end: start + 4, subordinate: isSubordinate(sentence, start), weekdayOnly: false });
  }
  for (const match of published?.day !== undefined && MAY_HOLD_PUBLICATION_DAY.test(sentence) ? sentence.matchAll(PUBLICATION_DAY) : []) {
    const word = match[1]!.toLowerCase();
    const shiftBy = word === 'yesterday' || word.startsWith('last') ? -1 : word === 'tomorrow' ? 1 : 0;
    const date = new Date(utc(published!) + shiftBy * 86_400_000);
    const end = match.index + match[0].length;
    if (taken(match.index, end)) continue;
    // "published today (Oct. 28)": the date in brackets says which day "today" was where it was written.
    if (mentions.some((m) => m.start > end && /^\s*\($/.test(sentence.slice(end, m.start)))) continue;
    const day = { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    mentions.push({ date: day, start: match.index, end, subordinate: isSubordinate(sentence, match.index), weekdayOnly: false });
  }
  for (const match of published?.day !== undefined && MAY_HOLD_WEEK_START.test(sentence) ? sentence.matchAll(WEEK_START) : []) {
    const end = match.index + match[0].length;
    if (taken(match.index, end)) continue;
    // The latest Monday (day 1) on or before publication: a Sunday paper's week began six days before.
    mentions.push({ date: weekdayNear(1, published!, 'nearest')!, start: match.index, end, subordinate: false, weekdayOnly: false });
  }
  for (const match of published && MAY_HOLD_AGO.test(sentence) ? sentence.matchAll(AGO) : []) {
    // "more than forty years ago" bounds a date without naming it.
    if (BOUND_BEFORE.test(sentence.slice(Math.max(0, match.index - 16), match.index)) || isComparedWith(sentence, match.index)) continue;
    const amount = /^\d+$/.test(match[1]!) ? Number(match[1]) : NUMBER_WORDS[match[1]!.toLowerCase()]!;
    const unit = match[2]!.toLowerCase() as Unit;
    // Counted back from a day, a date keeps only the precision its unit gives: "four years ago" is a year.
    const shifted = shift(published!, unit, match[3]!.toLowerCase() === 'ago' ? -amount : amount);
    const date = shifted && (unit === 'year' ? { year: shifted.year } : unit === 'month' ? { year: shifted.year, month: shifted.month } : shifted);
    const end = match.index + match[0].length;
    if (!date || taken(match.index, end)) continue;
    mentions.push({ date, start: match.index, end, subordinate: isSubordinate(sentence, match.index), weekdayOnly: false });
  }
  for (const match of published && MAY_HOLD_PUBLICATION_RELATIVE.test(sentence) ? sentence.matchAll(PUBLICATION_RELATIVE) : []) {
    // "This Week in Asia", "Next Year's Budget": a name, not a time.
    const [which, unit] = match[1] ? [match[1], match[2]!] : [match[3]!, match[4]!];
    if (/^\p{Lu}/u.test(unit) || isComparedWith(sentence, match.index)) continue;
    // ("this weekend" is known, as "this week" is, to its month.)
    const span = unit.toLowerCase() === 'weekend' ? 'week' : unit.toLowerCase();
    const season = !['year', 'month', 'week'].includes(span);
    const date = season ? seasonNear(which.toLowerCase(), span, published!) : relativeToPublication(which.toLowerCase(), span, published!);
    const end = match.index + match[0].length;
    if (!date || taken(match.index, end)) continue;
    mentions.push({ date, start: match.index, end, subordinate: isSubordinate(sentence, match.index), weekdayOnly: false });
  }
  for (const match of published && MAY_HOLD_END_OF_THE_YEAR.test(sentence) && !PAST_PERFECT.test(sentence) ? sentence.matchAll(END_OF_THE_YEAR) : []) {
    const end = match.index + match[0].length;
    if (taken(match.index, end)) continue;
    mentions.push({ date: { year: published!.year }, start: match.index, end, subordinate: false, weekdayOnly: false });
  }
  return dropWeekdaysBesideDates(mentions).sort((a, b) => a.start - b.start);
}

// ("It must do so by the end of the year", "The plants are expected to close by the end of the year": the year of
// publication, as "this year" is; not in a story told in the past perfect, "by the end of the year he had quit", nor "the
// year's notice".)
const END_OF_THE_YEAR = /\b(?:by|before|until|till|through|at)\s+the\s+end\s+of\s+the\s+year\b(?![’'])/gi;
const MAY_HOLD_END_OF_THE_YEAR = /end\s+of\s+the\s+year/i;
const PAST_PERFECT = /\bhad\b/i;

// "Tuesday, 12/15/15", "on 3/21/2019": a day in digits with its year (not "9/11", nor "24/7").
const NUMERIC_DATE = /(?<![\d/.])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;
const WEEKDAY_BEFORE = new RegExp(`\\b(${alternatives(WEEKDAY_NAMES)}),?\\s+$`);

/**
 * The day a date in digits names. American news writes the month first, others the day: a reading is kept only
 * when it is the one real date ("12/15/15"), or the one on the weekday written before it ("Friday, 6/5/2015").
 */
function numericDate(match: RegExpMatchArray, before: string, published: PartialDate | undefined): PartialDate | undefined {
  const [a, b] = [Number(match[1]), Number(match[2])];
  const written = match[3]!;
  // A two-digit year is this century's unless that lies past the article's next year.
  const century = written.length === 2 && 2000 + Number(written) > (published?.year ?? new Date().getUTCFullYear()) + 1 ? 1900 : 2000;
  const year = written.length === 2 ? century + Number(written) : Number(written);
  const weekday = WEEKDAY_BEFORE.exec(before)?.[1];
  const readings = [
    { year, month: a, day: b },
    { year, month: b, day: a },
  ].filter((date, i) => (i === 0 || a !== b) && isCalendarDay(year, date.month, date.day));
  const fitting = weekday ? readings.filter((date) => WEEKDAY_NAMES[(new Date(utc(date)).getUTCDay() + 6) % 7] === weekday) : readings;
  return fitting.length === 1 ? fitting[0] : undefined;
}

// A sentence about what is still to come; reported speech ("said … will") is about the past.
// ("an announcement is expected on Monday": what is expected, due or planned is ahead, whatever follows.)
const FUTURE = /\b(?:will|shall|should|won[’']t|(?:is|are)\s+going\s+to|(?:is|are)\s+(?:expected|scheduled|slated|due|planned)\b|(?:is|are)\s+(?:set|likely)\s+(?:to|for)|(?:is|are)\s+to\s+[a-z]+|(?<!\b(?:was|were|been|had)\s)scheduled\s+(?:to|for)|plans?\s+to|(?:is|are|[’']re)\s+planning\s+to|upcoming|forthcoming)\b/i;
// ("says she will be allowed to play on Sunday" still looks ahead: the reporting is as of now.)
const REPORTED = /\b(?:said|told|stated|noted|added|wrote|warned|claimed)\b/i;
const looksAhead = (sentence: string) => FUTURE.test(sentence) && !REPORTED.test(sentence);
const REPORTED_WOULD = /\b(?:said|told|announced|added|stated)\b.*\bwould\b/i;
// A clause in the past: a past-tense verb ("unveiled", "was", "had").
// "to be announced" is a participle of the future, not the past.
// The past of the verbs news dates most that do not end in -ed: "died Dec. 24", "took effect Jan. 1".
// (The first of them govern a date right after them, as "unveiled in May" does: PAST_GOVERNS.)
const DATING_PAST = String.raw`died|began|took\s+effect|went\s+into\s+effect|came\s+into\s+force|took\s+office`;
const IRREGULAR_PAST = String.raw`${DATING_PAST}|won|lost|fell|rose|held|left|met|sold|bought|paid|gave|found|broke|struck|became|ran|came|went|took|made|sent|spent|brought`;
// ("star-studded", "long-awaited": an -ed word after a word and a hyphen is an adjective; "re-elected" is still a verb.
// "the alleged accusations": after an article, too.)
// ("will succeed Al Roe in April", "need", "speed": words in -eed that are no past verb.)
const NOT_PAST_EED = String.raw`(?!(?:\p{Ll}*ceed|need|feed|speed|breed|bleed|heed|indeed|seed|weed|greed|deed|steed|creed|tweed)\b)`;
// ("will be held on August 28": a participle after "be" is no past, "held" no more than "announced"; nor is one after a
// determiner and an adjective: "during a special closed session at 9 a.m. Friday".)
// ("has been introducing measures since the December 6 elections": the perfect, as "has passed" is.)
const PAST = new RegExp(String.raw`\b(?:was|were|had|did|said|told|wrote|(?:drew|began|saw|(?<=\b(?:who|which|that)\s)beat)|(?<!\b(?:will|would|may|might|could|should|must)\s)ha(?:s|ve)\s+been|(?<!\b(?:be|being)\s)(?:${IRREGULAR_PAST})|(?<!\bbe\s)(?<!\bbeing\s)(?<!\p{L}{4}-)(?<!\b(?:the|a|an)\s)(?<!\b(?:the|a|an)\s+\p{Ll}+(?:al|ial|ic|ive|ous|ful|ary|ent|ant|ible|able)\s)${NOT_PAST_EED}\p{Ll}{3,}ed)\b`, 'iu');
// A past verb right before the date it governs: "unveiled in May", "was held on March 3", "died Dec. 24".
// ("will be terminated on Dec. 9", "will be held on", "is expected on Monday": participles of the present and future.)
const PAST_GOVERNS = new RegExp(
  String.raw`\b(?:(?:was|were|(?<!\b(?:be|is|are)\s)${NOT_PAST_EED}\p{Ll}{3,}ed)\s+(?:(?:back|first|only|already|again|earlier)\s+)?(?:in|on|during)|(?<!\b(?:will|would|to|may|might|could|should|must)\s)(?:${DATING_PAST})(?:\s+(?:in|on))?|(?<!\b(?:will|would|to|may|might|could|should|must|did|not|be|being)\s)(?:${IRREGULAR_PAST})\s+(?:\p{Ll}+\s+)?(?:in|on))\s+$`,
  'iu',
);

/** "February and March 2020": a month listed with a dated one shares its year. */
function yearOfListedPartner(sentence: string, results: ParsedResult[], at: number): number | undefined {
  const partner = results[at + 1];
  const self = results[at]!;
  if (!partner?.start.isCertain('year') || self.start.isCertain('year')) return undefined;
  const between = sentence.slice(self.index + self.text.length, partner.index);
  return /^\s*(?:and|or|to|through|until|till|[-–—])\s*$/i.test(between) ? partner.start.get('year')! : undefined;
}

/**
 * Which way a date without a year points from publication:
 * - "last February", "last Tuesday": strictly before; "next March": strictly after;
 * - in a clause about the future ("will play on Saturday", "should ease by Thursday"): ahead;
 * - in a clause in the past ("the lander it unveiled in May"): nearest, leaning to the past,
 *   even when another clause of the sentence looks ahead;
 * - in reported speech about the future ("said prosecutors will interview her Friday"): a weekday is the one
 *   nearest publication, either side (the saying came days before it);
 * - a month's day something was set for or put off until ("Sentencing was set for November 16"): the nearest, either side.
 */
type Direction = 'last' | 'next' | 'ahead' | 'nearest' | 'past' | 'around' | 'nearerPast' | 'this' | 'scheduled';

function directionOf(sentence: string, at: number, end: number, sentenceAhead: boolean): Direction {
  const before = sentence.slice(0, at);
  if (/\blast\s+$/i.test(before)) return 'last';
  // "on the 27th of February last": the older way to write it, after the date.
  if (/^\s+last\b/.test(sentence.slice(end))) return 'last';
  if (/\b(?:next|this\s+coming|coming)\s+$/i.test(before)) return 'next';
  // "were going to have 3,000 students arriving this September": the month of the publication's year, whatever the tense.
  if (/\bthis\s+$/i.test(before) && MONTH_AT.test(sentence.slice(at, end))) return 'this';
  // "unveiled in May", "conducted in February": a past verb that governs the date puts it before publication;
  // "since May" counts from a time before it.
  if (PAST_GOVERNS.test(before) || /\bsince\s+(?:(?:early|late|mid-?)\s*)?$/i.test(before)) return 'past';
  // "before the terms of lawmakers expire in October", "The festival is happening June 26 to 30": a verb in the present for
  // what is due, or for what is arranged, lays out the calendar ahead.
  if (DUE_PRESENT.test(before) || ARRANGED_PRESENT.test(before) || DUE_ON.test(before)) return 'ahead';
  // "The induction ceremony is Oct. 30": what a date is in the present is what the calendar holds.
  if (DATE_IS_PRESENT.test(before)) return 'ahead';
  // "ahead of the team announcement on Thursday", "ahead of Friday's game", "ready for the encounter on Thursday": what is
  // prepared for is still to come (not a place in a race: "finished two seconds ahead of the champion on Friday").
  const aheadOf = AHEAD_OF.exec(before);
  if (aheadOf && !POSITION_BEFORE.test(before.slice(Math.max(0, aheadOf.index - 30), aheadOf.index))) return 'ahead';
  // "by the time the new parliament sits on Wednesday": the present of a schedule right before a weekday governs it,
  // whatever the tense of the clause around it.
  if (SCHEDULED_PRESENT.test(before) && WEEKDAY_AT.test(sentence.slice(at, end))) return 'ahead';
  // "The Senate adjourned plenary till Wednesday", "were remanded to Monday for bail": what is put off to a weekday is put off
  // to the one ahead, whatever the tense of the putting off.
  // ("adjourn the current sitting until September": a month it is put off to is the nearer one, either side.)
  if (PUT_OFF_TO.test(before)) {
    if (WEEKDAY_AT.test(sentence.slice(at, end))) return 'ahead';
    if (MONTH_AT.test(sentence.slice(at, end))) return 'scheduled';
  }
  // "now gets on the road against the Reds, this Sunday": this week's, still to come unless its clause is in the past
  // ("Chileans went to the polls this Sunday").
  if ((/\bthis\s+$/i.test(before) && WEEKDAY_AT.test(sentence.slice(at, end))) || THIS_WEEKDAY_AT.test(sentence.slice(at, end))) {
    // ("artists have been hard at work and this Sunday the community will be invited": what follows may be its clause.)
    const after = sentence.slice(end).split(/[,;:—–]/)[0]!;
    return !FUTURE.test(after) && PAST.test(before.slice(clauseStartBefore(before))) ? 'past' : 'ahead';
  }
  // "Sentencing was set for November 16": set before publication, for a day after. (A weekday keeps the tense: "was
  // scheduled for Friday but was postponed" is the Friday gone.)
  if (SET_FOR.test(before) && MONTH_AT.test(sentence.slice(at, end))) return 'scheduled';
  // "Rick Fleming said Tuesday he will push": a past verb right before a bare weekday says when it happened; so does
  // "speaking", which reports what was said ("Krzanich, speaking on Wednesday in the Oval Office, called …").
  if (PAST_RIGHT_BEFORE.test(before) && WEEKDAY_AT.test(sentence.slice(at, end))) return 'past';
  // Otherwise the tense nearest the date in its clause decides, on either side of it:
  // "will offer the lander it unveiled in May" and "Esper on Wednesday accused China" are past.
  // What `/[^,;:—–]*$/` would match: the text after the last of those marks.
  const clauseBefore = before.slice(clauseStartBefore(before));
  // "said he would meet Wong on Friday": the future of reported speech, said days before.
  // (Not where a verb in the past stands between "would" and the date: "said it would suspend dividends after the collapse
  // killed 65 people on Friday".)
  if (REPORTED_WOULD.test(clauseBefore) && WEEKDAY_AT.test(sentence.slice(at, end)) && !PAST.test(clauseBefore.slice(clauseBefore.lastIndexOf('would')))) return 'around';
  // "advised the public to remain indoor on Friday": what someone was told to do, and when, was still to come when told.
  if (DIRECTED_TO.test(clauseBefore) && WEEKDAY_AT.test(sentence.slice(at, end))) return 'around';
  // "The funeral was to be held Monday", "announced he was going to resign in August": what was still to come when it was
  // written or said. A weekday lies on the nearer side of publication; a month, ahead.
  if (FUTURE_IN_PAST.test(clauseBefore)) return WEEKDAY_AT.test(sentence.slice(at, end)) ? 'around' : 'ahead';
  const tenseAt = (text: string, pick: (indexes: number[]) => number) => {
    // "are expected to": the future's own participle is not a past verb.
    const future = indexesOf(text, FUTURE);
    const past = indexesOf(text.replace(FUTURE_ALL, (m) => ' '.repeat(m.length)), PAST);
    return { future: pick(future), past: pick(past) };
  };
  const b = tenseAt(clauseBefore, (xs) => (xs.length ? clauseBefore.length - xs.at(-1)! : Infinity));
  // chrono may read the comma after the date into it: "satellite, launched from the Gobi Desert in August, will allow"
  // closes the date's clause there, but "In June, Anna tweeted" has its verb after the comma.
  const commaRead = /[,;:—–]\s*$/.test(sentence.slice(at, end));
  // ("On Thursday, Showtime’s chief executive, David Nevins, was named …, where he will oversee": a date opening the sentence
  // dates its main clause, past the commas of what the subject is.)
  const opensSentence = OPENING_WORD_BEFORE.test(before) || (OPENING_WORDS_BEFORE.test(before) && COMMA_SOON_AFTER.test(sentence.slice(end)));
  const clauseAfter = commaRead && (b.past < Infinity || b.future < Infinity) ? '' : opensSentence ? sentence.slice(end) : sentence.slice(end).split(/[,;:—–]/)[0]!;
  const a = tenseAt(clauseAfter, (xs) => (xs.length ? xs[0]! : Infinity));
  // "He is expected to enter a plea Wednesday on charges filed in Florida": a verb before the date governs it, one after
  // belongs to what follows. Not where the date modifies a noun ("is likely to face questions about Trump’s July 25 call
  // when he asked"): the clause around that noun may be anywhere.
  const governedBefore = (b.future < Infinity || b.past < Infinity) && !MODIFIES_NOUN.test(sentence.slice(end));
  const future = governedBefore ? b.future : Math.min(b.future, a.future);
  const past = governedBefore ? b.past : Math.min(b.past, a.past);
  if (future < past) return REPORTED.test(clauseBefore) && b.future === future ? 'around' : 'ahead';
  // "Tuesday’s Champions League quarter-final", "Saturday’s card": a weekday that names an event is the nearest such day,
  // either side; in the past tense one ahead counts twice as far ("was not thinking about Tuesday’s quarter-final" in a
  // Monday paper is tomorrow's, "Friday’s activities constituted" in a Tuesday paper last Friday's).
  const owning = POSSESSIVE_AFTER.test(sentence.slice(end, end + 2));
  if (isWeekdayPossessive(sentence, at, end)) return past < future ? 'nearerPast' : sentenceAhead ? 'ahead' : 'around';
  if (past < future) return 'nearest';
  // ("its candidate for the chancellery in September's election": a month that names an event, the nearer one either side,
  // unless the clause is in the past.)
  if (owning && MONTH_AT.test(sentence.slice(at, end)) && !sentenceAhead) return 'scheduled';
  if (sentenceAhead) return 'ahead';
  // "The Gophers play Saturday", "the Senate votes on Tuesday": the present of a schedule, in the coming week.
  // ("when they host Kariobangi Sharks at Kenyatta Stadium on Saturday": or with its object and place between.)
  const scheduled = SCHEDULED_PRESENT.test(before) || SCHEDULED_IN_CLAUSE.test(clauseBefore) || SCHEDULED_BY_NAME.test(clauseBefore);
  return scheduled && WEEKDAY_AT.test(sentence.slice(at, end)) ? 'ahead' : 'nearest';
}

/**
 * Where the clause ending `text` starts: after its last comma, semicolon, colon or dash, but not one between digits ("at
 * 2:30 p.m.", "a 1,000-seat hall").
 */
function clauseStartBefore(text: string): number {
  let at = text.length;
  for (;;) {
    const mark = lastIndexOfAny(text, ',;:—–', at);
    if (mark < 0) return 0;
    if (!(/\d/.test(text[mark - 1] ?? '') && /\d/.test(text[mark + 1] ?? ''))) return mark + 1;
    at = mark;
  }
}

// "ahead of", then up to twelve words of what is ahead, and the date.
// ("joined the team ready for the encounter against Equatorial Guinea on Thursday": or what is prepared for.)
const AHEAD_OF = /\b(?:ahead\s+of|ready\s+for|preparing\s+for|in\s+preparation\s+for|in\s+the\s+build-?up\s+to)\s+(?:[^\s,;:—–.]+\s+){0,12}$/i;
// What says "ahead of" is a place in a race or a table: a margin, or a verb of finishing or standing.
const POSITION_BEFORE = /(?:\d|seconds?|points?|strokes?|shots?|goals?|places?|lengths?|spots?|finish(?:ed|es)?|came|comes|stay(?:ed|s)?|remain(?:ed|s)?|pulled|moved|well|just|narrowly|far|clear|one|two|three|four|five)\s+$/i;

// A verb of telling someone to do something, its object and the infinitive, before the date.
const DIRECTED_TO = /\b(?:advised|asked|urged|told|ordered|instructed|directed|encouraged|invited|requested|called\s+on)\s+(?:[\p{L}\d’'-]+\s+){1,5}?to\s+\p{Ll}+\b[^,;:—–]*$/u;
// The future seen from the past, with nothing but its own verb between it and the date.
const FUTURE_IN_PAST = /\b(?:was|were)\s+(?:to\s+be|going\s+to)\s+(?:\p{Ll}+\s+){1,3}$/u;
// "a leadership meeting due Sunday", "a report due by March 1": what is due is ahead (not "was due", said of the past).
const DUE_ON = /(?<!\b(?:was|were|been|had)\s+)\bdue\s+(?:(?:on|by|in)\s+)?$/i;
// Nothing before a date but the word that introduces it ("On", "In"): the date opens the sentence.
const OPENING_WORD_BEFORE = /^[\s“"]*(?:\p{L}+\s+)?$/u;
// ("Following the December 6 elections, the government has been …": or a few words of an opening phrase, which a comma
// soon after the date closes.)
const OPENING_WORDS_BEFORE = /^[\s“"]*(?:\p{L}+\s+){2,4}$/u;
const COMMA_SOON_AFTER = /^[^,;:—–]{0,30},/;
// "is Oct. 30", "are on Friday": a date said as what something is, in the present.
const DATE_IS_PRESENT = /\b(?:is|are)\s+(?:on\s+)?$/;
// A date something was set for, put off until or moved to.
const SET_FOR = /\b(?:set|scheduled|slated|fixed|adjourned|postponed|deferred|rescheduled|moved|pushed\s+back)\s+(?:for|until|till|to)\s+$/i;
// A date followed by a word of its own noun phrase ("the July 25 call"), not a preposition, a conjunction or a time of day.
const MODIFIES_NOUN = /^\s*(?!(?:on|in|at|to|for|from|with|by|of|and|or|but|after|before|when|while|as|than|that|which|who|since|until|till|night|morning|afternoon|evening|last|this|next)\b)\p{Ll}/u;
// (Not a passive of the present or future: "is scheduled Tuesday", "will be announced Friday".)
const PAST_RIGHT_BEFORE = /(?<!\b(?:is|are|be|been|being|to)\s)\b(?:said|told|wrote|met|speaking|\p{Ll}{3,}ed)\s+$/iu;
const PUT_OFF_TO = /\b(?:adjourn(?:s|ed)?|remand(?:s|ed)?|postpone[sd]?|defer(?:s|red)?|put\s+off)\b[^.;:]{0,40}?\b(?:to|till|until)\s+$/i;
const MONTH_AT = new RegExp(`^(?:${alternatives(MONTH_NAMES)})\\b`, 'i');
// "Tuesday’s": a weekday's possessive, that names the day's event.
const POSSESSIVE_AFTER = /^[’']s/;
const THIS_WEEKDAY_AT = new RegExp(`^this\\s+(?:${alternatives(WEEKDAY_NAMES)})\\b`, 'i');
/** Whether the date read at `at`–`end` is a weekday's possessive, "Tuesday’s plane crash": a thing of that day. */
export function isWeekdayPossessive(sentence: string, at: number, end: number): boolean {
  return POSSESSIVE_AFTER.test(sentence.slice(end, end + 2)) && WEEKDAY_AT.test(sentence.slice(at, end));
}
const WEEKDAY_AT = new RegExp(`^(?:on\\s+)?(?:${alternatives(WEEKDAY_NAMES)})\\b`, 'i');
// What falls due ("expire in", "take effect on") and the present of an arrangement ("is happening", "are playing on"),
// right before the date.
const DUE_PRESENT = /\b(?:expires?|ends|begins|starts|take\s+effect|takes\s+effect|comes?\s+into\s+force|falls?\s+due|runs?\s+out)\s+(?:in|on)\s+$/i;
// ("is preparing to host in February": with the verb it arranges; "has until Thursday to clarify": the time left.)
const ARRANGED_PRESENT = /\b(?:(?:is|are|'re|’re)\s+(?!being\b)\p{Ll}{3,}ing(?:\s+to\s+\p{Ll}+)?\s+(?:(?:on|in|from|until|through)\s+)?|(?:has|have)\s+until\s+)$/iu;
// A verb in the present that news uses for what is scheduled, right before the date (and "on").
// ("losing a vote on Monday night", "the visit on Friday", "a push for votes on Wednesday": after a determiner or a
// preposition the word is a noun; "did not start on Tuesday" is the past.)
// ("continues at 10 a.m. Saturday": the time of day the date's event starts at, between the verb and the date.)
const CLOCK_TIME_BEFORE = String.raw`(?:at\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am|pm)?\s+)?`;
const SCHEDULED_PRESENT = new RegExp(String.raw`(?<!\b(?:a|an|the|its|his|her|their|our|this|that|first|final|for|of|with|in|about|did|not|never)\s+)(?<!n[’']t\s+)\b(?:(?:play|plays|face|faces|host|hosts|visit|visits|meet|meets|travel|travels|vote|votes|resume|resumes|kick\s+off|kicks\s+off|take\s+on|takes\s+on|tip\s+off|tips\s+off|open|opens|premiere|premieres|air|airs|debut|debuts|begin|begins|start|starts|commence|commences|end|ends|close|closes|conclude|concludes|sit|sits|convene|convenes|reconvene|reconvenes|continue|continues)\s+${CLOCK_TIME_BEFORE}(?:on\s+)?|(?:run|runs|continue|continues|last|lasts)\s+(?:through|until|till)\s+)$`, 'i');

// A schedule's verb in the present, after its subject (a pronoun or a plural, "they play", "who host", "the team play"), in
// the date's clause.
const SCHEDULED_IN_CLAUSE = /\b(?:they|we|who|team|side|sides|teams|club)\s+(?:play|host|face|visit|meet|travel\s+to|take\s+on)\s/i;
// ("Chelsea meets Tottenham Hotspur in the English League Cup final on Sunday": or a name, and the verb's singular.)
const SCHEDULED_BY_NAME = /\b\p{Lu}\p{L}+\s+(?:plays|hosts|faces|visits|meets|travels\s+to|takes\s+on)\s/u;
const FUTURE_ALL = new RegExp(FUTURE.source, 'gi');
const GLOBAL = new Map<RegExp, RegExp>();

function indexesOf(text: string, pattern: RegExp): number[] {
  let global = GLOBAL.get(pattern);
  if (!global) GLOBAL.set(pattern, (global = new RegExp(pattern.source, `${pattern.flags.replace('g', '')}g`)));
  return [...text.matchAll(global)].map((m) => m.index);
}

function resolve(start: ParsedComponents, published: PartialDate | undefined, direction: Direction, listedYear: number | undefined): PartialDate | undefined {
  const month = start.isCertain('month') ? start.get('month')! : undefined;
  const day = start.isCertain('day') ? start.get('day')! : undefined;
  if (month === undefined && start.isCertain('weekday')) return published ? weekdayNear(start.get('weekday')!, published, direction) : undefined;
  if (start.isCertain('year')) return { year: start.get('year')!, month, day };
  if (listedYear !== undefined && month !== undefined) return { year: listedYear, month, day };
  if (!published || month === undefined) return undefined;
  if (direction === 'this') return { year: published.year, month, day };
  const year =
    direction === 'last' || direction === 'next'
      ? yearStrictly(direction, month, day, published)
      : direction === 'past'
        ? yearOnOrBefore(month, day, published)
        : nearestYear(month, day, published, direction);
  // "Monday, Dec. 14" in a December 2016 article: the weekday says which year (2015's Dec. 14 was a Monday).
  const weekday = day !== undefined && start.isCertain('weekday') ? start.get('weekday')! : undefined;
  return { year: weekday === undefined ? year : yearOfWeekday(month, day!, weekday, year), month, day };
}

/** The year nearest `year` (a year before before one after; six at most) in which a month's day falls on the weekday. */
function yearOfWeekday(month: number, day: number, weekday: number, year: number): number {
  const fits = (y: number) => new Date(Date.UTC(y, month - 1, day)).getUTCDay() === weekday;
  for (let distance = 0; distance <= 6; distance++) {
    if (fits(year - distance)) return year - distance;
    if (distance > 0 && fits(year + distance)) return year + distance;
  }
  return year;
}

/** "conducted in February" in a November article: this year's February; in January, last year's. */
function yearOnOrBefore(month: number, day: number | undefined, published: PartialDate): number {
  const here = (published.month ?? 12) * 100 + (published.day ?? 31);
  return month * 100 + (day ?? 1) <= here ? published.year : published.year - 1;
}

function holidayOn(name: string, year: number): PartialDate | undefined {
  const day = holidayIn(name, year);
  return day && { year, ...day };
}

/**
 * "died on Christmas Day", "will reopen after Thanksgiving": the holiday's date in the year a date without one
 * would take (see weekdayNear): the latest on or before publication, or in a clause about the future the first
 * from it on, and the nearest otherwise, a date ahead counting three times as far.
 */
function holidayNear(name: string, published: PartialDate, direction: Direction): PartialDate | undefined {
  if (published.month === undefined || published.day === undefined) return undefined;
  const reference = utc(published);
  let best: PartialDate | undefined;
  let bestDistance = Infinity;
  for (const year of [published.year - 1, published.year, published.year + 1]) {
    const date = holidayOn(name, year);
    if (!date) continue;
    const time = utc(date);
    const allowed =
      direction === 'ahead' ? time >= reference : direction === 'next' ? time > reference : direction === 'last' ? time < reference : direction === 'past' ? time <= reference : true;
    const distance = time > reference ? 3 * (time - reference) : reference - time;
    if (allowed && distance < bestDistance) [best, bestDistance] = [date, distance];
  }
  return best;
}

/** "last November" in a November article is a year back; "next March" in March, a year on. */
function yearStrictly(direction: 'last' | 'next', month: number, day: number | undefined, published: PartialDate): number {
  const here = (published.month ?? 7) * 100 + (day === undefined ? 0 : (published.day ?? 15));
  const there = month * 100 + (day ?? 0);
  if (direction === 'last') return there < here ? published.year : published.year - 1;
  return there > here ? published.year : published.year + 1;
}

/**
 * The year that puts a month (and day) nearest the publication date. News
 * mostly reports what happened, so a date after publication counts as three
 * times as far: "In October" in a March article is last October (5 months
 * back, not 7 ahead), "the March high" in a November article is last March
 * (8 back, not 4 ahead), "hearings in March" in a February article is next
 * month: only about three months ahead outweigh the past.
 * A sentence about what is to come looks only ahead; a date something was
 * set for counts as far ahead as back.
 */
function nearestYear(month: number, day: number | undefined, published: PartialDate, direction: Direction): number {
  const ahead = direction === 'ahead';
  // (A date something was set for lies after the setting, which came before publication.)
  const aheadWeight = ahead || direction === 'scheduled' ? 1 : 3;
  const reference = utc({ year: published.year, month: published.month ?? 7, day: published.day ?? 15 });
  let best = published.year;
  let bestDistance = Infinity;
  for (const year of [published.year - 1, published.year, published.year + 1]) {
    const first = utc({ year, month, day: day ?? 1 });
    const last = utc({ year, month, day: day ?? daysInMonth(year, month) });
    // A sentence about the future ("Grants are expected by June") looks only ahead.
    if (ahead && last < reference) continue;
    const distance = reference < first ? aheadWeight * (first - reference) : reference > last ? reference - last : 0;
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}

// The month each season of the northern year (as most English news counts them) ends in.
const SEASON_LAST_MONTH: Record<string, number> = { spring: 5, summer: 8, autumn: 11, fall: 11 };

/**
 * "this summer" is the publication's year; "last fall" the latest fall over before publication (in a March
 * article, the year before's); "next spring" the first to begin after it. Winter, which spans two years, only
 * with "this".
 */
function seasonNear(which: string, season: string, published: PartialDate): PartialDate | undefined {
  if (which === 'this') return { year: published.year };
  const last = SEASON_LAST_MONTH[season];
  if (last === undefined || published.month === undefined) return undefined;
  if (which === 'last') return { year: published.month > last ? published.year : published.year - 1 };
  return { year: published.month < last - 2 ? published.year : published.year + 1 };
}

function relativeToPublication(which: string, unit: string, published: PartialDate): PartialDate | undefined {
  const step = which === 'last' ? -1 : which === 'next' ? 1 : 0;
  if (unit === 'year') return { year: published.year + step };
  // "This week" is known to the month it falls in (a week is no precision a date here has).
  if (unit === 'week') {
    if (published.day === undefined) return undefined;
    const day = new Date(utc(published) + step * 7 * 86_400_000);
    return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1 };
  }
  if (published.month === undefined) return undefined;
  const index = published.year * 12 + published.month - 1 + step;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

/** The weekday (0 for Sunday) of the week (Monday to Sunday) `step` weeks from publication's. */
function weekdayOfWeek(weekday: number, published: PartialDate, step: number): PartialDate | undefined {
  if (published.day === undefined) return undefined;
  const time = utc(published);
  const monday = time - ((new Date(time).getUTCDay() + 6) % 7) * 86_400_000;
  const day = new Date(monday + (step * 7 + ((weekday + 6) % 7)) * 86_400_000);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

/**
 * A weekday named without a date: in news, the latest such day on or before
 * publication ("said on Tuesday"); "last Tuesday" is strictly before; one in a
 * clause about the future ("will play on Saturday") is the first such day from
 * publication on, and "next Friday" the first after it; one in reported speech
 * about the future ("said … will interview her Friday") the nearest, either side.
 */
function weekdayNear(weekday: number, published: PartialDate, direction: Direction): PartialDate | undefined {
  if (published.day === undefined) return undefined;
  const time = utc(published);
  const today = new Date(time).getUTCDay();
  let offset: number;
  // "will play out Wednesday night" in a Wednesday paper is that day; "next Wednesday" is a week on.
  if (direction === 'ahead') offset = (weekday - today + 7) % 7;
  else if (direction === 'next') offset = ((weekday - today + 7) % 7) || 7;
  else if (direction === 'last') offset = -(((today - weekday + 7) % 7) || 7);
  // "said prosecutors will interview her Friday": said days before, of a day within the week on either side.
  else if (direction === 'around' || direction === 'nearerPast') {
    const [ahead, back] = [(weekday - today + 7) % 7, (today - weekday + 7) % 7];
    offset = (direction === 'around' ? ahead : 2 * ahead) < back ? ahead : -back;
  }
  // 'past' and 'nearest': the latest such day on or before publication.
  else offset = -((today - weekday + 7) % 7);
  const date = new Date(time + offset * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** "Tuesday the 26th March" is one date: a weekday right before a full date only confirms it. */
function dropWeekdaysBesideDates(mentions: (DateMention & { weekdayOnly: boolean })[]): DateMention[] {
  if (mentions.length === 0) return [];
  return mentions
    .filter((m) => !m.weekdayOnly || !mentions.some((other) => !other.weekdayOnly && other.start >= m.start && other.start - m.end <= 12))
    .map(({ weekdayOnly: _weekdayOnly, ...mention }) => mention);
}

// ------------------------------------------------------------ relative phrases

const RELATIVE_UNITS = 'day|week|month|year';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, few: 0, several: 0,
};
type Unit = 'day' | 'week' | 'month' | 'year';

const WORD_AFTER = /^\s+\p{L}/u;
const THAN_AFTER = /^\s+than\b/i;
const OFFSET_PHRASE = /\b(?:just\s+|only\s+|some\s+)?(\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(day|week|month|year)s?\s+(earlier|later|before|after|prior|afterwards)\b/giu;
const NEXT_OR_PREVIOUS = /\b(?:the\s+)?(next|following|previous|preceding)\s+(day|week|month|year)\b|\bthe\s+(day|week|month|year)\s+(before|after)\b(?!\s+(?:the|a|an|his|her|its|their)\b)/gi;
// ("later that day", "on the same day", "earlier in the day": the day of the date before.)
const SAME_PERIOD = /\b(?:(?:later|earlier)\s+(?:in\s+)?(?:the\s+same|that|the)|(?:on|in)\s+the\s+same|that\s+same)\s+(day|week|month|year)\b/gi;

export interface RelativeMention {
  start: number;
  end: number;
  resolve(anchor: PartialDate): PartialDate | undefined;
}

// Every relative phrase names its unit (OFFSET_PHRASE folds case as Unicode does, the Kelvin sign for a "k": so does this).
const MAY_HOLD_RELATIVE_DATE = new RegExp(RELATIVE_UNITS, 'iu');

/** The words, matched in any case, as patterns with the `i` (or `iu`: the Kelvin sign, the long s) flag match them. */
function anyCase(words: string): string {
  const letter = (c: string) => `[${c}${c.toUpperCase()}${c === 'k' ? '\\u212a' : c === 's' ? '\\u017f' : ''}]`;
  return words.split('|').map((word) => [...word].map((c) => (/[a-z]/.test(c) ? letter(c) : c)).join('')).join('|');
}

// A digit before "am" or "pm", dotted or not, in any case: what every time CLOCK_TIME reads holds.
const MAY_HOLD_CLOCK_TIME = String.raw`\d\s*[aApP]\.?[mM]`;
// What every quick test of absoluteDatesIn, relativeDatesIn and clockTimeIn looks for, in one test: most sentences hold none of it.
const MAY_HOLD_ANY_DATE = new RegExp(
  [
    HAS_YEAR.source,
    MAY_HOLD_KEPT_DATE.source,
    MAY_HOLD_HOLIDAY.source,
    anyCase(PUBLICATION_DAY_WORDS),
    anyCase('ago'),
    anyCase(PUBLICATION_RELATIVE_WORDS),
    anyCase(RELATIVE_UNITS),
    MAY_HOLD_CLOCK_TIME,
  ].join('|'),
  'u',
);

/** Whether absoluteDatesIn, relativeDatesIn or clockTimeIn could find anything in the sentence. */
export function mayHoldDate(sentence: string): boolean {
  return MAY_HOLD_ANY_DATE.test(sentence);
}

const CLOCK_TIME = /\b\d{1,2}(?:[:.]\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)/i;
// ("The store opens at 9 a.m. every day": a time that comes round again is no moment of the story.)
const RECURRING = /\b(?:every|each|daily|nightly|weekdays|weekends)\b/i;

/**
 * "shortly before 9 a.m., the whale had died", "fell 27 cents to $22.28 at 4 p.m.": a time of day, in a sentence
 * with no date of its own, is on the day the story has reached, the day of the dated statement before it.
 */
export function clockTimeIn(sentence: string): RelativeMention | undefined {
  const time = CLOCK_TIME.exec(sentence);
  if (!time || RECURRING.test(sentence)) return undefined;
  // ("4:14 p.m.": a live blog's time stamp, alone, reports nothing.)
  const rest = sentence.slice(0, time.index) + sentence.slice(time.index + time[0].length);
  if (rest.trim().split(/\s+/).length < 4) return undefined;
  return { start: time.index, end: time.index + time[0].length, resolve: (anchor) => truncate(anchor, 'day') };
}

export function relativeDatesIn(sentence: string): RelativeMention[] {
  const found: RelativeMention[] = [];
  if (!MAY_HOLD_RELATIVE_DATE.test(sentence)) return found;
  for (const m of sentence.matchAll(OFFSET_PHRASE)) {
    // "two days after the attack", "a year after he stormed …": a word after "before", "after" or "prior" says what the
    // time counts from, not the date before; "a day earlier in the lower house" counts from it still ("earlier than" does not).
    if ((/^(?:before|after|prior)$/i.test(m[3]!) ? WORD_AFTER : THAN_AFTER).test(sentence.slice(m.index + m[0].length)) || isComparedWith(sentence, m.index)) continue;
    const amount = /^\d+$/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
    const sign = /^(?:earlier|before|prior)$/i.test(m[3]!) ? -1 : 1;
    found.push({ start: m.index, end: m.index + m[0].length, resolve: (anchor) => shift(anchor, m[2]!.toLowerCase() as Unit, sign * amount) });
  }
  for (const m of sentence.matchAll(NEXT_OR_PREVIOUS)) {
    if (isComparedWith(sentence, m.index)) continue;
    const unit = (m[2] ?? m[3])!.toLowerCase() as Unit;
    const sign = /^(?:previous|preceding|before)$/i.test((m[1] ?? m[4])!) ? -1 : 1;
    found.push({ start: m.index, end: m.index + m[0].length, resolve: (anchor) => shift(anchor, unit, sign) });
  }
  for (const m of sentence.matchAll(SAME_PERIOD)) {
    const unit = m[1]!.toLowerCase() as Unit;
    found.push({ start: m.index, end: m.index + m[0].length, resolve: (anchor) => truncate(anchor, unit) });
  }
  return found.sort((a, b) => a.start - b.start);
}

function truncate(anchor: PartialDate, unit: Unit): PartialDate | undefined {
  if (unit === 'year') return { year: anchor.year };
  if (anchor.month === undefined) return undefined;
  if (unit === 'month' || unit === 'week') return { year: anchor.year, month: anchor.month };
  return anchor.day === undefined ? undefined : anchor;
}

function shift(anchor: PartialDate, unit: Unit, amount: number): PartialDate | undefined {
  if (amount === 0) return undefined; // "a few days later": no date can be stated
  if (unit === 'year') return { ...anchor, year: anchor.year + amount };
  if (unit === 'month') {
    if (anchor.month === undefined) return undefined;
    const index = anchor.year * 12 + anchor.month - 1 + amount;
    // A day carried across months may not exist; keep month precision then.
    return { year: Math.floor(index / 12), month: (index % 12) + 1 };
  }
  if (anchor.day === undefined) return undefined;
  const date = new Date(utc(anchor) + amount * (unit === 'week' ? 7 : 1) * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}
