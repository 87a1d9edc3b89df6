/**
 * When a subscription's digests fall due. All calendar work — time zones,
 * daylight saving gaps and repeats — is croner's; nothing here does cron or
 * offset arithmetic by hand.
 */
import { Cron } from 'croner';

export interface DailyTime {
  /** HH:MM, 24-hour, local to `timeZone`. */
  time: string;
  timeZone: string;
}

/** "8:05", "08:05", "8am", "5:30 pm" -> "08:05", "08:00", "17:30"; undefined for anything that is not a time of day. */
export function parseTimeOfDay(text: string): string | undefined {
  const match = /^(\d{1,2})(?::([0-5]\d))?\s*(am|pm)?$/i.exec(text.trim());
  if (!match || (match[2] === undefined && match[3] === undefined)) return undefined;
  let hour = Number(match[1]);
  const half = match[3]?.toLowerCase();
  if (half) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hour > 23) return undefined;
  return `${String(hour).padStart(2, '0')}:${match[2] ?? '00'}`;
}

/** The canonical spelling of an IANA time zone ("europe/london" -> "Europe/London"), or undefined if unknown. */
export function canonicalTimeZone(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]{0,63}$/.test(name)) return undefined;
  try {
    return new Intl.DateTimeFormat('en-GB', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

function cronOf({ time, timeZone }: DailyTime): Cron {
  const [hour, minute] = time.split(':').map(Number);
  // Paused and without a callback: used only to compute run times, it never starts a timer.
  return new Cron(`${minute} ${hour} * * *`, { timezone: timeZone, paused: true });
}

/** Scheduled instants after `from` up to and including `to`, oldest first. */
export function occurrencesBetween(schedule: DailyTime, from: Date, to: Date): Date[] {
  const cron = cronOf(schedule);
  const runs: Date[] = [];
  for (let next = cron.nextRun(from); next && next <= to; next = cron.nextRun(next)) runs.push(next);
  return runs;
}

export function nextOccurrence(schedule: DailyTime, after: Date): Date | undefined {
  return cronOf(schedule).nextRun(after) ?? undefined;
}

/** The calendar date of an instant in a time zone, YYYY-MM-DD: the digest slot it belongs to. */
export function localDateOf(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** "Thu 26 Nov 2026, 08:00 GMT" in the channel's zone. */
export function formatLocal(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  }).format(instant);
}
