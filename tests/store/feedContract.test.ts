/**
 * The feed store contract, on SQLite and on Postgres through the same SQL.
 * A second connection stands in for a second bot process: claims on feeds,
 * items and article texts are won once, whoever asks at the same time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigestStore } from '../../src/core/digest/store.ts';
import type { FeedStore, NewFeed, NewItem } from '../../src/ingest/feeds/store.ts';
import type { SqlDigestStore } from '../../src/store/sqlStore.ts';
import { postgresFactory, sqliteFactory, type StoreFactory } from './stores.ts';

const T0 = '2026-03-01T08:00:00.000Z';
const later = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString();
const feedsOf = (store: DigestStore): FeedStore => (store as SqlDigestStore).feeds;
const lease = (owner: string, at = T0, minutes = 5) => ({ owner, at, leaseUntil: new Date(Date.parse(at) + minutes * 60_000).toISOString() });

describe.each([
  ['SQLite', async () => sqliteFactory()],
  ['Postgres', postgresFactory],
] as const)('%s feed store', (_name, makeFactory) => {
  let factory: StoreFactory;
  let store: FeedStore;
  let other: FeedStore;
  let n = 0;
  const freshUrl = () => `https://news.example/feed-${++n}.xml`;
  const newFeed = (url: string, overrides: Partial<NewFeed> = {}): NewFeed => ({ url, platform: 'slack', channelId: 'C1', addedBy: 'U1', addedAt: T0, topics: ['ports'], ...overrides });
  const item = (feedUrl: string, key: string, overrides: Partial<NewItem> = {}): NewItem => ({ key, feedUrl, url: key, guid: `g-${key}`, title: 'T', itemHash: 'h1', ...overrides });

  beforeAll(async () => {
    factory = await makeFactory();
    store = feedsOf(await factory.open());
    other = feedsOf(await factory.open());
  }, 30_000);
  afterAll(() => factory.dispose());

  it('adds a feed once; adding it again updates it and resumes it, keeping what it has seen', async () => {
    const url = freshUrl();
    expect(await store.addFeed(newFeed(url, { title: 'Wire' }))).toBe(true);
    expect(await other.getFeed(url)).toMatchObject({ url, title: 'Wire', topics: ['ports'], primed: false, failures: 0, nextPollAt: T0, items: 0, saved: 0 });
    await store.recordSeen([item(url, `${url}/a`)], T0);
    const claimed = await store.claimFeed(url, lease('p'));
    await store.finishPoll(url, 'p', { ok: false, error: 'the site had an error (500)', failures: 5, nextPollAt: later(60), pausedReason: '5 failed polls in a row' }, T0);
    expect(claimed).toBeDefined();
    expect(await other.getFeed(url)).toMatchObject({ pausedReason: '5 failed polls in a row', failures: 5 });
    expect(await other.addFeed(newFeed(url, { channelId: 'C2', topics: [], addedAt: later(90) }))).toBe(false);
    const resumed = await store.getFeed(url);
    expect(resumed).toMatchObject({ channelId: 'C2', topics: [], title: 'Wire', failures: 0, nextPollAt: later(90), items: 1 });
    expect(resumed?.pausedReason).toBeUndefined();
  });

  it('lets one of many simultaneous claims on a due feed win, and none on a feed not due or paused', async () => {
    const url = freshUrl();
    await store.addFeed(newFeed(url));
    const wins = await Promise.all([store, other, store, other].map((s, i) => s.claimFeed(url, lease(`p${i}`))));
    expect(wins.filter(Boolean)).toHaveLength(1);
    const owner = `p${wins.findIndex(Boolean)}`;
    // Only the holder records the poll.
    expect(await other.finishPoll(url, 'intruder', { ok: true, result: 'x', nextPollAt: later(15) }, later(1))).toBe(false);
    expect(await store.finishPoll(url, owner, { ok: true, etag: '"e1"', lastModified: 'Sun, 01 Mar 2026 08:00:00 GMT', bodyHash: 'b1', title: 'T', result: '2 new articles', nextPollAt: later(15) }, later(1))).toBe(true);
    expect(await other.getFeed(url)).toMatchObject({ primed: true, etag: '"e1"', bodyHash: 'b1', lastResult: '2 new articles', lastPolledAt: later(1), nextPollAt: later(15) });
    // Not due yet; with anyTime it may be polled (cron), since it is not backing off.
    expect(await store.claimFeed(url, lease('q', later(2)))).toBeUndefined();
    expect(await store.dueFeeds(later(2))).not.toContain(url);
    expect(await store.dueFeeds(later(15))).toContain(url);
    expect(await store.claimFeed(url, lease('q', later(2)), { anyTime: true })).toMatchObject({ url });
  });

  it('takes over a feed whose poller died once its lease ends; a failing feed is not polled early', async () => {
    const url = freshUrl();
    await store.addFeed(newFeed(url));
    await store.claimFeed(url, lease('dead', T0, 10));
    expect(await other.claimFeed(url, lease('b', later(5)))).toBeUndefined();
    const taken = await other.claimFeed(url, lease('b', later(10)));
    expect(taken).toBeDefined();
    await other.finishPoll(url, 'b', { ok: false, error: 'the site had an error (503)', failures: 1, nextPollAt: later(40) }, later(10));
    expect(await store.claimFeed(url, lease('c', later(20)), { anyTime: true })).toBeUndefined();
    expect(await store.claimFeed(url, lease('c', later(40)))).toMatchObject({ failures: 1, lastResult: 'the site had an error (503)' });
  });

  it('records first-poll items once, and finds an item by guid in its feed or by link anywhere', async () => {
    const url = freshUrl();
    await store.addFeed(newFeed(url));
    const a = item(url, 'https://news.example/a1');
    await Promise.all([store.recordSeen([a], T0), other.recordSeen([a], T0)]);
    expect(await other.findItem(url, a.guid, undefined)).toMatchObject({ key: a.key, status: 'seen' });
    expect(await other.findItem('https://elsewhere.example/feed', undefined, a.url)).toMatchObject({ key: a.key });
    expect(await other.findItem('https://elsewhere.example/feed', a.guid, undefined)).toBeUndefined();
    expect(await other.findItem(url, 'g-none', 'https://news.example/none')).toBeUndefined();
    expect((await store.getFeed(url))?.items).toBe(1);
  });

  it('lets exactly one process claim a new item, by link or by guid', async () => {
    const url = freshUrl();
    const a = item(url, 'https://news.example/b1');
    const claims = await Promise.all([store, other, store, other].map((s, i) => s.claimItem(a, lease(`p${i}`))));
    expect(claims.filter(Boolean)).toHaveLength(1);
    // Same guid in the same feed under a new link: still the same item.
    expect(await other.claimItem(item(url, 'https://news.example/b1-moved', { guid: a.guid }), lease('late'))).toBe(false);
    // Same link from another feed.
    expect(await other.claimItem(item('https://other.example/feed', a.key, { guid: 'other' }), lease('late'))).toBe(false);
    expect(await store.getItem(a.key)).toMatchObject({ status: 'fetching', attempts: 1, owner: `p${claims.indexOf(true)}` });
  });

  it('records an item’s outcome only for its claimant; retries come due, and a changed saved item can be taken once', async () => {
    const url = freshUrl();
    const a = item(url, 'https://news.example/c1');
    await store.claimItem(a, lease('p'));
    expect(await other.finishItem(a.key, 'q', { status: 'failed', error: 'x' }, T0)).toBe(false);
    expect(await store.finishItem(a.key, 'p', { status: 'retrying', error: 'the site had an error (502)', nextAttemptAt: later(15) }, T0)).toBe(true);
    expect((await other.itemsDue(url, later(14))).map((i) => i.key)).toEqual([]);
    expect((await other.itemsDue(url, later(15))).map((i) => i.key)).toEqual([a.key]);
    const retries = await Promise.all([store, other].map((s, i) => s.reclaimItem(a.key, lease(`r${i}`, later(15)))));
    expect(retries.filter(Boolean)).toHaveLength(1);
    const winner = retries.find(Boolean)!;
    expect(winner).toMatchObject({ status: 'fetching', attempts: 2 });
    await store.finishItem(a.key, winner.owner!, { status: 'saved', file: 'c1.md', contentHash: 'c-1', itemHash: 'h1', title: 'Saved title' }, later(16));
    expect(await other.getItem(a.key)).toMatchObject({ status: 'saved', file: 'c1.md', contentHash: 'c-1', title: 'Saved title' });
    // The same entry again: nothing to take. A changed entry: one process takes it.
    expect(await store.reclaimItem(a.key, lease('s', later(20)), 'h1')).toBeUndefined();
    const changed = await Promise.all([store, other].map((s, i) => s.reclaimItem(a.key, lease(`u${i}`, later(20)), 'h2')));
    expect(changed.filter(Boolean)).toHaveLength(1);
    expect(changed.find(Boolean)).toMatchObject({ status: 'fetching', file: 'c1.md', itemHash: 'h1', attempts: 1 });
  });

  it('gives an article text to one item; the text can be given back', async () => {
    const claims = await Promise.all([store, other, store].map((s, i) => s.claimContent('text-1', `item-${i}`, T0)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    const holder = `item-${claims.indexOf(true)}`;
    expect(await other.contentOwner('text-1')).toBe(holder);
    await other.releaseContent('text-1', 'someone-else');
    expect(await store.contentOwner('text-1')).toBe(holder);
    await other.releaseContent('text-1', holder);
    expect(await store.contentOwner('text-1')).toBeUndefined();
    expect(await store.claimContent('text-1', 'item-9', T0)).toBe(true);
  });

  it('counts items and saved articles per feed, and removes a feed but not what it saw', async () => {
    const url = freshUrl();
    await store.addFeed(newFeed(url));
    await store.recordSeen([item(url, `${url}/x`), item(url, `${url}/y`)], T0);
    const z = item(url, `${url}/z`);
    await store.claimItem(z, lease('p'));
    await store.finishItem(z.key, 'p', { status: 'saved', file: 'z.md', contentHash: `c-${url}`, itemHash: 'h1' }, T0);
    expect((await other.listFeeds()).find((f) => f.url === url)).toMatchObject({ items: 3, saved: 1 });
    expect(await store.removeFeed(url)).toBe(true);
    expect(await store.removeFeed(url)).toBe(false);
    expect(await other.getFeed(url)).toBeUndefined();
    expect(await other.findItem(url, undefined, z.url)).toMatchObject({ status: 'saved' });
  });

  it('stores odd text as it was given', async () => {
    const url = `${freshUrl()}?q='; DROP TABLE feeds; --`;
    await store.addFeed(newFeed(url, { topics: ['Zoë “quotes”', '東京'], title: '@everyone <b>' }));
    expect(await other.getFeed(url)).toMatchObject({ topics: ['Zoë “quotes”', '東京'], title: '@everyone <b>' });
  });
});
