/**
 * The Markdown file briefbot would save for an article: YAML front matter
 * (title, author, publisher, published, url) and the body, in the form the
 * content loader (src/core/content/parse.ts) reads: `## ` for section
 * headings, `- ` for list items, `> ` for quotes, blank lines between blocks.
 */
import { stringify } from 'yaml';
import type { Block } from './blocks.ts';

export interface ArticleFields {
  title: string;
  author?: string;
  publisher?: string;
  published?: string;
  url?: string;
}

/**
 * A paragraph the loader would read as Markdown syntax rather than text (a
 * table row, a code fence, a comment, a heading) is escaped with a backslash.
 * A lone rule line ("___", "* * *") is a separator and is written as `---`.
 */
function escapeLine(text: string): string {
  if (/^(?:[-*_]\s*){3,}$/.test(text)) return '---';
  if (/^(?:#{1,6}\s|\||```|~~~|<!--|>|[-*+]\s|\d+[.)]\s)/.test(text)) return `\\${text}`;
  return text;
}

function blockToMarkdown(block: Block): string {
  switch (block.kind) {
    case 'heading':
      return `## ${block.text}`;
    case 'item':
      return `- ${block.text}`;
    case 'quote':
      return `> ${block.text}`;
    default:
      return escapeLine(block.text);
  }
}

export function toMarkdown(fields: ArticleFields, blocks: Block[]): string {
  const front: Record<string, string> = { title: fields.title };
  if (fields.author) front.author = fields.author;
  if (fields.publisher) front.publisher = fields.publisher;
  if (fields.published) front.published = fields.published;
  if (fields.url) front.url = fields.url;
  // lineWidth 0: never fold a long title over two lines.
  const yaml = stringify(front, { lineWidth: 0 }).trimEnd();
  return `---\n${yaml}\n---\n\n${blocks.map(blockToMarkdown).join('\n\n')}\n`;
}
