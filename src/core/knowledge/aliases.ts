/**
 * Learns abbreviations from the text's own `Long Name (ABBR)` pattern:
 * "Tehreek-i-Taliban Pakistan (TTP)", "Isis-Khorasan (Isis-K)". Only pairs
 * whose short form really abbreviates the long form are kept, so an aside in
 * parentheses never becomes an alias.
 */
import type { Passage } from '../content/article.ts';
import { alternatives, MONTH_ABBREVIATIONS, MONTH_NAMES, WEEKDAY_NAMES } from '../text/calendar.ts';
import { isBlank } from '../text/characters.ts';

export interface Alias {
  long: string;
  short: string;
  passageId: string;
  /** Matched by its initials to a name the article wrote out, not defined in parentheses: an organisation's or a place's, never a person's. */
  inferred?: true;
}

// Small words an abbreviation may skip ("Organisation of the Islamic Cooperation").
const SKIPPABLE = new Set(['of', 'the', 'for', 'and', 'in', 'on', 'at', 'to', 'i', 'e', 'al', 'el', 'de', 'du', 'la', 'le', 'bin', 'ibn', 'van', 'von', 'der', '&']);


// The same pattern read from each "(ABBR)" backwards: scanning every word of every passage for a
// run of ten words that might precede one was most of the cost of building.
const ABBREVIATION = /\s+\(([\p{Lu}][\p{L}\p{N}&.-]{1,11})\)/gu;
const WINDOW = 240;

/**
 * One article's aliases: those it defines, then those it uses undefined. Read
 * article by article, a build and an update of the same article agree.
 */
export function findAliases(passages: Passage[]): Alias[] {
  const defined = definedAbbreviations(passages);
  return [...defined, ...undefinedAbbreviations(passages, new Set(defined.map((alias) => alias.short)))];
}

/** The article's own "Long Name (ABBR)" pairs. */
function definedAbbreviations(passages: Passage[]): Alias[] {
  const found: Alias[] = [];
  for (const passage of passages) {
    for (const match of passage.text.matchAll(ABBREVIATION)) {
      const short = match[1]!;
      if (!/\p{Lu}.*\p{Lu}|\p{Lu}-|-\p{Lu}/u.test(short) && short.length > 3) continue; // "(Taliban)" is no abbreviation
      const before = passage.text.slice(Math.max(0, match.index - WINDOW), match.index);
      const words = lastWords(before);
      const long = words && longFormFor(words, short);
      if (long) found.push({ long, short, passageId: passage.id });
    }
  }
  return found;
}

// A bare capitalised abbreviation: "PG&E", "NIU", not "U.S." (dotted forms are read as words) nor part of a longer word.
const BARE_ABBREVIATION = /(?<![\p{L}\p{N}&.-])\p{Lu}[\p{Lu}&]{1,5}(?![\p{L}\p{N}&-])/gu;
/** The longest name an abbreviation is looked for in: "Organisation of the Islamic Cooperation" is five words. */
const MAX_LONG_WORDS = 8;
// What may start a name: a capital, or a character beyond ASCII (told apart by the tests after it).
const NAME_START = /[A-Z\u0080-\uffff]/g;

/** Where the word (what stands between spaces, `\S+`) that starts at `start` ends. */
function wordEndAt(text: string, start: number): number {
  let end = start;
  while (end < text.length && !isBlank(text, end, end + 1)) end++;
  return end;
}

/** The word before the spaces before `start`, if any. */
function wordBefore(text: string, start: number): string | undefined {
  let end = start;
  while (end > 0 && isBlank(text, end - 1, end)) end--;
  if (end === 0) return undefined;
  let from = end;
  while (from > 0 && !isBlank(text, from - 1, from)) from--;
  return text.slice(from, end);
}
/** Capitalised, but never a word of a name: "Chicago August 4" is a place and a date. */
const CALENDAR_WORD = new RegExp(`^(?:${alternatives([...MONTH_NAMES, ...MONTH_ABBREVIATIONS, ...WEEKDAY_NAMES])})$`);
/** The small words inside a name an undefined abbreviation may skip ("Bank of the West"), not those around one ("Tuesday at the Vox"). */
const NAME_JOINERS = new Set(['of', 'the', 'for', 'and', '&', 'de', 'du', 'la', 'le', 'van', 'von', 'der', 'al', 'el']);

/**
 * Abbreviations an article uses without defining them in parentheses, as news
 * writing does for well-known ones: "Pacific Gas & Electric Co. was set to…",
 * then "PG&E officials said". Each is matched to the first run of capitalised
 * words, written before the abbreviation's first use, whose initials spell it;
 * one that spells no such run stays unmatched.
 */
function undefinedAbbreviations(passages: Passage[], defined: Set<string>): Alias[] {
  // Each abbreviation, by its initial, with where it is first used: the passage, and the offset in it.
  const byInitial = new Map<string, Map<string, { passage: number; offset: number }>>();
  for (const [at, passage] of passages.entries()) {
    for (const match of passage.text.matchAll(BARE_ABBREVIATION)) {
      const short = match[0];
      if (defined.has(short) || (short.match(/\p{Lu}/gu) ?? []).length < 2) continue;
      const initial = short[0]!.toLowerCase();
      const shorts = byInitial.get(initial) ?? new Map();
      if (!shorts.has(short)) shorts.set(short, { passage: at, offset: match.index });
      byInitial.set(initial, shorts);
    }
  }
  const found: Alias[] = [];
  if (byInitial.size === 0) return found;
  // A name is only matched before an abbreviation's first use: no passage after the last first use has one.
  let lastFirstUse = 0;
  for (const shorts of byInitial.values()) for (const used of shorts.values()) lastFirstUse = Math.max(lastFirstUse, used.passage);
  for (let at = 0; at <= lastFirstUse; at++) {
    const passage = passages[at]!;
    const text = passage.text;
    // Words are what stands between spaces. Most start with an ASCII letter that is not a capital: no name starts
    // there, and the search jumps from one capital (or character beyond ASCII) to the next without reading them.
    NAME_START.lastIndex = 0;
    while (NAME_START.test(text)) {
      const offset = NAME_START.lastIndex - 1;
      // A space beyond ASCII is no word; a character after anything but a space starts none.
      if (isBlank(text, offset, offset + 1) || (offset > 0 && !isBlank(text, offset - 1, offset))) continue;
      let wordStop = wordEndAt(text, offset);
      NAME_START.lastIndex = wordStop;
      const firstText = text.slice(offset, wordStop);
      const shorts = byInitial.get(firstText[0]!.toLowerCase());
      if (!shorts?.size || !/^\p{Lu}\p{Ll}/u.test(firstText)) continue;
      // A name starts its run of capitals: "Upper Stage" inside "Exploration Upper Stage" is no name of its own.
      const previous = wordBefore(text, offset);
      if (previous && /^\p{Lu}/u.test(previous) && !/[.!?:;,”"—–)]$/.test(previous) && !NAME_JOINERS.has(previous.toLowerCase())) continue;
      const parts: string[] = [];
      // The words read so far, as the text writes them.
      const read: string[] = [];
      let wordStart = offset;
      for (let taken = 0; taken < MAX_LONG_WORDS; taken++) {
        if (taken > 0) {
          wordStart = wordStop;
          while (wordStart < text.length && isBlank(text, wordStart, wordStart + 1)) wordStart++;
          if (wordStart === text.length) break;
          wordStop = wordEndAt(text, wordStart);
        }
        const whole = taken === 0 ? firstText : text.slice(wordStart, wordStop);
        const raw = whole.split(/[—–]/)[0]!;
        const word = raw.replace(/[’'](s)?$|[’'.,;:!?)”"]+$/u, '');
        const capitalised = /^\p{Lu}/u.test(word) && !CALENDAR_WORD.test(word);
        if (taken > 0 && !capitalised && !NAME_JOINERS.has(word.toLowerCase())) break;
        parts.push(...word.split('-').filter(Boolean));
        for (const [short, used] of shorts) {
          const before = at < used.passage || (at === used.passage && offset < used.offset);
          if (!before || !capitalised || !abbreviatesByInitials(parts, short)) continue;
          const long = read.concat(word).join(' ');
          found.push({ long, short, passageId: passage.id, inferred: true });
          shorts.delete(short);
        }
        // A name ends at punctuation after its word.
        if (raw !== whole || /[,;:!?)”".]$/.test(raw)) break;
        read.push(whole);
      }
    }
  }
  return found;
}

/** The last ten words before an abbreviation, as the full pattern would have taken them. */
function lastWords(before: string): string | undefined {
  const tail = before.split(/\s+/).slice(-10).join(' ');
  return /[\p{L}\p{N}&’'.]$/u.test(tail) ? tail.split(/[^\p{L}\p{N}&’'.\s-]/u).at(-1)!.trim() || undefined : undefined;
}

/**
 * Finds the shortest tail of `before` that `short` abbreviates, either by
 * initials ("Tehreek-i-Taliban Pakistan" -> TTP) or by prefixes of its words
 * ("Isis-Khorasan" -> Isis-K).
 */
export function longFormFor(before: string, short: string): string | undefined {
  const words = before.split(/\s+/).filter(Boolean);
  for (let take = 1; take <= words.length; take++) {
    const candidate = words.slice(words.length - take);
    if (!/^\p{Lu}/u.test(candidate[0]!)) continue;
    const parts = candidate.join(' ').split(/[\s-]+/).map((p) => p.replace(/[’'.]s?$/, '')).filter(Boolean);
    if (abbreviatesByInitials(parts, short) || abbreviatesByPrefixes(parts, short)) {
      return candidate.join(' ').replace(/[,;:]$/, '');
    }
  }
  return undefined;
}

function abbreviatesByInitials(parts: string[], short: string): boolean {
  if (parts.length < 2) return false;
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  return letters.length >= 2 && initialsMatch(letters, parts, 0, 0);
}

/** Walks the letters and words together; small words may be skipped, others must match. */
function initialsMatch(letters: string, parts: string[], letterIndex: number, partIndex: number): boolean {
  if (letterIndex === letters.length) return partIndex === parts.length;
  if (partIndex === parts.length) return false;
  const part = parts[partIndex]!.toLowerCase();
  if (part[0] === letters[letterIndex] && initialsMatch(letters, parts, letterIndex + 1, partIndex + 1)) return true;
  return SKIPPABLE.has(part) && initialsMatch(letters, parts, letterIndex, partIndex + 1);
}

function abbreviatesByPrefixes(parts: string[], short: string): boolean {
  const pieces = short.split(/[\s-]+/).filter(Boolean);
  return (
    pieces.length >= 2 &&
    pieces.length === parts.length &&
    pieces.every((piece, i) => parts[i]!.toLowerCase().startsWith(piece.toLowerCase())) &&
    pieces.join('').length < parts.join('').length
  );
}
