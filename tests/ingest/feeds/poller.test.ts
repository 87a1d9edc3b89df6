/**
 * Feed polling end to end: a local site on 127.0.0.1 serves an RSS, an Atom
 * and a JSON feed whose items link to real saved news pages; the poller runs
 * against a real store with an injected clock (no timers, no timing
 * assertions) and saves into a temporary content folder that briefbot then
 * answers from.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBriefbotFromArticles } from '../../../src/briefbot.ts';
import { loadContentDir } from '../../../src/core/content/load.ts';
import type { DigestStore } from '../../../src/core/digest/store.ts';
import { configureLog } from '../../../src/core/log.ts';
import { FeedPoller, type FeedPollerOptions } from '../../../src/ingest/feeds/poller.ts';
import { FeedService } from '../../../src/ingest/feeds/service.ts';
import { BriefbotMetrics } from '../../../src/observe/metrics.ts';
import { commands } from '../../../commands/index.ts';
import type { FeedStore } from '../../../src/ingest/feeds/store.ts';
import type { SqlDigestStore } from '../../../src/store/sqlStore.ts';
import { pageHtml } from '../extract/fixtures.ts';
import { postgresFactory, sqliteFactory, type StoreFactory } from '../../store/stores.ts';
import { FEED_PATHS, useFeedSite, type FeedKind } from './feedSite.ts';

const MINUTE = 60_000;
const feedsOf = (store: DigestStore): FeedStore => (store as SqlDigestStore).feeds;
const channel = { platform: 'slack' as const, channelId: 'C1', userId: 'U1' };

const site = useFeedSite();
let factory: StoreFactory;
let store: FeedStore;
let contentDir: string;
let clock: Date;
let waits: number[];

const now = () => clock;
const advance = (minutes: number) => (clock = new Date(clock.getTime() + minutes * MINUTE));

function makePoller(on: FeedStore = store, options: Partial<FeedPollerOptions> = {}): FeedPoller {
  return new FeedPoller({
    store: on,
    contentDir,
    fetchOptions: { allowHosts: [site().allow] },
    now,
    sleep: async (ms) => void waits.push(ms),
    ...options,
  });
}

const files = () => readdirSync(contentDir).filter((f) => !f.startsWith('.')).sort();
const fileText = (file: string) => readFileSync(join(contentDir, file), 'utf8');
const botOverContent = () => createBriefbotFromArticles(loadContentDir(contentDir).articles);


beforeEach(async () => {
  configureLog({ level: 'error', sink: () => {} }); // failures here are the point; their log lines are not
  factory = sqliteFactory();
  store = feedsOf(await factory.open());
  contentDir = mkdtempSync(join(tmpdir(), 'briefbot-feeds-'));
  clock = new Date('2026-03-01T08:00:00Z');
  waits = [];
  site().items = { rss: [], atom: [], json: [] };
  site().fail.clear();
  site().revised.clear();
  site().etags = true;
  site().requests.length = 0;
});
afterEach(async () => {
  configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') });
  await factory.dispose();
  rmSync(contentDir, { recursive: true, force: true });
});

async function follow(kind: FeedKind, poller = makePoller(), topics: string[] = []) {
  const service = new FeedService({ store, poller, now });
  const added = await service.add(channel, site().feedUrl(kind), topics);
  expect(added).toMatchObject({ ok: true, created: true });
  return { poller, service, url: site().feedUrl(kind) };
}

describe('the first poll', () => {
  it('records the items a new feed already has without saving any of them', async () => {
    site().items.rss = [{ page: 'mourinho', guid: 'm' }, { page: 'disney', guid: 'd' }];
    const { url } = await follow('rss');
    expect(files()).toEqual([]);
    expect(site().hitsUnder('/articles/')).toBe(0);
    expect(await store.getFeed(url)).toMatchObject({ primed: true, items: 2, saved: 0, title: 'Local Wire', lastResult: 'first poll: 2 items recorded, none announced' });
  });
});

describe('metrics', () => {
  it('count each poll this process made and the items it saved, never a feed’s or page’s address', async () => {
    const metrics = new BriefbotMetrics({ commands, version: 'test', defaultMetrics: false });
    site().items.rss = [{ page: 'mourinho', guid: 'm' }];
    const { poller } = await follow('rss', makePoller(store, { onPolled: (report) => metrics.feedPolled(report) }));
    site().items.rss.unshift({ page: 'omar', guid: 'o' });
    advance(15);
    await poller.tick();
    const text = await metrics.text();
    expect(text).toContain('briefbot_feed_polls_total{status="primed"} 1');
    expect(text).toContain('briefbot_feed_polls_total{status="polled"} 1');
    expect(text).toContain('briefbot_feed_items_total{outcome="saved"} 1');
    expect(text).not.toContain('127.0.0.1');
    expect(text).not.toContain('omar');
  });
});

describe('a new item', () => {
  it('is fetched, extracted and saved, and then answered by /who and /brief', async () => {
    site().items.rss = [{ page: 'mourinho', guid: 'm' }];
    const { poller, url } = await follow('rss', undefined, ['threats', 'Congress']);
    site().items.rss.unshift({ page: 'omar', guid: 'o' });
    advance(15);
    const [report] = await poller.tick();
    expect(report).toMatchObject({ url, status: 'polled', saved: ['new-york-man-pleads-guilty-to-threatening-to-kill-omar.md'], updated: [], duplicates: 0 });
    expect(files()).toEqual(['new-york-man-pleads-guilty-to-threatening-to-kill-omar.md']);
    const text = fileText(files()[0]!);
    expect(text).toMatch(/^---\ntitle: New York man pleads guilty to threatening to kill Omar\n/);
    expect(text).toContain(`url: ${site().pageUrl('omar')}\n`);
    expect(text).toContain('tags:\n  - threats\n  - Congress\n');
    expect(text).toContain('source: feed\n');
    expect(text).toContain('fetched: 2026-03-01T08:15:00.000Z\n');
    // Only the new item's page was fetched.
    expect(site().hits('/articles/omar')).toBe(1);
    expect(site().hits('/articles/mourinho')).toBe(0);

    const bot = botOverContent();
    const who = bot.runLine('/who Carlineo');
    expect(who.kind).toBe('who');
    expect(who.title).toContain('Patrick Carlineo');
    const brief = bot.runLine('/brief Ilhan Omar');
    expect(brief.kind).toBe('brief');
    expect(brief.sources[0]?.articleTitle).toBe('New York man pleads guilty to threatening to kill Omar');
    expect(await store.getFeed(url)).toMatchObject({ saved: 1, items: 2, lastResult: '1 new article', lastPolledAt: '2026-03-01T08:15:00.000Z', nextPollAt: '2026-03-01T08:30:00.000Z' });
  });

  it.each(['rss', 'atom', 'json'] as const)('arrives through a %s feed', async (kind) => {
    site().items[kind] = [{ page: 'disney' }];
    const { poller } = await follow(kind);
    site().items[kind].unshift({ page: 'helicopter' });
    advance(15);
    const [report] = await poller.tick();
    expect(report?.saved).toEqual(['us-service-members-killed-in-afghanistan-helicopter-crash.md']);
    expect(botOverContent().runLine('/sources').articles?.map((a) => a.title)).toEqual(['US service members killed in Afghanistan helicopter crash']);
  });

  it('waits its turn per site: requests to one host are paced', async () => {
    site().items.rss = [{ page: 'disney' }];
    const { poller } = await follow('rss');
    site().items.rss.unshift({ page: 'omar' }, { page: 'mourinho' }, { page: 'helicopter' });
    waits.length = 0;
    advance(15);
    await poller.tick();
    expect(files()).toHaveLength(3);
    // The feed went first; each page then waited one more second than the last (the clock here stands still).
    expect(waits).toEqual([1000, 2000, 3000]);
  });

  it('fetches at most a set number per poll, and the rest at the next one even though the feed did not change', async () => {
    site().items.rss = [{ page: 'disney' }];
    const { poller } = await follow('rss', makePoller(store, { maxNewPerPoll: 1 }));
    site().items.rss.unshift({ page: 'omar' }, { page: 'mourinho' });
    advance(15);
    // Oldest first: the feed lists newest first.
    expect((await poller.tick())[0]?.saved).toEqual(['jose-mourinho-agrees-deal-to-replace-mauricio-pochettino-as-tottenham-manager.md']);
    advance(15);
    const [second] = await poller.tick();
    expect(second).toMatchObject({ status: 'polled', saved: ['new-york-man-pleads-guilty-to-threatening-to-kill-omar.md'] });
    advance(15);
    expect((await poller.tick())[0]?.status).toBe('not-modified');
  });
});

describe('dedupe', () => {
  it('saves an item once: same guid under another link, same link with tracking parameters, same text under another address', async () => {
    site().items.rss = [{ page: 'disney', guid: 'd' }];
    const { poller, url } = await follow('rss');
    site().items.rss.unshift({ page: 'omar', guid: 'o-1' });
    advance(15);
    await poller.tick();
    expect(files()).toHaveLength(1);

    site().items.rss = [
      { page: 'omar', guid: 'o-1', query: 'page=1' }, // the same guid: known, whatever the link
      { page: 'omar', guid: 'o-2', query: 'utm_source=rss&utm_medium=feed' }, // the same link once tracking is stripped
      { page: 'omar', guid: 'o-3', copy: true }, // the same text under another address
      { page: 'disney', guid: 'd' },
    ];
    advance(15);
    const [report] = await poller.tick();
    expect(report).toMatchObject({ status: 'polled', saved: [], updated: [], duplicates: 1 });
    expect(files()).toEqual(['new-york-man-pleads-guilty-to-threatening-to-kill-omar.md']);
    expect(site().hits('/articles/omar')).toBe(1);
    expect(site().hits('/copy/omar')).toBe(1);
    expect(await store.findItem(url, 'o-3', undefined)).toMatchObject({ status: 'duplicate' });

    // Seen again later: nothing is fetched at all.
    site().etags = false;
    site().items.rss[0]!.summary = 'Touched';
    advance(15);
    await poller.tick();
    expect(site().hits('/copy/omar')).toBe(1);
    expect(files()).toHaveLength(1);
  });

  it('updates a changed article in its file instead of saving a second one', async () => {
    site().items.rss = [{ page: 'disney', guid: 'd' }];
    const { poller } = await follow('rss');
    site().items.rss.unshift({ page: 'omar', guid: 'o', summary: 'First version.' });
    advance(15);
    await poller.tick();
    const [file] = files();

    site().revised.set('omar', pageHtml('thehill-omar-threat').replace('could face up to 10 years in prison', 'was sentenced to 10 years in prison'));
    site().items.rss[0]!.summary = 'Corrected: sentenced.';
    advance(15);
    const [report] = await poller.tick();
    expect(report).toMatchObject({ saved: [], updated: [file] });
    expect(files()).toEqual([file]);
    expect(fileText(file!)).toContain('was sentenced to 10 years in prison');

    // The entry changes again but the page does not: the file is left alone.
    site().items.rss[0]!.summary = 'Another touch.';
    advance(15);
    expect((await poller.tick())[0]).toMatchObject({ saved: [], updated: [] });
  });
});

describe('conditional requests', () => {
  it('costs a 304 and nothing else when the feed has not changed', async () => {
    site().items.rss = [{ page: 'disney' }];
    const { poller, url } = await follow('rss');
    advance(15);
    const [report] = await poller.tick();
    expect(report?.status).toBe('not-modified');
    const last = site().requests.at(-1)!;
    expect(last.path).toBe(FEED_PATHS.rss);
    expect(last.headers['if-none-match']).toMatch(/^"[0-9a-f]{16}"$/);
    expect(site().hitsUnder('/articles/')).toBe(0);
    expect(await store.getFeed(url)).toMatchObject({ lastResult: 'not modified', failures: 0, nextPollAt: '2026-03-01T08:30:00.000Z' });
  });

  it('costs nothing when a server without validators sends the same body', async () => {
    site().etags = false;
    site().items.atom = [{ page: 'disney' }];
    const { poller } = await follow('atom');
    advance(15);
    expect((await poller.tick())[0]?.status).toBe('unchanged');
    expect(site().hitsUnder('/articles/')).toBe(0);
  });
});

describe('failures', () => {
  it('backs off exponentially on 500s, pauses after five in a row with the reason, and resumes when added again', async () => {
    site().items.json = [{ page: 'disney' }];
    const { poller, service, url } = await follow('json');
    site().fail.set(FEED_PATHS.json, 500);
    const feedHits = () => site().hits(FEED_PATHS.json);
    const expectedWaits = [30, 60, 120, 240]; // minutes after failures 1-4: the 15-minute interval doubled each time
    advance(15);
    for (const [i, wait] of expectedWaits.entries()) {
      const [report] = await poller.tick();
      expect(report).toMatchObject({ status: 'failed', error: 'the site had an error (500)' });
      const feed = await store.getFeed(url);
      expect(feed).toMatchObject({ failures: i + 1, nextPollAt: new Date(clock.getTime() + wait * MINUTE).toISOString() });
      expect(feed?.pausedReason).toBeUndefined();
      // Not due before its time: no request at all.
      const before = feedHits();
      advance(wait - 1);
      expect(await poller.tick()).toEqual([]);
      expect(feedHits()).toBe(before);
      advance(1);
    }
    const [fifth] = await poller.tick();
    expect(fifth).toMatchObject({ status: 'paused' });
    expect(await store.getFeed(url)).toMatchObject({ failures: 5, pausedReason: '5 failed polls in a row; the last: the site had an error (500)' });
    const paused = feedHits();
    advance(24 * 60);
    expect(await poller.tick()).toEqual([]);
    expect(await poller.pollAll()).toEqual([]);
    expect(feedHits()).toBe(paused);

    site().fail.clear();
    site().items.json.unshift({ page: 'omar' });
    const again = await service.add(channel, url, []);
    expect(again).toMatchObject({ ok: true, created: false, resumed: true });
    expect((await store.getFeed(url))?.pausedReason).toBeUndefined();
    const [resumed] = await poller.tick();
    // Primed before the pause, so what appeared meanwhile is news.
    expect(resumed).toMatchObject({ status: 'polled', saved: ['new-york-man-pleads-guilty-to-threatening-to-kill-omar.md'] });
    expect(await store.getFeed(url)).toMatchObject({ failures: 0, lastResult: '1 new article' });
  });

  it('pauses at once when trying again cannot help (410 Gone)', async () => {
    site().items.rss = [{ page: 'disney' }];
    const { poller, url } = await follow('rss');
    site().fail.set(FEED_PATHS.rss, 410);
    advance(15);
    expect((await poller.tick())[0]).toMatchObject({ status: 'paused', error: 'the page has been removed (410)' });
    expect(await store.getFeed(url)).toMatchObject({ failures: 1, pausedReason: 'the page has been removed (410)' });
  });

  it('retries an article page that failed, and gives up on one that is gone', async () => {
    site().items.rss = [{ page: 'disney' }];
    const { poller, url } = await follow('rss');
    site().items.rss.unshift({ page: 'omar', guid: 'o' });
    site().fail.set('/articles/omar', 503);
    advance(15);
    expect((await poller.tick())[0]).toMatchObject({ status: 'polled', saved: [], itemFailures: 1 });
    expect(await store.findItem(url, 'o', undefined)).toMatchObject({ status: 'retrying', detail: 'the site had an error (503)', leaseUntil: '2026-03-01T08:30:00.000Z' });
    site().fail.delete('/articles/omar');
    advance(15);
    const [retried] = await poller.tick();
    expect(retried).toMatchObject({ status: 'not-modified', saved: ['new-york-man-pleads-guilty-to-threatening-to-kill-omar.md'] });
    expect(await store.findItem(url, 'o', undefined)).toMatchObject({ status: 'saved', attempts: 2 });

    site().items.rss.unshift({ page: 'mourinho', guid: 'gone' });
    site().fail.set('/articles/mourinho', 404);
    advance(15);
    await poller.tick();
    expect(await store.findItem(url, 'gone', undefined)).toMatchObject({ status: 'failed', detail: 'the page was not found (404)' });
  });
});

describe('several pollers on one store', () => {
  async function twoPollersStoreOnce(open: () => Promise<FeedStore>) {
    const first = await open();
    const second = await open();
    site().items.rss = [{ page: 'disney' }];
    site().items.atom = [{ page: 'disney' }];
    const service = new FeedService({ store: first, poller: makePoller(first), now });
    await service.add(channel, site().feedUrl('rss'), []);
    await service.add(channel, site().feedUrl('atom'), []);
    // The same articles in both feeds, one of them under a tracking link.
    site().items.rss.unshift({ page: 'omar' }, { page: 'mourinho', query: 'utm_source=rss' });
    site().items.atom.unshift({ page: 'mourinho' }, { page: 'omar' });
    advance(15);
    const pollers = [makePoller(first, { owner: 'machine-a' }), makePoller(second, { owner: 'machine-b' })];
    const reports = (await Promise.all([...pollers, ...pollers].map((p, i) => (i % 2 ? p.tick() : p.pollAll())))).flat();
    expect(reports.flatMap((r) => r.saved).sort()).toEqual([
      'jose-mourinho-agrees-deal-to-replace-mauricio-pochettino-as-tottenham-manager.md',
      'new-york-man-pleads-guilty-to-threatening-to-kill-omar.md',
    ]);
    expect(files()).toHaveLength(2);
    expect(site().hits('/articles/omar')).toBe(1);
    expect(site().hits('/articles/mourinho')).toBe(1);
  }

  it('fetch and store each item once (SQLite, two connections)', () => twoPollersStoreOnce(async () => feedsOf(await factory.open())));

  it('fetch and store each item once (Postgres, two connections)', async () => {
    const postgres = await postgresFactory();
    try {
      await twoPollersStoreOnce(async () => feedsOf(await postgres.open()));
    } finally {
      await postgres.dispose();
    }
  }, 30_000);
});
