/**
 * Content hot reload: files added, changed, broken or removed in the content
 * folder are picked up without a restart, swapped in whole, and recorded as
 * content versions for the digest. A few files update the knowledge in place;
 * many, or an update in place that fails, rebuild it aside; the snapshot is
 * refreshed after updates in place.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createBriefbot, loadKnowledge } from '../src/briefbot.ts';
import type { ChannelInfo } from '../src/core/commands.ts';
import { configureLog } from '../src/core/log.ts';
import type { DigestStore } from '../src/core/digest/store.ts';
import { ArticleLibrary } from '../src/ingest/library.ts';
import { LiveBot, type KnowledgeLoad } from '../src/liveBot.ts';
import { FIXTURE_DIR, SEED_DIR, WIRE_DIR } from './helpers.ts';
import { OMAR, useNewsSite } from './ingest/pageServer.ts';
import { sqliteFactory, type StoreFactory } from './store/stores.ts';

const STORM = 'storm-cables.md';
const SEED = 'isis-k-from-afghanistan-to-the-worlds-capitals.txt';
const REEF = 'reef-summit.txt';
const manager: ChannelInfo = { platform: 'slack', channelId: 'C1', userId: 'U1', canManage: async () => true };

const site = useNewsSite();

let dir: string;
let live: LiveBot;
let factory: StoreFactory;
let store: DigestStore;
let logs: string[];
let clock: number;
let loads: KnowledgeLoad[];

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'briefbot-content-'));
  copyFileSync(join(FIXTURE_DIR, STORM), join(dir, STORM));
  factory = sqliteFactory();
  store = await factory.open();
  logs = [];
  configureLog({ level: 'info', sink: (line) => logs.push(line) });
  site.requests.length = 0;
  clock = Date.parse('2026-05-01T00:00:00Z');
  loads = [];
  live = await LiveBot.start(dir, { store, debounceMs: 50, now: () => new Date((clock += 60_000)), onLoaded: (load) => loads.push(load) });
});
afterEach(async () => {
  live.close();
  await factory.dispose();
  rmSync(dir, { recursive: true, force: true });
  configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') });
});

/** Waits until the folder watcher has reloaded `count` more times. */
const reloaded = (from: number, count = 1) => vi.waitFor(() => expect(live.version).toBeGreaterThanOrEqual(from + count), { timeout: 5000, interval: 20 });

describe('content hot reload', () => {
  it('picks up a new article without a restart, and records it as new content', async () => {
    const before = live.current();
    expect(before.kb.articles.map((a) => a.file)).toEqual([STORM]);
    copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
    await reloaded(0);
    expect(live.current().kb.articles.map((a) => a.file).sort()).toEqual([SEED, STORM]);
    expect(live.current().runLine('/who lodhi').kind).toBe('who');
    // The bot taken before the swap still answers, whole, from the old articles.
    expect(before.runLine('/who lodhi').kind).toBe('not_found');
    expect((await store.contentVersions()).map((v) => v.articleId).sort()).toEqual(live.current().kb.articles.map((a) => a.id).sort());
    // Each load is reported, for the metrics: the first one, then the reload (a new article: an update in place).
    expect(loads).toEqual([
      { trigger: 'start', source: 'build', seconds: expect.any(Number) },
      { trigger: 'reload', source: 'update', seconds: expect.any(Number) },
    ]);
  });

  it('re-indexes a changed article and moves its version', async () => {
    const [first] = await store.contentVersions();
    writeFileSync(join(dir, STORM), readFileSync(join(dir, STORM), 'utf8') + '\nThe authority ordered a second cable, the Kittiwake link, for 2025.\n');
    await reloaded(0);
    expect(live.current().runLine('/search kittiwake').kind).toBe('search');
    const [changed] = await store.contentVersions();
    expect(changed!.changedAt > first!.changedAt).toBe(true);
    expect(changed!.firstSeen).toBe(first!.firstSeen);
  });

  it('keeps the previous version of an article whose file breaks, and logs why', async () => {
    const version = live.version;
    writeFileSync(join(dir, STORM), '---\ntitle: [unclosed\n---\n');
    await reloaded(version);
    expect(live.current().kb.articles.map((a) => a.file)).toEqual([STORM]);
    expect(live.current().runLine('/who Jonas Eriksen').kind).toBe('who');
    expect(logs.some((l) => l.includes('keeping its previous version') && l.includes(STORM))).toBe(true);
  });

  it('keeps every article when the folder itself disappears, and picks up its return', async () => {
    const moved = `${dir}-moved`;
    renameSync(dir, moved);
    await live.reload();
    expect(live.current().kb.articles.map((a) => a.file)).toEqual([STORM]);
    expect(logs.some((l) => l.includes('content folder does not exist'))).toBe(true);
    renameSync(moved, dir);
    copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
    await live.reload();
    expect(live.current().kb.articles.map((a) => a.file).sort()).toEqual([SEED, STORM]);
  });

  it('follows a folder that was deleted and made again', async () => {
    rmSync(dir, { recursive: true });
    mkdirSync(dir);
    copyFileSync(join(FIXTURE_DIR, STORM), join(dir, STORM));
    await live.reload(); // the old watch saw the folder go; this reload watches the new one
    // Reloads queue behind one another: once this one is done, any the old watch queued are too.
    await new Promise((resolve) => setTimeout(resolve, 100));
    await live.reload();
    const version = live.version;
    copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
    await reloaded(version);
    expect(live.current().kb.articles).toHaveLength(2);
  });

  it('drops an article whose file is removed', async () => {
    copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
    await reloaded(0);
    const version = live.version;
    unlinkSync(join(dir, STORM));
    await reloaded(version);
    expect(live.current().kb.articles.map((a) => a.file)).toEqual([SEED]);
  });

  it('never loads a link out of the folder that appears while running, and logs the link', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'briefbot-outside-'));
    try {
      writeFileSync(join(outside, 'secret.txt'), 'Secret notes\n\nThe vault code is 4417, and only the night guard knows it.\n');
      symlinkSync(join(outside, 'secret.txt'), join(dir, 'notes.txt'));
      await reloaded(0);
      expect(live.current().kb.articles.map((a) => a.file)).toEqual([STORM]);
      expect(live.current().runLine('/search vault code').kind).toBe('not_found');
      expect(logs.some((l) => l.includes('skipped content file') && l.includes('notes.txt') && l.includes('links outside the content folder'))).toBe(true);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  it('skips a file over MAX_ARTICLE_MB on reload as at start', async () => {
    live.close();
    live = await LiveBot.start(dir, { debounceMs: 50, maxArticleMb: 0.01 });
    writeFileSync(join(dir, 'big.txt'), `Big\n\n${'The vault code is 4417. '.repeat(1_000)}\n`); // 24 kB
    await reloaded(0);
    expect(live.current().kb.articles.map((a) => a.file)).toEqual([STORM]);
    expect(logs.some((l) => l.includes('skipped content file') && l.includes('big.txt') && l.includes('over the 0.01 MB limit (MAX_ARTICLE_MB)'))).toBe(true);
  });

  it('queues reloads so that the last state of the folder wins', async () => {
    copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
    await Promise.all([live.reload(), live.reload(), live.reload()]);
    expect(live.current().kb.articles).toHaveLength(2);
  });
});

describe('updates in place', () => {
  /** Who and what the seed article answers: a person it names and a month it dates. */
  const askSeed = () => ({ who: live.current().runLine('/who lodhi'), events: live.current().runLine('/events 2024-03') });
  const fromSeed = (reply: { sources: { articleId: string }[] }) => reply.sources.some((s) => s.articleId === 'isis-k-from-afghanistan-to-the-worlds-capitals');

  it('answers a new article by /who and /events after an update in place, without a rebuild', async () => {
    copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
    await reloaded(0);
    expect(live.reloads).toMatchObject({ inPlace: 1, rebuilt: 0 });
    expect(live.lastReload).toMatchObject({ how: 'in place', added: 1, changed: 0, removed: 0 });
    const { who, events } = askSeed();
    expect(who.kind).toBe('who');
    expect(fromSeed(who)).toBe(true);
    expect(events.kind).toBe('events');
    expect(fromSeed(events)).toBe(true);
    expect(logs.some((l) => l.includes('content updated in place') && l.includes('added=1'))).toBe(true);
  });

  it('drops a removed article in place', async () => {
    copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
    await reloaded(0);
    const version = live.version;
    unlinkSync(join(dir, SEED));
    await reloaded(version);
    expect(live.lastReload).toMatchObject({ how: 'in place', added: 0, removed: 1 });
    expect(live.reloads.rebuilt).toBe(0);
    expect(askSeed().who.kind).toBe('not_found');
    expect(askSeed().events.kind).toBe('not_found');
    expect(live.current().runLine('/who Jonas Eriksen').kind).toBe('who');
  });

  it('answers as a full build of the same folder does, after several updates in place', async () => {
    copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
    await live.reload();
    copyFileSync(join(WIRE_DIR, REEF), join(dir, REEF));
    writeFileSync(join(dir, STORM), readFileSync(join(dir, STORM), 'utf8') + '\nThe authority ordered a second cable, the Kittiwake link, for 2025.\n');
    await live.reload();
    unlinkSync(join(dir, REEF));
    await live.reload();
    expect(live.reloads).toMatchObject({ inPlace: 3, rebuilt: 0 });
    const built = createBriefbot(dir);
    for (const line of ['/who lodhi', '/events 2024-03', '/brief isis-k', '/search kittiwake', '/events 2025', '/who eriksen', '/sources', '/brief reef']) {
      expect(live.current().runLine(line)).toEqual(built.runLine(line));
    }
  });

  it('rebuilds aside when more files change at once than it applies in place, and says why', async () => {
    live.close();
    live = await LiveBot.start(dir, { watch: false, inPlaceLimits: { files: 1, passages: 5_000 } });
    copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
    copyFileSync(join(WIRE_DIR, REEF), join(dir, REEF));
    await live.reload();
    expect(live.reloads).toMatchObject({ inPlace: 0, rebuilt: 1 });
    expect(live.lastReload).toMatchObject({ how: 'rebuilt', reason: '2 files changed at once (more than 1)', added: 2 });
    expect(fromSeed(askSeed().who)).toBe(true);
    // Knowledge from the worker can be updated in place in turn.
    unlinkSync(join(dir, REEF));
    await live.reload();
    expect(live.lastReload).toMatchObject({ how: 'in place', removed: 1 });
  });

  it('rebuilds aside when an update in place fails, and answers from the previous knowledge meanwhile', async () => {
    copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
    await live.reload();
    // Per-article state that no longer matches the articles: the next update in place cannot finish.
    live.current().kb.entityState!.mentions.clear();
    copyFileSync(join(WIRE_DIR, REEF), join(dir, REEF));
    await live.reload();
    expect(live.lastReload).toMatchObject({ how: 'rebuilt', reason: 'the update in place failed', added: 1 });
    expect(logs.some((l) => l.includes('could not update the knowledge in place; rebuilding it aside'))).toBe(true);
    expect(live.current().runLine('/brief reef').kind).toBe('brief');
    expect(fromSeed(askSeed().who)).toBe(true);
  });

  it('adds an article by /sources add from a site on 127.0.0.1, answerable by /who and /events when the reply comes', async () => {
    live.close();
    const library = new ArticleLibrary({ contentDir: dir, allowHosts: [site.allow], onChange: () => live.reload() });
    live = await LiveBot.start(dir, { store, library, watch: false });
    const reply = await live.current().handleLine(`/sources add ${site.url(OMAR.path)}`, manager);
    expect(reply.title).toBe(`Added: ${OMAR.title}`);
    expect(reply.summary[1]).toMatch(/; it can be asked about now, e\.g\. \/brief \S/);
    expect(live.reloads).toMatchObject({ inPlace: 1, rebuilt: 0 });
    const added = live.current().kb.articles.find((a) => a.title === OMAR.title)!;
    const who = live.current().runLine('/who carlineo');
    expect(who.kind).toBe('who');
    expect(who.sources.some((s) => s.articleId === added.id)).toBe(true);
    const events = live.current().runLine(`/events ${OMAR.published.slice(0, 7)}`);
    expect(events.kind).toBe('events');
    expect(events.sources.every((s) => s.articleId === added.id)).toBe(true);
    expect((await store.contentVersions()).map((v) => v.articleId)).toContain(added.id);

    const removed = await live.current().handleLine(`/sources remove ${site.url(OMAR.path)}`, manager);
    expect(removed.summary).toEqual([`${added.file} was deleted from the articles folder; answers stop using it now.`]);
    expect(live.reloads).toMatchObject({ inPlace: 2, rebuilt: 0 });
    expect(live.current().runLine('/who carlineo').kind).toBe('not_found');
  });
});

describe('the snapshot after updates in place', () => {
  it('is refreshed on a worker once updates are quiet, and loads to the answers of a full build', async () => {
    const data = mkdtempSync(join(tmpdir(), 'briefbot-data-'));
    try {
      live.close();
      live = await LiveBot.start(dir, { snapshotDir: data, watch: false, snapshotRefreshMs: 20 });
      copyFileSync(join(SEED_DIR, SEED), join(dir, SEED));
      await live.reload();
      copyFileSync(join(WIRE_DIR, REEF), join(dir, REEF));
      await live.reload();
      expect(live.reloads).toMatchObject({ inPlace: 2, rebuilt: 0 });
      await vi.waitFor(() => expect(live.snapshotsRefreshed).toBe(1), { timeout: 60_000, interval: 50 });
      // One refresh for both updates: it waits for them to be quiet.
      expect(logs.filter((l) => l.includes('knowledge snapshot refreshed'))).toHaveLength(1);

      const restarted = loadKnowledge(dir, { snapshotDir: data });
      expect(restarted.from).toBe('snapshot');
      const built = createBriefbot(dir);
      const restored = createBriefbot(dir, { snapshotDir: data });
      for (const line of ['/who lodhi', '/events 2024-03', '/brief isis-k', '/brief reef', '/who eriksen', '/sources', '/search cable']) {
        expect(restored.runLine(line)).toEqual(built.runLine(line));
      }
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  }, 90_000);
});
