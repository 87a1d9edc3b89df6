/**
 * One content file as an article: decoded (UTF-8 only), parsed by its
 * extension (Markdown with front matter, or plain text), cleaned, and cut
 * into passages of sentences. Throws ContentError with a reason people can act on.
 */
import { basename, extname } from 'node:path';
import { boundsOf, splitSentences } from '../text/sentences.ts';
import type { Article, Passage } from './article.ts';
import { cleanParagraphs } from './clean.ts';
import { CONTENT_EXTENSIONS } from './files.ts';
import { ContentError, parseMarkdown, parsePlainText, type ParsedFile } from './parse.ts';
import { splitOverlongParagraph } from './passageSize.ts';

const PARSERS: Record<(typeof CONTENT_EXTENSIONS)[number], (text: string) => ParsedFile> = {
  '.md': parseMarkdown,
  '.markdown': parseMarkdown,
  '.txt': parsePlainText,
};

/** Decodes, parses and cleans one file. Throws ContentError with a readable reason. */
export function parseArticle(fileName: string, bytes: Uint8Array): Article {
  const text = decode(bytes);
  const extension = extname(fileName).toLowerCase();
  const parse = PARSERS[extension as keyof typeof PARSERS];
  if (!parse) throw new ContentError(`unsupported file type ${extension || '(none)'}; use ${CONTENT_EXTENSIONS.join(', ')}`);
  const parsed = parse(text);
  if (!parsed.title) throw new ContentError('has no title: add `title:` to its metadata');
  const { paragraphs, notes } = cleanParagraphs(parsed.paragraphs);
  if (paragraphs.length === 0) throw new ContentError('has no paragraphs of text after its title');

  const id = slugify(basename(fileName, extname(fileName)));
  const bounded = paragraphs.flatMap((p) => splitOverlongParagraph(p.text).map((text) => ({ section: p.section, text })));
  const sections = new Map<string, string>();
  const sectionOf = (section: string) => sections.get(section) ?? sections.set(section, detached(section)).get(section)!;
  const passages: Passage[] = bounded.map((p, index) => ({
    id: `${id}#${index + 1}`,
    articleId: id,
    section: sectionOf(p.section),
    paragraph: index + 1,
    text: p.text,
    sentenceBounds: boundsOf(splitSentences(p.text)),
  }));
  const { title: _ignored, ...meta } = parsed.meta;
  const own = detached({ meta, title: parsed.title, notes });
  return { ...own.meta, id, file: fileName, title: own.title, passages, notes: own.notes };
}

/**
 * A copy that shares no memory with the file's text. V8 keeps a piece cut from
 * a string (a regex match, a trimmed line, a YAML value) as a view of the
 * whole, so a title or a heading kept as cut would keep the whole file alive
 * beside the passages read from it: as much memory again as the text. The
 * passages are left as they are: they are most of the file's text, and most
 * are new strings already (cleaning rewrites them).
 */
function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
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
