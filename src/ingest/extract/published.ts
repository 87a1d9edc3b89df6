/**
 * The publication day. Machine-readable stamps come first, but many are in
 * UTC ("2019-11-20T01:50:59Z"), which for an evening story in the Americas
 * (or a morning one in Asia) is a different calendar day from the one the
 * outlet printed. When the page itself shows the local day (a dateline, a
 * `<time>` element's text, a stamp with its own offset, the date in the
 * address) and it is the day before or after, the local day wins.
 */
import { toIsoDay } from './dates.ts';

/** A stamp in UTC, or with no zone at all (which CMSs mostly write in UTC). */
export function isUtcStamp(value: string): boolean {
  return /^\d{4}-?\d{2}-?\d{2}[T ]\d{2}:?\d{2}/.test(value.trim()) && !/[+-](?!00:?00)\d{2}:?\d{2}$/.test(value.trim());
}

/** True for a stamp with a non-zero offset: its day is already the local one. */
export function isLocalStamp(value: string): boolean {
  return /^\d{4}-?\d{2}-?\d{2}[T ]\d{2}:?\d{2}.*[+-](?!00:?00)\d{2}:?\d{2}$/.test(value.trim());
}

const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

/**
 * @param stamps machine-readable values, best source first
 * @param localDays days the page shows its readers (YYYY-MM-DD), best first
 */
export function choosePublished(stamps: (string | undefined)[], localDays: (string | undefined)[]): string | undefined {
  const first = stamps.find((value) => value && toIsoDay(value));
  const day = first ? toIsoDay(first) : undefined;
  const local = localDays.filter((d): d is string => Boolean(d));
  if (!day) return local[0];
  if (!isUtcStamp(first!)) return day;
  const neighbour = local.find((d) => Math.abs(dayNumber(d) - dayNumber(day)) === 1);
  return local.includes(day) || !neighbour ? day : neighbour;
}
