/**
 * Learns abbreviations from the text's own `Long Name (ABBR)` pattern:
 * "Tehreek-i-Taliban Pakistan (TTP)", "Isis-Khorasan (Isis-K)". Only pairs
 * whose short form really abbreviates the long form are kept, so an aside in
 * parentheses never becomes an alias.
 */
import type { Passage } from '../content/article.ts';

export interface Alias {
  long: string;
  short: string;
  passageId: string;
}

// Small words an abbreviation may skip ("Organisation of the Islamic Cooperation").
const SKIPPABLE = new Set(['of', 'the', 'for', 'and', 'in', 'on', 'at', 'to', 'i', 'e', 'al', 'el', 'de', 'du', 'la', 'le', 'bin', 'ibn', 'van', 'von', 'der', '&']);


// The same pattern read from each "(ABBR)" backwards: scanning every word of every passage for a
// run of ten words that might precede one was most of the cost of building.
const ABBREVIATION = /\s+\(([\p{Lu}][\p{L}\p{N}&.-]{1,11})\)/gu;
const WINDOW = 240;

export function findAliases(passages: Passage[]): Alias[] {
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
  const letters = short.replace(/[^\p{L}\p{N}]/gu, '').toLowerCase();
  // Walk the letters and words together; small words may be skipped, others must match.
  const match = (letterIndex: number, partIndex: number): boolean => {
    if (letterIndex === letters.length) return partIndex === parts.length;
    if (partIndex === parts.length) return false;
    const part = parts[partIndex]!.toLowerCase();
    if (part[0] === letters[letterIndex] && match(letterIndex + 1, partIndex + 1)) return true;
    return SKIPPABLE.has(part) && match(letterIndex, partIndex + 1);
  };
  return letters.length >= 2 && parts.length >= 2 && match(0, 0);
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
