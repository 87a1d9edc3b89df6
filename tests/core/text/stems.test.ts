import { describe, expect, it } from 'vitest';
import { otherNumberOfShortTerms, stemmedTerms } from '../../../src/core/text/stems.ts';

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

describe('short query words in their other number', () => {
  it('turns each word of three letters into its plural, and a plural of a three-letter word into its singular', () => {
    expect(otherNumberOfShortTerms(['job', 'cuts'])).toEqual(['jobs', 'cut']);
    expect(otherNumberOfShortTerms(['tax', 'taxes', 'harbor'])).toEqual(['taxes', 'tax', 'harbor']);
  });
  it('says there is nothing to add when no word is that short, and leaves "boss" and "bus" alone', () => {
    expect(otherNumberOfShortTerms(['harbor', 'scandal'])).toBeUndefined();
    expect(otherNumberOfShortTerms(['boss', 'bus'])).toBeUndefined();
  });
});
