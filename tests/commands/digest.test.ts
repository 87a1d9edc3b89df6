/**
 * /digest in a channel, against a real SQLite store: what each subcommand
 * does, who may change a subscription, and how bad input is refused without
 * changing anything.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import digestCommand from '../../commands/digest.ts';
import { createBriefbotFromKnowledge, type Briefbot } from '../../src/briefbot.ts';
import type { ChannelInfo } from '../../src/core/commands.ts';
import { articleVersion } from '../../src/core/digest/compose.ts';
import { DigestService } from '../../src/core/digest/service.ts';
import type { DigestStore } from '../../src/core/digest/store.ts';
import { seedBot } from '../helpers.ts';
import { sqliteFactory, type StoreFactory } from '../store/stores.ts';

const NOW = new Date('2026-11-25T10:00:00Z');
let factory: StoreFactory;
let store: DigestStore;
let bot: Briefbot;
let channelCount = 0;
let channel: ChannelInfo;

const inChannel = (id: string, canManage = true): ChannelInfo => ({ platform: 'slack', channelId: id, userId: 'U1', canManage: async () => canManage });
const run = (line: string, where = channel) => bot.handleLine(line, where);

beforeAll(async () => {
  factory = sqliteFactory();
  store = await factory.open();
  const kb = seedBot().kb;
  await store.recordContentVersions(kb.articles.map(articleVersion), '2026-11-01T00:00:00.000Z');
  bot = createBriefbotFromKnowledge(kb, [], { digest: new DigestService(store, () => NOW) });
});
afterAll(() => factory.dispose());
beforeEach(() => {
  channel = inChannel(`C${++channelCount}`);
});

describe('/digest subscribe', () => {
  it('defaults to 08:00 UTC, new articles only, and says when the first digest comes', async () => {
    const reply = await run('/digest subscribe');
    expect(reply.title).toBe('Daily digest subscribed');
    expect(reply.summary[0]).toBe('This channel gets a digest every day at 08:00 (UTC); the next one on Thu, 26 Nov 2026, 08:00 UTC.');
    expect(reply.summary[1]).toBe('Topics: none — new and changed articles only.');
    expect(await store.getSubscription('slack', channel.channelId)).toMatchObject({ time: '08:00', timeZone: 'UTC', topics: [], whenEmpty: 'say', createdBy: 'U1' });
  });

  it('reads a time, a time zone and topics from a typed line', async () => {
    await run('/digest subscribe 9:30 europe/london isis-k, Taliban');
    expect(await store.getSubscription('slack', channel.channelId)).toMatchObject({ time: '09:30', timeZone: 'Europe/London', topics: ['isis-k', 'Taliban'] });
  });

  it('reads named options, as Discord sends them and as people may type them', async () => {
    await bot.handle('digest', { subcommand: 'subscribe', time: '5pm', tz: 'America/New_York', topics: 'pakistan;  isis-k ', when_empty: 'skip' }, channel);
    expect(await store.getSubscription('slack', channel.channelId)).toMatchObject({ time: '17:00', timeZone: 'America/New_York', topics: ['pakistan', 'isis-k'], whenEmpty: 'skip' });
    await run('/digest subscribe time:07:15 tz:Asia/Tokyo topics:sharia law, kabul');
    expect(await store.getSubscription('slack', channel.channelId)).toMatchObject({ time: '07:15', timeZone: 'Asia/Tokyo', topics: ['sharia law', 'kabul'] });
  });

  it.each([
    ['an unknown time zone', { tz: 'Mars/Olympus_Mons' }, /“Mars\/Olympus_Mons” is not a time zone I know; use an IANA name such as Europe\/London/],
    ['an hour past 23', { time: '25:00' }, /“25:00” is not a time of day; use 24-hour HH:MM/],
    ['minutes past 59', { time: '08:75' }, /“08:75” is not a time of day/],
    ['empty topics', { topics: ' , ,, ' }, /The topics were empty; give one or more separated by commas/],
    ['5,000 characters of topics', { topics: 'a'.repeat(5000) }, /longer than 200 characters/],
    ['5,000 characters of time', { time: '1'.repeat(5000) }, /is not a time of day/],
    ['5,000 characters of time zone', { tz: 'x'.repeat(5000) }, /is not a time zone I know/],
    ['six topics', { topics: 'a1, b2, c3, d4, e5, f6' }, /That is 6 topics; a digest follows at most 5/],
    ['a topic of symbols only', { topics: 'ports, 🚢🚢' }, /cannot be a topic: each needs a word or name/],
    ['an unknown choice for empty days', { when_empty: 'sometimes' }, /Please choose one of: say, skip/],
  ])('refuses %s with a clear message and changes nothing', async (_case, options, message) => {
    await run('/digest subscribe 06:45 Europe/Paris isis-k');
    const before = await store.getSubscription('slack', channel.channelId);
    const reply = await bot.handle('digest', { subcommand: 'subscribe', ...options }, channel);
    expect(reply.kind).toBe('error');
    expect(reply.summary[0]).toMatch(message);
    expect(reply.summary[0]).toContain('Usage: /digest subscribe [time] [tz] [topics] [when_empty]');
    expect(await store.getSubscription('slack', channel.channelId)).toEqual(before);
  });

  it('quotes bad input back shortened and inert', async () => {
    const reply = await bot.handle('digest', { subcommand: 'subscribe', tz: '@everyone <!channel> ' + 'z'.repeat(100) }, channel);
    expect(reply.summary[0]!.length).toBeLessThan(300);
    expect(await store.getSubscription('slack', channel.channelId)).toBeUndefined();
  });
});

describe('/digest subscribe says how it read what was typed', () => {
  it('asks about a city among the topics when no zone was given (“8am London”), and subscribes nothing', async () => {
    const reply = await run('/digest subscribe 8am London');
    expect(await store.getSubscription('slack', channel.channelId)).toBeUndefined();
    expect(reply.title).toBe('Daily digest not subscribed yet');
    expect(reply.summary).toEqual([
      'I read “London” as the time zone Europe/London: a digest every day at 08:00 (Europe/London). Topics: none — new and changed articles only. Nothing is subscribed yet.',
      'To subscribe so, run /digest subscribe 08:00 Europe/London',
      'If “London” is a topic, run /digest subscribe 08:00 UTC topics:London',
    ]);
  });

  it('subscribes as confirmed by either line it offered', async () => {
    const [, asZone, asTopic] = (await run('/digest subscribe 8am London')).summary.map((line) => line.replace(/^.*, run /, ''));
    const subscribed = await run(asZone!);
    expect(subscribed.title).toBe('Daily digest subscribed');
    expect(await store.getSubscription('slack', channel.channelId)).toMatchObject({ time: '08:00', timeZone: 'Europe/London', topics: [] });
    expect((await run(asTopic!)).title).toBe('Daily digest changed');
    expect(await store.getSubscription('slack', channel.channelId)).toMatchObject({ time: '08:00', timeZone: 'UTC', topics: ['London'] });
  });

  it('finds a two-word city after the topics, and keeps the topics and when_empty in both lines', async () => {
    const reply = await run('/digest subscribe 17:30 quiet Taliban, ports New York');
    expect(await store.getSubscription('slack', channel.channelId)).toBeUndefined();
    expect(reply.summary.slice(1)).toEqual([
      'To subscribe so, run /digest subscribe 17:30 America/New_York when_empty:skip topics:Taliban, ports',
      'If “New York” is a topic, run /digest subscribe 17:30 UTC when_empty:skip topics:Taliban, ports New York',
    ]);
  });

  it('asks the same of a city given as a topic option on Discord, with no zone', async () => {
    const reply = await bot.handle('digest', { subcommand: 'subscribe', time: '07:00', topics: 'Tokyo' }, channel);
    expect(reply.title).toBe('Daily digest not subscribed yet');
    expect(reply.summary[1]).toBe('To subscribe so, run /digest subscribe 07:00 Asia/Tokyo');
    expect(await store.getSubscription('slack', channel.channelId)).toBeUndefined();
  });

  it('keeps a city as a topic when a time zone was given, and takes a city given as the zone option', async () => {
    await run('/digest subscribe 08:00 Asia/Kabul Kabul');
    expect(await store.getSubscription('slack', channel.channelId)).toMatchObject({ timeZone: 'Asia/Kabul', topics: ['Kabul'] });
    await bot.handle('digest', { subcommand: 'subscribe', tz: 'tokyo' }, channel);
    expect(await store.getSubscription('slack', channel.channelId)).toMatchObject({ timeZone: 'Asia/Tokyo' });
  });

  it.each([
    ['8 isis-k', /“8” is not a time of day; use 24-hour HH:MM, for example 08:00 or 17:30 \(did you mean 08:00\?\) \(a number meant as a topic goes after topics:, e.g. topics:8\)\./],
    ['0830 isis-k', /“0830” is not a time of day; .* \(did you mean 08:30\?\)/],
    ['8.30', /“8\.30” is not a time of day; .* \(did you mean 08:30\?\)/],
    ['08:00 BST isis-k', /“BST” is an abbreviation, which can mean more than one zone and has no summer time; use an IANA name such as Europe\/London/],
  ])('asks again instead of subscribing for “%s”', async (typed, message) => {
    const reply = await run(`/digest subscribe ${typed}`);
    expect(reply.kind).toBe('error');
    expect(reply.summary[0]).toMatch(message);
    expect(await store.getSubscription('slack', channel.channelId)).toBeUndefined();
  });

  it('says that subscribing again replaced the earlier subscription, and what it was', async () => {
    const first = await run('/digest subscribe 07:00 Taliban');
    expect(first.summary.join('\n')).not.toMatch(/replaces/);
    const again = await run('/digest subscribe 09:00 Europe/Paris');
    expect(again.title).toBe('Daily digest changed');
    expect(again.summary.at(-1)).toBe('This replaces the channel’s earlier subscription (every day at 07:00 (UTC); topics: Taliban).');
    expect(await store.getSubscription('slack', channel.channelId)).toMatchObject({ time: '09:00', timeZone: 'Europe/Paris', topics: [] });
  });
});

describe('who may change a digest', () => {
  it('refuses subscribe and unsubscribe to someone who cannot manage the channel, and changes nothing', async () => {
    await run('/digest subscribe 08:00 UTC isis-k');
    const guest = { ...channel, userId: 'U2', canManage: async () => false };
    for (const line of ['/digest subscribe 09:00', '/digest unsubscribe']) {
      const reply = await run(line, guest);
      expect(reply.kind).toBe('error');
      expect(reply.summary[0]).toMatch(/^Only people who can manage this channel can change its digest/);
    }
    expect(await store.getSubscription('slack', channel.channelId)).toMatchObject({ time: '08:00', topics: ['isis-k'] });
  });

  it('lets anyone see the status and a preview', async () => {
    const guest = { ...channel, canManage: async () => false };
    expect((await run('/digest status', guest)).kind).toBe('help');
    expect((await run('/digest now', guest)).kind).toBe('digest');
  });
});

describe('/digest status', () => {
  it('says there is no digest, and how to start one', async () => {
    const reply = await run('/digest status');
    expect(reply.title).toBe('No daily digest in this channel');
    expect(reply.summary[0]).toMatch(/\/digest subscribe 08:00 Europe\/London/);
  });

  it('tells the next delivery in the channel’s time zone, the topics, and how the last one went', async () => {
    await run('/digest subscribe 08:00 Europe/London isis-k');
    const slot = { platform: 'slack' as const, channelId: channel.channelId, localDate: '2026-11-25' };
    await store.claimSlot(slot, { owner: 'p', at: '2026-11-25T08:00:00.000Z', leaseUntil: '2026-11-25T08:05:00.000Z', scheduledFor: '2026-11-25T08:00:00.000Z' });
    await store.finish(slot, 'p', { status: 'retrying', error: 'HTTP 503', nextAttemptAt: '2026-11-25T08:05:00.000Z' }, '2026-11-25T08:00:01.000Z');
    let reply = await run('/digest status');
    expect(reply.summary).toEqual([
      'Next digest: Thu, 26 Nov 2026, 08:00 GMT, every day at 08:00 (Europe/London).',
      'Topics: isis-k.',
      'On a day with nothing new, a one-line note says so.',
      'Last digest, for 2026-11-25: failed (HTTP 503); trying again at 08:05 UTC.',
    ]);
    await store.pauseSubscription('slack', channel.channelId, 'the channel is archived (Slack is_archived)');
    reply = await run('/digest status');
    expect(reply.summary[0]).toBe('Paused: the channel is archived (Slack is_archived). Fix access to the channel, then run /digest subscribe again to resume.');
  });

  it('stops after /digest unsubscribe', async () => {
    await run('/digest subscribe');
    expect((await run('/digest unsubscribe')).title).toBe('Daily digest stopped');
    expect((await run('/digest unsubscribe')).title).toBe('No digest to stop');
    expect((await run('/digest status')).title).toBe('No daily digest in this channel');
  });
});

describe('/digest now', () => {
  it('previews the channel’s digest, every line cited, without recording a delivery', async () => {
    await run('/digest subscribe 08:00 UTC isis-k');
    const reply = await run('/digest now');
    expect(reply.kind).toBe('digest');
    expect(reply.title).toBe('Daily digest · Wed, 25 Nov 2026 (preview)');
    expect(reply.labels?.[0]).toBe(`New: ${bot.kb.articles[0]!.title}`);
    reply.summary.forEach((line, i) => expect(reply.sources[reply.citations![i]!]!.text).toContain(line));
    expect(await store.lastDelivery('slack', channel.channelId)).toBeUndefined();
  });

  it('takes topics for a one-off preview', async () => {
    const reply = await run('/digest now topics:Taliban');
    expect(reply.labels).toContain('Taliban');
  });
});

describe('autocomplete', () => {
  it('offers IANA time zones by any part of their name', () => {
    expect(bot.autocomplete('digest', 'tz', 'london', 'subscribe').map((c) => c.value)).toContain('Europe/London');
    expect(bot.autocomplete('digest', 'tz', 'new_y', 'subscribe').map((c) => c.value)).toContain('America/New_York');
    expect(bot.autocomplete('digest', 'tz', 'utc', 'subscribe')[0]?.value).toBe('UTC');
  });

  it('completes the last topic of a list and keeps the ones before it', () => {
    const choices = bot.autocomplete('digest', 'topics', 'isis-k, lod', 'subscribe');
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(choice.value).toMatch(/^isis-k, \S/);
    expect(choices.map((c) => c.value)).toContain('isis-k, Maleeha Lodhi');
    expect(bot.autocomplete('digest', 'topics', 'isis-k, lod', 'status')).toEqual([]);
  });
});

describe('the /digest group', () => {
  it('lists its subcommands for an unknown or missing one', async () => {
    for (const line of ['/digest', '/digest subscirbe 08:00']) {
      const reply = await run(line);
      expect(reply.kind).toBe('error');
      expect(reply.summary[0]).toMatch(/Use one of: \/digest subscribe \[time\] \[tz\] \[topics\] \[when_empty\] · \/digest unsubscribe · \/digest status · \/digest now/);
    }
  });

  it('explains itself where there is no store', async () => {
    const storeless = createBriefbotFromKnowledge(seedBot().kb);
    const reply = await storeless.handleLine('/digest status', channel);
    expect(reply.summary[0]).toMatch(/^The daily digest is not available here/);
    expect(storeless.runLine('/digest status').kind).toBe('error');
  });

  it('runs every example it advertises', async () => {
    for (const example of digestCommand.examples) expect((await run(example)).kind, example).not.toBe('error');
  });
});
