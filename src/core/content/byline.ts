/**
 * Bylines and datelines that pages print under the title, read into metadata:
 *   "By Tom Halloran | Pacific Wire | 9 November 2023"
 *   "By Jane Doe and John Roe, Staff Writers · March 3, 2024"
 *   "Published: 28 March 2024"
 * A file's own metadata always wins; these only fill what it left out.
 */
import { absoluteDatesIn, isoOf } from '../knowledge/dates.ts';

export interface Byline {
  author?: string;
  publisher?: string;
  published?: string;
}

const MAX_LINE = 200;
const SEPARATORS = /\s*[|·•]\s*|\s+[—–-]\s+/;
const DATE_LABEL = /^(?:(?:first\s+)?published|updated|posted|last\s+updated|date)(?:\s+on)?\s*:?\s*/i;

/** A full calendar date and nothing much else ("9 November 2023", "Published: March 3, 2024"), as YYYY-MM-DD. */
function fullDate(text: string): string | undefined {
  const bare = text.replace(DATE_LABEL, '').trim();
  const [mention] = absoluteDatesIn(bare, undefined);
  if (!mention || mention.date.day === undefined) return undefined;
  // The date must be the part, not a date inside a sentence ("By the end of March 3, 2024 …").
  const rest = (bare.slice(0, mention.start) + bare.slice(mention.end)).replace(/[\s,.:]|\b(?:on|at|\d{1,2}[:.]\d{2}\s*(?:am|pm)?|[A-Z]{2,4})\b/gi, '');
  return rest.length <= 3 ? isoOf(mention.date) : undefined;
}

/** The metadata a byline or dateline line states, or undefined when the line is not one. */
export function readByline(line: string): Byline | undefined {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_LINE) return undefined;
  const date = fullDate(text);
  if (date && !/^by\s/i.test(text)) return { published: date };
  const by = /^(?:By|BY|by)\s+(\p{Lu}.*)$/u.exec(text);
  if (!by) return undefined;
  const byline: Byline = {};
  const [first, ...others] = by[1]!.split(SEPARATORS).map((part) => part.trim()).filter(Boolean);
  // "Jane Doe, Staff Writer": the words after the comma describe the author.
  const author = first!.split(',')[0]!.trim();
  if (!/^\p{Lu}/u.test(author) || author.split(/\s+/).length > 12 || /[.!?]$/.test(author)) return undefined;
  byline.author = author;
  for (const part of others) {
    const published = fullDate(part);
    if (published) byline.published ??= published;
    else if (/^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 6) byline.publisher ??= part;
  }
  return byline;
}
