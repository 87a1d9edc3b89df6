/**
 * The MiniSearch index over passages. Fields: the paragraph text, its section
 * heading, its article's title, and the names of the entities it mentions (so
 * "ttp" finds a passage that says "Tehreek-i-Taliban Pakistan" and back).
 */
import MiniSearch, { type Query, type SearchOptions } from 'minisearch';
import type { Passage } from '../content/article.ts';
import { isStopWord, queryTerms, tokenize } from '../text/normalize.ts';

export interface IndexedPassage {
  id: string;
  text: string;
  section: string;
  title: string;
  names: string;
}

export interface PassageHit {
  id: string;
  score: number;
  terms: string[];
}

const BOOST = { names: 2, section: 1.5, text: 1, title: 0.5 };

export const SEARCH_OPTIONS: SearchOptions = {
  boost: BOOST,
  // Prefixes from four letters ("negotiat" finds "negotiations"). One typo in a
  // four-letter word ("lodi" finds "lodhi"), one per five letters above that.
  prefix: (term) => term.length >= 4,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : term.length === 4 ? 1 : false),
  maxFuzzy: 2,
  weights: { fuzzy: 0.45, prefix: 0.375 },
};

export function createMiniSearch(): MiniSearch<IndexedPassage> {
  return new MiniSearch<IndexedPassage>({
    fields: ['text', 'section', 'title', 'names'],
    storeFields: [],
    tokenize,
    processTerm: (term) => (isStopWord(term) ? null : term),
    searchOptions: SEARCH_OPTIONS,
  });
}

export class PassageIndex {
  constructor(readonly search: MiniSearch<IndexedPassage>) {}

  static build(documents: IndexedPassage[]): PassageIndex {
    const search = createMiniSearch();
    search.addAll(documents);
    return new PassageIndex(search);
  }

  /**
   * Passages matching all words of any of the phrasings (the query itself and
   * the aliases it stands for); when none matches them all, any word will do.
   */
  find(phrasings: string[], limit = 50): PassageHit[] {
    const queries = phrasings.map((p) => queryTerms(p).join(' ')).filter(Boolean);
    if (queries.length === 0) return [];
    const run = (combineWith: 'AND' | 'OR') => {
      const query: Query = { combineWith: 'OR', queries: queries.map((q) => ({ queries: [q], combineWith })) };
      return this.search.search(query).slice(0, limit);
    };
    const strict = run('AND');
    const hits = strict.length > 0 ? strict : run('OR');
    return hits.map((hit) => ({ id: String(hit.id), score: hit.score, terms: hit.terms }));
  }

  /** Index terms close to the query, for "did you mean". */
  nearTerms(query: string, limit = 5): string[] {
    const suggestions = this.search.autoSuggest(query, { fuzzy: 0.34, prefix: true, combineWith: 'OR' });
    return suggestions.slice(0, limit).map((s) => s.suggestion);
  }
}

export function passageDocument(passage: Passage, articleTitle: string, names: string[]): IndexedPassage {
  return { id: passage.id, text: passage.text, section: passage.section, title: articleTitle, names: names.join(' \n ') };
}
