import { z } from 'zod';
import { choiceOption, defineGroup, quotedInput, topicListOption, defineSubcommand, type ChannelCommandContext, type OptionMeta } from '../src/core/commands.ts';
import type { DigestService } from '../src/core/digest/service.ts';
import { canonicalTimeZone, formatLocal, parseTimeOfDay, timeZoneOfPlace, ZONE_ABBREVIATIONS } from '../src/core/digest/schedule.ts';
import type { Delivery, Subscription } from '../src/core/digest/store.ts';
import { errorReply, type Reply } from '../src/core/reply.ts';
import { cleanUserInput } from '../src/core/text/normalize.ts';

const DEFAULT_TIME = '08:00';
const DEFAULT_TIME_ZONE = 'UTC';


const timeOption = z
  .string({ error: 'Please give the time as text, e.g. 08:00.' })
  .transform((value, ctx) => {
    const time = value.length <= 20 ? parseTimeOfDay(value) : undefined;
    if (!time) {
      const guess = guessTime(value);
      const topic = /^\d+$/.test(value.trim()) ? ` (a number meant as a topic goes after topics:, e.g. topics:${value.trim()})` : '';
      ctx.addIssue({ code: 'custom', message: `${quotedInput(value)} is not a time of day; use 24-hour HH:MM, for example 08:00 or 17:30${guess ? ` (did you mean ${guess}?)` : ''}${topic}.` });
    }
    return time ?? z.NEVER;
  })
  .optional()
  .meta({ description: `Local time of day, HH:MM (default ${DEFAULT_TIME})`, maxLength: 8 } satisfies OptionMeta);

/** "8" -> "08:00", "0830" and "8.30" and "8h30" -> "08:30": what a time written another way most likely means. */
function guessTime(value: string): string | undefined {
  const match = /^(\d{1,2})(?:[.h]?(\d{2}))?h?$/i.exec(value.trim());
  if (!match) return undefined;
  const [hour, minute = 0] = [Number(match[1]), Number(match[2] ?? 0)];
  if (hour > 23 || minute > 59) return undefined;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

/** The zone to use, and the place it was read from when the zone was named by a city ("London"), to say so. */
interface ZoneChoice {
  zone: string;
  place?: string;
}

const timeZoneOption = z
  .string({ error: 'Please give the time zone as text, e.g. Europe/London.' })
  .transform((value, ctx): ZoneChoice => {
    const text = cleanUserInput(value);
    if (ZONE_ABBREVIATIONS.has(text.toUpperCase())) {
      ctx.addIssue({ code: 'custom', message: `${quotedInput(value)} is an abbreviation, which can mean more than one zone and has no summer time; use an IANA name such as Europe/London, America/New_York or Asia/Kolkata.` });
      return z.NEVER;
    }
    const zone = canonicalTimeZone(text);
    if (zone) return { zone };
    const placed = timeZoneOfPlace(text);
    if (placed) return { zone: placed, place: text };
    ctx.addIssue({ code: 'custom', message: `${quotedInput(value)} is not a time zone I know; use an IANA name such as Europe/London, America/New_York or UTC.` });
    return z.NEVER;
  })
  .optional()
  .meta({ description: `IANA time zone or its city, e.g. Europe/London (default ${DEFAULT_TIME_ZONE})`, maxLength: 64, autocomplete: 'timeZones' } satisfies OptionMeta);

const topicsOption = topicListOption({ holder: 'a digest follows', description: 'Topics to brief each day, separated by commas (default: new articles only)', empty: 'The topics were empty; give one or more separated by commas, e.g. `ports, storm` — or leave topics out for new articles only.' });

const whenEmptyOption = choiceOption('When nothing is new: say so (default) or skip the day', ['say', 'skip']);

/** A word meant as a time but not written as one ("8", "0830", "8.30", "8h"). */
const TIME_LIKE = /^\d{1,4}h?$|^\d{1,2}[.h]\d{2}$/i;

/**
 * "09:30 Europe/London ports, storm" or "time:09:30 tz:Europe/London topics:ports" -> options.
 * A word shaped like a time is the time, one shaped like a zone is the zone; the rest are topics
 * (a city among them, "8am London", is asked about when the subscription is made: see subscribe).
 */
function parseSubscribeText(text: string): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  const topicWords: string[] = [];
  const named = /^(time|tz|topics|when_empty)[:=](.*)$/i;
  const words = text.trim().split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const key = named.exec(word);
    if (key) {
      const name = key[1]!.toLowerCase();
      // topics:… takes the rest of the line, so topics can have spaces.
      input[name] = name === 'topics' ? [key[2], ...words.slice(i + 1)].join(' ') : key[2];
      if (name === 'topics') break;
    } else if (input.time === undefined && /^\d{1,2}([:.]\d{1,2})?(am|pm)?$/i.test(word) && (word.includes(':') || /[ap]m$/i.test(word))) input.time = word;
    // Written another way ("8", "0830"): taken as the time, so the reply asks for HH:MM rather than following a topic "8".
    else if (input.time === undefined && topicWords.length === 0 && TIME_LIKE.test(word)) input.time = word;
    else if (input.tz === undefined && (word.includes('/') || /^(utc|gmt)$/i.test(word) || ZONE_ABBREVIATIONS.has(word))) input.tz = word;
    else if (/^(quiet|skip-empty)$/i.test(word)) input.when_empty = 'skip';
    else topicWords.push(word);
  }
  if (topicWords.length && input.topics === undefined) input.topics = topicWords.join(' ');
  return input;
}

/** A city naming a zone in the first or last one or two words of the topics, and the words without it. */
function placeAtEdge(words: string[]): { place: string; rest: string[] } | undefined {
  const bare = (w: string) => w.replace(/^,+|,+$/g, '');
  for (const size of [2, 1]) {
    if (words.length < size) continue;
    for (const start of [words.length - size, 0]) {
      const part = words.slice(start, start + size);
      // Within one topic only: "ports, New York" has the place after the comma.
      if (part.slice(0, -1).some((w) => w.endsWith(',')) || part.slice(1).some((w) => w.startsWith(','))) continue;
      const place = part.map(bare).join(' ');
      if (timeZoneOfPlace(place)) {
        const rest = [...words.slice(0, start), ...words.slice(start + size)];
        return { place, rest: rest.join(' ').replace(/^[\s,]+|[\s,]+$/g, '').split(/\s+/).filter(Boolean) };
      }
    }
  }
  return undefined;
}

/** A city naming a zone at the start or end of the topics ("8am London", "ports New York"), and the topics without it. */
function placeAmongTopics(topics: string[]): { place: string; rest: string[] } | undefined {
  const found = placeAtEdge(topics.join(', ').split(/\s+/).filter(Boolean));
  return found && { place: found.place, rest: found.rest.join(' ').split(',').map((topic) => topic.trim()).filter(Boolean) };
}

/** The line that subscribes with these settings, typed as /digest subscribe reads it (topics: last, as it takes the rest). */
function subscribeLine(settings: { time: string; timeZone: string; topics: string[]; whenEmpty: string }): string {
  return ['/digest subscribe', settings.time, settings.timeZone, ...(settings.whenEmpty === 'skip' ? ['when_empty:skip'] : []), ...(settings.topics.length ? [`topics:${settings.topics.join(', ')}`] : [])].join(' ');
}

const NOT_SET_UP = errorReply('The daily digest is not available here: it needs the bot’s store (run `npm start`, or `npm run digest -- --now` for a preview).');

/** Runs a subcommand's work with the digest service, or says politely that there is none. */
function withDigest<Input>(work: (input: Input, context: ChannelCommandContext, digest: DigestService) => Promise<Reply>) {
  return async (input: Input, context: ChannelCommandContext): Promise<Reply> => (context.digest ? work(input, context, context.digest) : NOT_SET_UP);
}

const where = (subscription: Pick<Subscription, 'time' | 'timeZone'>) => `${subscription.time} (${subscription.timeZone})`;
const topicsLine = (topics: string[]) => (topics.length ? `Topics: ${topics.join(', ')}.` : 'Topics: none — new and changed articles only.');

function outcomeOf(delivery: Delivery): string {
  switch (delivery.status) {
    case 'sent':
      return 'sent';
    case 'nothing_new':
      return 'nothing new, so nothing was posted';
    case 'sending':
      return 'being sent now';
    case 'retrying':
      return `failed (${delivery.detail}); trying again at ${delivery.leaseUntil.slice(11, 16)} UTC`;
    case 'skipped':
    case 'failed':
    case 'paused':
      return `${delivery.status}: ${delivery.detail ?? 'no reason recorded'}`;
  }
}

const info = (title: string, summary: string[]): Reply => ({ kind: 'help', title, summary, sources: [] });

const subscribe = defineSubcommand({
  description: 'Post a digest in this channel every day (people who can manage the channel)',
  manages: true,
  options: z.object({ time: timeOption, tz: timeZoneOption, topics: topicsOption, when_empty: whenEmptyOption }),
  parseText: parseSubscribeText,
  run: withDigest(async ({ time, tz, topics, when_empty }, context, digest) => {
    const settings = { time: time ?? DEFAULT_TIME, timeZone: tz?.zone ?? DEFAULT_TIME_ZONE, topics: topics ?? [], whenEmpty: when_empty ?? 'say' };
    // "8am London" with no zone given: London may be the zone or a topic. Neither is guessed; the reply says how
    // it read the line and gives the line for each reading, and nothing is subscribed until one is run.
    const placed = tz ? undefined : placeAmongTopics(settings.topics);
    if (placed) {
      const zone = timeZoneOfPlace(placed.place)!;
      const asZone = { ...settings, timeZone: zone, topics: placed.rest };
      return info('Daily digest not subscribed yet', [
        `I read “${placed.place}” as the time zone ${zone}: a digest every day at ${where(asZone)}. ${topicsLine(asZone.topics)} Nothing is subscribed yet.`,
        `To subscribe so, run ${subscribeLine(asZone)}`,
        `If “${placed.place}” is a topic, run ${subscribeLine(settings)}`,
      ]);
    }
    const { replaced } = await digest.subscribe(context.channel, settings, context.channel.userId);
    const { next } = await digest.status(context.channel);
    return info(replaced ? 'Daily digest changed' : 'Daily digest subscribed', [
      `This channel gets a digest every day at ${where(settings)}${next ? `; the next one on ${formatLocal(next, settings.timeZone)}` : ''}.`,
      ...(tz?.place ? [`I read “${tz.place}” as the time zone ${tz.zone}.`] : []),
      topicsLine(settings.topics),
      settings.whenEmpty === 'skip' ? 'On a day with nothing new, nothing is posted.' : 'On a day with nothing new, a one-line note says so.',
      ...(replaced ? [`This replaces the channel’s earlier subscription (every day at ${where(replaced)}; ${topicsLine(replaced.topics).replace(/^Topics/, 'topics').replace(/\.$/, '')}${replaced.pausedReason ? '; it was paused' : ''}).`] : []),
    ]);
  }),
});

const unsubscribe = defineSubcommand({
  description: 'Stop this channel’s daily digest (people who can manage the channel)',
  manages: true,
  options: z.object({}),
  run: withDigest(async (_input, context, digest) => {
    const removed = await digest.unsubscribe(context.channel);
    return info(removed ? 'Daily digest stopped' : 'No digest to stop', [
      removed ? 'This channel will get no more daily digests. /digest subscribe starts them again.' : 'This channel has no daily digest.',
    ]);
  }),
});

const status = defineSubcommand({
  description: 'When this channel’s next digest is due, its topics and how the last one went',
  options: z.object({}),
  run: withDigest(async (_input, context, digest) => {
    const { subscription, next, last } = await digest.status(context.channel);
    if (!subscription) {
      return info('No daily digest in this channel', [
        'Someone who can manage the channel can start one, e.g. /digest subscribe 08:00 Europe/London ports, storm',
        ...(last ? [`The last one, for ${last.localDate}: ${outcomeOf(last)}.`] : []),
      ]);
    }
    return info('Daily digest for this channel', [
      subscription.pausedReason
        ? `Paused: ${subscription.pausedReason}. Fix access to the channel, then run /digest subscribe again to resume.`
        : `Next digest: ${next ? formatLocal(next, subscription.timeZone) : 'not scheduled'}, every day at ${where(subscription)}.`,
      topicsLine(subscription.topics),
      subscription.whenEmpty === 'skip' ? 'On a day with nothing new, nothing is posted.' : 'On a day with nothing new, a one-line note says so.',
      last ? `Last digest, for ${last.localDate}: ${outcomeOf(last)}.` : 'No digest has been posted yet.',
    ]);
  }),
});

const now = defineSubcommand({
  description: 'Preview the digest this channel would get now (only you see it)',
  options: z.object({ topics: topicsOption }),
  run: withDigest(async ({ topics }, context, digest) => (await digest.preview(context.kb, context.channel, topics)).reply),
});

export default defineGroup({
  name: 'digest',
  description: 'A daily digest in this channel: subscribe, unsubscribe, status, now',
  examples: ['/digest subscribe 08:00 Europe/London ports, storm', '/digest status', '/digest now', '/digest unsubscribe'],
  subcommands: { subscribe, unsubscribe, status, now },
});
