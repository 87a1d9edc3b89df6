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

let zonesByPlace: Map<string, string> | undefined;
/** "london" -> "Europe/London", "new york" -> "America/New_York": the last part of every zone this runtime knows. */
function placeZones(): Map<string, string> {
  if (zonesByPlace) return zonesByPlace;
  zonesByPlace = new Map();
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    const place = zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' ').toLowerCase();
    if (zone.includes('/') && !zonesByPlace.has(place)) zonesByPlace.set(place, zone);
  }
  return zonesByPlace;
}

/** The zone a place names, as the last part of an IANA name ("London", "new york", "Sao_Paulo"); undefined for anything else. */
export function timeZoneOfPlace(text: string): string | undefined {
  const place = text.trim().replace(/[\s_]+/g, ' ').toLowerCase();
  return place.length >= 3 ? placeZones().get(place) : undefined;
}

/**
 * Abbreviations people write for zones. Intl reads some of them ("EST" as
 * America/Panama, with no summer time) and not others, and several stand
 * for more than one zone ("IST", "CST"), so they are never taken as a zone.
 */
export const ZONE_ABBREVIATIONS = new Set(['BST', 'CET', 'CEST', 'EET', 'EEST', 'WET', 'WEST', 'EST', 'EDT', 'CST', 'CDT', 'MST', 'MDT', 'PST', 'PDT', 'AKST', 'HST', 'IST', 'JST', 'KST', 'AEST', 'AEDT', 'ACST', 'AWST', 'NZST', 'NZDT', 'PKT', 'MSK']);

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
