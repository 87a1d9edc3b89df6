/**
 * `npm run eval:extract [-- --pages DIR] [--misses] [--json]`: measures the
 * article extraction (src/ingest/extract) against raw Readability on the
 * same pages in the same run, with the public article-extraction
 * benchmark's metric (src/ingest/extract/score.ts).
 *
 * DIR (default ../shared/corpora/news-pages) holds `html/<id>.html.gz` and
 * `ground-truth.json` ({ "<id>": { "url", "articleBody" } }). Pages whose id
 * starts with 0-9 or a-b are the development half; c-f are held out: only
 * scored, their misses never printed, so a rule is never tuned on them.
 *
 * Titles and dates: the benchmark has no gold for them. Where a page is also
 * one of the answer evaluation's articles (eval/dev, eval/holdout: front
 * matter written by reading the page, with `source_id` naming it), that
 * title and date are the reference; a `title` / `published` field in
 * ground-truth.json is used the same way. Titles are compared after
 * straightening quotes, dashes and spaces; dates to the day.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { decodePage } from '../src/ingest/extract/decode.ts';
import { parseDocument } from '../src/ingest/extract/dom.ts';
import { ExtractError, extractArticle, type ExtractedArticle } from '../src/ingest/extract/extract.ts';
import { runReadability } from '../src/ingest/extract/readable.ts';
import { scoreCorpus, scorePage, type CorpusScore, type PageScore } from '../src/ingest/extract/score.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const DEFAULT_PAGES = resolve(HERE, '../../shared/corpora/news-pages');
const USAGE = 'Usage: npm run eval:extract [-- --pages DIR] [--misses] [--json]';

interface Truth {
  url?: string;
  articleBody: string;
  title?: string;
  published?: string;
}

interface PageResult {
  id: string;
  url?: string;
  heldOut: boolean;
  readability: PageScore;
  ours: PageScore;
  article?: ExtractedArticle;
  error?: string;
  gold: { title?: string; published?: string };
}

/** Development pages: ids starting 0-9, a or b. The rest (c-f) are held out. */
export const isHeldOut = (id: string) => !/^[0-9ab]/i.test(id);

/** Title and date written by reading the page, from the answer evaluation's front matter (keyed by `source_id`). */
function answerEvalMetadata(): Map<string, { title?: string; published?: string }> {
  const found = new Map<string, { title?: string; published?: string }>();
  for (const set of ['dev', 'holdout']) {
    const dir = join(HERE, set, 'articles');
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const front = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(dir, name), 'utf8'));
      if (!front) continue;
      const meta = parseYaml(front[1]!) as Record<string, unknown> | null;
      const id = meta?.source_id;
      if (typeof id !== 'string') continue;
      const published = meta?.published instanceof Date ? meta.published.toISOString().slice(0, 10) : typeof meta?.published === 'string' ? meta.published : undefined;
      found.set(id, { title: typeof meta?.title === 'string' ? meta.title : undefined, published });
    }
  }
  return found;
}

/** Typography a title may be written with either way: curly or straight quotes, dash kinds, spacing. */
export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .normalize('NFKC')
      .replace(/[‘’ʼ`´]/g, "'")
      .replace(/[“”„]/g, '"')
      .replace(/[‐‑‒–—―]/g, '-')
      .replace(/\s+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

function rawReadabilityText(html: string): string {
  try {
    return runReadability(parseDocument(html)).textContent;
  } catch {
    return '';
  }
}

function evaluate(dir: string): PageResult[] {
  const truth = JSON.parse(readFileSync(join(dir, 'ground-truth.json'), 'utf8')) as Record<string, Truth>;
  const metadataGold = answerEvalMetadata();
  return Object.keys(truth)
    .sort()
    .map((id) => {
      const page = truth[id]!;
      const file = [join(dir, 'html', `${id}.html.gz`), join(dir, 'html', `${id}.html`)].find(existsSync);
      const html = file ? decodePage(readFileSync(file)) : '';
      let article: ExtractedArticle | undefined;
      let error: string | undefined;
      try {
        article = extractArticle(html);
      } catch (e) {
        if (!(e instanceof ExtractError)) throw e;
        error = e.message;
      }
      const gold = { ...metadataGold.get(id), ...(page.title ? { title: page.title } : {}), ...(page.published ? { published: page.published } : {}) };
      return {
        id,
        url: page.url,
        heldOut: isHeldOut(id),
        readability: scorePage(rawReadabilityText(html), page.articleBody),
        ours: scorePage(article?.body ?? '', page.articleBody),
        article,
        error,
        gold,
      };
    });
}

interface SetSummary {
  pages: number;
  readability: CorpusScore;
  ours: CorpusScore;
  title: { right: number; total: number };
  published: { right: number; total: number };
}

function summarise(results: PageResult[]): SetSummary {
  const withTitle = results.filter((r) => r.gold.title);
  const withDate = results.filter((r) => r.gold.published);
  return {
    pages: results.length,
    readability: scoreCorpus(results.map((r) => r.readability)),
    ours: scoreCorpus(results.map((r) => r.ours)),
    title: { right: withTitle.filter((r) => r.article && sameTitle(r.article.title, r.gold.title!)).length, total: withTitle.length },
    published: { right: withDate.filter((r) => r.article?.published === r.gold.published).length, total: withDate.length },
  };
}

const f3 = (x: number) => x.toFixed(3);
const prf = (s: CorpusScore) => `${f3(s.precision)} / ${f3(s.recall)} / ${f3(s.f1)}`;
const ratio = ({ right, total }: { right: number; total: number }) => (total ? `${right}/${total} (${((100 * right) / total).toFixed(1)}%)` : '–');

function report(dir: string, sets: [string, SetSummary][]): string {
  const rows = [
    ['set', 'pages', 'Readability P / R / F1', 'ours P / R / F1', 'title exact', 'date to the day'],
    ...sets.map(([name, s]) => [name, String(s.pages), prf(s.readability), prf(s.ours), ratio(s.title), ratio(s.published)]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('   ').trimEnd()).join('\n');
  return [
    `Article extraction on ${dir}`,
    'Metric: the article-extraction benchmark\'s (4-token shingles, per-page tp/fp/fn, mean P and R, F1 of the means).',
    'Titles and dates are checked where a hand-written reference exists (eval/*/articles front matter, by source_id).',
    '',
    table,
  ].join('\n');
}

function missesOf(results: PageResult[]): string {
  const worst = results
    .filter((r) => !r.heldOut)
    .map((r) => ({ r, f: ((r.ours.precision ?? 0) + (r.ours.recall ?? 0)) / 2 }))
    .filter(({ f }) => f < 0.97)
    .sort((a, b) => a.f - b.f);
  const lines = worst.map(({ r }) => `  ${r.id.slice(0, 12)}  P ${f3(r.ours.precision ?? 0)}  R ${f3(r.ours.recall ?? 0)}  ${r.error ? `(${r.error}) ` : ''}${r.url ?? ''}`);
  const meta = results
    .filter((r) => !r.heldOut && r.article)
    .flatMap((r) => [
      ...(r.gold.title && !sameTitle(r.article!.title, r.gold.title) ? [`  ${r.id.slice(0, 12)}  title ${JSON.stringify(r.article!.title)}, expected ${JSON.stringify(r.gold.title)}`] : []),
      ...(r.gold.published && r.article!.published !== r.gold.published ? [`  ${r.id.slice(0, 12)}  date ${r.article!.published ?? '(none)'}, expected ${r.gold.published}`] : []),
    ]);
  return [`Development pages below 0.97 (held-out misses are not shown):`, ...lines, '', 'Development metadata misses:', ...(meta.length ? meta : ['  none'])].join('\n');
}

export function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { pages: { type: 'string' }, misses: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const dir = resolve(values.pages ?? DEFAULT_PAGES);
  if (!existsSync(join(dir, 'ground-truth.json'))) {
    process.stderr.write(`${dir} has no ground-truth.json (expected html/<id>.html.gz beside it).\n${USAGE}\n`);
    return 2;
  }
  const results = evaluate(dir);
  const sets: [string, SetSummary][] = [
    ['development (0-b)', summarise(results.filter((r) => !r.heldOut))],
    ['held out (c-f)', summarise(results.filter((r) => r.heldOut))],
    ['all', summarise(results)],
  ];
  if (values.json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(sets))}\n`);
    return 0;
  }
  process.stdout.write(`${report(dir, sets)}\n`);
  if (values.misses) process.stdout.write(`\n${missesOf(results)}\n`);
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) process.exitCode = main(process.argv.slice(2));
