/**
 * Text normalisation shared by indexing, querying and matching names.
 *
 * Everything that compares two pieces of text (a query with a passage, a typed
 * name with an entity) goes through `foldText`, so that case, accents, curly
 * quotes, hyphens and spacing never decide whether two things match.
 */

// Bidirectional overrides/isolates can make echoed text render backwards (a
// classic spoofing trick); they carry no meaning for search, so they go.
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/g;
// C0/C1 control characters other than tab and newline.
const CONTROL_CHARS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Cleans text typed by a user before anything else sees it. */
export function cleanUserInput(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(BIDI_CONTROLS, '')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL_CHARS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Cleans a whole message someone wants looked up (/lookup, "Brief me on this"):
 * as `cleanUserInput`, but line breaks stay, because a name never runs from
 * one line onto the next.
 */
export function cleanMessageText(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(BIDI_CONTROLS, '')
    .replace(ZERO_WIDTH, '')
    .replace(CONTROL_CHARS, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n[\s]*/g, '\n')
    .trim();
}

const ASCII_ONLY = /^[\x00-\x7f]*$/;

/** Lower-case, strip accents, straighten quotes: the form used for every comparison. */
export function foldText(text: string): string {
  // ASCII (most text) has no accents, curly quotes or dashes to fold: only case, and the backtick.
  if (ASCII_ONLY.test(text)) return text.includes('`') ? text.toLowerCase().replaceAll('`', "'") : text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .toLowerCase();
}

// Words that never help find a passage. Kept short on purpose: a topic such as
// "the Hague" still works because the other words carry the query. ("how many arrests": a question's words ask, the
// rest is what is asked about.)
const STOP_WORDS = new Set(
  ('a an and are as at be been but by for from had has have he her his i if in into is it its of on or our she ' +
    'that the their them there these they this those to was we were what which who whom will with would you your ' +
    'about after also did do does than then so such not no can could may might should how why when where many much').split(' '),
);

export function isStopWord(term: string): boolean {
  return STOP_WORDS.has(term);
}

/**
 * Splits text into search terms. A hyphenated or spaced compound such as
 * "ISIS-K" yields its parts and the joined form ("isis", "k", "isisk"), so
 * `isis-k`, `ISIS K` and `isisk` all meet in the index.
 */
export function tokenize(text: string): string[] {
  const folded = foldText(text).replace(/'s\b/g, '');
  const terms: string[] = [];
  // "AT&T", "M&S": an ampersand inside a word joins its parts as a hyphen does ("att", "ms" beside "at", "t").
  for (const chunk of folded.split(/[^\p{L}\p{N}'&-]+/u)) {
    const parts = chunk.split(/['&-]+/).filter(Boolean);
    terms.push(...parts);
    if (parts.length > 1) terms.push(parts.join(''));
  }
  return terms.filter((term) => term.length > 0);
}

/** Search terms of a query: tokens without stop words, plus adjacent pairs joined ("isis k" -> "isisk"). */
export function queryTerms(text: string): string[] {
  const tokens = tokenize(text).filter((t) => !isStopWord(t));
  const joined: string[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const [a, b] = [tokens[i]!, tokens[i + 1]!];
    // Only short fragments are plausibly one word typed apart ("isis k", "al qaeda").
    if (a.length <= 3 || b.length <= 3) joined.push(a + b);
  }
  return unique([...tokens, ...joined]);
}

export function unique<T>(items: Iterable<T>): T[] {
  return [...new Set(items)];
}

/**
 * Edit distance counting a swap of two neighbouring letters as one edit
 * ("lohdi" -> "lodhi"), capped: returns `max + 1` once the distance exceeds `max`.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > max) return max + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** Shortens text to at most `limit` characters, preferring a sentence end, then a word end. */
export function truncateAtBoundary(text: string, limit: number, ellipsis = '…'): string {
  if (text.length <= limit) return text;
  // One character is kept for the space before the ellipsis.
  const room = limit - ellipsis.length - 1;
  if (room <= 0) return ellipsis.slice(0, limit);
  const head = text.slice(0, room + 1);
  const sentenceEnd = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  if (sentenceEnd > room * 0.5) return head.slice(0, sentenceEnd + 1) + ' ' + ellipsis;
  const wordEnd = head.lastIndexOf(' ');
  return (wordEnd > room * 0.5 ? head.slice(0, wordEnd) : head.slice(0, room)).trimEnd() + ellipsis;
}
