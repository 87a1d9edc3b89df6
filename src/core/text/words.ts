/**
 * Words of a text read character by character, for statistics taken over every
 * character of an article, where a pattern's match object per word (and a
 * string per occurrence) would cost more than the reading.
 */
import { classOf, codePointAt, LETTER, LOWERCASE, widthOf } from './characters.ts';

/**
 * The words of `/(?<![\p{L}’'-])\p{Ll}+(?![\p{L}’'-])/gu` in the texts: whole runs of lower-case letters with
 * no letter, apostrophe or hyphen on either side. ASCII is told by its code, and a word is sliced from the
 * text only the first time it is met (an article writes "the" thousands of times).
 */
export function lowercaseWordsIn(texts: string[]): WordSet {
  // Sized for the words such texts hold, so that it seldom grows.
  let length = 0;
  for (const text of texts) length += text.length;
  const table = new WordTable(length / 12);
  for (const text of texts) {
    // Whether the character before `at` is a letter, an apostrophe or a hyphen.
    let joined = false;
    for (let at = 0; at < text.length; ) {
      const code = text.charCodeAt(at);
      const lower = code < 128 ? code >= 97 && code <= 122 : (classOf(codePointAt(text, at)) & LOWERCASE) !== 0;
      if (!lower) {
        if (code < 128) {
          joined = (code >= 65 && code <= 90) || code === 0x27 || code === 0x2d;
          at++;
        } else {
          const codePoint = codePointAt(text, at);
          joined = (classOf(codePoint) & LETTER) !== 0 || codePoint === 0x2019;
          at += widthOf(codePoint);
        }
        continue;
      }
      const start = at;
      let hash = FNV_OFFSET;
      while (at < text.length) {
        const next = text.charCodeAt(at);
        if (next >= 97 && next <= 122) {
          hash = Math.imul(hash ^ next, FNV_PRIME);
          at++;
        } else if (next < 128) break;
        else {
          const codePoint = codePointAt(text, at);
          if ((classOf(codePoint) & LOWERCASE) === 0) break;
          hash = Math.imul(hash ^ codePoint, FNV_PRIME);
          at += widthOf(codePoint);
        }
      }
      if (!joined && !joinsWord(text, at)) table.add(text, start, at, hash);
      // The run's last letter is a letter.
      joined = true;
    }
  }
  return table;
}

/** What is asked of a set of words: whether it holds one. */
export interface WordSet {
  has(word: string): boolean;
}

/** Whether the character at `at` is a letter, an apostrophe or a hyphen (`[\p{L}’'-]`). */
function joinsWord(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 0x27 || code === 0x2d;
  return code === 0x2019 || (classOf(codePointAt(text, at)) & LETTER) !== 0;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** A set of words added as spans of a text with their hash, open addressing: a span already held is never sliced. */
class WordTable implements WordSet {
  private held: (string | undefined)[];
  private hashes: Int32Array;
  private count = 0;

  constructor(expected: number) {
    let size = 256;
    while (size < expected && size < 1 << 16) size *= 2;
    this.held = new Array<string | undefined>(size).fill(undefined);
    this.hashes = new Int32Array(size);
  }

  add(text: string, start: number, end: number, hash: number): void {
    const mask = this.held.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const word = this.held[slot];
      if (word === undefined) {
        this.held[slot] = text.slice(start, end);
        this.hashes[slot] = hash;
        if (++this.count * 2 > this.held.length) this.grow();
        return;
      }
      if (this.hashes[slot] === hash && word.length === length && spells(word, text, start)) return;
    }
  }

  has(word: string): boolean {
    // The hash add() took of the word's characters as it read them: each code point (ASCII as its code).
    let hash = FNV_OFFSET;
    for (let i = 0; i < word.length; ) {
      const codePoint = codePointAt(word, i);
      hash = Math.imul(hash ^ codePoint, FNV_PRIME);
      i += widthOf(codePoint);
    }
    const mask = this.held.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const held = this.held[slot];
      if (held === undefined) return false;
      if (this.hashes[slot] === hash && held === word) return true;
    }
  }

  private grow(): void {
    const held = this.held;
    const hashes = this.hashes;
    this.held = new Array<string | undefined>(held.length * 2).fill(undefined);
    this.hashes = new Int32Array(held.length * 2);
    const mask = this.held.length - 1;
    for (let i = 0; i < held.length; i++) {
      const word = held[i];
      if (word === undefined) continue;
      let slot = hashes[i]! & mask;
      while (this.held[slot] !== undefined) slot = (slot + 1) & mask;
      this.held[slot] = word;
      this.hashes[slot] = hashes[i]!;
    }
  }
}

/** Whether `text` holds `word` at `start`. */
function spells(word: string, text: string, start: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}
