/**
 * `npm run bench [-- --corpus seed|sotu|sotu10|all] [--queries N] [--out DIR] [--help]`
 *
 * Measures, per corpus: load and index build, snapshot save and load, heap
 * and RSS after build and again after a mixed run of the whole query set
 * through every command (and heap once more at the end), and each
 * command's p50/p95/p99 latency over a fixed, seeded set of queries drawn from
 * the corpus, beside raw MiniSearch.search's p50/p99 on the same index with
 * the same words. Prints a Markdown table and writes
 * JSON under bench/out/ (untracked; bench/results/ keeps the runs the README
 * quotes, copied there by hand). Timing only here, never in tests.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createBriefbotFromKnowledge, type Briefbot } from '../src/briefbot.ts';
import type { Article } from '../src/core/content/article.ts';
import { buildKnowledgeBase, updateKnowledgeBase, type KnowledgeBase } from '../src/core/knowledge.ts';
import { parseArticle } from '../src/core/content/load.ts';
import { articlesFingerprint, loadSnapshot, saveSnapshot } from '../src/core/snapshot.ts';
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
  /** One more article added to the built knowledge in place, as a new file in content/ is. */
  addOne: { ms: number; heapBeforeMb: number; heapAfterMb: number; articleMb: number; answered: boolean };
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
  return samples.map((runs) => runs.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!).sort((a, b) => a - b);
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


export function benchCorpus(name: string, articles: () => Article[], size: number): CorpusResult {
  progress(`${name}: loading articles`);
  let start = performance.now();
  const loaded = articles();
  const loadMs = performance.now() - start;
  progress(`${name}: building the knowledge base (${loaded.length} articles)`);
  start = performance.now();
  let kb = buildKnowledgeBase(loaded);
  const buildMs = performance.now() - start;
  gc();
  const memory = process.memoryUsage();

  progress(`${name}: snapshot save and load`);
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-bench-'));
  const file = join(dir, 'snapshot.json');
  let snapshotSaveMs: number | null = null;
  let snapshotLoadMs: number | null = null;
  let snapshotMegabytes: number | null = null;
  try {
    const fingerprint = articlesFingerprint(loaded);
    start = performance.now();
    saveSnapshot(file, kb, fingerprint);
    snapshotSaveMs = performance.now() - start;
    snapshotMegabytes = statSync(file).size / 1e6;
    gc();
    start = performance.now();
    if (!loadSnapshot(file, fingerprint)) throw new Error('snapshot did not load');
    snapshotLoadMs = performance.now() - start;
  } catch (error) {
    progress(`${name}: snapshot failed: ${String(error)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  const bot = createBriefbotFromKnowledge(kb);
  const queries = querySet(kb, size);
  // A long run of mixed commands, as a bot in a busy channel gets them: what does it leave behind? Measured
  // before raw MiniSearch runs here, whose gigabytes of garbage per search would swell the process's RSS.
  progress(`${name}: every command × ${queries.length} queries, mixed`);
  gc();
  const beforeQueries = process.memoryUsage();
  for (const query of queries) for (const command of COMMANDS) commandRunner(bot, command)(query);
  gc();
  const afterQueries = process.memoryUsage();
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
  // What all the queries left behind: no per-query cache grows, so this stays near the heap after build.
  gc();
  const atEnd = process.memoryUsage();
  // The corpus as measured, before one more article is added to it.
  const articleCount = kb.articles.length;
  const passageCount = kb.passageById.size;
  const megabytes = round(kb.articles.reduce((s, a) => s + a.passages.reduce((t, p) => t + p.text.length, 0), 0) / 1e6, 2);
  const addOne = addOneArticle(name, kb);
  kb = addOne.kb;
  return {
    corpus: name,
    addOne: addOne.result,
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
  };
}

/** Adds the seed article under a new name to built knowledge, in place; measures time and heap, and asks it. */
function addOneArticle(name: string, built: KnowledgeBase): { kb: KnowledgeBase; result: CorpusResult['addOne'] } {
  progress(`${name}: adding one article in place`);
  const [seed] = seedArticles(SEED_CORPUS_DIR);
  const article = parseArticle('zz-bench-added-article.txt', new TextEncoder().encode(readFileSync(join(SEED_CORPUS_DIR, seed!.file), 'utf8')));
  // The first update of knowledge builds the per-article state a build keeps; measure the steady state, as a running bot sees it.
  gc();
  const heapBefore = process.memoryUsage().heapUsed;
  const start = performance.now();
  const kb = updateKnowledgeBase(built, { upsert: [article], remove: [] });
  const ms = performance.now() - start;
  const reply = createBriefbotFromKnowledge(kb).runLine('/who lodhi');
  gc();
  const heapAfter = process.memoryUsage().heapUsed;
  const articleMb = article.passages.reduce((t, p) => t + p.text.length, 0) / 1e6;
  return { kb, result: { ms: round(ms, 0), heapBeforeMb: round(heapBefore / 1e6, 0), heapAfterMb: round(heapAfter / 1e6, 0), articleMb: round(articleMb, 3), answered: reply.kind === 'who' && reply.sources.some((s) => s.articleId === article.id) } };
}

export function markdownTable(results: CorpusResult[]): string {
  const lines = [
    '| corpus | articles | passages | text MB | load + build ms | snapshot save ms | snapshot load ms | snapshot speed-up | heap MB after build / after queries / at end | growth | RSS MB after build; before / after queries |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map((r) => `| ${r.corpus} | ${r.articles} | ${r.passages} | ${r.megabytes} | ${r.loadMs} + ${r.buildMs} | ${r.snapshotSaveMs ?? 'n/a'} | ${r.snapshotLoadMs ?? 'n/a'} | ${r.snapshotSpeedup === null ? 'n/a' : `${r.snapshotSpeedup}×`} | ${r.heapMb} / ${r.heapAfterQueriesMb} / ${r.heapAtEndMb} | ${r.heapGrowthPercent}% | ${r.rssMb}; ${r.rssBeforeQueriesMb} / ${r.rssAfterQueriesMb} |`),
    '',
    '| corpus | command | p50 ms | p95 ms | p99 ms | raw MiniSearch p50 ms | raw MiniSearch p99 ms | p99 ratio |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.flatMap((r) => r.latency.map((l) => `| ${r.corpus} | ${l.command} | ${l.p50} | ${l.p95} | ${l.p99} | ${l.rawP50} | ${l.rawP99} | ${l.ratio}× |`)),
    '',
    '| corpus | add one article ms | heap before / after MB | article text MB | answered by /who |',
    '| --- | ---: | ---: | ---: | --- |',
    ...results.map((r) => `| ${r.corpus} | ${r.addOne.ms} | ${r.addOne.heapBeforeMb} / ${r.addOne.heapAfterMb} | ${r.addOne.articleMb} | ${r.addOne.answered ? 'yes' : 'no'} |`),
  ];
  return lines.join('\n');
}

export function runBench(options: { corpora: string[]; queries: number; outDir: string }) {
  const results = options.corpora.map((name) => benchCorpus(name, CORPORA[name]!, options.queries));
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, platform: `${process.platform}-${process.arch}` };
  const report = { date: new Date().toISOString(), machine, queries: options.queries, results };
  mkdirSync(options.outDir, { recursive: true });
  const file = join(options.outDir, `bench-${options.corpora.join('-')}.json`);
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
  return { report, file, markdown: `Machine: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}\n\n${markdownTable(results)}` };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const usage = `Usage: npm run bench -- [--corpus ${Object.keys(CORPORA).join('|')}|all] [--queries N] [--out DIR]`;
  let values: { corpus?: string; queries?: string; out?: string; help?: boolean } = {};
  try {
    ({ values } = parseArgs({ options: { corpus: { type: 'string', default: 'all' }, queries: { type: 'string', default: '240' }, out: { type: 'string', default: DEFAULT_OUT_DIR }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    values = { help: false, corpus: '' };
    console.error((error as Error).message);
  }
  const corpora = values.corpus === 'all' ? Object.keys(CORPORA) : [values.corpus!];
  const queries = Number(values.queries);
  if (values.help) {
    console.log(`${usage}\nCorpora: seed (tests/fixtures/seed), sotu (the 233 State of the Union addresses), sotu10 (those ten times over), all (the three, the default).`);
  } else if (corpora.some((c) => !(c in CORPORA)) || !Number.isInteger(queries) || queries < 1) {
    console.error(usage);
    process.exitCode = 2;
  } else {
    const { markdown, file } = runBench({ corpora, queries, outDir: values.out! });
    console.log(markdown);
    progress(`wrote ${file}`);
  }
}
