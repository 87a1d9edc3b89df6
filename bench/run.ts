/**
 * `npm run bench [-- --corpus seed|sotu|sotu10|all] [--queries N] [--out DIR] [--help]`
 *
 * Measures, per corpus: load and index build, snapshot save and load, heap
 * and RSS after build and again after a mixed run of the whole query set
 * through every command (and heap once more at the end), each command's
 * p50/p95/p99 latency over a fixed, seeded set of queries drawn from the
 * corpus, beside raw MiniSearch.search's p50/p99 on the same index with the
 * same words; raw MiniSearch's own index build and heap on the same
 * passages, beside briefbot's knowledge build and heap; and /lookup over
 * message-like texts (up to 4,000 characters), beside /brief. Prints a Markdown table and writes
 * JSON under bench/out/ (untracked; bench/results/ keeps the runs the README
 * quotes, copied there by hand). Timing only here, never in tests.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scriptArgs } from '../src/adapters/cli/scriptArgs.ts';
import { createBriefbotFromKnowledge, type Briefbot } from '../src/briefbot.ts';
import type { Article } from '../src/core/content/article.ts';
import { buildKnowledgeBase, indexedPassages, type KnowledgeBase } from '../src/core/knowledge.ts';
import { lookupDictionary } from '../src/core/knowledge/lookupDictionary.ts';
import { parseArticle } from '../src/core/content/load.ts';
import { loadSnapshot, saveSnapshot, snapshotKey } from '../src/core/snapshot.ts';
import { createMiniSearch, type IndexedPassage } from '../src/core/search/passageIndex.ts';
import type MiniSearch from 'minisearch';
import { updateInSlices } from '../src/updateInPlace.ts';
import type { Reply } from '../src/core/reply.ts';
import { isStopWord, queryTerms, tokenize } from '../src/core/text/normalize.ts';
import { seedArticles, sotuArticles } from './corpora.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The seed article's own copy: content/ is the user's folder, and what they add there is not the seed. */
export const SEED_CORPUS_DIR = join(ROOT, 'tests/fixtures/seed');
/** Where runs write their JSON by default: untracked, so a run never overwrites the record in bench/results/. */
export const DEFAULT_OUT_DIR = join(ROOT, 'bench/out');
const CORPORA: Record<string, () => Article[]> = {
  seed: () => seedArticles(SEED_CORPUS_DIR),
  sotu: () => sotuArticles(1),
  sotu10: () => sotuArticles(10),
};
const COMMANDS = ['brief', 'who', 'events', 'search', 'autocomplete'] as const;
type CommandName = (typeof COMMANDS)[number];

export interface LatencyRow {
  command: CommandName;
  p50: number;
  p95: number;
  p99: number;
  rawP50: number;
  rawP99: number;
  ratio: number;
}

export interface CorpusResult {
  corpus: string;
  articles: number;
  passages: number;
  megabytes: number;
  queries: number;
  loadMs: number;
  buildMs: number;
  snapshotSaveMs: number | null;
  snapshotLoadMs: number | null;
  snapshotMegabytes: number | null;
  snapshotSpeedup: number | null;
  /** After the build, garbage collected. */
  heapMb: number;
  rssMb: number;
  /** Just before the queries: after the snapshot stage, whose peak (a second knowledge base, a JSON string of it all) RSS keeps. */
  rssBeforeQueriesMb: number;
  /** After every query of the set was asked of every command in turn, garbage collected (before any raw MiniSearch run). */
  heapAfterQueriesMb: number;
  rssAfterQueriesMb: number;
  /** At the end: after that, every timed run of every command, and raw MiniSearch's runs; garbage collected. */
  heapAtEndMb: number;
  /** Heap at the end against heap after build, in percent: what all those queries left behind. */
  heapGrowthPercent: number;
  latency: LatencyRow[];
  /** Raw MiniSearch indexing the same passages, beside briefbot's build and heap. */
  raw: RawMiniSearchRow;
  /** One more article added to the built knowledge in place, as a new file in content/ is. */
  addOne: AddOneResult;
  lookup: LookupRow;
}

/**
 * Raw MiniSearch on the same passages: the documents briefbot indexes (each
 * passage's id, text, section and the names the knowledge files it under),
 * added with `addAll` to an index with the same fields and options
 * (`createMiniSearch()`), and nothing else: no entities, events or aliases.
 */
export interface RawMiniSearchRow {
  buildMs: number;
  /** Heap after its build, garbage collected, with only the documents and its index alive (see measureRawMiniSearch). */
  heapMb: number;
  /** Its index alone: the heap after the build less the heap with the documents only. */
  indexMb: number;
  /** briefbot's knowledge build over raw MiniSearch's build. */
  buildRatio: number;
  /** briefbot's heap after build over raw MiniSearch's heap after build. */
  heapRatio: number;
}

/** /lookup over message-like texts, beside /brief on the same corpus: a lookup should cost no more than a brief. */
export interface LookupRow {
  /** Building the dictionary of names and topics, once per knowledge base (the first lookup pays it). */
  dictionaryMs: number;
  texts: number;
  meanChars: number;
  p50: number;
  p95: number;
  p99: number;
  /** p50 and p99 of the texts of 4,000 characters alone. */
  longP50: number;
  longP99: number;
  briefP99: number;
  /** p99 of /lookup over p99 of /brief. */
  ratio: number;
}

export interface AddOneResult {
  /** From the file's bytes to /who and /events answering with it: read, update in place, both commands. */
  ms: number;
  /** The update in place alone, the longest it held the event loop at once, and the step that ended that slice. */
  updateMs: number;
  /** The first update in the process, which also compiles its code. */
  firstUpdateMs: number;
  longestSliceMs: number;
  longestStep: string;
  /** The same update while a /who is asked every 5 ms: the longest one waited for the event loop, the update's time then, and its longest slice. */
  worstWaitMs: number;
  busyUpdateMs: number;
  busyLongestSliceMs: number;
  commandsDuringUpdate: number;
  /** Heap after gc: before the addition, after it, and after removing the article again. */
  heapBeforeMb: number;
  heapAfterMb: number;
  heapAfterRemovalMb: number;
  articleMb: number;
  /** What the article would take of the heap at the corpus's own ratio (heap its articles and knowledge take, per MB of text). */
  articleShareMb: number;
  /** /who and /events both answered from the added article. */
  answered: boolean;
}

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const progress = (message: string) => process.stderr.write(`[bench] ${message}\n`);
const round = (n: number, digits = 3) => Number(n.toFixed(digits));

/** A small, seeded PRNG (mulberry32): the same queries on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Names, surnames, topics, months, misspellings and misses, drawn from the corpus. */
export function querySet(kb: KnowledgeBase, size: number, seed = 42): string[] {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const entities = [...kb.entities].sort((a, b) => b.mentions.length - a.mentions.length);
  const passages = [...kb.passageById.values()];
  const months = [...new Set(kb.events.map((e) => e.date.slice(0, 7)).filter((d) => d.length === 7))];
  const share = (fraction: number) => Math.max(1, Math.round(size * fraction));
  const queries: string[] = [];
  for (let i = 0; i < share(0.25) && entities.length; i++) queries.push(entities[i % entities.length]!.name);
  for (let i = 0; i < share(0.1) && entities.length; i++) queries.push(entities[i % entities.length]!.name.split(' ').at(-1)!);
  for (let i = 0; i < share(0.25); i++) {
    const words = tokenize(pick(passages).text).filter((w) => w.length >= 6 && !isStopWord(w));
    queries.push(words.length > 1 && next() < 0.4 ? `${pick(words)} ${pick(words)}` : (pick(words) ?? 'policy'));
  }
  for (let i = 0; i < share(0.12) && months.length; i++) queries.push(pick(months));
  for (let i = 0; i < share(0.15); i++) {
    const word = queries[Math.floor(next() * Math.min(queries.length, share(0.6)))] ?? 'economy';
    const at = 1 + Math.floor(next() * Math.max(1, word.length - 2));
    queries.push(word.slice(0, at) + (word[at + 1] ?? '') + (word[at] ?? '') + word.slice(at + 2)); // swap two letters
  }
  while (queries.length < size) queries.push(`zq${Math.floor(next() * 1e6).toString(36)}x${pick(['vor', 'plik', 'urm'])}`);
  return queries.slice(0, size);
}

/** The longest Discord message: the long texts a lookup is measured on are this long. */
const LONG_TEXT = 4000;

/**
 * Texts as people look them up: a passage quoted from an article, a chat line
 * naming a few known names (sometimes in lower case), 4,000 characters of
 * article text, and a message that names nobody.
 */
export function lookupTexts(kb: KnowledgeBase, size: number, seed = 7): string[] {
  const next = random(seed);
  const pick = <T>(items: T[]) => items[Math.floor(next() * items.length)]!;
  const passages = [...kb.passageById.values()];
  const names = kb.entities.flatMap((e) => [e.name, ...e.aliases]);
  const texts: string[] = [];
  for (let i = 0; texts.length < size; i++) {
    switch (i % 5) {
      case 0:
      case 1:
        texts.push(pick(passages).text);
        break;
      case 2: {
        const named = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(names));
        const line = `Did you see what ${named.slice(0, -1).join(', ')} said about ${named.at(-1)}? I think they have a point.`;
        texts.push(next() < 0.3 ? line.toLowerCase() : line);
        break;
      }
      case 3: {
        let long = '';
        while (long.length < LONG_TEXT) long += `${pick(passages).text}\n\n`;
        texts.push(long.slice(0, LONG_TEXT));
        break;
      }
      default:
        texts.push(Array.from({ length: 8 + Math.floor(next() * 60) }, () => `zq${Math.floor(next() * 1e6).toString(36)}`).join(' '));
    }
  }
  return texts;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Runs per query. A query's latency is the median of its runs, so the
 * percentiles describe slow queries, not a runtime pause (JIT, GC, the OS)
 * that happened to land on one run of an otherwise fast query.
 */
const RUNS = 5;

function timeEach(queries: string[], run: (q: string) => unknown): number[] {
  return medianOfRuns(queries, run).sort((a, b) => a - b);
}

/** Each query's latency (the median of its runs), in the order of the queries. */
function medianOfRuns(queries: string[], run: (q: string) => unknown): number[] {
  for (const q of queries) run(q); // warm-up pass: measure steady state, not the JIT
  gc();
  const samples = queries.map(() => [] as number[]);
  // Interleaved passes, so each query's runs are spread over the whole measurement.
  for (let pass = 0; pass < RUNS; pass++) {
    queries.forEach((q, i) => {
      const start = performance.now();
      run(q);
      samples[i]!.push(performance.now() - start);
    });
  }
  return samples.map((runs) => runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!);
}

function commandRunner(bot: Briefbot, command: CommandName): (q: string) => unknown {
  switch (command) {
    case 'brief':
      return (q) => bot.run('brief', { topic: q });
    case 'who':
      return (q) => bot.run('who', { name: q });
    case 'events':
      return (q) => bot.run('events', { period: q });
    case 'search':
      return (q) => bot.run('search', { words: q });
    case 'autocomplete':
      return (q) => bot.autocomplete('who', 'name', q.slice(0, 4));
  }
}


function measureLatency(name: string, kb: KnowledgeBase, bot: Briefbot, queries: string[]): LatencyRow[] {
  const latency: LatencyRow[] = [];
  for (const command of COMMANDS) {
    progress(`${name}: ${command} × ${queries.length} queries × ${RUNS} runs`);
    const times = timeEach(queries, commandRunner(bot, command));
    const raw =
      command === 'autocomplete'
        ? timeEach(queries, (q) => kb.index.search.search(queryTerms(q.slice(0, 4)).join(' '), { prefix: true }))
        : timeEach(queries, (q) => kb.index.search.search(queryTerms(q).join(' ')));
    const rawP99 = percentile(raw, 99);
    const p99 = percentile(times, 99);
    latency.push({ command, p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), p99: round(p99), rawP50: round(percentile(raw, 50)), rawP99: round(rawP99), ratio: round(p99 / Math.max(rawP99, 1e-6), 2) });
  }
  return latency;
}

export async function benchCorpus(name: string, articles: () => Article[], size: number): Promise<CorpusResult> {
  // Word lists and name datasets load on first use: loaded before the baseline, they are not counted as the corpus's.
  buildKnowledgeBase(seedArticles(SEED_CORPUS_DIR));
  gc();
  const heapBaseline = process.memoryUsage().heapUsed;
  progress(`${name}: loading articles`);
  let start = performance.now();
  let loaded: Article[] | undefined = articles();
  const loadMs = performance.now() - start;
  progress(`${name}: building the knowledge base (${loaded.length} articles)`);
  start = performance.now();
  let kb = buildKnowledgeBase(loaded);
  const buildMs = performance.now() - start;
  gc();
  const memory = process.memoryUsage();
  // What raw MiniSearch will index at the end (the passages with their entities' names, as the index files
  // them): the knowledge holds all three, so keeping them costs nothing meanwhile.
  const rawInput: RawInput = { articles: loaded, entities: kb.entities, mentions: kb.entityState!.mentions };
  loaded = undefined;

  progress(`${name}: snapshot save and load`);
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  const file = join(dir, 'snapshot.json');
  let snapshotSaveMs: number | null = null;
  let snapshotLoadMs: number | null = null;
  let snapshotMegabytes: number | null = null;
  try {
    const key = snapshotKey();
    start = performance.now();
    saveSnapshot(file, kb, new Map(), key);
    snapshotSaveMs = performance.now() - start;
    snapshotMegabytes = statSync(file).size / 1e6;
    gc();
    start = performance.now();
    if (!loadSnapshot(file, key)) throw new Error('snapshot did not load');
    snapshotLoadMs = performance.now() - start;
  } catch (error) {
    progress(`${name}: snapshot failed: ${String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  progress(`${name}: building the lookup dictionary`);
  start = performance.now();
  lookupDictionary(kb);
  const dictionaryMs = performance.now() - start;

  let bot = createBriefbotFromKnowledge(kb);
  const queries = querySet(kb, size);
  // A long run of mixed commands, as a bot in a busy channel gets them: what does it leave behind? Measured
  // before raw MiniSearch runs here, whose gigabytes of garbage per search would swell the process's RSS.
  progress(`${name}: every command × ${queries.length} queries, mixed`);
  gc();
  const beforeQueries = process.memoryUsage();
  for (const query of queries) for (const command of COMMANDS) commandRunner(bot, command)(query);
  gc();
  const afterQueries = process.memoryUsage();
  const latency = measureLatency(name, kb, bot, queries);
  const texts = lookupTexts(kb, size);
  progress(`${name}: lookup × ${texts.length} texts × ${RUNS} runs`);
  const perText = medianOfRuns(texts, (text) => bot.run('lookup', { text }));
  const lookupTimes = [...perText].sort((a, b) => a - b);
  const longTimes = perText.filter((_, i) => texts[i]!.length === LONG_TEXT).sort((a, b) => a - b);
  const briefP99 = latency.find((l) => l.command === 'brief')!.p99;
  const lookupP99 = percentile(lookupTimes, 99);
  const lookup: LookupRow = {
    dictionaryMs: round(dictionaryMs, 0),
    texts: texts.length,
    meanChars: Math.round(texts.reduce((sum, t) => sum + t.length, 0) / texts.length),
    p50: round(percentile(lookupTimes, 50)),
    p95: round(percentile(lookupTimes, 95)),
    p99: round(lookupP99),
    longP50: round(percentile(longTimes, 50)),
    longP99: round(percentile(longTimes, 99)),
    briefP99,
    ratio: round(lookupP99 / Math.max(briefP99, 1e-6), 2),
  };
  // What all the queries left behind: no per-query cache grows, so this stays near the heap after build.
  gc();
  const atEnd = process.memoryUsage();
  // The corpus as measured, before one more article is added to it.
  const articleCount = kb.articles.length;
  const passageCount = kb.passageById.size;
  const textMb = kb.articles.reduce((s, a) => s + a.passages.reduce((t, p) => t + p.text.length, 0), 0) / 1e6;
  const megabytes = round(textMb, 2);
  const held = { kb };
  // Only the added article's bot holds the knowledge from here, for the heap figures.
  kb = undefined as unknown as KnowledgeBase;
  bot = undefined as unknown as Briefbot;
  // The heap the corpus's articles and knowledge take, per megabyte of their text.
  const addOne = await addOneArticle(name, held, (memory.heapUsed - heapBaseline) / 1e6 / textMb);
  // No knowledge is left now: raw MiniSearch is built and weighed alone.
  const raw = measureRawMiniSearch(name, rawInput, buildMs, memory.heapUsed);
  return {
    corpus: name,
    raw,
    addOne,
    articles: articleCount,
    passages: passageCount,
    megabytes,
    queries: queries.length,
    loadMs: round(loadMs, 0),
    buildMs: round(buildMs, 0),
    snapshotSaveMs: snapshotSaveMs === null ? null : round(snapshotSaveMs, 0),
    snapshotLoadMs: snapshotLoadMs === null ? null : round(snapshotLoadMs, 0),
    snapshotMegabytes: snapshotMegabytes === null ? null : round(snapshotMegabytes, 1),
    snapshotSpeedup: snapshotLoadMs === null ? null : round((loadMs + buildMs) / snapshotLoadMs, 1),
    heapMb: round(memory.heapUsed / 1e6, 0),
    rssMb: round(memory.rss / 1e6, 0),
    rssBeforeQueriesMb: round(beforeQueries.rss / 1e6, 0),
    heapAfterQueriesMb: round(afterQueries.heapUsed / 1e6, 0),
    rssAfterQueriesMb: round(afterQueries.rss / 1e6, 0),
    heapAtEndMb: round(atEnd.heapUsed / 1e6, 0),
    heapGrowthPercent: round(((atEnd.heapUsed - memory.heapUsed) / memory.heapUsed) * 100, 1),
    latency,
    lookup,
  };
}

/**
 * Raw MiniSearch's own index of the same passages, for the build and heap
 * briefbot's are measured against. It runs last, once briefbot's knowledge is
 * released (the bot that held it is gone and gc has run), so the two never
 * share the heap: the heap with the documents alone, then after `addAll`, both
 * garbage collected, in this same process (the same code, word lists and
 * runtime in the baseline as briefbot's heap after build has). The documents
 * hold the passages' text as the articles do, so the heap after its build is
 * what a bot built on MiniSearch alone would hold for the same passages; the
 * difference of the two is its index alone. Its build is as warm as
 * briefbot's was: the same MiniSearch code has already run on the seed.
 */
interface RawInput {
  articles: Article[] | undefined;
  entities: KnowledgeBase['entities'] | undefined;
  mentions: NonNullable<KnowledgeBase['entityState']>['mentions'] | undefined;
}

function measureRawMiniSearch(name: string, input: RawInput, buildMs: number, heapAfterBuild: number): RawMiniSearchRow {
  progress(`${name}: raw MiniSearch on the same passages`);
  const documents = indexedPassages(input.articles!, input.entities!, input.mentions!);
  // The documents hold what they need of the articles (the text of each passage); the articles themselves go.
  input.articles = undefined;
  input.entities = undefined;
  input.mentions = undefined;
  gc();
  gc();
  const heapDocuments = process.memoryUsage().heapUsed;
  const start = performance.now();
  let search: MiniSearch<IndexedPassage> | undefined = createMiniSearch();
  search.addAll(documents);
  const rawBuildMs = performance.now() - start;
  gc();
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  if (search.documentCount !== documents.length) throw new Error('raw MiniSearch did not index every passage');
  search = undefined;
  return {
    buildMs: round(rawBuildMs, 0),
    heapMb: round(heapAfter / 1e6, 0),
    indexMb: round((heapAfter - heapDocuments) / 1e6, 0),
    buildRatio: round(buildMs / Math.max(rawBuildMs, 1e-6), 2),
    heapRatio: round(heapAfterBuild / heapAfter, 2),
  };
}

/**
 * Adds the seed article under a new name to the built knowledge, as a running
 * bot does for a new file: in place, in slices. Measures how soon /who and
 * /events answer from it, how long the event loop was held, how long a
 * command asked meanwhile waited, and the heap before and after (and after
 * removing it again: what the addition leaves behind).
 */
async function addOneArticle(name: string, built: { kb: KnowledgeBase }, heapPerTextMb: number): Promise<AddOneResult> {
  progress(`${name}: adding one article in place`);
  const [seed] = seedArticles(SEED_CORPUS_DIR);
  const bytes = new TextEncoder().encode(readFileSync(join(SEED_CORPUS_DIR, seed!.file), 'utf8'));
  const asked = built.kb.entities.reduce((top, e) => (e.mentions.length > top.mentions.length ? e : top), built.kb.entities[0]!).name;
  const live: Live = { bot: createBriefbotFromKnowledge(built.kb) };
  built.kb = undefined as unknown as KnowledgeBase; // the bot holds the knowledge now, as a running bot does

  // The first update in a process also compiles its code (and the heap holds code too): timed, then undone.
  const first = await addition(live, bytes, 'zz-bench-warm-up.txt');
  await removal(live, first.articleId);

  // The same update while a command is asked every 5 ms (a bot never idle): how long one waited for the event loop.
  let worstWaitMs = 0;
  let commands = 0;
  let due = performance.now() + 5;
  const ticker = setInterval(() => {
    worstWaitMs = Math.max(worstWaitMs, performance.now() - due);
    live.bot.run('who', { name: asked });
    commands++;
    due = performance.now() + 5;
  }, 5);
  const busy = await addition(live, bytes, 'zz-bench-busy.txt');
  clearInterval(ticker);
  await removal(live, busy.articleId);

  gc();
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const measured = await addition(live, bytes, 'zz-bench-added-article.txt');
  gc();
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  await removal(live, measured.articleId);
  gc();
  gc();
  const heapAfterRemoval = process.memoryUsage().heapUsed;
  return {
    ms: round(measured.ms, 0),
    updateMs: round(measured.updateMs, 0),
    firstUpdateMs: round(first.updateMs, 0),
    longestSliceMs: round(measured.longestSliceMs, 0),
    longestStep: measured.longestStep,
    worstWaitMs: round(worstWaitMs, 0),
    busyUpdateMs: round(busy.updateMs, 0),
    busyLongestSliceMs: round(busy.longestSliceMs, 0),
    commandsDuringUpdate: commands,
    heapBeforeMb: round(heapBefore / 1e6, 1),
    heapAfterMb: round(heapAfter / 1e6, 1),
    heapAfterRemovalMb: round(heapAfterRemoval / 1e6, 1),
    articleMb: round(measured.articleMb, 3),
    articleShareMb: round(measured.articleMb * heapPerTextMb, 1),
    answered: measured.answered,
  };
}

interface Live {
  bot: Briefbot;
}

/**
 * The article read from its bytes, applied in place, then asked about: /who
 * for the person it is most about (mentioned there most, and least elsewhere)
 * and /events for a month it dates. Holds no knowledge once it returns.
 */
async function addition(live: Live, bytes: Uint8Array, file: string) {
  const start = performance.now();
  const article = parseArticle(file, bytes);
  const update = await updateInSlices(live.bot.kb, { upsert: [article], remove: [] }, (kb) => (live.bot = createBriefbotFromKnowledge(kb)));
  const { kb } = live.bot;
  const inArticle = (mentions: string[]) => mentions.filter((id) => id.startsWith(`${article.id}#`)).length;
  const person = kb.entities
    .filter((e) => e.kind === 'person' && inArticle(e.mentions) > 0)
    .sort((a, b) => inArticle(b.mentions) / b.mentions.length - inArticle(a.mentions) / a.mentions.length || inArticle(b.mentions) - inArticle(a.mentions))[0];
  const month = kb.events.find((e) => e.articleId === article.id && e.date.length >= 7)?.date.slice(0, 7);
  const fromArticle = (reply: Reply | undefined) => Boolean(reply?.sources.some((s) => s.articleId === article.id));
  const answered = fromArticle(person && live.bot.run('who', { name: person.name })) && fromArticle(month ? live.bot.run('events', { period: month }) : undefined);
  return {
    ms: performance.now() - start,
    updateMs: update.ms,
    longestSliceMs: update.longestSliceMs,
    longestStep: update.longestStep,
    articleId: article.id,
    articleMb: article.passages.reduce((t, p) => t + p.text.length, 0) / 1e6,
    answered,
  };
}

/** Takes the article out again (its passages are removed from the index, leaving nothing to vacuum). */
async function removal(live: Live, articleId: string): Promise<void> {
  await updateInSlices(live.bot.kb, { upsert: [], remove: [articleId] }, (kb) => (live.bot = createBriefbotFromKnowledge(kb)));
}

export function markdownTable(results: CorpusResult[]): string {
  const lines = [
    '| corpus | articles | passages | text MB | load + build ms | snapshot save ms | snapshot load ms | snapshot speed-up | heap MB after build / after queries / at end | growth | RSS MB after build; before / after queries |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.corpus} | ${r.articles} | ${r.passages} | ${r.megabytes} | ${r.loadMs} + ${r.buildMs} | ${r.snapshotSaveMs ?? 'n/a'} | ${r.snapshotLoadMs ?? 'n/a'} | ${r.snapshotSpeedup === null ? 'n/a' : `${r.snapshotSpeedup}×`} | ${r.heapMb} / ${r.heapAfterQueriesMb} / ${r.heapAtEndMb} | ${r.heapGrowthPercent}% | ${r.rssMb}; ${r.rssBeforeQueriesMb} / ${r.rssAfterQueriesMb} |`),
    '',
    '| corpus | knowledge build ms | raw MiniSearch build ms | build ÷ raw | heap MB after build | raw MiniSearch heap MB (its index alone) | heap ÷ raw |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.corpus} | ${r.buildMs} | ${r.raw.buildMs} | ${r.raw.buildRatio}× | ${r.heapMb} | ${r.raw.heapMb} (${r.raw.indexMb}) | ${r.raw.heapRatio}× |`),
    '',
    '| corpus | command | p50 ms | p95 ms | p99 ms | raw MiniSearch p50 ms | raw MiniSearch p99 ms | p99 ratio |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.flatMap((r) => r.latency.map((l) => `| ${r.corpus} | ${l.command} | ${l.p50} | ${l.p95} | ${l.p99} | ${l.rawP50} | ${l.rawP99} | ${l.ratio}× |`)),
    '',
    '| corpus | lookup dictionary ms | texts | mean chars | p50 ms | p95 ms | p99 ms | 4,000 chars p50 / p99 ms | /brief p99 ms | lookup ÷ brief p99 |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(({ corpus, lookup: l }) => `| ${corpus} | ${l.dictionaryMs} | ${l.texts} | ${l.meanChars} | ${l.p50} | ${l.p95} | ${l.p99} | ${l.longP50} / ${l.longP99} | ${l.briefP99} | ${l.ratio}× |`),
    '',
    '| corpus | new article answerable ms | update in place ms (first in the process) | longest slice ms | a command’s worst wait during it ms | heap before / after / after removal MB | article text MB (its share of the heap) | answered by /who and /events |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.corpus} | ${r.addOne.ms} | ${r.addOne.updateMs} (${r.addOne.firstUpdateMs}) | ${r.addOne.longestSliceMs} (${r.addOne.longestStep}) | ${r.addOne.commandsDuringUpdate ? r.addOne.worstWaitMs : '—'} | ${r.addOne.heapBeforeMb} / ${r.addOne.heapAfterMb} / ${r.addOne.heapAfterRemovalMb} | ${r.addOne.articleMb} (${r.addOne.articleShareMb}) | ${r.addOne.answered ? 'yes' : 'no'} |`,
    ),
  ];
  return lines.join('\n');
}

export async function runBench(options: { corpora: string[]; queries: number; outDir: string }) {
  const results: CorpusResult[] = [];
  for (const name of options.corpora) results.push(await benchCorpus(name, CORPORA[name]!, options.queries));
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${process.platform}-${process.arch}` };
  const report = { date: new Date().toISOString(), machine, queries: options.queries, results };
  mkdirSync(options.outDir, { recursive: true });
  const file = join(options.outDir, `bench-${options.corpora.join('-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  return { report, file, markdown: `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}\n\n${markdownTable(results)}` };
}

const USAGE = `Usage: npm run bench -- [--corpus ${Object.keys(CORPORA).join('|')}|all] [--queries N] [--out DIR]
  Measures load, index build, snapshots, memory and command latency beside raw MiniSearch, and writes JSON to --out DIR (default bench/out).
  --corpus    one corpus, or all (default)
  --queries   queries per corpus (default 240)
  -h, --help  this help
Corpora: seed (tests/fixtures/seed), sotu (the 233 State of the Union addresses), sotu10 (those ten times over), all (the three, the default).`;

/** The options, or the exit code once --help or a bad flag was answered. */
function benchOptions(argv: string[]): { corpora: string[]; queries: number; out: string } | number {
  const values = scriptArgs(argv, { corpus: { type: 'string', default: 'all' }, queries: { type: 'string', default: '240' }, out: { type: 'string', default: DEFAULT_OUT_DIR } }, USAGE);
  if (typeof values === 'number') return values;
  const corpora = values.corpus === 'all' ? Object.keys(CORPORA) : [values.corpus!];
  const queries = Number(values.queries);
  if (corpora.some((c) => !(c in CORPORA)) || !Number.isInteger(queries) || queries < 1) {
    console.error(USAGE);
    return 2;
  }
  return { corpora, queries, out: values.out! };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const options = benchOptions(process.argv.slice(2));
  if (typeof options === 'number') {
    process.exitCode = options;
  } else {
    const { markdown, file } = await runBench({ corpora: options.corpora, queries: options.queries, outDir: options.out });
    console.log(markdown);
    progress(`wrote ${file}`);
  }
}
