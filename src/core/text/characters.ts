/**
 * Character classes told by code, for code that reads every word of a corpus
 * and cannot afford a regular expression (and a match object) per word. ASCII
 * is told by a table; any other character is asked of the Unicode property
 * once and remembered. The classes are exactly the patterns' own: a letter is
 * `\p{L}`, a space is `\s`.
 */

export const LETTER = 1;
export const NUMBER = 2;
export const UPPERCASE = 4;
export const LOWERCASE = 8;
export const SPACE = 16;
const KNOWN = 128;

const basic = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(codePoint: number): number {
  const char = String.fromCodePoint(codePoint);
  return (
    KNOWN |
    (/\p{L}/u.test(char) ? LETTER : 0) |
    (/\p{N}/u.test(char) ? NUMBER : 0) |
    (/\p{Lu}/u.test(char) ? UPPERCASE : 0) |
    (/\p{Ll}/u.test(char) ? LOWERCASE : 0) |
    (/\s/u.test(char) ? SPACE : 0)
  );
}

for (let code = 0; code < 128; code++) basic[code] = classify(code);

/** The classes of a code point (a lone surrogate is none of them, as the patterns have it). */
export function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    let classes = basic[codePoint]!;
    if (classes === 0) basic[codePoint] = classes = classify(codePoint);
    return classes;
  }
  let classes = astral.get(codePoint);
  if (classes === undefined) astral.set(codePoint, (classes = classify(codePoint)));
  return classes;
}

/** The code point at `i`, reading a surrogate pair whole, as a pattern with the `u` flag does. */
export function codePointAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0xd800 || code > 0xdbff || i + 1 >= text.length) return code;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : code;
}

/** How many UTF-16 units a code point takes. */
export const widthOf = (codePoint: number): number => (codePoint > 0xffff ? 2 : 1);

/** The code point that ends at `end` (exclusive), reading a surrogate pair whole. */
export function codePointBefore(text: string, end: number): number {
  const code = text.charCodeAt(end - 1);
  if (code < 0xdc00 || code > 0xdfff || end < 2) return code;
  const high = text.charCodeAt(end - 2);
  return high >= 0xd800 && high <= 0xdbff ? (high - 0xd800) * 0x400 + (code - 0xdc00) + 0x10000 : code;
}

/** Where the last of these characters (UTF-16 units) stands in `text.slice(0, end)`, or -1. */
export function lastIndexOfAny(text: string, characters: string, end = text.length): number {
  for (let i = end - 1; i >= 0; i--) if (characters.includes(text[i]!)) return i;
  return -1;
}

/** Whether only spaces and opening quotation marks stand before `at`: what stands there opens the sentence. */
export function opensSentence(sentence: string, at: number): boolean {
  return /^[\s“"]*$/.test(sentence.slice(0, at));
}

/** Whether `text.slice(from, to)` is all spaces (`/^\s*$/`, or `trim() === ''`), without slicing. */
export function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) continue;
    // No space is a surrogate: one unit at a time is enough.
    if ((classOf(code) & SPACE) === 0) return false;
  }
  return true;
}

const isWordCharacter = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;

/**
 * The run of `\w` characters (ASCII, as a pattern without the `u` flag has them) that ends where the spaces
 * ending `sentence.slice(from, to)` begin, in lower case: "said" of "…said  "; "" when the text ends otherwise.
 * Not `spaced`: the run that ends the text itself ("said" of "…said"; "" after a space).
 */
export function lastWordBefore(sentence: string, from: number, to: number, spaced = true): string {
  let end = to;
  while (end > from && isBlank(sentence, end - 1, end)) end--;
  if (spaced === (end === to)) return '';
  let start = end;
  while (start > from && isWordCharacter(sentence.charCodeAt(start - 1))) start--;
  return sentence.slice(start, end).toLowerCase();
}

/** The run of `\w` characters after the spaces that open `sentence.slice(from, to)`, in lower case; "" when it opens otherwise. */
export function firstWordAfter(sentence: string, from: number, to: number): string {
  let start = from;
  while (start < to && isBlank(sentence, start, start + 1)) start++;
  if (start === from) return '';
  let end = start;
  while (end < to && isWordCharacter(sentence.charCodeAt(end))) end++;
  return sentence.slice(start, end).toLowerCase();
}
