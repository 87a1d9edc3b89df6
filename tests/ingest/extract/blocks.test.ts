import { describe, expect, it } from 'vitest';
import { blocksOf } from '../../../src/ingest/extract/blocks.ts';
import { parseDocument } from '../../../src/ingest/extract/dom.ts';

const blocks = (html: string) => blocksOf(parseDocument(`<html><body><div id="root">${html}</div></body></html>`).querySelector('#root')!);

describe('reading an article element as blocks', () => {
  it('keeps paragraphs, headings, list items and quotes apart, and never glues words across them', () => {
    const got = blocks('<h2>Background</h2><p>First <b>bold</b> line.</p><div>Second</div><ul><li>one</li><li>two</li></ul><blockquote><p>Quoted.</p></blockquote>');
    expect(got.map((b) => [b.kind, b.text])).toEqual([
      ['heading', 'Background'],
      ['paragraph', 'First bold line.'],
      ['paragraph', 'Second'],
      ['item', 'one'],
      ['item', 'two'],
      ['quote', 'Quoted.'],
    ]);
  });

  it('splits at two line breaks and joins lines at one', () => {
    expect(blocks('<p>line one<br>line two<br><br>next paragraph</p>').map((b) => b.text)).toEqual(['line one line two', 'next paragraph']);
  });

  it('reads a table row of plain cells as one line, and a layout table by its paragraphs', () => {
    expect(blocks('<table><tr><th>Ticker</th><th>Last</th></tr><tr><td>HD</td><td>225.86</td></tr></table>').map((b) => [b.kind, b.text])).toEqual([
      ['row', 'Ticker Last'],
      ['row', 'HD 225.86'],
    ]);
    expect(blocks('<table><tr><td><p>First.</p><p>Second.</p></td></tr></table>').map((b) => b.text)).toEqual(['First.', 'Second.']);
  });

  it('measures link text and groups the items of one list', () => {
    const [lead, a, b] = blocks('<p>See <a href="/x">this</a> now</p><ul><li><a href="/1">Story one</a></li><li><a href="/2">Story two</a></li></ul>');
    expect(lead!.linkShare).toBeCloseTo(4 / 12);
    expect(a!.linkShare).toBe(1);
    expect(a!.group).toBe(b!.group);
    expect(a!.group).not.toBe(lead!.group);
  });

  it('skips scripts, styles and buttons', () => {
    expect(blocks('<p>Text<script>var x = 1;</script><button>Share</button></p><style>p{}</style>').map((b) => b.text)).toEqual(['Text']);
  });
});
