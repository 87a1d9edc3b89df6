/**
 * Writes src/core/knowledge/data/organisation-names.txt: the companies,
 * organisations, bands and sports teams compromise 14's lexicon knows by name
 * ("microsoft", "costco", "reuters" is not among them), lower-case, one a line.
 * News writes a company as it writes a person ("Costco said", "Microsoft
 * argues"), so no sentence around a one-word name tells them apart; a list
 * kept with a well-used tagger does. Left out: its abbreviations of words
 * ("dept", "inc"), and names that are given names or WordNet's names of
 * people ("ford", "dell"): there the text decides, as for any name.
 *
 *   npx tsx scripts/organisationNames.ts    (needs the compromise dev dependency)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { FAMOUS_NAMES_FILE } from './famousNames.ts';
import { GIVEN_NAMES_FILE } from './givenNames.ts';

export const ORGANISATION_NAMES_FILE = fileURLToPath(new URL('../src/core/knowledge/data/organisation-names.txt', import.meta.url));

const ORGANISATION_TAGS = new Set(['Organization', 'Company', 'SportsTeam']);

/** The file's text: one name a line, sorted. */
export function organisationNamesFromCompromise(): string {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const people = new Set([GIVEN_NAMES_FILE, FAMOUS_NAMES_FILE].flatMap((file) => readFileSync(file, 'utf8').split('\n').filter(Boolean)));
  const names = new Set<string>();
  for (const [name, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (!tags.some((t) => ORGANISATION_TAGS.has(t)) || tags.includes('Abbreviation')) continue;
    if (!/^[\p{L}\d]/u.test(name) || people.has(name)) continue;
    names.add(name);
  }
  return `${[...names].sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = organisationNamesFromCompromise();
  writeFileSync(ORGANISATION_NAMES_FILE, text);
  console.log(`${text.split('\n').length - 1} organisation names written to ${ORGANISATION_NAMES_FILE}`);
}
