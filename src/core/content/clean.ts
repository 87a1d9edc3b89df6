/**
 * Generic repairs for what scrapers leave in articles. Nothing here knows any
 * particular article: each rule is a pattern seen across published pages.
 */
import { foldText } from '../text/normalize.ts';
import { splitSentences } from '../text/sentences.ts';
import type { RawParagraph } from './article.ts';

// Cloudflare's e-mail obfuscation leaves "[email protected]" (sometimes with
// an HTML non-breaking space) where an address was.
const EMAIL_PROTECTION = /\[\s*email(?:\s|&nbsp;|&#160;|\u00a0)*protected\s*\]|\S*\/cdn-cgi\/l\/email-protection\S*/i;

// Author boxes and disclaimers that trail an article.
const BOX_OPENINGS = /^(?:disclaimer|about the author|(?:the )?views expressed|editor'?s note|note to editors)\b/i;

// A line of its own that is the page around the article, not the article: share
// buttons, ad slots, "Read more" teasers. Matched whole, so prose is never cut.
const PAGE_CHROME = new RegExp(
  '^(?:share(?: (?:this|on|via))?(?: (?:article|story|post|page))?(?: on \\w+)?|advertisement|advert|sponsored(?: content)?|' +
    'related(?: (?:articles|stories|content|posts|reading))?|read (?:more|next|also)|recommended(?: for you)?|most (?:read|popular)|' +
    'follow us(?: on \\w+)?|subscribe(?: now| to our newsletter)?|sign up(?: for our newsletter)?|print(?: this (?:article|page))?|' +
    '(?:\\d+ )?comments?|tweet|email|facebook|twitter|linkedin|whatsapp|skip to (?:main )?content)[\\s:.!]*$',
  'i',
);

// A teaser for another article: "Read more: How port software became a chokepoint".
const TEASER = /^(?:read (?:more|next|also)|also read|related(?: articles| stories)?|see also|more on this(?: story)?|recommended|watch|listen)\s*[:|–—]\s*[^.!?]{3,120}$/i;

// More page furniture, each a whole line: "Continue reading the main story", "Enlarge Image",
// "More On: …", "Filed under …", "Sign up for our daily newsletter", "Story continues below".
const FURNITURE = new RegExp(
  '^(?:continue reading(?: the main story| below)?|story continues(?: below)?(?: advertisement)?|scroll down for (?:video|more)|' +
    'enlarge(?: this)? image|view (?:gallery|slideshow|photos)|image caption|media caption|image copyright|' +
    'listen to (?:this|the) (?:article|story)|click here(?: to [^.]{0,60})?|(?:more on|topics|tags)\\s*:\\s*[^.!?]{0,150}|filed under\\s*:?\\s*[^.!?]{0,150}|' +
    '(?:sign up|subscribe|register)(?: now)?(?: for| to)? (?:our |the )?[^.!?]{0,40}newsletters?[^.!?]{0,60}|' +
    'get (?:our|the) [^.!?]{0,40}newsletter[^.!?]{0,40}|(?:copyright|©)[^!?]{0,80}all rights reserved\\.?)[\\s:.!]*$',
  'i',
);

// A photo caption's credit: "(AP Photo/Jane Doe)", "Photo: Getty Images", "(Image credit: NASA)".
const CAPTION = /(?:\((?:AP |Reuters |AFP |Getty )?(?:Photo|Image|Picture)s?(?:graph)?\s*(?:\/|:|by)\s*[^)]{2,80}\)|(?:^|\s)(?:Photo|Image|Picture|Credit|Photograph)s?(?: credit)?\s*:\s*[^.!?]{2,80}|Getty Images|Shutterstock)\s*$/i;

// A number alone on a line: a share or comment count ("4419111"), never a sentence of the article.
const COUNT = /^[\d\s,.]+$/;

export function isPageChrome(line: string): boolean {
  const text = line.trim();
  return (text.length <= 60 && (PAGE_CHROME.test(text) || COUNT.test(text))) || TEASER.test(text) || (text.length <= 240 && FURNITURE.test(text)) || CAPTION.test(text);
}

export interface CleanedArticle {
  paragraphs: RawParagraph[];
  notes: string[];
  /** What was dropped and why: for logs and tests, never shown as evidence. */
  dropped: { reason: string; text: string }[];
}

export function cleanParagraphs(input: RawParagraph[]): CleanedArticle {
  const dropped: CleanedArticle['dropped'] = [];
  const { body, notes } = splitTrailingBoxes(input);
  const withoutArtefacts = body
    .map((paragraph) => ({ ...paragraph, text: removeEmailArtefacts(paragraph.text, dropped) }))
    .filter((paragraph) => paragraph.text.length > 0);
  const paragraphs = removeRepeatedParagraphs(withoutArtefacts, dropped);
  return { paragraphs, notes: notes.map((note) => removeEmailArtefacts(note, dropped)).filter(Boolean), dropped };
}

function isBox(text: string): boolean {
  return (/^\([\s\S]*\)$/.test(text) && !/\)[\s\S]*\(/.test(text.slice(1, -1))) || BOX_OPENINGS.test(text);
}

function splitTrailingBoxes(paragraphs: RawParagraph[]): { body: RawParagraph[]; notes: string[] } {
  let end = paragraphs.length;
  while (end > 0 && isBox(paragraphs[end - 1]!.text)) end--;
  const notes = paragraphs.slice(end).map((p) => stripOuterParentheses(p.text));
  return { body: paragraphs.slice(0, end), notes };
}

function stripOuterParentheses(text: string): string {
  return /^\(([\s\S]*)\)$/.exec(text)?.[1]?.trim() ?? text;
}

/** Drops each sentence that only existed to carry an address the scraper hid. */
function removeEmailArtefacts(text: string, dropped: CleanedArticle['dropped']): string {
  if (!EMAIL_PROTECTION.test(text)) return text;
  const kept = splitSentences(text).filter((sentence) => {
    if (!EMAIL_PROTECTION.test(sentence.text)) return true;
    dropped.push({ reason: 'e-mail protection artefact', text: sentence.text });
    return false;
  });
  return kept.map((sentence) => sentence.text).join(' ');
}

/**
 * A paragraph repeated verbatim is kept once. When the first copy sits above
 * the lead (before any paragraph that is not repeated), it was pasted there —
 * a teaser or a scraping slip — so the later copy, in the article's flow, wins.
 */
function removeRepeatedParagraphs(paragraphs: RawParagraph[], dropped: CleanedArticle['dropped']): RawParagraph[] {
  const keyOf = (p: RawParagraph) => foldText(p.text).replace(/\s+/g, ' ').trim();
  const positions = new Map<string, number[]>();
  paragraphs.forEach((p, index) => positions.set(keyOf(p), [...(positions.get(keyOf(p)) ?? []), index]));
  const firstUnique = paragraphs.findIndex((p) => positions.get(keyOf(p))!.length === 1);
  const keep = new Set<number>();
  for (const indexes of positions.values()) {
    const pastedAboveLead = firstUnique !== -1 && indexes[0]! < firstUnique;
    keep.add(pastedAboveLead ? indexes[indexes.length - 1]! : indexes[0]!);
  }
  return paragraphs.filter((p, index) => {
    if (keep.has(index)) return true;
    dropped.push({ reason: 'repeated paragraph', text: p.text });
    return false;
  });
}
