/**
 * From a saved web page to an article: metadata, the text, and the Markdown
 * file briefbot would store. This is the extraction core that adding a page
 * by URL, uploads and feeds all go through; it knows nothing of chat
 * platforms or of the network.
 *
 *   parse (linkedom) → metadata (JSON-LD, <meta>, byline) → remove the page
 *   around the article → Readability → blocks → drop the clutter it kept
 */
import { readByline } from '../../core/content/byline.ts';
import { blocksOf, type Block } from './blocks.ts';
import { removeClutter, type Dropped } from './clutter.ts';
import { toIsoDay } from './dates.ts';
import { parseDocument } from './dom.ts';
import { toMarkdown } from './markdown.ts';
import { readMetadata } from './metadata.ts';
import { removePageClutter } from './prepare.ts';
import { choosePublished } from './published.ts';
import { runReadability } from './readable.ts';

export interface ExtractedArticle {
  url?: string;
  title: string;
  author?: string;
  publisher?: string;
  /** YYYY-MM-DD */
  published?: string;
  /** The article's text: paragraphs separated by blank lines. */
  body: string;
  /** The file that would be saved: front matter and Markdown body. */
  markdown: string;
}

export interface ExtractOptions {
  /** The page's address, when the caller knows it (it wins over the page's own canonical link). */
  url?: string;
}

/** A page with no article in it; the message says why in plain words. */
export class ExtractError extends Error {}

export function extractArticle(html: string, options: ExtractOptions = {}): ExtractedArticle {
  const document = parseDocument(html);
  const metadata = readMetadata(document, { url: options.url });
  removePageClutter(document);
  const readable = runReadability(document);
  if (!readable.content) throw new ExtractError('found no article text on the page');

  const { kept, dropped } = removeClutter(blocksOf(readable.content), { title: metadata.title ?? readable.title, authors: metadata.authors, url: metadata.url });
  if (kept.length === 0) throw new ExtractError('found no article text on the page');

  const title = metadata.title ?? readable.title ?? kept.find((b) => b.kind === 'heading')?.text;
  if (!title) throw new ExtractError('found no title on the page');
  const seen = readDropped(dropped);
  const authors = metadata.authors.length ? metadata.authors : seen.author ? [seen.author] : [];
  const published = choosePublished(metadata.stamps, [...seen.days, ...metadata.localDays]);

  const fields = {
    title,
    author: authors.length ? authors.join(', ') : undefined,
    publisher: metadata.publisher,
    published,
    url: metadata.url,
  };
  return { ...fields, body: bodyOf(kept), markdown: toMarkdown(fields, kept) };
}

/** The bylines and datelines taken out of the text still say who wrote it and when. */
function readDropped(dropped: Dropped[]): { author?: string; days: string[] } {
  const days: string[] = [];
  let author: string | undefined;
  for (const { reason, text } of dropped) {
    if (reason !== 'byline' && reason !== 'dateline') continue;
    const byline = readByline(text);
    author ??= byline?.author;
    const day = byline?.published ?? toIsoDay(text.replace(/^[|\s]*(?:(?:first\s+)?published|updated|posted)(?:\s+on)?\s*:?\s*/i, ''));
    if (day) days.push(day);
  }
  return { author, days };
}

export function bodyOf(blocks: Block[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/** Only the text, for measuring: what the benchmark compares with its ground truth. */
export function extractBody(html: string): string {
  try {
    return extractArticle(html).body;
  } catch (error) {
    if (error instanceof ExtractError) return '';
    throw error;
  }
}
