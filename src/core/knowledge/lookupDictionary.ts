/**
 * The dictionary any text is read with to find what the articles know: every
 * form of every known name (full names, unambiguous surnames, abbreviations
 * the text defines, a company without "Inc."), and the topics articles are
 * filed under (their tags and section headings).
 *
 * It is built once per knowledge base, the first time a text is looked up.
 * Reading a text then costs a few hash lookups per word (a name is matched
 * word by word, longest first, and extended only while it is the start of a
 * known name), so a 4,000-character message costs the same on one article as
 * on thousands.
 */
import { sentencesOf } from '../content/article.ts';
import type { KnowledgeBase } from '../knowledge.ts';
import { foldText, isStopWord } from '../text/normalize.ts';
import type { Entity } from './entities.ts';

/** One word of a text, as names are compared. */
export interface TextWord {
  /** Folded, without a possessive ending: "Lodhi’s" -> "lodhi". */
  key: string;
  /** As written, without a possessive ending. */
  text: string;
  start: number;
  /** Starts with a capital letter or a digit. */
  capital: boolean;
  /** "Lodhi’s", "Smiths’": a name ends here. */
  possessive: boolean;
  /** Follows the previous word with only a space or a hyphen between them (or the dot of an initial), so both can be one name. */
  joined: boolean;
}

// Hyphens split words ("Isis-K" is "Isis K", as people also type it); apostrophes do not ("O’Brien").
const WORD = /[\p{L}\p{N}][\p{L}\p{N}’']*/gu;
const POSSESSIVE = /[’'][sS]?$/u;

export function wordsOf(text: string): TextWord[] {
  const words: TextWord[] = [];
  // The end of the previous word, whether it was a single letter (an initial) and whether a name ended there.
  let end = -1;
  let single = false;
  let ended = true;
  for (const match of text.matchAll(WORD)) {
    const raw = match[0];
    const possessive = raw.length > 2 && (raw.includes("'") || raw.includes('’')) && POSSESSIVE.test(raw);
    const bare = possessive ? raw.replace(POSSESSIVE, '') : raw;
    const joined = !ended && joins(text, end, match.index, single);
    words.push({ key: fold(bare), text: bare, start: match.index, capital: startsWithCapital(bare), possessive, joined });
    end = match.index + raw.length;
    single = bare.length === 1;
    ended = possessive;
  }
  return words;
}

/**
 * Whether the characters between two words let them be one name: spaces or
 * tabs, one hyphen ("Isis-K"), or, after an initial, its dot ("C. Martinez").
 * Read in place: a long message has hundreds of gaps.
 */
function joins(text: string, from: number, to: number, afterInitial: boolean): boolean {
  const first = text.charCodeAt(from);
  if (to - from === 1 && (first === 0x2d || first === 0x2010 || first === 0x2011)) return true;
  let i = from;
  if (afterInitial && first === 0x2e) i++;
  if (i === to) return i > from;
  for (; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x09) return false;
  }
  return afterInitial && first === 0x2e ? to - from <= 2 : true;
}

// A message is mostly plain ASCII words: those need no Unicode folding (the costly part of reading 4,000 characters).
const ASCII = /^[\x00-\x7f]*$/;
const fold = (word: string) => (ASCII.test(word) ? word.toLowerCase() : foldText(word));

function startsWithCapital(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 0x80) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return /^[\p{Lu}\p{Lt}\p{N}]/u.test(word);
}

const keyOf = (words: TextWord[]) => words.map((w) => w.key).join(' ');
const lettersIn = (text: string) => text.replace(/[^\p{L}]/gu, '');

/** A form of a name, as the dictionary files it. */
interface NameEntry {
  entity: Entity;
  /** As the articles write it: what a lookup restates. */
  form: string;
  /** Also found written in lower case ("maleeha lodhi", "ttp"); a single ordinary-looking word is not ("smith", "post"). */
  caseless: boolean;
  /** A form of one or two letters ("US", "UN") is found only written exactly so: "us" and "Us" are words. */
  exactly?: string;
}

/** A topic an article is filed under: a tag, or a section heading. */
export interface TopicEntry {
  label: string;
  /** Its word stems, without stop words: a text names the topic when it has them all, close together. */
  stems: string[];
  /** The sentence that opens what the articles say under it, and its passage. */
  sentence: string;
  passageId: string;
}

export interface LookupDictionary {
  names: Map<string, NameEntry>;
  /** Every name's first words ("tehreek", "tehreek i", …): a match is extended only while it is one of these. */
  prefixes: Set<string>;
  /** Multi-word names as one word ("isisk" for Isis-K), for texts that write them so. */
  compact: Map<string, NameEntry>;
  /** First words of names that may be written in lower case. */
  caselessStarts: Set<string>;
  maxWords: number;
  topicsByAnchor: Map<string, TopicEntry[]>;
  /** The sentence that defines an abbreviation ("… Tehreek-i-Taliban Pakistan (TTP) …"), by the folded long form. */
  definitions: Map<string, { passageId: string; sentence: string }>;
  /** The most discussed names, for a text that names none. */
  mostMentioned: string[];
}

const built = new WeakMap<KnowledgeBase, LookupDictionary>();

export function lookupDictionary(kb: KnowledgeBase): LookupDictionary {
  let dictionary = built.get(kb);
  if (!dictionary) built.set(kb, (dictionary = buildDictionary(kb)));
  return dictionary;
}

function buildDictionary(kb: KnowledgeBase): LookupDictionary {
  const dictionary: LookupDictionary = {
    names: new Map(),
    prefixes: new Set(),
    compact: new Map(),
    caselessStarts: new Set(),
    maxWords: 1,
    topicsByAnchor: new Map(),
    definitions: new Map(),
    mostMentioned: [],
  };
  // People first, then the most mentioned: a form two entities share names the one a reader most likely means.
  const ordered = [...kb.entities].sort((a, b) => Number(b.kind === 'person') - Number(a.kind === 'person') || b.mentions.length - a.mentions.length);
  for (const entity of ordered) {
    const forms = [entity.name, ...entity.aliases];
    if (/^the\s/i.test(entity.name)) forms.push(entity.name.replace(/^the\s+/i, ''));
    for (const form of forms) addName(dictionary, entity, form);
  }
  dictionary.mostMentioned = ordered
    .slice()
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, 5)
    .map((e) => e.name);
  for (const alias of kb.aliases) {
    const passage = kb.passageById.get(alias.passageId);
    const sentence = passage && sentencesOf(passage).find((s) => s.text.includes(`(${alias.short})`))?.text;
    const key = foldText(alias.long);
    if (passage && sentence && !dictionary.definitions.has(key)) dictionary.definitions.set(key, { passageId: passage.id, sentence });
  }
  addTopics(dictionary, kb);
  return dictionary;
}

function addName(dictionary: LookupDictionary, entity: Entity, form: string): void {
  const words = wordsOf(form);
  const letters = lettersIn(form);
  if (words.length === 0 || letters.length < 2) return;
  const key = keyOf(words);
  if (dictionary.names.has(key)) return;
  const entry: NameEntry = { entity, form, caseless: isCaseless(form, words), ...(letters.length <= 2 ? { exactly: letters } : {}) };
  dictionary.names.set(key, entry);
  for (let n = 1; n < words.length; n++) dictionary.prefixes.add(keyOf(words.slice(0, n)));
  dictionary.maxWords = Math.max(dictionary.maxWords, words.length);
  if (entry.caseless) dictionary.caselessStarts.add(words[0]!.key);
  if (words.length > 1) {
    const compact = words.map((w) => w.key.replace(/[’']/g, '')).join('');
    if (!dictionary.compact.has(compact)) dictionary.compact.set(compact, entry);
  }
}

/**
 * Whether a form is still recognisable in lower case: several words with a
 * real one among them ("maleeha lodhi", "isis k"), an abbreviation of three
 * letters or more ("ttp"), or a name the articles themselves start in lower
 * case ("al-Qaeda"). One capitalised word is not: in lower case it is mostly
 * an ordinary word ("smith", "post", "state").
 */
function isCaseless(form: string, words: TextWord[]): boolean {
  if (!words[0]!.capital) return true;
  const letters = words.map((w) => lettersIn(w.text).length);
  if (words.length > 1) return letters.some((n) => n >= 4) && letters.reduce((a, b) => a + b, 0) >= 5;
  const abbreviation = /^\p{Lu}[\p{Lu}\p{N}.&-]*$/u.test(form) && lettersIn(form).length >= 3;
  return abbreviation && !isStopWord(foldText(form));
}

/** A found name: the entity, where its form starts (word index), and how many words it spans. */
export interface NameHit {
  entity: Entity;
  form: string;
  word: number;
  words: number;
}

/** Every known name in the text, reading left to right and taking the longest name at each word. */
export function findNames(dictionary: LookupDictionary, words: TextWord[]): NameHit[] {
  const hits: NameHit[] = [];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (!first.capital && !dictionary.caselessStarts.has(first.key)) continue;
    let best: { entry: NameEntry; words: number } | undefined;
    let key = '';
    for (let n = 1; n <= dictionary.maxWords && i + n <= words.length; n++) {
      const word = words[i + n - 1]!;
      if (n > 1 && !word.joined) break;
      key = n === 1 ? word.key : `${key} ${word.key}`;
      const entry = dictionary.names.get(key) ?? singular(dictionary, key, word);
      if (entry && accepts(entry, words.slice(i, i + n))) best = { entry, words: n };
      if (word.possessive || !dictionary.prefixes.has(key)) break;
    }
    if (!best && first.capital) {
      // "ISISK" for Isis-K: a multi-word name written as one word.
      const entry = dictionary.compact.get(first.key.replace(/[’']/g, ''));
      if (entry) best = { entry, words: 1 };
    }
    if (!best) continue;
    hits.push({ entity: best.entry.entity, form: best.entry.form, word: i, words: best.words });
    i += best.words - 1;
  }
  return hits;
}

/** "Tajiks" for Tajik, "the Uyghurs" for Uyghur: a plural of a known name's last word. */
function singular(dictionary: LookupDictionary, key: string, word: TextWord): NameEntry | undefined {
  if (word.key.length < 4 || !word.key.endsWith('s') || word.key.endsWith('ss')) return undefined;
  return dictionary.names.get(key.slice(0, -1));
}

function accepts(entry: NameEntry, span: TextWord[]): boolean {
  if (entry.exactly !== undefined) return lettersIn(span.map((w) => w.text).join('')) === entry.exactly;
  return span[0]!.capital || entry.caseless;
}

// ---------------------------------------------------------------- topics

/**
 * A word's stem, crudely: enough that "Chinese investments are endangered"
 * meets the heading "Endangering Chinese Investments". Both sides of every
 * comparison go through here, so only consistency matters.
 */
export function stemOf(word: string): string {
  let stem = word;
  if (stem.length > 4 && stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.length > 3 && stem.endsWith('s') && !stem.endsWith('ss') && !stem.endsWith('us') && !stem.endsWith('is')) stem = stem.slice(0, -1);
  if (stem.length >= 7 && stem.endsWith('ing')) stem = stem.slice(0, -3);
  else if (stem.length >= 6 && stem.endsWith('ed')) stem = stem.slice(0, -2);
  if (stem.length > 4 && stem.endsWith('e')) stem = stem.slice(0, -1);
  return stem;
}

/** The stems of a text's content words, each with the word positions it occurs at (at most a few dozen each). */
export function stemsOf(words: TextWord[]): Map<string, number[]> {
  const stems = new Map<string, number[]>();
  words.forEach(({ key }, position) => {
    if (key.length < 3 || isStopWord(key)) return;
    const stem = stemOf(key);
    const at = stems.get(stem);
    if (!at) stems.set(stem, [position]);
    else if (at.length < MAX_POSITIONS) at.push(position);
  });
  return stems;
}

const MAX_POSITIONS = 50;
/** A topic's words must all occur within this many words of one another. */
const TOPIC_WINDOW = 20;

function addTopics(dictionary: LookupDictionary, kb: KnowledgeBase): void {
  const topics: TopicEntry[] = [];
  const seen = new Set<string>();
  const add = (label: string, minimumStems: number, opening: () => { sentence: string; passageId: string } | undefined) => {
    const key = foldText(label).trim();
    // A topic that is a known name is found as that name.
    if (!key || seen.has(key) || dictionary.names.has(keyOf(wordsOf(label)))) return;
    seen.add(key);
    const stems = [...stemsOf(wordsOf(label)).keys()];
    if (stems.length < minimumStems) return;
    const found = opening();
    if (found) topics.push({ label, stems, ...found });
  };
  for (const article of kb.articles) {
    for (const tag of article.tags) {
      // A tag is one word or two ("energy", "human rights"): what the article is about, so one word is enough.
      add(tag, 1, () => {
        const stems = [...stemsOf(wordsOf(tag)).keys()];
        for (const passage of article.passages) {
          for (const sentence of sentencesOf(passage)) {
            const own = stemsOf(wordsOf(sentence.text));
            if (stems.every((s) => own.has(s))) return { sentence: sentence.text, passageId: passage.id };
          }
        }
        const lead = article.passages[0];
        const first = lead && sentencesOf(lead)[0];
        return lead && first ? { sentence: first.text, passageId: lead.id } : undefined;
      });
    }
    for (const passage of article.passages) {
      // A heading of one word ("Background", "Reaction") names no topic a text could be about.
      if (passage.section) add(passage.section, 2, () => (passage.sentenceBounds.length > 0 ? { sentence: openingOf(sentencesOf(passage).map((s) => s.text)), passageId: passage.id } : undefined));
    }
  }
  // Each topic is filed under its rarest stem: a text's word then leads only to the few topics it could complete.
  const frequency = new Map<string, number>();
  for (const topic of topics) for (const stem of topic.stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  for (const topic of topics) {
    const anchor = topic.stems.reduce((a, b) => (frequency.get(b)! < frequency.get(a)! ? b : a));
    dictionary.topicsByAnchor.set(anchor, [...(dictionary.topicsByAnchor.get(anchor) ?? []), topic]);
  }
}

/** The first sentence that says something (a dateline or a fragment of a few words is skipped). */
function openingOf(sentences: string[]): string {
  return sentences.find((s) => s.length >= 30) ?? sentences[0]!;
}

/** A found topic, and the word position of its first occurrence. */
export interface TopicHit {
  topic: TopicEntry;
  word: number;
}

/** The topics whose words the text has, all within a few words of one another. */
export function findTopics(dictionary: LookupDictionary, stems: Map<string, number[]>): TopicHit[] {
  const hits: TopicHit[] = [];
  for (const [stem, positions] of stems) {
    for (const topic of dictionary.topicsByAnchor.get(stem) ?? []) {
      const at = positions.find((p) => topic.stems.every((s) => stems.get(s)?.some((q) => Math.abs(q - p) <= TOPIC_WINDOW)));
      if (at !== undefined) hits.push({ topic, word: at });
    }
  }
  return hits.sort((a, b) => a.word - b.word);
}
