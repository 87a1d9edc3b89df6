import { describe, expect, it } from 'vitest';
import { lowercaseWordsIn } from '../../../src/core/text/words.ts';

const byPattern = (texts: string[]) => new Set(texts.flatMap((t) => [...t.matchAll(/(?<![\p{L}’'-])\p{Ll}+(?![\p{L}’'-])/gu)].map((m) => m[0])));

describe('lowercaseWordsIn', () => {
  it('collects whole lower-case words, once each, across texts', () => {
    expect(lowercaseWordsIn(['Will the will hold, will it?', 'grant a Grant'])).toEqual(new Set(['the', 'will', 'hold', 'it', 'grant', 'a']));
  });
  it('leaves out words joined to a capital, an apostrophe or a hyphen', () => {
    expect(lowercaseWordsIn(["iPhone McDonald's don’t well-known x-ray"])).toEqual(new Set());
  });
  it('reads accented and non-Latin letters as the pattern \\p{Ll} does', () => {
    const texts = ['café naïve Ärger straße ﬁle σοφία 𝐚bc déjà-vu a1b', 'end.'];
    expect(lowercaseWordsIn(texts)).toEqual(byPattern(texts));
  });
});
