/**
 * The MiniSearch index over passages. Fields: the paragraph text, its section
 * heading, and the names of the entities it mentions (so "ttp" finds a
 * passage that says "Tehreek-i-Taliban Pakistan" and back).
 *
 * The article title is deliberately not a field: it is the same on every
 * passage of an article, so it ranks nothing, and a common title word ("State
 * of the Union") would make every passage a match and every search slow.
 *
 * Searches are ranked by `ranking.ts`, which gives MiniSearch's own ranking
 * without a result object per matching passage.
 */
import MiniSearch, { type AsPlainObject, type SearchOptions } from 'minisearch';
import type { Passage } from '../content/article.ts';
import { isStopWord, queryTerms, tokenize } from '../text/normalize.ts';
import { Ranker, type Ranking, type RankQuery } from './ranking.ts';

export interface IndexedPassage {
  id: string;
  text: string;
  section: string;
  names: string;
}

export interface PassageHit {
  id: string;
  score: number;
}

const BOOST = { names: 2, section: 1.5, text: 1 };
// Fewer passages than this holding every word of a search are followed by those holding most of them.
const FEW_HITS = 3;

/** One typo from four letters ("lodi" finds "lodhi"), two from ten. */
export function typosAllowed(term: string): number | false {
  return term.length >= 10 ? 2 : term.length >= 4 ? 1 : false;
}

export const SEARCH_OPTIONS: SearchOptions = {
  boost: BOOST,
  // Prefixes from four letters ("negotiat" finds "negotiations").
  prefix: (term) => term.length >= 4,
  fuzzy: (term) => typosAllowed(term),
  maxFuzzy: 2,
  weights: { fuzzy: 0.45, prefix: 0.375 },
};

const MINISEARCH_OPTIONS = {
  fields: ['text', 'section', 'names'],
  // MiniSearch vacuums in timed batches, walking the index between them; a passage added or
  // discarded in between breaks that walk (an uncaught TypeError). Updates take passages out with
  // remove(), which leaves nothing to vacuum, so a vacuum is never started.
  autoVacuum: false,
  storeFields: [],
  tokenize,
  processTerm: (term: string) => (isStopWord(term) ? null : term),
  searchOptions: SEARCH_OPTIONS,
};

export function createMiniSearch(): MiniSearch<IndexedPassage> {
  return new MiniSearch<IndexedPassage>(MINISEARCH_OPTIONS);
}

/** A term and, per field id, its postings as [shortId, count, shortId, count, …]. */
export type PackedTerm = [string, ...(number | number[])[]];
export type PackedIndex = Omit<AsPlainObject, 'index'> & { terms: PackedTerm[] };

function expandTerm(row: PackedTerm): [string, Record<string, Record<string, number>>] {
  const fields: Record<string, Record<string, number>> = {};
  for (let i = 1; i < row.length; i += 2) {
    const flat = row[i + 1] as number[];
    const postings: Record<string, number> = {};
    for (let j = 0; j < flat.length; j += 2) postings[flat[j]!] = flat[j + 1]!;
    fields[row[i] as number] = postings;
  }
  return [row[0], fields];
}

export class PassageIndex {
  private readonly ranker: Ranker;
  /** Set once newer knowledge has changed the shared index: the passages this knowledge has. */
  private known: ReadonlyMap<string, unknown> | undefined;

  constructor(readonly search: MiniSearch<IndexedPassage>) {
    this.ranker = new Ranker(search);
  }

  /**
   * An incremental update changes the MiniSearch index in place and hands it to
   * the new knowledge. Knowledge still held by something in flight (a digest
   * composing across an await) then finds only passages it knows, never one
   * added after it.
   */
  keepTo(passages: ReadonlyMap<string, unknown>): void {
    this.known = passages;
  }

  /** Restores an index saved with `search.toJSON()`; the options must be the ones it was built with. */
  static fromJS(saved: AsPlainObject): PassageIndex {
    return new PassageIndex(MiniSearch.loadJS<IndexedPassage>(saved, MINISEARCH_OPTIONS));
  }

  /**
   * The index as MiniSearch saves it, with each term's postings as flat number
   * arrays instead of objects keyed by id: a third smaller, and restored twice
   * as fast (see fromPacked), which is most of the time `npm run ask` takes.
   */
  pack(): PackedIndex {
    const { index, ...rest } = this.search.toJSON();
    const terms = index.map(([term, fields]): PackedTerm => {
      const row: PackedTerm = [term];
      for (const [fieldId, postings] of Object.entries(fields)) {
        const flat: number[] = [];
        for (const [shortId, count] of Object.entries(postings)) flat.push(Number(shortId), count);
        row.push(Number(fieldId), flat);
      }
      return row;
    });
    return { ...rest, terms };
  }

  /**
   * Restores a packed index. MiniSearch's own loadJS reads each posting list
   * from an object into a Map; here the Maps are built from the arrays and put
   * into its term tree directly (the one internal it has kept since v3). Were
   * that internal ever gone, the index is expanded and loaded the public way.
   */
  static fromPacked(packed: PackedIndex): PassageIndex {
    const { terms, ...rest } = packed;
    const search = MiniSearch.loadJS<IndexedPassage>({ ...rest, index: [] }, MINISEARCH_OPTIONS);
    const tree = (search as unknown as { _index?: { set?: unknown } })._index;
    if (typeof tree?.set !== 'function') return PassageIndex.fromJS({ ...rest, index: terms.map(expandTerm) });
    const set = tree.set as (term: string, fields: Map<number, Map<number, number>>) => void;
    for (const row of terms) {
      const fields = new Map<number, Map<number, number>>();
      for (let i = 1; i < row.length; i += 2) {
        const flat = row[i + 1] as number[];
        const postings = new Map<number, number>();
        for (let j = 0; j < flat.length; j += 2) postings.set(flat[j]!, flat[j + 1]!);
        fields.set(row[i] as number, postings);
      }
      set.call(tree, row[0], fields);
    }
    return new PassageIndex(search);
  }

  static build(documents: IndexedPassage[]): PassageIndex {
    const search = createMiniSearch();
    search.addAll(documents);
    return new PassageIndex(search);
  }

  /**
   * Passages matching all words of any of the phrasings (the query itself and
   * the aliases it stands for); when none matches them all, any word will do.
   *
   * Exact and prefix matches are tried first; the costlier typo-tolerant search
   * runs only when they find nothing, and once: its results tell which words
   * each passage matched, so "all words" is checked on them directly.
   */
  find(phrasings: string[], limit = 50): PassageHit[] {
    // "Government" and "the Government" are one search, not two.
    const distinct = new Map(phrasings.map((p) => queryTerms(p)).filter((terms) => terms.length > 0).map((terms) => [terms.join(' '), terms]));
    const queries = [...distinct.values()];
    if (queries.length === 0) return [];
    const joined = [...distinct.keys()];
    const exact = this.rank({ phrasings: joined, combineWith: 'AND', typos: false, limit });
    if (exact.count >= FEW_HITS) return exact.best;
    if (exact.count > 0) {
      // Few passages hold every word: those first, then the best that hold most of them.
      const seen = new Set(exact.best.map((hit) => hit.id));
      const partial = this.rank({ phrasings: joined, combineWith: 'OR', typos: false, limit: limit + exact.best.length }).best.filter((hit) => !seen.has(hit.id));
      return [...exact.best, ...partial].slice(0, limit);
    }
    // A passage matches all words of a phrasing when each of its (non-joined) terms found a match.
    const complete = (matched: (term: string) => boolean) => queries.some((terms) => terms.every((t) => matched(t) || isJoinedTerm(t, terms)));
    const tolerant = this.rank({ phrasings: joined, combineWith: 'OR', typos: true, limit, keep: complete });
    return tolerant.kept.length > 0 ? tolerant.kept : tolerant.best;
  }

  /** Ranked by the ranker, or by MiniSearch itself where the ranker cannot be sure to agree with it. */
  private rank(query: RankQuery): Ranking {
    // Knowledge an update has left behind searches only its own passages, which the ranker cannot filter.
    const known = this.known;
    const ranked = known ? undefined : this.ranker.rank(query);
    if (ranked) return ranked;
    const { phrasings, combineWith, typos, limit, keep } = query;
    const options: SearchOptions = { ...(typos ? {} : { fuzzy: false }), ...(known ? { filter: (hit) => known.has(String(hit.id)) } : {}) };
    const results = this.search.search({ combineWith: 'OR', queries: phrasings.map((phrasing) => ({ queries: [phrasing], combineWith })) }, options);
    const toMatches = (hits: typeof results) => hits.slice(0, limit).map((hit) => ({ id: String(hit.id), score: hit.score }));
    return { count: results.length, best: toMatches(results), kept: keep ? toMatches(results.filter((hit) => keep((term) => hit.queryTerms.includes(term)))) : [] };
  }

  /** Index terms close to the query, for "did you mean". */
  nearTerms(query: string, limit = 5): string[] {
    const suggestions = this.search.autoSuggest(query, { fuzzy: (term) => typosAllowed(term), maxFuzzy: 2, prefix: true, combineWith: 'OR' });
    return suggestions.slice(0, limit).map((s) => s.suggestion);
  }
}

/** "isisk" in ["isis", "k", "isisk"]: the joined form is a help for matching, not a word that must match. */
function isJoinedTerm(term: string, terms: string[]): boolean {
  return terms.some((a, i) => terms[i + 1] !== undefined && a + terms[i + 1] === term);
}

/** A passage as the index files it; `names` are the names of the entities it mentions, joined. */
export function passageDocument(passage: Passage, names: string): IndexedPassage {
  return { id: passage.id, text: passage.text, section: passage.section, names };
}
