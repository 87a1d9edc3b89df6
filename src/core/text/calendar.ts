/**
 * The English names of months and weekdays and the short forms news writes
 * for them, written out once. Each reader takes the set it needs from these
 * (and says there why its set is narrower): names that are never part of a
 * person's name, words that are never part of an abbreviated name, what a
 * date must hold to be kept, the abbreviations a sentence does not end at.
 */

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

/** Months that are names or words too ("Theresa May", "April Ryan", "to march"): read as months only where a date needs them. */
export const MONTHS_ALSO_NAMES = ['March', 'April', 'May', 'June', 'August'] as const;

/** The short forms written before a date ("Oct. 10", "Sept. 3"). May has none. */
export const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

/** The short forms datelines write ("Tue, Nov 19", "Thurs."). */
export const WEEKDAY_ABBREVIATIONS = ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun'] as const;

/** The three letters every written form of a month or weekday begins with: "Sept.", "Thurs", "Wednesday" (and "money": a prefilter, not a test). */
export const MONTH_PREFIXES = MONTH_NAMES.map((name) => name.slice(0, 3));
export const WEEKDAY_PREFIXES = WEEKDAY_NAMES.map((name) => name.slice(0, 3));

/** `words` as the alternatives of a regular expression (`a|b|c`), in their order. */
export function alternatives(words: readonly string[]): string {
  return words.join('|');
}

export function lowerCased(words: readonly string[]): string[] {
  return words.map((word) => word.toLowerCase());
}

/** How many days a month (1–12) of a year has: 29 for February 2024. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether a year, month (1–12) and day name a day the calendar has: not the 31st of April, nor a 13th month. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}
