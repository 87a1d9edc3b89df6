/**
 * The ranker gives the best matches MiniSearch's own search() gives, to the
 * last bit of each score and in the same order of ties, however the corpus and
 * query are made; and it declines where it cannot be sure of that.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Combination } from '../../../src/core/search/ranking.ts';
import { Ranker, TopK } from '../../../src/core/search/ranking.ts';
import { createMiniSearch, PassageIndex, type IndexedPassage } from '../../../src/core/search/passageIndex.ts';

// Few words that share prefixes and lie one or two typos apart, so that queries match through every route.
const WORDS = ['state', 'states', 'statement', 'stat', 'government', 'governments', 'govern', 'gvoernment', 'union', 'unions', 'congress', 'congressional', 'war', 'wars', 'peace', 'pace', 'taliban', 'isis', 'k', 'isisk', 'the', 'of', 'tax', 'taxes'];
const word = fc.constantFrom(...WORDS);
const text = fc.array(word, { minLength: 0, maxLength: 12 }).map((words) => words.join(' '));
const document = fc.record({ text, section: fc.oneof(fc.constant(''), text), names: fc.oneof(fc.constant(''), text) });
/** Documents, some of them copied (a corpus repeated scores copies the same: ties). */
const corpus = fc
  .tuple(fc.array(document, { minLength: 1, maxLength: 40 }), fc.array(fc.nat(), { maxLength: 15 }))
  .map(([documents, copies]) => [...documents, ...copies.map((i) => documents[i % documents.length]!)].map((d, i): IndexedPassage => ({ id: `p${i}`, ...d })));
const phrasings = fc.array(fc.array(word, { minLength: 1, maxLength: 4 }).map((words) => words.join(' ')), { minLength: 1, maxLength: 3 });
const combination = fc.constantFrom<Combination>('AND', 'OR');

function miniSearchOf(documents: IndexedPassage[]) {
  const search = createMiniSearch();
  search.addAll(documents);
  return search;
}

/** What MiniSearch itself answers for OR(phrasings), each combined with `combineWith`. */
function reference(search: ReturnType<typeof createMiniSearch>, queries: string[], combineWith: Combination, typos: boolean) {
  return search.search({ combineWith: 'OR', queries: queries.map((q) => ({ queries: [q], combineWith })) }, typos ? {} : { fuzzy: false });
}

describe('ranking the best matches', () => {
  it('gives the ids, scores and order of MiniSearch’s search, and its count', () => {
    fc.assert(
      fc.property(corpus, phrasings, combination, fc.boolean(), fc.integer({ min: 1, max: 60 }), (documents, queries, combineWith, typos, limit) => {
        const search = miniSearchOf(documents);
        const ranking = new Ranker(search).rank({ phrasings: queries, combineWith, typos, limit })!;
        const expected = reference(search, queries, combineWith, typos);
        expect(ranking.count).toBe(expected.length);
        expect(ranking.best).toEqual(expected.slice(0, limit).map((hit) => ({ id: hit.id, score: hit.score })));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps only the matches a test of their matched query terms accepts, as a filter of the search would', () => {
    fc.assert(
      fc.property(corpus, phrasings, word, fc.boolean(), (documents, queries, required, typos) => {
        const search = miniSearchOf(documents);
        const { kept } = new Ranker(search).rank({ phrasings: queries, combineWith: 'OR', typos, limit: 50, keep: (matched) => matched(required) })!;
        const expected = reference(search, queries, 'OR', typos).filter((hit) => hit.queryTerms.includes(required));
        expect(kept).toEqual(expected.slice(0, 50).map((hit) => ({ id: hit.id, score: hit.score })));
      }),
      { numRuns: 150 },
    );
  });

  it('declines an index that still holds discarded documents, and the passage index then asks MiniSearch', () => {
    const documents: IndexedPassage[] = ['state of the union', 'the union states', 'war and peace', 'state taxes'].map((text, i) => ({ id: `p${i}`, text, section: '', names: '' }));
    const search = miniSearchOf(documents);
    search.discard('p1');
    expect(new Ranker(search).rank({ phrasings: ['union'], combineWith: 'AND', typos: false, limit: 10 })).toBeUndefined();
    expect(new PassageIndex(search).find(['union']).map((hit) => hit.id)).toEqual(['p0']);
  });

  it('declines a query of more distinct terms than it can track', () => {
    const search = miniSearchOf([{ id: 'p0', text: 'alpha', section: '', names: '' }]);
    const many = Array.from({ length: 32 }, (_, i) => `term${String.fromCharCode(97 + (i % 26))}${i}`).join(' ');
    expect(new Ranker(search).rank({ phrasings: [many], combineWith: 'OR', typos: false, limit: 10 })).toBeUndefined();
  });
});

describe('keeping the best few of many', () => {
  it('gives what a stable sort by descending score gives, cut to the limit', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 200 }), fc.integer({ min: 0, max: 30 }), (scores, limit) => {
        const top = new TopK(limit);
        scores.forEach((score, item) => top.offer(score, item));
        const sorted = scores.map((score, item) => ({ item, score })).sort((a, b) => b.score - a.score);
        expect(top.sorted()).toEqual(sorted.slice(0, limit));
      }),
    );
  });
});
