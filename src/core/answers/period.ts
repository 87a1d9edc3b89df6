/**
 * Reads the argument of /events: a year ("2024"), a month ("2024-03",
 * "March 2024", "march"), a day, or a range ("2024-01..2024-03",
 * "January to March 2024"). Anything else is a topic.
 */
import { firstDayOf, lastDayOf, type PartialDate } from '../knowledge/dates.ts';
import { lowerCased, MONTH_NAMES } from '../text/calendar.ts';

export type PeriodQuery =
  | { type: 'all' }
  | { type: 'period'; from: string; to: string; label: string }
  | { type: 'month-any-year'; month: number; label: string }
  | { type: 'topic'; topic: string };

const MONTHS = lowerCased(MONTH_NAMES);

function monthNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return undefined;
  const index = MONTHS.findIndex((m) => m.startsWith(w));
  return index === -1 ? undefined : index + 1;
}

type Point = Partial<PartialDate>;

function parsePoint(text: string): Point | undefined {
  const t = text.trim();
  const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$/.exec(t);
  if (m) {
    const point = { year: Number(m[1]), month: m[2] ? Number(m[2]) : undefined, day: m[3] ? Number(m[3]) : undefined };
    return valid(point) ? point : undefined;
  }
  // "March", "March 2024", "mar 2024", "2024 March"
  const monthFirst = /^([a-z]+\.?)(?:\s+(\d{4}))?$/i.exec(t);
  const yearFirst = /^(\d{4})\s+([a-z]+\.?)$/i.exec(t);
  const [word, year] = monthFirst ? [monthFirst[1]!, monthFirst[2]] : yearFirst ? [yearFirst[2]!, yearFirst[1]] : [];
  const month = word ? monthNumber(word) : undefined;
  if (month) return { month, year: year ? Number(year) : undefined };
  return undefined;
}

function valid(p: Point): boolean {
  if (p.month !== undefined && (p.month < 1 || p.month > 12)) return false;
  if (p.day !== undefined && (p.day < 1 || p.day > 31)) return false;
  return true;
}

function labelOf(p: PartialDate): string {
  if (p.month === undefined) return String(p.year);
  const name = MONTHS[p.month - 1]!.replace(/^./, (c) => c.toUpperCase());
  return p.day !== undefined ? `${p.day} ${name} ${p.year}` : `${name} ${p.year}`;
}

export function parsePeriod(raw: string | undefined): PeriodQuery {
  const text = (raw ?? '').trim();
  if (!text) return { type: 'all' };
  const range = /^(.+?)\s*(?:\.\.|–|—|\bto\b|\buntil\b|\s-\s)\s*(.+)$/i.exec(text);
  if (range) {
    const [from, to] = [parsePoint(range[1]!), parsePoint(range[2]!)];
    if (from && to) {
      from.year ??= to.year;
      if (from.year !== undefined && to.year !== undefined) {
        const [a, b] = [from as PartialDate, to as PartialDate];
        const [start, end] = [firstDayOf(a), lastDayOf(b)];
        return start <= end
          ? { type: 'period', from: start, to: end, label: `${labelOf(a)} to ${labelOf(b)}` }
          : { type: 'period', from: firstDayOf(b), to: lastDayOf(a), label: `${labelOf(b)} to ${labelOf(a)}` };
      }
    }
  }
  const point = parsePoint(text);
  if (point?.year !== undefined) {
    const p = point as PartialDate;
    return { type: 'period', from: firstDayOf(p), to: lastDayOf(p), label: labelOf(p) };
  }
  if (point?.month !== undefined) {
    return { type: 'month-any-year', month: point.month, label: MONTHS[point.month - 1]!.replace(/^./, (c) => c.toUpperCase()) };
  }
  return { type: 'topic', topic: text };
}

