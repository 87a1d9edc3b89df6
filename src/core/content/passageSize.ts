/**
 * Keeps passages to a bounded size. A passage is what a reply quotes and what
 * a query scores sentence by sentence, so one that is a whole file (a dump or
 * a transcript with no blank lines) would be quoted whole into a chat message
 * and make every query that touches it slow. An overlong paragraph is cut
 * into passages at sentence boundaries; a sentence longer than the bound, at
 * a space; a run of text without one, anywhere.
 */
import { splitSentences } from '../text/sentences.ts';

/**
 * 1,500 characters: about 250 words, well above a real news paragraph (the
 * longest in the seed is 614 characters), so only text that was never
 * paragraphed gets cut; and a passage still fits whole in one Slack section
 * (3,000 characters) or Discord embed description (4,096) with room for its citation.
 */
export const MAX_PASSAGE_CHARS = 1_500;

/** Enough of what follows a cut for the sentence splitter to see that a new sentence starts there. */
const LOOKAHEAD = 4;

/** The paragraph as passages of at most `max` characters, cut where a sentence starts when one fits. */
export function splitOverlongParagraph(text: string, max = MAX_PASSAGE_CHARS): string[] {
  if (text.length <= max) return [text];
  const passages: string[] = [];
  let from = 0;
  while (text.length - from > max) {
    // Only a window is split into sentences, so a 5 MB paragraph costs the same per passage as a short one.
    const window = text.slice(from, from + max + LOOKAHEAD);
    const cut = cutPoint(window, max);
    const passage = text.slice(from, from + cut).trim();
    if (passage) passages.push(passage);
    from += cut;
    while (from < text.length && /\s/.test(text[from]!)) from++;
  }
  const rest = text.slice(from).trim();
  if (rest) passages.push(rest);
  return passages;
}

/** Where to end the passage that starts the window: at most `max` characters in, never at 0. */
function cutPoint(window: string, max: number): number {
  const sentenceStart = splitSentences(window)
    .map((s) => s.start)
    .filter((start) => start > 0 && start <= max)
    .at(-1);
  if (sentenceStart !== undefined) return sentenceStart;
  const space = window.lastIndexOf(' ', max);
  if (space > max / 2) return space;
  // No space worth cutting at: cut anyway, but never between the two halves of a surrogate pair.
  return /[\uDC00-\uDFFF]/.test(window[max] ?? '') ? max - 1 : max;
}
