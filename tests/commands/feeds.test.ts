/**
 * /feeds in a channel, against a real SQLite store and feeds served on
 * 127.0.0.1: who may follow and unfollow, what a refusal says, and what
 * /feeds list shows for feeds that are fine, failing and paused.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBriefbotFromKnowledge, type Briefbot } from '../../src/briefbot.ts';
import type { ChannelInfo } from '../../src/core/commands.ts';
import { configureLog } from '../../src/core/log.ts';
import { FeedPoller } from '../../src/ingest/feeds/poller.ts';
import { FeedService } from '../../src/ingest/feeds/service.ts';
import type { FeedStore } from '../../src/ingest/feeds/store.ts';
import type { SqlDigestStore } from '../../src/store/sqlStore.ts';
import { seedBot } from '../helpers.ts';
import { blockedConnections, guardOutboundConnections } from '../ingest/fetch/server.ts';
import { FEED_PATHS, startFeedSite, type FeedSite } from '../ingest/feeds/feedSite.ts';
import { sqliteFactory, type StoreFactory } from '../store/stores.ts';

let site: FeedSite;
let unguard: () => void;
let factory: StoreFactory;
let store: FeedStore;
let poller: FeedPoller;
let bot: Briefbot;
let contentDir: string;
let clock: Date;
let channelCount = 0;
let channel: ChannelInfo;

const inChannel = (id: string, canManage = true, platform: ChannelInfo['platform'] = 'slack'): ChannelInfo => ({ platform, channelId: id, userId: 'U1', canManage: async () => canManage });
const run = (line: string, where = channel) => bot.handleLine(line, where);

beforeAll(async () => {
  unguard = guardOutboundConnections();
  site = await startFeedSite();
  factory = sqliteFactory();
  store = ((await factory.open()) as SqlDigestStore).feeds;
  contentDir = mkdtempSync(join(tmpdir(), 'briefbot-feeds-cmd-'));
  clock = new Date('2026-03-01T08:00:00Z');
  poller = new FeedPoller({ store, contentDir, fetchOptions: { allowHosts: [site.allow] }, now: () => clock, sleep: async () => {} });
  bot = createBriefbotFromKnowledge(seedBot().kb, [], { feeds: new FeedService({ store, poller, now: () => clock }) });
  site.items.rss = [{ page: 'disney' }, { page: 'mourinho' }];
  site.items.atom = [{ page: 'helicopter' }];
  site.items.json = [{ page: 'omar' }];
});
afterAll(async () => {
  configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') });
  await factory.dispose();
  await site.close();
  unguard();
  rmSync(contentDir, { recursive: true, force: true });
  expect(blockedConnections).toEqual([]);
});
beforeEach(async () => {
  configureLog({ level: 'error', sink: () => {} });
  channel = inChannel(`C${++channelCount}`);
  for (const feed of await store.listFeeds()) await store.removeFeed(feed.url);
  site.fail.clear();
});

describe('/feeds add', () => {
  it('follows a feed with topics from a typed line, recording what it holds without announcing it', async () => {
    const reply = await run(`/feeds add ${site.feedUrl('rss')} ports, storm`);
    expect(reply).toMatchObject({ kind: 'help', title: 'Following: Local Wire' });
    expect(reply.summary).toEqual([
      '2 items in the feed now are recorded but not announced; new articles are fetched and added every 15 minutes, and appear in the next digest.',
      'Topics: ports, storm.',
      site.feedUrl('rss'),
    ]);
    expect(await store.getFeed(site.feedUrl('rss'))).toMatchObject({ platform: 'slack', channelId: channel.channelId, addedBy: 'U1', topics: ['ports', 'storm'], primed: true, items: 2 });
  });

  it('reads named options, as Discord sends them, and a link Slack wrapped in angle brackets', async () => {
    await bot.handle('feeds', { subcommand: 'add', url: site.feedUrl('atom'), topics: 'Afghanistan' }, channel);
    expect(await store.getFeed(site.feedUrl('atom'))).toMatchObject({ topics: ['Afghanistan'], title: 'Local Atom' });
    const reply = await run(`/feeds add <${site.feedUrl('json')}|feed.json>`);
    expect(reply.title).toBe('Following: Local JSON');
  });

  it('is only for people who can manage the channel, and says so', async () => {
    const before = site.hits(FEED_PATHS.rss);
    const reply = await run(`/feeds add ${site.feedUrl('rss')}`, inChannel('C-guest', false));
    expect(reply.kind).toBe('error');
    expect(reply.summary[0]).toMatch(/^Only people who can manage this channel can follow or unfollow feeds \(on Discord: the Manage Channels permission; on Slack: workspace admins/);
    expect(await store.listFeeds()).toEqual([]);
    expect(site.hits(FEED_PATHS.rss)).toBe(before);
  });

  it.each([
    ['a word that is no address', 'not-a-url', /^That is not a web address; give the feed’s full http\(s\) address/],
    ['another scheme', 'ftp://example.com/feed.xml', /^That is not a web address/],
    ['a page that is not a feed', '/articles/omar', /^I could not follow that feed: that address is not a feed \(RSS, Atom or JSON Feed\)\.$/],
    ['a missing page', '/nowhere.xml', /^I could not follow that feed: the page was not found \(404\)\.$/],
    ['a private address', 'http://10.0.0.5/feed.xml', /^I could not follow that feed: that address is on a private network\.$/],
  ])('refuses %s politely and follows nothing', async (_case, address, message) => {
    const url = address.startsWith('/') ? site.url(address) : address;
    const reply = await run(`/feeds add ${url}`);
    expect(reply.kind).toBe('error');
    expect(reply.summary[0]).toMatch(message);
    expect(await store.listFeeds()).toEqual([]);
  });

  it('asks for the address when it is missing', async () => {
    const reply = await run('/feeds add');
    expect(reply.summary[0]).toBe('Please give the feed’s address, e.g. `/feeds add https://example.com/rss.xml`. (Usage: /feeds add <url> [topics])');
  });
});

describe('/feeds list', () => {
  it('is for everyone and shows each feed (by when, then address, it was added): last poll, items, failures and pauses with their reason', async () => {
    await run(`/feeds add ${site.feedUrl('rss')} ports`);
    await run(`/feeds add ${site.feedUrl('atom')}`);
    await run(`/feeds add ${site.feedUrl('json')}`);
    site.fail.set(FEED_PATHS.atom, 503);
    site.fail.set(FEED_PATHS.json, 410);
    clock = new Date(clock.getTime() + 15 * 60_000);
    await poller.tick();
    const reply = await run('/feeds list', inChannel('C-anyone', false));
    expect(reply).toMatchObject({ kind: 'help', title: 'Feeds followed (3, 1 paused)' });
    const at = clock.toISOString();
    const stamp = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
    const inMinutes = (m: number) => stamp(new Date(clock.getTime() + m * 60_000).toISOString());
    expect(reply.summary).toEqual([
      `Local Atom (${site.feedUrl('atom')}) · 1 item seen, 0 saved · failing (1 in a row: the site had an error (503)); next try ${inMinutes(30)}`,
      `Local JSON (${site.feedUrl('json')}) · 1 item seen, 0 saved · PAUSED: the page has been removed (410). /feeds add ${site.feedUrl('json')} resumes it`,
      `Local Wire (${site.feedUrl('rss')}) · topics: ports · 2 items seen, 0 saved · last poll ${stamp(at)}: not modified · next ${inMinutes(15)}`,
    ]);
    // /feeds alone lists too.
    expect((await run('/feeds')).title).toBe('Feeds followed (3, 1 paused)');
  });

  it('says how to start when no feed is followed', async () => {
    const reply = await run('/feeds list');
    expect(reply).toMatchObject({ title: 'No feeds followed', summary: ['Someone who can manage the channel can follow one, e.g. /feeds add https://example.com/rss.xml'] });
  });
});

describe('/feeds remove', () => {
  it('stops following a feed where it was added; others are told where to go', async () => {
    await run(`/feeds add ${site.feedUrl('rss')}`);
    const elsewhere = await run(`/feeds remove ${site.feedUrl('rss')}`, inChannel('C-other'));
    expect(elsewhere.summary[0]).toBe('That feed was added in another channel; it can be removed there (or from the console on the server).');
    const guest = await run(`/feeds remove ${site.feedUrl('rss')}`, { ...channel, canManage: async () => false });
    expect(guest.summary[0]).toMatch(/^Only people who can manage this channel/);
    expect(await store.getFeed(site.feedUrl('rss'))).toBeDefined();
    const removed = await run(`/feeds remove ${site.feedUrl('rss')}?utm_source=x`);
    expect(removed).toMatchObject({ kind: 'help', title: 'Stopped following: Local Wire' });
    expect(await store.listFeeds()).toEqual([]);
    expect((await run(`/feeds remove ${site.feedUrl('rss')}`)).summary[0]).toMatch(/^briefbot does not follow “http:\/\/127\.0\.0\.1:\d+\/feeds\/rss\.xml”; \/feeds list shows/);
  });

  it('works from the console on the server for any feed', async () => {
    await run(`/feeds add ${site.feedUrl('rss')}`);
    const reply = await run(`/feeds remove ${site.feedUrl('rss')}`, inChannel('console', true, 'console'));
    expect(reply.title).toBe('Stopped following: Local Wire');
  });
});

describe('without a store', () => {
  it('explains that feeds need the running bot', async () => {
    const plain = createBriefbotFromKnowledge(seedBot().kb);
    const reply = await plain.handleLine('/feeds list', channel);
    expect(reply.summary[0]).toMatch(/^Following feeds is not available here: it needs the running bot’s store/);
  });

  it('appears in /help with its three uses', () => {
    const help = bot.runLine('/help feeds');
    expect(help.summary.join('\n')).toContain('/feeds add <url> [topics]');
    expect(help.summary.join('\n')).toContain('/feeds remove <url>');
  });
});
