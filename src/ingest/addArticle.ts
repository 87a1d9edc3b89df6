/**
 * Adding one article to the content folder, from an address or from a file
 * someone uploaded: fetch (safely), extract, check that the loader reads it
 * as an article, save (atomically, named after the title, replacing the file
 * saved before for the same address). Hot reload then makes it answerable.
 *
 * Every refusal is an AddRefusal whose message is one polite line a chat reply
 * or the CLI shows as-is: "that address is on a private network", "that is
 * not an article page (only 12 words of text)".
 */
import { extname } from 'node:path';
import type { Article } from '../core/content/article.ts';
import { parseArticle } from '../core/content/load.ts';
import { ContentError } from '../core/content/parse.ts';
import { log } from '../core/log.ts';
import { canonicalUrl } from './canonicalUrl.ts';
import { decodePage } from './extract/decode.ts';
import { ExtractError, extractArticle, type ExtractedArticle } from './extract/extract.ts';
import { toMarkdown } from './extract/markdown.ts';
import { fetchPage, FETCH_DEFAULTS, FetchRefusal, type Resolver } from './fetch/index.ts';
import { formatBytes } from './fetch/errors.ts';
import { AddRefusal, UPLOAD_EXTENSIONS } from './addRefusal.ts';
import { bodyOfMarkdown, composeArticleFile, saveArticleFile, type FrontMatter } from './save.ts';

/** Fewer words than this after extraction is a section front, a login wall or a video page, not an article. */
export const MIN_ARTICLE_WORDS = 80;

export { AddRefusal, UPLOAD_EXTENSIONS };

export interface AddOptions {
  contentDir: string;
  /** FETCH_ALLOW_HOSTS. */
  allowHosts?: readonly string[] | undefined;
  /** Name resolution for the fetcher; tests inject one so no DNS query leaves the machine. */
  resolver?: Resolver | undefined;
  deadlineMs?: number | undefined;
  /** Largest page or file accepted (default 5 MB). */
  maxBytes?: number | undefined;
  now?: (() => Date) | undefined;
}

export interface AddedArticle {
  /** The name in the content folder. */
  file: string;
  path: string;
  /** True when the file saved before for the same address was replaced. */
  updated: boolean;
  /** The article as the loader reads the saved file. */
  article: Article;
}

export interface Upload {
  /** The file's name as uploaded: only its extension is used. */
  name: string;
  bytes: Uint8Array;
}

/** What a chat message may wrap a link in: Slack's `<https://…|label>`, angle brackets that stop an embed. */
function unwrapLink(input: string): string {
  const text = input.trim();
  const wrapped = /^<([^<>|\s]+)(?:\|[^<>]*)?>$/.exec(text);
  return wrapped ? wrapped[1]! : text;
}

/** "example.com/story" is meant as https://example.com/story. */
function withScheme(text: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(text) || !/^[\w-]+(?:\.[\w-]+)+(?::\d+)?(?:[/?#]|$)/.test(text) ? text : `https://${text}`;
}

export async function addArticleFromUrl(input: string, options: AddOptions): Promise<AddedArticle> {
  const requested = withScheme(unwrapLink(input));
  return refusalsLogged({ url: requested.slice(0, 200) }, async () => {
    const page = await fetchPage(requested, {
      allowHosts: options.allowHosts,
      resolver: options.resolver,
      deadlineMs: options.deadlineMs,
      maxBytes: options.maxBytes,
    });
    if (page.notModified) throw new AddRefusal('the site answered “not modified” without sending the page; please try again');
    if (page.kind === 'xml') throw new AddRefusal('that is not an article page (it is XML, perhaps a feed)');
    if (page.kind !== 'html') throw new AddRefusal(`that is not an article page (${page.contentType})`);
    const url = canonicalUrl(page.finalUrl) ?? page.finalUrl;
    // Extraction is synchronous: let pending acknowledgements (Discord's, Slack's) go out first.
    await new Promise((resolve) => setImmediate(resolve));
    const extracted = extract(page.text, url);
    return save(extracted.title, { ...frontOf(extracted), url, source: 'url' }, bodyOfMarkdown(extracted.markdown), [requested, page.finalUrl, url], options);
  });
}

export async function addArticleFromUpload(upload: Upload, options: AddOptions): Promise<AddedArticle> {
  return refusalsLogged({ upload: upload.name.slice(0, 100) }, async () => {
    const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
    if (upload.bytes.length > maxBytes) throw new AddRefusal(`the file is larger than ${formatBytes(maxBytes)}`);
    const lower = upload.name.toLowerCase();
    const extension = lower.endsWith('.html.gz') ? '.html' : extname(lower);
    if (extension === '.html' || extension === '.htm') {
      await new Promise((resolve) => setImmediate(resolve));
      const extracted = extract(decodePage(upload.bytes));
      return save(extracted.title, { ...frontOf(extracted), source: 'upload' }, bodyOfMarkdown(extracted.markdown), [extracted.url], options);
    }
    if (extension === '.md' || extension === '.markdown' || extension === '.txt') {
      let article: Article;
      try {
        article = parseArticle(`upload${extension}`, upload.bytes);
      } catch (error) {
        if (error instanceof ContentError) throw new AddRefusal(`that file cannot be read as an article (${error.message})`);
        throw error;
      }
      const { title, author, publisher, published, url, tags } = article;
      const front = { title, author, publisher, published, url: url ? (canonicalUrl(url) ?? url) : undefined, tags, source: 'upload' as const };
      return save(title, front, bodyOfArticle(article), [url], options);
    }
    throw new AddRefusal(`only ${UPLOAD_EXTENSIONS.join(', ')} files can be added${extension ? `, not ${extension.slice(0, 12)}` : ''}`);
  });
}

function extract(html: string, url?: string): ExtractedArticle {
  let extracted: ExtractedArticle;
  try {
    extracted = extractArticle(html, url ? { url } : {});
  } catch (error) {
    if (error instanceof ExtractError) throw new AddRefusal(`that is not an article page (${error.message.replace(/^found no (.+?) on the page$/, 'no $1 found')})`);
    throw error;
  }
  const words = extracted.body.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < MIN_ARTICLE_WORDS) throw new AddRefusal(`that is not an article page (only ${words} word${words === 1 ? '' : 's'} of text)`);
  return extracted;
}

const frontOf = (a: ExtractedArticle) => ({ title: a.title, author: a.author, publisher: a.publisher, published: a.published, url: a.url });

/** An uploaded article's cleaned text as Markdown: section headings and paragraphs, as the loader read them. */
function bodyOfArticle(article: Article): string {
  const blocks: Parameters<typeof toMarkdown>[1] = [];
  let section = '';
  for (const passage of article.passages) {
    if (passage.section && passage.section !== section) blocks.push({ kind: 'heading', text: passage.section, linkShare: 0, group: 0 });
    section = passage.section;
    blocks.push({ kind: 'paragraph', text: passage.text, linkShare: 0, group: 0 });
  }
  return bodyOfMarkdown(toMarkdown({ title: article.title }, blocks));
}

async function save(
  title: string,
  front: Omit<FrontMatter, 'fetched'>,
  body: string,
  urls: readonly (string | undefined)[],
  options: AddOptions,
): Promise<AddedArticle> {
  const fetched = (options.now ?? (() => new Date()))().toISOString();
  const text = composeArticleFile({ ...front, fetched }, body);
  const bytes = Buffer.from(text, 'utf8');
  // What the loader will make of it, before anything is written.
  try {
    parseArticle('article.md', bytes);
  } catch (error) {
    if (error instanceof ContentError) throw new AddRefusal(`that is not an article page (the saved text ${error.message})`);
    throw error;
  }
  const saved = await saveArticleFile(options.contentDir, { title, text, urls: [...urls, front.url] });
  const article = parseArticle(saved.file, bytes);
  log('info', saved.updated ? 'article updated' : 'article added', { file: saved.file, url: front.url, source: front.source });
  return { ...saved, article };
}

/** Turns a fetch refusal into an AddRefusal and logs every refusal with its detail. */
async function refusalsLogged<T>(what: Record<string, string>, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const refusal = error instanceof AddRefusal ? error : error instanceof FetchRefusal ? new AddRefusal(error.message, error.detail) : undefined;
    if (!refusal) throw error;
    log('info', 'article not added', { ...what, reason: refusal.message, ...(refusal.detail ? { detail: refusal.detail } : {}) });
    throw refusal;
  }
}
