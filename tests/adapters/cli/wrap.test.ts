import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { terminalWidth, wrapText } from '../../../src/adapters/cli/wrap.ts';

const longLine = '  A marked increase in terrorist activities and plots by the Islamic State through its affiliate in Afghanistan. [1]';

describe('folding long lines to the terminal', () => {
  it('breaks at spaces, never past the width, each continuation under the line’s indent', () => {
    const lines = wrapText(longLine, 40).split('\n');
    expect(lines).toEqual(['  A marked increase in terrorist', '  activities and plots by the Islamic', '  State through its affiliate in', '  Afghanistan. [1]']);
    expect(lines.every((l) => l.length <= 40)).toBe(true);
    expect(lines.join(' ').replace(/\s+/g, ' ').trim()).toBe(longLine.trim());
  });

  it('leaves short lines, and the lines around a long one, as they are', () => {
    expect(wrapText('Title\n  short line\nSources', 40)).toBe('Title\n  short line\nSources');
    expect(wrapText(`Title\n${longLine}\nSources`, 40).split('\n')).toEqual(['Title', ...wrapText(longLine, 40).split('\n'), 'Sources']);
  });

  it('never cuts an address: one longer than the room goes whole on its own line', () => {
    const url = 'https://example.com/news/2024/03/a-very-long-article-address-that-goes-on.html';
    const lines = wrapText(`  Read it at ${url} today.`, 40).split('\n');
    expect(lines).toEqual(['  Read it at', `  ${url}`, '  today.']);
  });

  it('cuts a word longer than a line that is no address, so nothing runs past the width', () => {
    expect(wrapText('x'.repeat(50), 20).split('\n')).toEqual(['x'.repeat(20), 'x'.repeat(20), 'x'.repeat(10)]);
  });

  it('keeps the spaces between words on a line (a date column stays two spaces wide)', () => {
    expect(wrapText('  2024-03-16  These strikes were aimed at a faction', 30).split('\n')).toEqual(['  2024-03-16  These strikes', '  were aimed at a faction']);
  });

  it('does not fold without a width, or one too narrow to fold usefully', () => {
    expect(wrapText(longLine, undefined)).toBe(longLine);
    expect(wrapText(longLine, 10)).toBe(longLine);
  });

  it('takes the width from a terminal only: none for a pipe or a file', () => {
    const pipe = new PassThrough();
    expect(terminalWidth(pipe)).toBeUndefined();
    Object.assign(pipe, { isTTY: true, columns: 72 });
    expect(terminalWidth(pipe)).toBe(72);
    Object.assign(pipe, { columns: undefined });
    expect(terminalWidth(pipe)).toBeUndefined();
  });
});
