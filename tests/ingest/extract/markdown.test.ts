import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../../src/core/content/load.ts';
import type { Block } from '../../../src/ingest/extract/blocks.ts';
import { toMarkdown } from '../../../src/ingest/extract/markdown.ts';

const b = (kind: Block['kind'], text: string): Block => ({ kind, text, linkShare: 0, group: 0 });

describe('the Markdown file for an article', () => {
  const markdown = toMarkdown(
    { title: 'Port strike: "final" deal # 2', author: 'Jane Doe', publisher: 'Pacific Wire', published: '2024-03-28', url: 'https://example.com/a?b=1' },
    [b('paragraph', 'The strike ended on Thursday.'), b('heading', 'What changes'), b('item', 'Pay rises 4%.'), b('quote', 'It is a fair deal.'), b('paragraph', '| a table-looking line'), b('paragraph', '# not a heading'), b('paragraph', '___')],
  );

  it('quotes front matter values so any title survives YAML', () => {
    expect(markdown.startsWith('---\ntitle: \'Port strike: "final" deal # 2\'\nauthor: Jane Doe\n')).toBe(true);
  });

  it('loads with the content loader: metadata, sections and every line of text', () => {
    const article = parseArticle('port-strike.md', new TextEncoder().encode(markdown));
    expect(article).toMatchObject({ title: 'Port strike: "final" deal # 2', author: 'Jane Doe', publisher: 'Pacific Wire', published: '2024-03-28', url: 'https://example.com/a?b=1' });
    expect(article.passages.map((p) => [p.section, p.text])).toEqual([
      ['', 'The strike ended on Thursday.'],
      ['What changes', 'Pay rises 4%.'],
      ['What changes', 'It is a fair deal.'],
      ['What changes', '\\| a table-looking line'],
      ['What changes', '\\# not a heading'],
    ]);
  });

  it('leaves out fields it does not know', () => {
    expect(toMarkdown({ title: 'T' }, [b('paragraph', 'Text.')])).toBe('---\ntitle: T\n---\n\nText.\n');
  });
});
