/**
 * `npm run eval [-- --set DIR] [--json] [--misses]`: scores briefbot on the
 * real-article evaluation sets and prints accuracy per category.
 *
 * Without --set it scores eval/dev (printing its misses) and eval/holdout
 * (printing only its numbers: those articles are kept out of development).
 * With --set it scores that folder and prints its misses.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { configureLog } from '../src/core/log.ts';
import { readGoldSet } from './gold.ts';
import { CATEGORIES, ratio, scoreSet, type SetScore } from './score.ts';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const BUILT_IN_SETS = { dev: `${HERE}dev`, holdout: `${HERE}holdout` } as const;

const USAGE = 'Usage: npm run eval [-- --set DIR] [--json] [--misses]';

const percent = (x: number) => `${(100 * x).toFixed(1)}%`;

function table(named: [string, SetScore][]): string {
  const head = ['category', ...named.map(([name, s]) => `${name} (${s.articles} articles)`)];
  const rows = CATEGORIES.map((category) => [
    category,
    ...named.map(([, s]) => {
      const score = s.scores[category];
      return `${percent(ratio(score))}  ${score.correct}/${score.total}`;
    }),
  ]);
  const widths = head.map((_, i) => Math.max(...[head, ...rows].map((r) => r[i]!.length)));
  return [head, ...rows].map((r) => r.map((cell, i) => cell.padEnd(widths[i]!)).join('   ')).join('\n');
}

function missesOf(score: SetScore): string {
  return score.misses.map((m) => `  [${m.category}] ${m.article}: ${m.asked}\n      expected: ${m.expected}\n      got:      ${m.got}`).join('\n');
}

export function main(argv: string[]): number {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { set: { type: 'string' }, json: { type: 'boolean' }, misses: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  configureLog({ level: 'error' });
  const sets: [string, string][] = values.set ? [[values.set, values.set]] : Object.entries(BUILT_IN_SETS);
  let named: [string, SetScore][];
  try {
    named = sets.map(([name, dir]) => [name, scoreSet(readGoldSet(dir))]);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n`);
    return 2;
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify(Object.fromEntries(named))}\n`);
    return 0;
  }
  process.stdout.write(`${table(named)}\n`);
  // The holdout set's misses are not shown: reading them would make it a development set.
  const shown = named.filter(([name]) => name !== 'holdout' || values.misses);
  for (const [name, score] of shown) {
    if (score.misses.length > 0) process.stdout.write(`\nMisses in ${name}:\n${missesOf(score)}\n`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) process.exitCode = main(process.argv.slice(2));
