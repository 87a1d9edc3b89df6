/**
 * Turns the text of a content file into metadata and raw paragraphs.
 * Markdown: YAML front matter and `## ` section headings.
 * Plain text: an optional leading `key: value` block, the title on the first
 * line, and short lines without end punctuation as section headings.
 */
import { lazyPackage } from '../lazyPackage.ts';
import { foldText } from '../text/normalize.ts';
import { ArticleMetaSchema, META_KEYS, type ArticleMeta, type RawParagraph } from './article.ts';
import { readByline, type Byline } from './byline.ts';
import { isPageChrome } from './clean.ts';

const yaml = lazyPackage<typeof import('yaml')>('yaml');

/** A file that cannot be loaded; the message says why in words an editor can act on. */
export class ContentError extends Error {}

export interface ParsedFile {
  meta: ArticleMeta;
  title: string | undefined;
  paragraphs: RawParagraph[];
}

function validateMeta(raw: unknown, where: string): ArticleMeta {
  const result = ArticleMetaSchema.safeParse(raw ?? {});
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || '(root)';
  throw new ContentError(`${where} field \`${field}\` ${issue.message}`);
}

function blocksOf(body: string): string[][] {
  return body
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line && !isPageChrome(line)),
    )
    .filter((lines) => lines.length > 0);
}

/** What a byline under the title adds to metadata the file did not declare. */
function withByline(meta: ArticleMeta, byline: Byline): ArticleMeta {
  return { ...meta, author: meta.author ?? byline.author, publisher: meta.publisher ?? byline.publisher, published: meta.published ?? byline.published };
}

/** Several bylines as one; the first to give a value wins. */
function mergeBylines(read: Byline[]): Byline {
  return Object.assign({}, ...[...read].reverse()) as Byline;
}

/** Reads the lines if every one is a byline or dateline; undefined otherwise. */
function bylineOf(lines: string[]): Byline | undefined {
  const read = lines.map(readByline);
  return read.every((b) => b !== undefined) ? mergeBylines(read as Byline[]) : undefined;
}

// ---------------------------------------------------------------- Markdown

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

export function parseMarkdown(text: string): ParsedFile {
  let body = text;
  let rawMeta: unknown = {};
  if (/^---[ \t]*\n/.test(text)) {
    const match = FRONT_MATTER.exec(text);
    if (!match) throw new ContentError('front matter starts with --- but is never closed by a --- line');
    try {
      rawMeta = yaml().parse(match[1]!);
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new ContentError(`front matter is not valid YAML (${reason})`);
    }
    if (rawMeta !== null && (typeof rawMeta !== 'object' || Array.isArray(rawMeta))) {
      throw new ContentError('front matter must be a list of `key: value` lines');
    }
    body = text.slice(match[0].length);
  }
  const meta = validateMeta(rawMeta, 'front matter');

  let title: string | undefined;
  let section = '';
  let byline: Byline = {};
  const paragraphs: RawParagraph[] = [];
  for (const lines of blocksOf(body)) {
    const heading = /^(#{1,6})\s+(.+?)\s*#*$/.exec(lines[0]!);
    if (heading) {
      const text = stripInlineMarkdown(heading[2]!);
      if (heading[1] === '#' && title === undefined) title = text;
      else section = text;
      lines.shift();
      if (lines.length === 0) continue;
    }
    if (/^(?:```|~~~|<!--|\|)/.test(lines[0]!) || /^[-*_]{3,}$/.test(lines[0]!)) continue; // code, comments, tables, rules
    const plain = lines.map((line) => line.replace(/^(?:>\s?)+/, '').replace(/^(?:[-*+]|\d+[.)])\s+/, ''));
    // A byline before the first paragraph is metadata, not text to cite.
    const head = paragraphs.length === 0 && plain.length <= 3 ? bylineOf(plain.map(stripInlineMarkdown)) : undefined;
    if (head) {
      byline = { ...head, ...byline };
      continue;
    }
    // The author's name alone on a line above the text ("Ann Coulter") is the byline without its "By".
    if (paragraphs.length === 0 && plain.length === 1 && meta.author && sameWords(stripInlineMarkdown(plain[0]!), meta.author)) continue;
    const text = stripInlineMarkdown(plain.join(' '));
    if (text) paragraphs.push({ section, text });
  }
  return { meta: withByline(meta, byline), title: meta.title ?? title, paragraphs };
}

const sameWords = (a: string, b: string) => foldText(a).replace(/\W+/g, ' ').trim() === foldText(b).replace(/\W+/g, ' ').trim();

function stripInlineMarkdown(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S[^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`]+)`/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

// -------------------------------------------------------------- plain text

const META_LINE = new RegExp(`^(${META_KEYS.join('|')})\\s*:\\s*(.*)$`, 'i');

/** A short line with no end punctuation reads as a heading ("Severely Tense Relationships"). */
export function looksLikeHeading(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length <= 80 && words <= 12 && /^[\p{Lu}\p{N}"“‘']/u.test(line) && !/[.!?:;,"”’'…)\]]$/.test(line);
}

export function parsePlainText(text: string): ParsedFile {
  let lines = text.split('\n');
  const rawMeta: Record<string, string> = {};
  const firstContent = lines.findIndex((line) => line.trim() !== '');
  if (firstContent !== -1 && META_LINE.test(lines[firstContent]!.trim())) {
    let i = firstContent;
    for (; i < lines.length && lines[i]!.trim() !== ''; i++) {
      const match = META_LINE.exec(lines[i]!.trim());
      if (!match) throw new ContentError(`line ${i + 1} is inside the leading metadata block but is not \`key: value\` (keys: ${META_KEYS.join(', ')})`);
      rawMeta[match[1]!.toLowerCase()] = match[2]!.trim();
    }
    lines = lines.slice(i);
  }
  const meta = validateMeta(rawMeta, 'metadata');

  let blocks = blocksOf(lines.join('\n'));
  // A file written one paragraph per line, with no blank lines between them.
  if (blocks.length === 1) blocks = blocks[0]!.map((line) => [line]);
  const [titleLine, ...underTitle] = blocks.shift() ?? [];
  // Under the title: a byline or dateline, on the title's lines or in a block of its own.
  const read = underTitle.map((line) => ({ line, byline: readByline(line) }));
  const titleLines = [titleLine, ...read.filter((r) => !r.byline).map((r) => r.line)].filter(Boolean);
  let byline = mergeBylines(read.flatMap((r) => (r.byline ? [r.byline] : [])));
  const ownBlock = blocks[0] && blocks[0].length <= 3 ? bylineOf(blocks[0]) : undefined;
  if (ownBlock) {
    byline = { ...ownBlock, ...byline };
    blocks.shift();
  }
  let section = '';
  const paragraphs: RawParagraph[] = [];
  for (const block of blocks) {
    const text = block.join(' ');
    if (block.length === 1 && looksLikeHeading(text)) section = text;
    else paragraphs.push({ section, text });
  }
  return { meta: withByline(meta, byline), title: meta.title ?? (titleLines.join(' ') || undefined), paragraphs };
}
