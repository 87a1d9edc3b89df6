/**
 * Splits a paragraph into sentences, keeping character offsets so a sentence
 * can always be traced back to the exact place in its passage.
 */

import { alternatives, lowerCased, MONTH_ABBREVIATIONS, MONTH_PREFIXES, WEEKDAY_NAMES } from './calendar.ts';

export interface SentenceSpan {
  text: string;
  start: number;
}

/**
 * Sentences as a passage keeps them: offsets into its text, [start, end,
 * start, end, …]. Kept as spans, each with its text cut out, a passage's
 * sentences took more memory than the text itself; they are cut when read.
 */
export type SentenceBounds = readonly number[];

export function boundsOf(spans: readonly SentenceSpan[]): SentenceBounds {
  // Sized once: an array grown by push keeps spare room, and there is one per passage.
  const bounds = new Array<number>(spans.length * 2);
  for (const [i, span] of spans.entries()) {
    bounds[2 * i] = span.start;
    bounds[2 * i + 1] = span.start + span.text.length;
  }
  return bounds;
}

/** The sentences at these bounds of the text. */
export function sentencesAt(text: string, bounds: SentenceBounds): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (let i = 0; i < bounds.length; i += 2) spans.push({ text: text.slice(bounds[i], bounds[i + 1]), start: bounds[i]! });
  return spans;
}

// A period after these never ends a sentence ("Mr. Smith", "U.S. officials").
const ABBREVIATIONS = new Set(
  ('mr mrs ms dr prof sr jr st mt gen col capt lt sgt maj cmdr adm gov sen rep rev hon pres vs etc e.g i.e ' +
    // Titles before a name, and what qualifies them: "Supt. Jo Doe", "Asst. Chief Al Roe".
    'supt det insp amb atty cpl asst assoc brig coun ald ' +
    // Plural titles before a list of names: "Sens. Jo Doe and Al Roe".
    'messrs drs profs sens reps govs gens ' +
    `no nos vol fig ${lowerCased(MONTH_ABBREVIATIONS).join(' ')} inc ltd co corp pvt dept est approx u.s u.k u.n e.u`).split(' '),
);

// A sentence ends at . ! ? (possibly several, or an ellipsis), optionally
// followed by closing quotes/brackets, then whitespace.
const BOUNDARY = /([.!?…]+)(["'”’)\]]*)(\s+)/g;

// The Associated Press's abbreviations of US states, as datelines and places write them after a city: "HAYWARD, Calif.".
const STATES_AFTER_CITY = new Set(
  'ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont neb nev okla ore pa tenn vt va wash wis wyo'.split(' '),
);

function endsWithAbbreviation(textBefore: string): boolean {
  const lastWord = /([\p{L}.]+)$/u.exec(textBefore)?.[1] ?? '';
  const word = lastWord.toLowerCase().replace(/\.$/, '');
  if (ABBREVIATIONS.has(word)) return true;
  // ("the Santa Barbara (Calif.) News-Press": or in brackets.)
  if (STATES_AFTER_CITY.has(word) && /^\p{Lu}/u.test(lastWord) && /\p{L}(?:,\s+|\s+\()[\p{L}.]+$/u.test(textBefore)) return true;
  // "Palm Bay d. Rockledge", "Roe v. Wade": a single lower-case letter is an abbreviation.
  if (/^\p{Ll}$/u.test(lastWord)) return true;
  // A single capital letter is an initial ("John F. Kennedy"), and so are several ("J.J. Abrams").
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(lastWord);
}

/**
 * "…as chairman of Australian Broadcasting Corp. His departure deepens …": a company's suffix ends the sentence when a
 * pronoun or an article opens the next, as no company's name goes on.
 */
function endsAfterCompany(textBefore: string, next: string): boolean {
  return COMPANY_SUFFIX_AT_END.test(textBefore) && SENTENCE_OPENER.test(next);
}
const COMPANY_SUFFIX_AT_END = /\s(?:Inc|Ltd|Co|Corp|Plc|PLC|LLC)$/;
const SENTENCE_OPENER = /^["“]?(?:He|She|It|They|We|His|Her|Its|Their|Our|The|This|That|These|Those|But|However)\s/;

// After a clock time ("10 a.m."), a day, a month or a time zone goes on with the same sentence: "at 10 a.m. Friday, Dec. 6".
const CLOCK_CONTINUES = new RegExp(`^(?:${alternatives(WEEKDAY_NAMES)}|(?:${alternatives(MONTH_PREFIXES)})[a-z]*\\.?\\s+\\d|[ECMP][SD]?T\\b|GMT\\b|UTC\\b|local\\b)`);

/** A quotation longer than this is not held together: an unbalanced mark must not swallow a paragraph. */
const MAX_HELD_QUOTE = 600;

/**
 * Quotations that end inside a larger sentence — `"Our reefs feed us. We cannot
 * wait," she said.` — as [open, close] offsets. Splitting inside one would
 * leave "We cannot wait," she said. without the words it attributes.
 */
function quotesWithinSentences(paragraph: string): [number, number][] {
  const held: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < paragraph.length; i++) {
    const ch = paragraph[i];
    if (ch === '“' || (ch === '"' && open === -1)) open = i;
    else if ((ch === '”' || ch === '"') && open !== -1) {
      const attributed = paragraph[i - 1] === ',' || /^\s+\p{Ll}/u.test(paragraph.slice(i + 1, i + 3));
      if (attributed && i - open <= MAX_HELD_QUOTE) held.push([open, i]);
      open = -1;
    }
  }
  return held;
}

export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  const held = /["“]/.test(paragraph) ? quotesWithinSentences(paragraph) : [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    if (held.some(([open, close]) => open < match.index && match.index < close)) continue;
    const end = match.index + match[1]!.length + match[2]!.length;
    const next = paragraph.slice(end + match[3]!.length);
    // The next sentence must start like one: a capital, a digit or an opening quote.
    if (!/^["'“‘(\[]?[\p{Lu}\p{N}]/u.test(next)) continue;
    if (match[1] === '.' && endsWithAbbreviation(paragraph.slice(start, match.index)) && !endsAfterCompany(paragraph.slice(start, match.index), next)) continue;
    if (match[1] === '.' && /\b[ap]\.m$/i.test(paragraph.slice(start, match.index)) && CLOCK_CONTINUES.test(next)) continue;
    pushSpan(spans, paragraph, start, end);
    start = end + match[3]!.length;
  }
  pushSpan(spans, paragraph, start, paragraph.length);
  return spans;
}

function pushSpan(spans: SentenceSpan[], paragraph: string, start: number, end: number): void {
  const raw = paragraph.slice(start, end);
  const text = raw.trim();
  if (text) spans.push({ text, start: start + raw.indexOf(text) });
}

/**
 * Whether a line heads what follows rather than saying something: one that ends in a colon ("The Latest on a deadly
 * stabbing (all times local):"), or a headline in title case. Neither is a sentence a summary or a lead reads.
 */
export function isHeading(sentence: string): boolean {
  return /:\s*$/.test(sentence) || isHeadline(sentence);
}

// Words a headline leaves in lower case.
const HEADLINE_SMALL_WORDS = new Set('a an the of at to in on for and or but nor with by from as vs via into over up'.split(' '));

/**
 * "Man Shot at Dallas Gas Station Dies at Hospital": a line in title case, with no comma and no full stop, is
 * a headline (another story's, or a heading). Every word is capitalised there, so no run of capitals in it
 * says where a name starts or ends; names it holds are found where the text writes them in sentences.
 */
export function isHeadline(sentence: string): boolean {
  const text = sentence.trim();
  if (/[,;.!?:]["”’']?$/.test(text) || text.includes(',')) return false;
  const words = text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter((w) => /\p{L}/u.test(w));
  if (words.length < 5) return false;
  const content = words.filter((w) => !HEADLINE_SMALL_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
  return content.length >= 4 && content.every((w) => /^\p{Lu}/u.test(w));
}
