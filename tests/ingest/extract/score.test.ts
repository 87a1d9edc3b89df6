import { describe, expect, it } from 'vitest';
import { scoreCorpus, scorePage, shinglesOf, tokensOf } from '../../../src/ingest/extract/score.ts';

describe('the benchmark metric on hand-made texts', () => {
  it('tokenises as Python\'s \\w+ does: letters, digits and underscores, across scripts', () => {
    expect(tokensOf("Don't stop—it's 4:30, naïve café_bar!")).toEqual(['Don', 't', 'stop', 'it', 's', '4', '30', 'naïve', 'café_bar']);
  });

  it('counts 4-token shingles with repeats; a text shorter than four tokens is one shingle', () => {
    expect([...shinglesOf('a b c d a b c d')]).toEqual([
      ['a b c d', 2],
      ['b c d a', 1],
      ['c d a b', 1],
      ['d a b c', 1],
    ]);
    expect([...shinglesOf('just two')]).toEqual([['just two', 1]]);
    expect(shinglesOf('  ,. ').size).toBe(0);
  });

  it('scores identical texts 1, whatever their spacing and punctuation', () => {
    expect(scorePage('One two three four five.', 'one two three four five'.replace('one', 'One'))).toMatchObject({ precision: 1, recall: 1 });
    expect(scorePage('a b\n\nc d e', 'a b c d e')).toMatchObject({ precision: 1, recall: 1, fp: 0, fn: 0 });
  });

  it('normalises tp, fp and fn per page by their sum', () => {
    // predicted shingles: [a b c d] [b c d e]; expected: [a b c d] → tp 1, fp 1, fn 0
    const page = scorePage('a b c d e', 'a b c d');
    expect(page).toEqual({ tp: 0.5, fp: 0.5, fn: 0, precision: 0.5, recall: 1 });
    // expected has one more shingle than predicted: tp 1, fp 0, fn 1
    expect(scorePage('a b c d', 'a b c d e')).toEqual({ tp: 0.5, fp: 0, fn: 0.5, precision: 1, recall: 0.5 });
  });

  it('counts a repeated shingle only as often as the truth has it', () => {
    // predicted: [x y z w] ×2 and the two between; expected: [x y z w] once
    const page = scorePage('x y z w x y z w', 'x y z w');
    expect(page.precision).toBeCloseTo(1 / 5);
    expect(page.recall).toBe(1);
  });

  it('leaves an empty prediction out of precision and counts it as recall 0', () => {
    expect(scorePage('', 'a b c d e')).toMatchObject({ precision: undefined, recall: 0 });
    expect(scorePage('', '')).toMatchObject({ precision: undefined, recall: undefined });
  });

  it('averages precision and recall over pages, then takes F1 of the two means', () => {
    const pages = [scorePage('a b c d e', 'a b c d'), scorePage('', 'p q r s t'), scorePage('m n o p', 'm n o p')];
    // precision over pages 1 and 3: (0.5 + 1) / 2; recall over all three: (1 + 0 + 1) / 3
    const corpus = scoreCorpus(pages);
    expect(corpus.precision).toBeCloseTo(0.75);
    expect(corpus.recall).toBeCloseTo(2 / 3);
    expect(corpus.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
    expect(corpus.pages).toBe(3);
  });
});
