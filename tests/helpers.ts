/**
 * Shared fixtures: briefbot built once per test file over the seed and over an article it was never tuned on.
 * Tests read only these folders, never the user's content/: adding an article there must not change a test.
 */
import { fileURLToPath } from 'node:url';
import { createBriefbotFromArticles, type Briefbot } from '../src/briefbot.ts';
import { loadContentDir } from '../src/core/content/load.ts';

/** The seed article, as content/ ships it. */
export const SEED_DIR = fileURLToPath(new URL('./fixtures/seed', import.meta.url));
export const FIXTURE_DIR = fileURLToPath(new URL('./fixtures/articles', import.meta.url));
/** Two more unseen articles, written as wire copy is: a byline under the title, share buttons, quotes split over sentences. */
export const WIRE_DIR = fileURLToPath(new URL('./fixtures/wire-articles', import.meta.url));
export const BROKEN_DIR = fileURLToPath(new URL('./fixtures/broken', import.meta.url));

const cache = new Map<string, Briefbot>();

export function botFor(...dirs: string[]): Briefbot {
  const key = dirs.join('|');
  let bot = cache.get(key);
  if (!bot) {
    const loaded = dirs.map((dir) => loadContentDir(dir));
    bot = createBriefbotFromArticles(loaded.flatMap((l) => l.articles), loaded.flatMap((l) => l.problems));
    cache.set(key, bot);
  }
  return bot;
}

export const seedBot = () => botFor(SEED_DIR);
export const fixtureBot = () => botFor(FIXTURE_DIR);
export const wireBot = () => botFor(WIRE_DIR);
