import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PASSAGE_CHARS, splitOverlongParagraph } from '../../../src/core/content/passageSize.ts';

describe('splitOverlongParagraph', () => {
  it('leaves a paragraph within the bound as it is', () => {
    const text = 'The cable held. The grid did not fail.';
    expect(splitOverlongParagraph(text)).toEqual([text]);
    expect(splitOverlongParagraph('x'.repeat(MAX_PASSAGE_CHARS))).toHaveLength(1);
  });

  it('cuts where a sentence starts, packing as many whole sentences as fit', () => {
    const text = 'First one here. Second one here. Third one here. Fourth one here.';
    expect(splitOverlongParagraph(text, 40)).toEqual(['First one here. Second one here.', 'Third one here. Fourth one here.']);
  });

  it('does not cut after an abbreviation or an initial', () => {
    const text = 'Mr. Smith met Gen. Adams in the U.S. capital today. John F. Kennedy airport was closed.';
    expect(splitOverlongParagraph(text, 60)).toEqual(['Mr. Smith met Gen. Adams in the U.S. capital today.', 'John F. Kennedy airport was closed.']);
  });

  it('cuts a sentence longer than the bound at a space, and text without spaces anywhere', () => {
    const long = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const parts = splitOverlongParagraph(long, 50);
    expect(parts.every((p) => p.length <= 50)).toBe(true);
    expect(parts.join(' ')).toBe(long);
    expect(splitOverlongParagraph('a'.repeat(120), 50)).toEqual(['a'.repeat(50), 'a'.repeat(50), 'a'.repeat(20)]);
  });

  it('never splits a character written as two UTF-16 units', () => {
    const parts = splitOverlongParagraph('😀'.repeat(60), 51);
    expect(parts.every((p) => p.length <= 51 && !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(p))).toBe(true);
    expect(parts.join('')).toBe('😀'.repeat(60));
  });

  // Only a window at a time is split into sentences: work over the whole paragraph per cut would not finish here.
  it('cuts a 5 MB paragraph', () => {
    const text = 'The storm cut the cable near Bergen, and the repair took eleven days. '.repeat(75_000);
    const parts = splitOverlongParagraph(text);
    expect(parts.every((p) => p.length <= MAX_PASSAGE_CHARS)).toBe(true);
    expect(parts.length).toBeGreaterThan(text.length / MAX_PASSAGE_CHARS);
  });

  it('keeps all the text, in order, in passages of at most the bound (any text)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.integer({ min: 2, max: 80 }), (text, max) => {
        const parts = splitOverlongParagraph(text, max);
        if (text.length <= max) expect(parts).toEqual([text]);
        else expect(parts.every((p) => p.length > 0 && p.length <= max)).toBe(true);
        expect(parts.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      }),
    );
  });
});
