/**
 * A date as a page states it, reduced to its calendar day (YYYY-MM-DD).
 *
 * The day is the one written in the page's own time zone
 * ("2019-11-19T23:30:00-05:00" is the 19th, as the outlet's readers saw it),
 * never shifted to UTC. A value with no day of the month is not a
 * publication date, and neither is one far outside the web's lifetime.
 */
import * as chrono from 'chrono-node';
import { isCalendarDay } from '../../core/text/calendar.ts';

const MIN_YEAR = 1990;

function validDay(year: number, month: number, day: number): string | undefined {
  if (year < MIN_YEAR || year > new Date().getUTCFullYear() + 1) return undefined;
  if (!isCalendarDay(year, month, day)) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar day a date value names, or undefined when it names none. */
export function toIsoDay(value: string | number | undefined | null): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = String(value).trim();
  if (!text) return undefined;
  // ISO 8601 and its compact form: the date part as written.
  const iso = /^(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s])/.exec(text);
  if (iso) return validDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  // Unix time in seconds or milliseconds (some sites put it in their metadata).
  if (/^\d{10}(?:\d{3})?$/.test(text)) {
    const date = new Date(text.length === 10 ? Number(text) * 1000 : Number(text));
    return validDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
  }
  // Written dates ("Tue, 19 Nov 2019 10:48:00 GMT", "November 19, 2019"): the parts chrono read, not a shifted instant.
  const [parsed] = chrono.parse(text);
  const known = parsed?.start;
  if (!known || !known.isCertain('day') || !known.isCertain('month')) return undefined;
  const year = known.isCertain('year') ? known.get('year') : undefined;
  if (year === undefined || year === null) return undefined;
  return validDay(year, known.get('month')!, known.get('day')!);
}

/** A date in the page's address: /2019/11/19/, /2019-11-19-, /20191119/. */
export function dayInUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const match = /(?:^|\/)((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?=[/-]|$)/.exec(path) ?? /\/((?:19|20)\d{2})(\d{2})(\d{2})\//.exec(path);
  return match ? validDay(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}
