/**
 * One feed item's article: its page fetched, the article extracted, and the
 * file briefbot saves for it (front matter with `fetched`, `source: feed` and
 * the feed's topics as tags).
 */
import { createHash } from 'node:crypto';
import { extractArticle, type ExtractedArticle } from '../extract/extract.ts';
import { FetchRefusal, type FetchPageOptions, type FetchResult } from '../fetch/index.ts';
import { bodyOfMarkdown, composeArticleFile } from '../save.ts';

export type Fetch = (url: string, options?: FetchPageOptions) => Promise<FetchResult>;

export interface FetchedArticle {
  article: ExtractedArticle;
  /** After redirects. */
  finalUrl: string;
  /** Hash of the article's text, spacing and case aside: the same text under another address is a duplicate. */
  contentHash: string;
}

export function contentHashOf(body: string): string {
  return createHash('sha256').update(body.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase()).digest('hex');
}

/** Fetches and extracts the article at `url`. Throws a FetchRefusal, or an ExtractError for a page without an article. */
export async function fetchArticle(fetch: Fetch, url: string, options: FetchPageOptions = {}): Promise<FetchedArticle> {
  const page = await fetch(url, options);
  if (page.notModified) throw new FetchRefusal('http-status', 'the site answered “not modified” to a first request', { status: 304, url });
  if (page.kind !== 'html') throw new FetchRefusal('content-type', `that is not an article page (${page.contentType})`, { url: page.finalUrl });
  const article = extractArticle(page.text, { url });
  return { article, finalUrl: page.finalUrl, contentHash: contentHashOf(article.body) };
}

/** The file to save: the extracted Markdown under front matter that says where and when it came from. */
export function articleFileText(article: ExtractedArticle, options: { url: string; topics: string[]; fetched: string }): string {
  return composeArticleFile(
    {
      title: article.title,
      author: article.author,
      publisher: article.publisher,
      published: article.published,
      url: options.url,
      tags: options.topics,
      fetched: options.fetched,
      source: 'feed',
    },
    bodyOfMarkdown(article.markdown),
  );
}
