/**
 * Saving an article into the content folder. The file's name comes from the
 * title, reduced to a slug of lower-case letters, digits and hyphens (so no
 * page can name a path), bounded in length, with `-2`, `-3`… when the name is
 * taken. The file is written whole under a hidden temporary name in the same
 * folder and then renamed (or hard-linked, which never overwrites) into
 * place, so the loader and hot reload never see half a file.
 *
 * An article whose address was saved before replaces that file instead of
 * adding a second one. Saves into one folder are serialised in this process,
 * so two adds of one address at once still give one file.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, mkdirSync, openSync, readdirSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse as parseYaml, stringify } from 'yaml';
import { isContentFileName } from '../core/content/files.ts';
import { canonicalUrl } from './canonicalUrl.ts';

/** Longest slug before `-N` and `.md`: readable, and far below any file system's name limit. */
export const MAX_SLUG_LENGTH = 80;

/** "ISIS-K: From Afghanistan to the World’s Capitals" → "isis-k-from-afghanistan-to-the-worlds-capitals". */
export function slugForTitle(title: string, maxLength = MAX_SLUG_LENGTH): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘ʼ`´]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (slug.length <= maxLength) return slug || 'article';
  // Cut at a word boundary when one is near the limit.
  const cut = slug.slice(0, maxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen > maxLength / 2 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

export interface FrontMatter {
  title: string;
  author?: string | undefined;
  publisher?: string | undefined;
  published?: string | undefined;
  url?: string | undefined;
  tags?: string[] | undefined;
  /** ISO timestamp of the fetch or upload. */
  fetched: string;
  source: 'url' | 'feed' | 'upload';
}

/** The whole file: YAML front matter (in a fixed key order, never folded) and the Markdown body. */
export function composeArticleFile(front: FrontMatter, body: string): string {
  const ordered: Record<string, unknown> = {};
  for (const key of ['title', 'author', 'publisher', 'published', 'url', 'tags', 'fetched', 'source'] as const) {
    const value = front[key];
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) ordered[key] = value;
  }
  return `---\n${stringify(ordered, { lineWidth: 0 }).trimEnd()}\n---\n\n${body.trim()}\n`;
}

/** The body of a Markdown file, without its front matter. */
export function bodyOfMarkdown(markdown: string): string {
  return markdown.replace(/^---[ \t]*\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/, '');
}

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;
/** Front matter is at the top; this much of a file is enough to read it. */
const HEAD_BYTES = 16 * 1024;

function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const read = readSync(fd, buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
}

export interface SavedFrontMatter {
  /** The name in the content folder. */
  file: string;
  title?: string;
  /** Canonical. */
  url?: string;
}

/** The title and address a Markdown file's front matter declares; nothing when it has none or cannot be read. */
function frontMatterOf(contentDir: string, file: string): SavedFrontMatter {
  try {
    const match = FRONT_MATTER.exec(readHead(join(contentDir, file)));
    const meta = match ? (parseYaml(match[1]!) as unknown) : undefined;
    if (!meta || typeof meta !== 'object') return { file };
    const { title, url } = meta as Record<string, unknown>;
    const canonical = typeof url === 'string' ? canonicalUrl(url.trim()) : undefined;
    return { file, ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}), ...(canonical ? { url: canonical } : {}) };
  } catch {
    return { file };
  }
}

const isMarkdownName = (name: string) => isContentFileName(name) && ['.md', '.markdown'].includes(extname(name).toLowerCase());

/** What the Markdown files of the folder declare, by name (every file briefbot saves is one), skipping `except`. */
export function savedFrontMatter(contentDir: string, except: ReadonlySet<string> = new Set()): SavedFrontMatter[] {
  let names: string[];
  try {
    names = readdirSync(contentDir).filter(isMarkdownName).sort();
  } catch {
    return [];
  }
  return names.filter((name) => !except.has(name)).map((name) => frontMatterOf(contentDir, name));
}

/** The Markdown file in the folder whose front matter names one of these addresses (any form), if any. */
export function findFileByUrl(contentDir: string, urls: readonly (string | undefined)[]): string | undefined {
  const wanted = new Set(urls.map((u) => (u ? canonicalUrl(u) : undefined)).filter((u): u is string => Boolean(u)));
  if (wanted.size === 0) return undefined;
  return savedFrontMatter(contentDir).find((saved) => saved.url !== undefined && wanted.has(saved.url))?.file;
}

export interface SaveRequest {
  /** The article's title: the file name is derived from it. */
  title: string;
  /** The whole file, front matter included. */
  text: string;
  /** Addresses the article is known by (as fetched, after redirects, its own canonical link): a file saved under any of them is replaced. */
  urls?: readonly (string | undefined)[];
}

export interface SavedFile {
  /** The name in the content folder. */
  file: string;
  path: string;
  /** True when a file saved before under the same address was replaced. */
  updated: boolean;
}

const queues = new Map<string, Promise<unknown>>();

/** Runs `work` after every earlier save into the same folder (in this process) has finished. */
function serialised<T>(contentDir: string, work: () => T): Promise<T> {
  const before = queues.get(contentDir) ?? Promise.resolve();
  const run = before.then(work, work);
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  queues.set(contentDir, settled);
  void settled.then(() => {
    if (queues.get(contentDir) === settled) queues.delete(contentDir);
  });
  return run;
}

export function saveArticleFile(contentDir: string, request: SaveRequest): Promise<SavedFile> {
  return serialised(contentDir, () => {
    mkdirSync(contentDir, { recursive: true });
    const existing = findFileByUrl(contentDir, request.urls ?? []);
    const temp = writeTemp(contentDir, request.text);
    try {
      if (existing && basename(existing) === existing) {
        renameSync(temp, join(contentDir, existing));
        return { file: existing, path: join(contentDir, existing), updated: true };
      }
      const file = placeUnder(contentDir, temp, slugForTitle(request.title));
      return { file, path: join(contentDir, file), updated: false };
    } finally {
      rmSync(temp, { force: true });
    }
  });
}

/** The text under a hidden name the loader ignores (leading dot, no article extension), flushed to disk. */
function writeTemp(contentDir: string, text: string): string {
  const temp = join(contentDir, `.briefbot-${randomUUID()}.tmp`);
  const fd = openSync(temp, 'wx', 0o644);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return temp;
}

const MAX_SUFFIX = 1000;

/**
 * Links the temporary file to `<slug>.md`, or `<slug>-2.md`, … : a link fails
 * when the name exists, so two saves can never take the same name. A file
 * system without hard links gets a check and a rename instead.
 */
function placeUnder(contentDir: string, temp: string, slug: string): string {
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const file = n === 1 ? `${slug}.md` : `${slug}-${n}.md`;
    const target = join(contentDir, file);
    try {
      linkSync(temp, target);
      return file;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') continue;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV' && code !== 'ENOSYS') throw error;
      if (readdirSync(contentDir).includes(file)) continue;
      renameSync(temp, target);
      return file;
    }
  }
  throw new Error(`no free file name for ${slug}.md after ${MAX_SUFFIX} tries`);
}
