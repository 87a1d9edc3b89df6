import { describe, expect, it } from 'vitest';
import { boundsOf, sentencesAt, splitSentences } from '../../../src/core/text/sentences.ts';

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe('splitSentences', () => {
  it('splits on end punctuation followed by a capital', () => {
    expect(texts('One thing happened. Then another! Did it? Yes.')).toEqual(['One thing happened.', 'Then another!', 'Did it?', 'Yes.']);
  });
  it('keeps abbreviations, initials and decimals inside a sentence', () => {
    expect(texts('Mr. Smith met U.S. officials and John F. Kennedy. It cost $62.5 billion.')).toEqual([
      'Mr. Smith met U.S. officials and John F. Kennedy.',
      'It cost $62.5 billion.',
    ]);
  });
  it('ends a sentence at a company’s suffix when a pronoun or an article opens the next, and keeps it inside otherwise', () => {
    expect(texts('Jo Doe has resigned as chairman of Acme Broadcasting Corp. His departure deepens the crisis.')).toEqual([
      'Jo Doe has resigned as chairman of Acme Broadcasting Corp.',
      'His departure deepens the crisis.',
    ]);
    expect(texts('Shares of Acme Corp. Limited rose.')).toEqual(['Shares of Acme Corp. Limited rose.']);
  });
  it('keeps a plural title before a list of names inside its sentence', () => {
    expect(texts('The bill was backed by Sens. Ann Roe and Jo Vale. It passed.')).toEqual(['The bill was backed by Sens. Ann Roe and Jo Vale.', 'It passed.']);
    expect(texts('“It is needed,” said Ald. Ann Roe, 6th Ward. It passed.')).toEqual(['“It is needed,” said Ald. Ann Roe, 6th Ward.', 'It passed.']);
  });
  it('keeps a US state after its city, and a one-letter abbreviation, inside a sentence', () => {
    expect(texts('Five editors resigned from the Santa Barbara (Calif.) News-Press on Thursday. It was a blow.')).toEqual([
      'Five editors resigned from the Santa Barbara (Calif.) News-Press on Thursday.',
      'It was a blow.',
    ]);
    expect(texts('HAYWARD, Calif. (AP) — A man died. Palm Bay d. Rockledge 70-44. They met in Washington. Mass. transit stalled.')).toEqual([
      'HAYWARD, Calif. (AP) — A man died.',
      'Palm Bay d. Rockledge 70-44.',
      'They met in Washington.',
      'Mass. transit stalled.',
    ]);
  });
  it('keeps the day, date or time zone after a clock time in its sentence, but ends one at a clock time', () => {
    expect(texts('Tickets go on sale at 10 a.m. Friday, Dec. 6. Doors open at 7 p.m. ET. The show starts at 8 p.m. The band plays two sets.')).toEqual([
      'Tickets go on sale at 10 a.m. Friday, Dec. 6.',
      'Doors open at 7 p.m. ET.',
      'The show starts at 8 p.m.',
      'The band plays two sets.',
    ]);
  });
  it('keeps closing quotes with their sentence', () => {
    expect(texts('He said “it works.” Then he left.')).toEqual(['He said “it works.”', 'Then he left.']);
  });
  it('keeps a quotation of several sentences whole when the attribution follows it', () => {
    expect(texts('Tuilagi agreed. "Our reefs feed our families. We cannot wait," she said. Talks ended.')).toEqual([
      'Tuilagi agreed.',
      '"Our reefs feed our families. We cannot wait," she said.',
      'Talks ended.',
    ]);
    expect(texts('“Is it over? Not yet,” the minister told reporters.')).toEqual(['“Is it over? Not yet,” the minister told reporters.']);
  });
  it('still splits a quotation that ends its own sentence, and one left open', () => {
    expect(texts('"It is done. We are safe." Then he left.').at(-1)).toBe('Then he left.');
    expect(texts('He said "the end is near. Nobody listens. The rest is history.')).toHaveLength(3);
  });
  it('reports offsets that point back into the paragraph', () => {
    const paragraph = 'Alpha beta.  Gamma delta.';
    for (const span of splitSentences(paragraph)) expect(paragraph.slice(span.start, span.start + span.text.length)).toBe(span.text);
  });
});

describe('sentence bounds, as a passage keeps its sentences', () => {
  it('give back the same sentences, at the same offsets, cut from the text', () => {
    const paragraph = '  “Our reefs feed us. We cannot wait,” she said.   Mr. Roe agreed. Then he left!\n';
    const spans = splitSentences(paragraph);
    expect(spans).toHaveLength(3);
    expect(boundsOf(spans)).toEqual(spans.flatMap((s) => [s.start, s.start + s.text.length]));
    expect(sentencesAt(paragraph, boundsOf(spans))).toEqual(spans);
  });
  it('of a text without sentences are empty', () => {
    expect(boundsOf(splitSentences('   '))).toEqual([]);
    expect(sentencesAt('   ', [])).toEqual([]);
  });
});
