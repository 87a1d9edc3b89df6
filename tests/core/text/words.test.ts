import { describe, expect, it } from 'vitest';
import { lowercaseWordsIn } from '../../../src/core/text/words.ts';

const byPattern = (texts: string[]) => [...new Set(texts.flatMap((t) => [...t.matchAll(/(?<![\p{L}’'-])\p{Ll}+(?![\p{L}’'-])/gu)].map((m) => m[0])))];
const heldOf = (texts: string[], asked: string[]) => asked.filter((word) => lowercaseWordsIn(texts).has(word));

describe('lowercaseWordsIn', () => {
  it('holds the whole lower-case words of every text', () => {
    const asked = ['the', 'will', 'hold', 'it', 'grant', 'a', 'Will', 'Grant', 'th', 'holds', ''];
    expect(heldOf(['Will the will hold, will it?', 'grant a Grant'], asked)).toEqual(['the', 'will', 'hold', 'it', 'grant', 'a']);
  });
  it('leaves out words joined to a capital, an apostrophe or a hyphen', () => {
    const asked = ['i', 'hone', 'c', 's', 'don', 't', 'well', 'known', 'x', 'ray'];
    expect(heldOf(["iPhone McDonald's don’t well-known x-ray"], asked)).toEqual([]);
  });
  it('reads accented and non-Latin letters as the pattern \\p{Ll} does', () => {
    const texts = ['café naïve Ärger straße ﬁle σοφία 𝐚bc déjà-vu a1b', 'end.'];
    const expected = byPattern(texts);
    expect(expected.length).toBeGreaterThan(4);
    expect(heldOf(texts, [...expected, 'rger', 'bc', 'déjà', 'vu', 'file', 'ärger'])).toEqual(expected);
  });
  it('holds thousands of words as well as a few', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `w${i.toString(36).replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!)}`);
    const text = words.map((w) => w.slice(1)).join(' ');
    expect(words.every((w) => lowercaseWordsIn([text]).has(w.slice(1)))).toBe(true);
  });
});
