/**
 * Content hot reload: files added, changed, broken or removed in the content
 * folder are picked up without a restart, swapped in whole, and recorded as
 * content versions for the digest.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureLog } from '../src/core/log.ts';
import type { DigestStore } from '../src/core/digest/store.ts';
import { LiveBot, type KnowledgeLoad } from '../src/liveBot.ts';
import { FIXTURE_DIR, SEED_DIR } from './helpers.ts';
import { sqliteFactory, type StoreFactory } from './store/stores.ts';

const STORM = 'storm-cables.md';
const SEED = 'isis-k-from-afghanistan-to-the-worlds-capitals.txt';

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
    // Each load is reported, for the metrics: the first one, then the reload.
    expect(loads).toEqual([
      { trigger: 'start', source: 'build', seconds: expect.any(Number) },
      { trigger: 'reload', source: 'build', seconds: expect.any(Number) },
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
