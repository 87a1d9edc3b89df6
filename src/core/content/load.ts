/**
 * Loads every article in a content folder. A file that cannot be read is
 * reported with its reason and skipped; the rest always load.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { splitSentences } from '../text/sentences.ts';
import type { Article, Passage } from './article.ts';
import { cleanParagraphs } from './clean.ts';
import { ContentError, parseMarkdown, parsePlainText, type ParsedFile } from './parse.ts';

const PARSERS: Record<string, (text: string) => ParsedFile> = {
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
  '.txt': parsePlainText,
};

export const CONTENT_EXTENSIONS = Object.keys(PARSERS);

export interface ContentProblem {
  file: string;
  reason: string;
}

export interface LoadedContent {
  articles: Article[];
  problems: ContentProblem[];
}

export function loadContentDir(dir: string): LoadedContent {
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { articles: [], problems: [{ file: dir, reason: code === 'ENOENT' ? 'content folder does not exist' : `content folder cannot be read (${code})` }] };
  }
  const files = names.filter((name) => CONTENT_EXTENSIONS.includes(extname(name).toLowerCase()) && !name.startsWith('.'));
  const articles: Article[] = [];
  const problems: ContentProblem[] = [];
  for (const name of files) {
    const path = join(dir, name);
    try {
      if (!statSync(path).isFile()) continue;
      articles.push(parseArticle(name, readFileSync(path)));
    } catch (error) {
      if (!(error instanceof ContentError)) {
        const code = (error as NodeJS.ErrnoException).code;
        problems.push({ file: name, reason: code ? `cannot be read (${code})` : `could not be parsed (${String(error)})` });
      } else problems.push({ file: name, reason: error.message });
    }
  }
  return { articles, problems };
}

/** Decodes, parses and cleans one file. Throws ContentError with a readable reason. */
export function parseArticle(fileName: string, bytes: Uint8Array): Article {
  const text = decode(bytes);
  const extension = extname(fileName).toLowerCase();
  const parse = PARSERS[extension];
  if (!parse) throw new ContentError(`unsupported file type ${extension || '(none)'}; use ${CONTENT_EXTENSIONS.join(', ')}`);
  const parsed = parse(text);
  if (!parsed.title) throw new ContentError('has no title: add `title:` to its metadata');
  const { paragraphs, notes } = cleanParagraphs(parsed.paragraphs);
  if (paragraphs.length === 0) throw new ContentError('has no paragraphs of text after its title');

  const id = slugify(basename(fileName, extname(fileName)));
  const passages: Passage[] = paragraphs.map((p, index) => ({
    id: `${id}#${index + 1}`,
    articleId: id,
    section: p.section,
    paragraph: index + 1,
    text: p.text,
    sentences: splitSentences(p.text),
  }));
  const { title: _ignored, ...meta } = parsed.meta;
  return { ...meta, id, file: fileName, title: parsed.title, passages, notes };
}

function decode(bytes: Uint8Array): string {
  if (bytes.length === 0) throw new ContentError('is empty');
  if (bytes.includes(0)) throw new ContentError('looks like a binary file (it contains NUL bytes), not text');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ContentError('is not valid UTF-8 text; save it as UTF-8');
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (!text.trim()) throw new ContentError('is empty');
  return text;
}

function slugify(name: string): string {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'article';
}
