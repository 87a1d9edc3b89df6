/**
 * Pass 2 of reading entities: who each passage mentions, by looking the words of its sentences up in
 * the resolved name forms, and what they said there ("he said" carried to the person last named as speaking).
 */
import { sentencesOf, type Passage } from '../content/article.ts';
import { classOf, codePointAt, codePointBefore, LETTER, NUMBER, UPPERCASE, widthOf } from '../text/characters.ts';
import { foldText } from '../text/normalize.ts';
import type { Entity, Statement } from './entities.ts';
import { keptList } from './lists.ts';
import { nameAsModifier } from './names.ts';
import { PRONOUN_SPEAKER, SPEECH_VERB, SPEECH_VERBS } from './speech.ts';

/** How far back (in paragraphs) "he said" may reach for its speaker. */
const PRONOUN_REACH = 3;

/**
 * Who one passage mentions and what they said, and whom "he said" points at
 * after it. Kept for every passage (an update starts from them), so none of it
 * is changed once read: a passage with nothing to hold shares an empty list,
 * and the passages a speaker carries over share one speaker.
 */
export interface PassageMentions {
  /** Keys of the entities the passage mentions, each once. */
  readonly keys: readonly string[];
  /** What they said there, in reading order. */
  readonly quotes: readonly { key: string; statement: Statement }[];
  /** The speaker a later "he said" refers to, and the paragraph they last spoke in. */
  readonly speakerAfter: Readonly<{ key: string; paragraph: number }> | undefined;
}

/** Each passage's mentions, by passage id, for one article. */
export type ArticleMentions = Map<string, PassageMentions>;

type Speaker = PassageMentions['speakerAfter'];

/** Pass 2 over one passage, given whom "he said" pointed at before it. */
function readPassageMentions(passage: Passage, forms: Map<string, Entity>, speakerBefore: Speaker): PassageMentions {
  const keys: string[] = [];
  const quotes: { key: string; statement: Statement }[] = [];
  let speaker = speakerBefore;
  for (const { text: sentence } of sentencesOf(passage)) {
    const found = mentionsIn(sentence, forms);
    for (const { entity } of found) mention(keys, entity.key);
    if (!SPEECH_VERB.test(sentence)) continue;
    const statement = { text: sentence, passageId: passage.id, sentence };
    const named = speakerOf(sentence, found);
    if (named) {
      quote(quotes, named.key, statement);
      speaker = { key: named.key, paragraph: passage.paragraph };
    } else if (speaker && passage.paragraph - speaker.paragraph <= PRONOUN_REACH && PRONOUN_SPEAKER.test(sentence)) {
      quote(quotes, speaker.key, statement);
      mention(keys, speaker.key);
      speaker = { key: speaker.key, paragraph: passage.paragraph };
    }
  }
  return { keys: keptList(keys), quotes: keptList(quotes), speakerAfter: speaker };
}

function mention(keys: string[], key: string): void {
  if (!keys.includes(key)) keys.push(key);
}

function quote(quotes: { key: string; statement: Statement }[], key: string, statement: Statement): void {
  if (!quotes.some((q) => q.key === key && q.statement.text === statement.text)) quotes.push({ key, statement });
}

/** Pass 2 over one article, in reading order so "he said" finds its speaker. */
export function readMentions(passages: Passage[], forms: Map<string, Entity>): ArticleMentions {
  const byPassage: ArticleMentions = new Map();
  let speaker: Speaker;
  for (const passage of passages) {
    const read = readPassageMentions(passage, forms, speaker);
    byPassage.set(passage.id, read);
    speaker = read.speakerAfter;
  }
  return byPassage;
}

const sameSpeaker = (a: Speaker, b: Speaker) => a?.key === b?.key && a?.paragraph === b?.paragraph;

/**
 * Reads an article's mentions again in the given passages, keeping the rest:
 * after each, while "he said" points elsewhere than it did, the next passage
 * is read too. Returns the passages whose reading changed, with their reading before.
 */
export function rereadMentions(passages: Passage[], forms: Map<string, Entity>, old: ArticleMentions, only: Set<string>): Map<string, PassageMentions | undefined> {
  const hits = passages.flatMap((p, i) => (only.has(p.id) ? [i] : []));
  const changed = new Map<string, PassageMentions | undefined>();
  let i = hits[0] ?? passages.length;
  while (i < passages.length) {
    const passage = passages[i]!;
    const before = old.get(passage.id);
    const speaker = i > 0 ? old.get(passages[i - 1]!.id)?.speakerAfter : undefined;
    const read = readPassageMentions(passage, forms, speaker);
    old.set(passage.id, read);
    if (!before || JSON.stringify(before) !== JSON.stringify(read)) changed.set(passage.id, before);
    const settled = before !== undefined && sameSpeaker(before.speakerAfter, read.speakerAfter);
    // Settled: the passages up to the next one to read keep their old reading.
    i = settled ? (hits.find((h) => h > i) ?? passages.length) : i + 1;
  }
  return changed;
}

const MAX_NAME_WORDS = 7;

/**
 * The forms' keys cut before each of their spaces ("united", "united states" of "united states of america"):
 * a span whose key is none of these reaches no form however far it goes on. Made once per form index
 * (which is never changed once built).
 */
const formPrefixes = new WeakMap<Map<string, Entity>, { size: number; prefixes: Set<string> }>();

function prefixesOfForms(forms: Map<string, Entity>): Set<string> {
  const known = formPrefixes.get(forms);
  if (known && known.size === forms.size) return known.prefixes;
  const prefixes = new Set<string>();
  for (const form of forms.keys()) for (let space = form.indexOf(' '); space >= 0; space = form.indexOf(' ', space + 1)) prefixes.add(form.slice(0, space));
  formPrefixes.set(forms, { size: forms.size, prefixes });
  return prefixes;
}

/** Entities named in a sentence, found by looking word n-grams up in the form index. */
export function mentionsIn(sentence: string, forms: Map<string, Entity>): { entity: Entity; start: number; end: number }[] {
  const prefixes = prefixesOfForms(forms);
  const found: { entity: Entity; start: number; end: number }[] = [];
  let at = 0;
  while (at < sentence.length) {
    // A mention opens with a capital: the search jumps to the next capital or character beyond ASCII.
    CAPITAL_OR_WIDE.lastIndex = at;
    if (!CAPITAL_OR_WIDE.test(sentence)) break;
    const candidate = CAPITAL_OR_WIDE.lastIndex - 1;
    if (insideMentionWord(sentence, candidate)) {
      // The rest of a word that opened with a small letter or a digit ("iPhone").
      at = mentionWordEnd(sentence, candidate);
      continue;
    }
    if (!startsUppercaseAt(sentence, candidate)) {
      at = candidate + 1;
      continue;
    }
    // The spans from this word, shortest first, each the one before it and the next word (folding words
    // joined by spaces is joining them folded), while some form goes on that far: the longest span that is
    // a form is the mention.
    let wordStart = candidate;
    let wordStop = mentionWordEnd(sentence, wordStart);
    let nameStop = nameEnd(sentence, wordStart, wordStop);
    let key = foldText(sentence.slice(wordStart, nameStop));
    let entity: Entity | undefined;
    let end = 0;
    let after = wordStop;
    for (let n = 1; n <= MAX_NAME_WORDS; n++) {
      if (n > 1) {
        wordStart = nextMentionWord(sentence, wordStop);
        if (wordStart < 0) break;
        wordStop = mentionWordEnd(sentence, wordStart);
        nameStop = nameEnd(sentence, wordStart, wordStop);
        key = `${key} ${foldText(sentence.slice(wordStart, nameStop))}`;
      }
      const named = forms.get(key);
      if (named) {
        entity = named;
        end = nameStop;
        after = wordStop;
      }
      // ("a Taylor Swift-themed club": a name made a modifier goes no further.)
      if (!prefixes.has(key) || nameStop !== possessiveEnd(sentence, wordStart, wordStop)) break;
    }
    if (entity) found.push({ entity, start: candidate, end });
    at = after;
  }
  return found;
}

// What may open a mention: a capital, or any character beyond ASCII (told apart by classOf).
const CAPITAL_OR_WIDE = /[A-Z\u0080-\uffff]/g;

/**
 * Words as mentionsIn reads them: `/[\p{L}\p{N}][\p{L}\p{N}’'&-]*|&/gu` ("&" joins a name's words as a word of
 * its own, "Procter & Gamble", or inside one, "AT&T", "PG&E").
 */
function isMentionWordCharacter(codePoint: number): boolean {
  if (codePoint < 128) {
    return (codePoint >= 97 && codePoint <= 122) || (codePoint >= 65 && codePoint <= 90) || (codePoint >= 48 && codePoint <= 57) || codePoint === 0x27 || codePoint === 0x26 || codePoint === 0x2d;
  }
  return codePoint === 0x2019 || (classOf(codePoint) & (LETTER | NUMBER)) !== 0;
}

/** Whether a word opens with this character: a letter or a digit (or "&", a word of its own). */
function opensMentionWord(codePoint: number): boolean {
  if (codePoint < 128) return (codePoint >= 97 && codePoint <= 122) || (codePoint >= 65 && codePoint <= 90) || (codePoint >= 48 && codePoint <= 57);
  return (classOf(codePoint) & (LETTER | NUMBER)) !== 0;
}

/** Where the word that opens at `start` ends ("&" alone is a word of one character). */
function mentionWordEnd(sentence: string, start: number): number {
  const first = codePointAt(sentence, start);
  if (first === 0x26) return start + 1;
  let at = start + widthOf(first);
  while (at < sentence.length) {
    const codePoint = codePointAt(sentence, at);
    if (!isMentionWordCharacter(codePoint)) break;
    at += widthOf(codePoint);
  }
  return at;
}

/** Where the next word opens at or after `from`, or -1. */
function nextMentionWord(sentence: string, from: number): number {
  for (let at = from; at < sentence.length; ) {
    const codePoint = codePointAt(sentence, at);
    if (codePoint === 0x26 || opensMentionWord(codePoint)) return at;
    at += widthOf(codePoint);
  }
  return -1;
}

/** Whether `at` lies inside a word that opened before it (a letter or digit before it, only word characters between). */
function insideMentionWord(sentence: string, at: number): boolean {
  if (!isMentionWordCharacter(codePointAt(sentence, at))) return false;
  let i = at;
  while (i > 0) {
    const codePoint = codePointBefore(sentence, i);
    if (opensMentionWord(codePoint)) return true;
    if (!isMentionWordCharacter(codePoint)) return false;
    i -= widthOf(codePoint);
  }
  return false;
}

/** Where the name in the word ends: before a possessive, or before the hyphen of a name made a modifier ("Swift-themed"). */
function nameEnd(sentence: string, start: number, end: number): number {
  const stop = possessiveEnd(sentence, start, end);
  // Only the word is looked at: most words have no hyphen.
  const word = sentence.slice(start, stop);
  const modifier = word.includes('-') ? nameAsModifier(word) : undefined;
  return modifier ? start + modifier.length : stop;
}

/** Where the word ends without a trailing apostrophe or possessive ’s: what `/[’']s?$/u` would strip. */
function possessiveEnd(sentence: string, start: number, end: number): number {
  const last = sentence.charCodeAt(end - 1);
  if (last === 0x27 || last === 0x2019) return end - 1;
  if (last === 0x73 && end - start >= 2) {
    const before = sentence.charCodeAt(end - 2);
    if (before === 0x27 || before === 0x2019) return end - 2;
  }
  return end;
}

/** `/^\p{Lu}/u` of the word at `at`, with ASCII letters told by their code alone. */
function startsUppercaseAt(sentence: string, at: number): boolean {
  const first = sentence.charCodeAt(at);
  if (first < 0x80) return first >= 0x41 && first <= 0x5a;
  return (classOf(codePointAt(sentence, at)) & UPPERCASE) !== 0;
}

/** The person a quoting sentence attributes its words to: the named person nearest a speech verb. */
function speakerOf(sentence: string, found: { entity: Entity; start: number; end: number }[]): Entity | undefined {
  const people = found.filter((f) => f.entity.kind === 'person');
  if (people.length === 0) return undefined;
  const verbs = [...sentence.matchAll(SPEECH_VERBS)].map((m) => m.index);
  let best: { entity: Entity; distance: number } | undefined;
  for (const person of people) {
    for (const verb of verbs) {
      const distance = verb >= person.end ? verb - person.end : person.start - verb;
      if (!best || distance < best.distance) best = { entity: person.entity, distance };
    }
  }
  return best?.entity;
}
