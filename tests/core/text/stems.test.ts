import { describe, expect, it } from 'vitest';
import { stemmedTerms } from '../../../src/core/text/stems.ts';

describe('query words by their stems', () => {
  it('stems the words that have a stem of four letters or more, and keeps the others', () => {
    expect(stemmedTerms(['directing', 'scandal'])).toEqual(['direct', 'scandal']);
    expect(stemmedTerms(['journalists', 'isis'])).toEqual(['journalist', 'isis']);
  });
  it('says there is nothing to add when no word changes', () => {
    expect(stemmedTerms(['harbor', 'tax'])).toBeUndefined();
    expect(stemmedTerms(['going'])).toBeUndefined();
  });
});
