import { describe, expect, it } from 'vitest';
import { cleanUserInput, editDistance, queryTerms, tokenize, truncateAtBoundary } from '../../../src/core/text/normalize.ts';

describe('cleanUserInput', () => {
  it('removes control, zero-width and bidi override characters and collapses spaces', () => {
    expect(cleanUserInput('  isis\u0000-k\u200B \u202Eevil\u202C\n\tnow ')).toBe('isis -k evil now');
  });
  it('keeps right-to-left scripts and emoji themselves', () => {
    expect(cleanUserInput('داعش خراسان 🔥')).toBe('داعش خراسان 🔥');
  });
});

describe('tokenize', () => {
  it('folds case and accents and straightens apostrophes', () => {
    expect(tokenize('Café ISIS’s')).toEqual(['cafe', 'isis']);
  });
  it('emits the parts and the joined form of hyphenated words and of names with an ampersand', () => {
    expect(tokenize('Isis-K')).toEqual(['isis', 'k', 'isisk']);
    // An ampersand inside a name joins it as a hyphen does; one between words is no part of either.
    expect(tokenize('AT&T and M&S')).toEqual(['at', 't', 'att', 'and', 'm', 's', 'ms']);
    expect(tokenize('Johnson & Johnson')).toEqual(['johnson', 'johnson']);
  });
});

describe('queryTerms', () => {
  it('makes isis-k, ISIS K and isisk meet on the same joined term', () => {
    for (const spelling of ['isis-k', 'ISIS K', 'isisk']) expect(queryTerms(spelling)).toContain('isisk');
  });
  it('drops stop words', () => {
    expect(queryTerms('the role of the Taliban')).toEqual(['role', 'taliban']);
  });
});

describe('editDistance', () => {
  it('counts edits and stops early past the cap', () => {
    expect(editDistance('webber', 'webbr')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
  });
  it('counts swapped neighbouring letters as one edit', () => {
    expect(editDistance('lohdi', 'lodhi')).toBe(1);
  });
});

describe('truncateAtBoundary', () => {
  const text = 'First sentence is here. Second sentence is a bit longer than the first one. Third.';
  it('leaves short text alone', () => expect(truncateAtBoundary(text, 500)).toBe(text));
  it('cuts at a sentence end with an ellipsis and never exceeds the limit', () => {
    for (let limit = 5; limit < text.length; limit++) expect(truncateAtBoundary(text, limit).length).toBeLessThanOrEqual(limit);
    expect(truncateAtBoundary(text, 40)).toBe('First sentence is here. …');
  });
  it('falls back to a word boundary', () => {
    expect(truncateAtBoundary('one two three four five six', 16)).toBe('one two three…');
  });
});
