import { z } from 'zod';
import { choiceOption, defineGroup, quotedInput, topicListOption, defineSubcommand, type ChannelCommandContext, type OptionMeta } from '../src/core/commands.ts';
import type { DigestService } from '../src/core/digest/service.ts';
import { canonicalTimeZone, formatLocal, parseTimeOfDay } from '../src/core/digest/schedule.ts';
import type { Delivery, Subscription } from '../src/core/digest/store.ts';
import { errorReply, type Reply } from '../src/core/reply.ts';
import { cleanUserInput } from '../src/core/text/normalize.ts';

const DEFAULT_TIME = '08:00';
const DEFAULT_TIME_ZONE = 'UTC';


const timeOption = z
  .string({ error: 'Please give the time as text, e.g. 08:00.' })
  .transform((value, ctx) => {
    const time = value.length <= 20 ? parseTimeOfDay(value) : undefined;
    if (!time) ctx.addIssue({ code: 'custom', message: `${quotedInput(value)} is not a time of day; use 24-hour HH:MM, for example 08:00 or 17:30.` });
    return time ?? z.NEVER;
  })
  .optional()
  .meta({ description: `Local time of day, HH:MM (default ${DEFAULT_TIME})`, maxLength: 8 } satisfies OptionMeta);

const timeZoneOption = z
  .string({ error: 'Please give the time zone as text, e.g. Europe/London.' })
  .transform((value, ctx) => {
    const zone = canonicalTimeZone(cleanUserInput(value));
    if (!zone) ctx.addIssue({ code: 'custom', message: `${quotedInput(value)} is not a time zone I know; use an IANA name such as Europe/London, America/New_York or UTC.` });
    return zone ?? z.NEVER;
  })
  .optional()
  .meta({ description: `IANA time zone, e.g. Europe/London (default ${DEFAULT_TIME_ZONE})`, maxLength: 64, autocomplete: 'timeZones' } satisfies OptionMeta);

const topicsOption = topicListOption({ holder: 'a digest follows', description: 'Topics to brief each day, separated by commas (default: new articles only)', empty: 'The topics were empty; give one or more separated by commas, e.g. `ports, storm` — or leave topics out for new articles only.' });

const whenEmptyOption = choiceOption('When nothing is new: say so (default) or skip the day', ['say', 'skip']);

/**
 * "09:30 Europe/London ports, storm" or "time:09:30 tz:Europe/London topics:ports" -> options.
 * A word shaped like a time is the time, one shaped like a zone is the zone; the rest are topics.
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
    else if (input.tz === undefined && (word.includes('/') || /^(utc|gmt)$/i.test(word))) input.tz = word;
    else if (/^(quiet|skip-empty)$/i.test(word)) input.when_empty = 'skip';
    else topicWords.push(word);
  }
  if (topicWords.length && input.topics === undefined) input.topics = topicWords.join(' ');
  return input;
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
    const settings = { time: time ?? DEFAULT_TIME, timeZone: tz ?? DEFAULT_TIME_ZONE, topics: topics ?? [], whenEmpty: when_empty ?? 'say' };
    await digest.subscribe(context.channel, settings, context.channel.userId);
    const { next } = await digest.status(context.channel);
    return info('Daily digest subscribed', [
      `This channel gets a digest every day at ${where(settings)}${next ? `; the next one on ${formatLocal(next, settings.timeZone)}` : ''}.`,
      topicsLine(settings.topics),
      settings.whenEmpty === 'skip' ? 'On a day with nothing new, nothing is posted.' : 'On a day with nothing new, a one-line note says so.',
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
