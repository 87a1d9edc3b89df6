/**
 * From a feed to the digest, through the running bot: a followed feed's new
 * item is saved by a poll, the bot's knowledge is updated in place (no
 * rebuild), and the next digest of a channel subscribed to the item's topic
 * announces it and summarises the topic from it. Real store (SQLite), real
 * poller and scheduler with an injected clock, a feed site on 127.0.0.1.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DigestScheduler } from '../../../src/core/digest/scheduler.ts';
import type { DigestStore } from '../../../src/core/digest/store.ts';
import { configureLog } from '../../../src/core/log.ts';
import { FeedPoller } from '../../../src/ingest/feeds/poller.ts';
import { FeedService } from '../../../src/ingest/feeds/service.ts';
import { LiveBot } from '../../../src/liveBot.ts';
import type { SqlDigestStore } from '../../../src/store/sqlStore.ts';
import { FakeChannels } from '../../core/digest/channels.ts';
import { FIXTURE_DIR } from '../../helpers.ts';
import { sqliteFactory, type StoreFactory } from '../../store/stores.ts';
import { PAGES, useFeedSite } from './feedSite.ts';

const STORM = 'New: Storm Cables: How the North Sea Grid Rode Out Winter';
const site = useFeedSite();
let factory: StoreFactory;
let store: DigestStore;
let contentDir: string;
let clock: Date;
let live: LiveBot;

beforeEach(async () => {
  configureLog({ level: 'error', sink: () => {} });
  factory = sqliteFactory();
  store = await factory.open();
  contentDir = mkdtempSync(join(tmpdir(), 'briefbot-feed-digest-'));
  copyFileSync(join(FIXTURE_DIR, 'storm-cables.md'), join(contentDir, 'storm-cables.md'));
  clock = new Date('2026-03-01T07:00:00Z');
});
afterEach(async () => {
  live.close();
  configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') });
  await factory.dispose();
  rmSync(contentDir, { recursive: true, force: true });
});

const at = (iso: string) => (clock = new Date(iso));

describe('a feed item in the next digest', () => {
  it('is saved by a poll, answered after an update in place, and announced with its topic in the next digest', async () => {
    const now = () => clock;
    live = await LiveBot.start(contentDir, { store, watch: false, now });
    const feeds = (store as SqlDigestStore).feeds;
    const poller = new FeedPoller({ store: feeds, contentDir, fetchOptions: { allowHosts: [site().allow] }, now, sleep: async () => {}, onSaved: () => live.reload() });
    site().items.rss = [{ page: 'mourinho', guid: 'm' }];
    expect(await new FeedService({ store: feeds, poller, now }).add({ platform: 'slack', channelId: 'C1', userId: 'U1' }, site().feedUrl('rss'), ['Omar'])).toMatchObject({ ok: true });

    // The channel follows the feed's topic; its first digest goes out before the item appears.
    await store.saveSubscription({ platform: 'slack', channelId: 'C1', time: '08:00', timeZone: 'UTC', topics: ['Omar'], whenEmpty: 'say', createdBy: 'U1', createdAt: clock.toISOString() });
    const channels = new FakeChannels();
    const scheduler = new DigestScheduler({ store, senders: { slack: channels }, knowledge: () => live.current().kb, now });
    at('2026-03-01T08:01:00Z');
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    expect(channels.posted[0]!.reply.labels).toEqual([STORM]);

    // An hour later the item appears and the next poll saves it; the knowledge is updated in place.
    site().items.rss.unshift({ page: 'omar', guid: 'o' });
    at('2026-03-01T09:00:00Z');
    const [report] = await poller.tick();
    expect(report?.saved).toEqual(['new-york-man-pleads-guilty-to-threatening-to-kill-omar.md']);
    expect(live.reloads).toMatchObject({ inPlace: 1, rebuilt: 0 });
    const article = live.current().kb.articles.find((a) => a.title === PAGES.omar.title)!;
    expect(live.current().runLine('/who carlineo').sources.some((s) => s.articleId === article.id)).toBe(true);

    // The next morning's digest announces it, and the topic's lines come from it.
    at('2026-03-02T08:01:00Z');
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    const digest = channels.posted[1]!.reply;
    expect(digest.labels?.[0]).toBe(`New: ${PAGES.omar.title}`);
    expect(digest.labels).not.toContain(STORM);
    const topicLines = digest.labels!.flatMap((label, i) => (label.startsWith('New: ') ? [] : [{ label, cited: digest.citations![i]! }]));
    expect(topicLines.length).toBeGreaterThan(0);
    for (const { label, cited } of topicLines) {
      expect(label).toMatch(/omar/i);
      expect(digest.sources[cited]!.articleId).toBe(article.id);
    }
  });
});
