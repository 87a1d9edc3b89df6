/**
 * /digest on Discord end to end: the real discord.js client against the fake
 * Discord, a real SQLite store, and the scheduler posting through the
 * Discord digest sender.
 */
import { ApplicationCommandOptionType, type Client } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { discordCommandJson } from '../../../src/adapters/discord/commands.ts';
import { discordDigestSender } from '../../../src/adapters/discord/digest.ts';
import { createBriefbotFromKnowledge, type Briefbot } from '../../../src/briefbot.ts';
import { DigestScheduler } from '../../../src/core/digest/scheduler.ts';
import { DigestService } from '../../../src/core/digest/service.ts';
import type { DigestStore } from '../../../src/core/digest/store.ts';
import { configureLog } from '../../../src/core/log.ts';
import { seedBot } from '../../helpers.ts';
import { sqliteFactory, type StoreFactory } from '../../store/stores.ts';
import { CHANNEL_ID, FakeDiscord, interaction, member, subcommand } from './fakeDiscord.ts';

const fake = new FakeDiscord();
let client: Client;
let factory: StoreFactory;
let store: DigestStore;
let bot: Briefbot;

beforeAll(async () => {
  configureLog({ level: 'error', sink: () => {} });
  factory = sqliteFactory();
  store = await factory.open();
  bot = createBriefbotFromKnowledge(seedBot().kb, [], { digest: new DigestService(store) });
  await fake.start();
  client = await fake.connect(() => bot, { messageContent: false });
});
afterAll(async () => {
  await client?.destroy();
  await fake.stop();
  await factory.dispose();
  configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') });
});

const interact = (payload: { id: string; token: string }) => fake.interact(payload);
/** A member who may read and write but not manage channels. */
const guest = { member: { ...member, permissions: String(1n << 10n | 1n << 11n) } };

describe('registration', () => {
  it('registers /digest with one subcommand per verb, typed options and a menu for empty days', () => {
    const digest = discordCommandJson(commands).find((c) => c.name === 'digest')!;
    expect('default_member_permissions' in digest).toBe(false); // status and now are for everyone
    const subs = (digest as { options: any[] }).options;
    expect(subs.map((s) => [s.name, s.type])).toEqual([
      ['subscribe', ApplicationCommandOptionType.Subcommand],
      ['unsubscribe', ApplicationCommandOptionType.Subcommand],
      ['status', ApplicationCommandOptionType.Subcommand],
      ['now', ApplicationCommandOptionType.Subcommand],
    ]);
    expect(subs[0].options.map((o: any) => o.name)).toEqual(['time', 'tz', 'topics', 'when_empty']);
    expect(subs[0].options[3].choices).toEqual([{ name: 'say', value: 'say' }, { name: 'skip', value: 'skip' }]);
  });
});

describe('/digest subcommands', () => {
  it('subscribes the channel for someone with Manage Channels', async () => {
    const callback = await interact(subcommand('digest', 'subscribe', [{ name: 'time', value: '09:00' }, { name: 'tz', value: 'Europe/London' }, { name: 'topics', value: 'isis-k' }]));
    expect(callback.data.embeds[0].title).toBe('Daily digest subscribed');
    expect(callback.data.flags & 64).toBe(64);
    expect(await store.getSubscription('discord', CHANNEL_ID)).toMatchObject({ time: '09:00', timeZone: 'Europe/London', topics: ['isis-k'] });
  });

  it('refuses a member without Manage Channels, changing nothing, but shows them the status', async () => {
    const refused = await interact(subcommand('digest', 'unsubscribe', [], guest));
    expect(refused.data.embeds[0].description).toMatch(/^Only people who can manage this channel can change its digest/);
    expect(await store.getSubscription('discord', CHANNEL_ID)).toBeDefined();
    const status = await interact(subcommand('digest', 'status', [], guest));
    expect(status.data.embeds[0].title).toBe('Daily digest for this channel');
    expect(status.data.embeds[0].description).toContain('every day at 09:00 (Europe/London)');
  });

  it('answers bad input with the reason, and keeps the subscription as it was', async () => {
    const callback = await interact(subcommand('digest', 'subscribe', [{ name: 'tz', value: 'Mars/Base' }]));
    expect(callback.data.embeds[0].description).toMatch(/“Mars\/Base” is not a time zone I know/);
    expect(await store.getSubscription('discord', CHANNEL_ID)).toMatchObject({ timeZone: 'Europe/London' });
  });
});

describe('autocomplete inside a subcommand', () => {
  it('completes the last of the topics typed, and time zones', async () => {
    const focused = (name: string, value: string) =>
      interaction(4, { id: '600000000000000007', name: 'digest', type: 1, options: [{ name: 'subscribe', type: 1, options: [{ name, type: 3, value, focused: true }] }] });
    const topics = await interact(focused('topics', 'isis-k, lod'));
    expect(topics.type).toBe(8);
    expect(topics.data.choices.map((c: { value: string }) => c.value)).toContain('isis-k, Maleeha Lodhi');
    const zones = await interact(focused('tz', 'berlin'));
    expect(zones.data.choices).toContainEqual({ name: 'Europe/Berlin', value: 'Europe/Berlin' });
  });
});

describe('delivery', () => {
  const at = (iso: string) => () => new Date(iso);
  const scheduler = (now: string) => new DigestScheduler({ store, senders: { discord: discordDigestSender(client) }, knowledge: () => bot.kb, now: at(now) });

  it('posts the digest in the channel once, without mentions, and records the message id', async () => {
    await store.saveSubscription({ platform: 'discord', channelId: CHANNEL_ID, time: '09:00', timeZone: 'Europe/London', topics: ['isis-k'], whenEmpty: 'say', createdBy: 'u', createdAt: '2026-11-20T00:00:00.000Z' });
    await scheduler('2026-11-25T09:00:30Z').tick();
    await scheduler('2026-11-25T09:01:30Z').tick(); // another process, a minute later
    const posted = fake.channelMessages.get(CHANNEL_ID) ?? [];
    expect(posted).toHaveLength(1);
    expect(posted[0].embeds[0].title).toBe('Daily digest · Wed, 25 Nov 2026');
    expect(posted[0].allowed_mentions).toEqual({ parse: [] });
    expect(posted[0].enforce_nonce).toBe(true);
    expect(posted[0].components ?? []).toEqual([]);
    expect(await store.getDelivery({ platform: 'discord', channelId: CHANNEL_ID, localDate: '2026-11-25' })).toMatchObject({ status: 'sent', messageId: posted[0].id });
  });

  it.each([
    ['deleted', 'goneChannels', 'the channel no longer exists (Discord 10003)'],
    ['closed to the bot', 'forbiddenChannels', 'the bot has no access to the channel (removed, or the channel is private to it) (Discord 50001)'],
  ] as const)('pauses the subscription of a channel that was %s', async (_case, list, reason) => {
    const channelId = list === 'goneChannels' ? '300000000000000777' : '300000000000000778';
    fake[list].add(channelId);
    await store.saveSubscription({ platform: 'discord', channelId, time: '09:00', timeZone: 'UTC', topics: [], whenEmpty: 'say', createdBy: 'u', createdAt: '2026-11-20T00:00:00.000Z' });
    await scheduler('2026-11-25T09:00:30Z').tick();
    expect(await store.getSubscription('discord', channelId)).toMatchObject({ pausedReason: reason });
    expect(await store.getDelivery({ platform: 'discord', channelId, localDate: '2026-11-25' })).toMatchObject({ status: 'paused', detail: reason });
  });
});
