/**
 * The best few matches of a query, ranked exactly as MiniSearch's `search()`
 * ranks them, at a fraction of the cost.
 *
 * `search()` builds a result object (score, matched terms, matched fields)
 * for every document a query matches and sorts them all, though an answer
 * reads the first fifty. A common word matches tens of thousands of passages
 * in a large corpus, so one search allocated that many objects and spent most
 * of its time building and collecting them. Here the same scores are summed,
 * in the same order, into typed arrays, and only the best `limit` are sorted.
 *
 * "Exactly" is meant to the last bit and to the order of ties (ten copies of
 * a passage score the same; MiniSearch keeps them in the order it met them):
 * BM25+ per field with the same parameters, the same prefix and typo weights,
 * AND and OR combined in MiniSearch's order, and the matched-terms quality
 * factor. Scoring reads MiniSearch's index, which it declares `protected`;
 * the tests hold this ranking equal to `search()` on generated corpora, so an
 * upgrade that scores differently is caught. Where equality is not certain
 * (an index with discarded documents still in its term lists, which
 * MiniSearch cleans up lazily during searches, or more distinct terms than a
 * bit mask holds) the caller is told to ask MiniSearch instead.
 */
import type MiniSearch from 'minisearch';
import type { SearchOptions } from 'minisearch';

type TermFrequencies = Map<number, number>;
type FieldTermData = Map<number, TermFrequencies>;

/** The parts of a MiniSearch instance that scoring reads (protected members in MiniSearch 7). */
interface IndexInternals {
  _index: {
    get(term: string): FieldTermData | undefined;
    atPrefix(prefix: string): Iterable<[string, FieldTermData]>;
    fuzzyGet(term: string, maxDistance: number): Map<string, [FieldTermData, number]>;
  };
  _documentCount: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _nextId: number;
  _options: {
    fields: string[];
    tokenize: (text: string) => string[];
    processTerm: (term: string) => string | string[] | null | undefined | false;
    searchOptions: SearchOptions & { bm25: { k: number; b: number; d: number } };
  };
}

export type Combination = 'AND' | 'OR';

export interface RankedMatch {
  id: string;
  score: number;
}

/** The matches of one query: how many, and the best of them in MiniSearch's order. */
export interface Matches {
  count: number;
  /**
   * The best `limit` matches, best first. With `keep`, only matches for which it
   * holds: it is given a test of whether a document matched a query term.
   */
  best(limit: number, keep?: (matched: (term: string) => boolean) => boolean): RankedMatch[];
}

/** Distinct query terms are tracked as bits of a 32-bit integer. */
const MAX_TERMS = 31;

/** Per-document working arrays, sized to the index's short ids and reused by every query. */
class Scratch {
  readonly specScore: Float64Array;
  readonly specStamp: Int32Array;
  readonly phraseScore: Float64Array;
  readonly phraseStamp: Int32Array;
  readonly phraseCount: Int32Array;
  readonly phraseMask: Int32Array;
  readonly totalScore: Float64Array;
  readonly totalStamp: Int32Array;
  readonly totalMask: Int32Array;
  private stamp = 0;

  constructor(readonly size: number) {
    this.specScore = new Float64Array(size);
    this.specStamp = new Int32Array(size);
    this.phraseScore = new Float64Array(size);
    this.phraseStamp = new Int32Array(size);
    this.phraseCount = new Int32Array(size);
    this.phraseMask = new Int32Array(size);
    this.totalScore = new Float64Array(size);
    this.totalStamp = new Int32Array(size);
    this.totalMask = new Int32Array(size);
  }

  /** A fresh stamp: an entry whose stamp differs is empty, so nothing is cleared between queries. */
  next(): number {
    if (this.stamp >= 0x3fffffff) {
      this.stamp = 0;
      this.specStamp.fill(0);
      this.phraseStamp.fill(0);
      this.totalStamp.fill(0);
    }
    return ++this.stamp;
  }
}

class Abort extends Error {}

export class Ranker {
  private scratch: Scratch | undefined;

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- any document type: scoring never reads documents
  constructor(private readonly search: MiniSearch<any>) {}

  private get internals(): IndexInternals {
    return this.search as unknown as IndexInternals;
  }

  /** The terms MiniSearch searches for a query string: its tokenizer and term processing. */
  termsOf(query: string): string[] {
    const { tokenize, processTerm } = this.internals._options;
    return tokenize(query)
      .flatMap((term) => processTerm(term))
      .filter((term): term is string => !!term);
  }

  /**
   * The matches of `OR(phrasing₁, phrasing₂, …)`, each phrasing's terms
   * combined with `combineWith`, as `search({ combineWith: 'OR', queries: [...] }, { fuzzy })`
   * would give them (`typos: false` is `fuzzy: false`; `true` keeps the index's own typo setting).
   * Undefined when this ranking cannot be sure to equal MiniSearch's.
   */
  match(phrasings: string[], combineWith: Combination, typos: boolean): Matches | undefined {
    const index = this.internals;
    if (this.search.dirtCount > 0) return undefined;
    const termsByPhrasing = phrasings.map((p) => this.termsOf(p));
    const bits = new Map<string, number>();
    for (const terms of termsByPhrasing) for (const term of terms) if (!bits.has(term)) bits.set(term, 1 << bits.size);
    if (bits.size > MAX_TERMS) return undefined;
    if (!this.scratch || this.scratch.size < index._nextId) this.scratch = new Scratch(Math.max(index._nextId, 1024));
    const scratch = this.scratch;
    const order: number[] = [];
    const total = scratch.next();
    try {
      for (const terms of termsByPhrasing) {
        const phrase = this.phrase(terms, combineWith, typos, bits);
        for (const doc of phrase) {
          if (scratch.totalStamp[doc] !== total) {
            scratch.totalStamp[doc] = total;
            scratch.totalScore[doc] = 0;
            scratch.totalMask[doc] = 0;
            order.push(doc);
          }
          scratch.totalScore[doc] = scratch.totalScore[doc]! + scratch.phraseScore[doc]!;
          scratch.totalMask[doc] = scratch.totalMask[doc]! | scratch.phraseMask[doc]!;
        }
      }
    } catch (error) {
      if (error instanceof Abort) return undefined;
      throw error;
    }
    // MiniSearch multiplies a score by the number of distinct query terms the document matched.
    const scores = new Float64Array(order.length);
    const masks = new Int32Array(order.length);
    order.forEach((doc, i) => {
      masks[i] = scratch.totalMask[doc]!;
      scores[i] = scratch.totalScore[doc]! * (bitCount(masks[i]!) || 1);
    });
    const ids = index._documentIds;
    return {
      count: order.length,
      best(limit, keep) {
        const chosen = bestPositions(scores, limit, keep && ((i) => keep((term) => ((bits.get(term) ?? 0) & masks[i]!) !== 0)));
        return chosen.map((i) => ({ id: String(ids.get(order[i]!)), score: scores[i]! }));
      },
    };
  }

  /** One phrasing: its documents in MiniSearch's order, with scores and matched terms left in the phrase arrays. */
  private phrase(terms: string[], combineWith: Combination, typos: boolean, bits: Map<string, number>): number[] {
    const scratch = this.scratch!;
    const stamp = scratch.next();
    const seen: number[] = [];
    let last: number[] = [];
    terms.forEach((term, i) => {
      const spec = this.termDocuments(term, i, terms, typos);
      const bit = bits.get(term)!;
      for (const doc of spec) {
        if (scratch.phraseStamp[doc] !== stamp) {
          scratch.phraseStamp[doc] = stamp;
          scratch.phraseScore[doc] = 0;
          scratch.phraseCount[doc] = 0;
          scratch.phraseMask[doc] = 0;
          seen.push(doc);
        }
        scratch.phraseScore[doc] = scratch.phraseScore[doc]! + scratch.specScore[doc]!;
        scratch.phraseCount[doc] = scratch.phraseCount[doc]! + 1;
        scratch.phraseMask[doc] = scratch.phraseMask[doc]! | bit;
      }
      last = spec;
    });
    if (terms.length === 0) return [];
    // AND keeps what every term matched, in the order of the last term's matches; OR keeps all, in the order first met.
    return combineWith === 'AND' ? last.filter((doc) => scratch.phraseCount[doc] === terms.length) : seen;
  }

  /** One term with its prefixes and near spellings (MiniSearch's executeQuerySpec); scores left in specScore. */
  private termDocuments(term: string, position: number, terms: string[], typos: boolean): number[] {
    const { _index: index, _options: options } = this.internals;
    const settings = options.searchOptions;
    const scratch = this.scratch!;
    const stamp = scratch.next();
    const docs: number[] = [];
    const fuzzySetting = typos ? (typeof settings.fuzzy === 'function' ? settings.fuzzy(term, position, terms) : settings.fuzzy || false) : false;
    const prefix = typeof settings.prefix === 'function' ? settings.prefix(term, position, terms) : settings.prefix === true;
    const weights = { fuzzy: 0.45, prefix: 0.375, ...settings.weights };

    this.score(index.get(term), 1, stamp, docs);
    const prefixMatches = prefix ? index.atPrefix(term) : undefined;
    let fuzzyMatches: Map<string, [FieldTermData, number]> | undefined;
    if (fuzzySetting) {
      const fuzzy = fuzzySetting === true ? 0.2 : fuzzySetting;
      const maxDistance = fuzzy < 1 ? Math.min(settings.maxFuzzy ?? 6, Math.round(term.length * fuzzy)) : fuzzy;
      if (maxDistance) fuzzyMatches = index.fuzzyGet(term, maxDistance);
    }
    if (prefixMatches) {
      for (const [match, data] of prefixMatches) {
        const distance = match.length - term.length;
        if (!distance) continue;
        fuzzyMatches?.delete(match);
        this.score(data, (weights.prefix * match.length) / (match.length + 0.3 * distance), stamp, docs);
      }
    }
    if (fuzzyMatches) {
      for (const [match, [data, distance]] of fuzzyMatches) {
        if (!distance) continue;
        this.score(data, (weights.fuzzy * match.length) / (match.length + distance), stamp, docs);
      }
    }
    return docs;
  }

  /** BM25+ of one index term in each field (MiniSearch's termResults), added to specScore. */
  private score(data: FieldTermData | undefined, weight: number, stamp: number, docs: number[]): void {
    if (data == null) return;
    const { _options: options, _fieldIds: fieldIds, _avgFieldLength: averages, _documentIds: live, _fieldLength: lengths, _documentCount: count } = this.internals;
    const { k, b, d } = options.searchOptions.bm25;
    const boosts = options.searchOptions.boost ?? {};
    const scratch = this.scratch!;
    for (const field of options.fields) {
      const boost = (Object.hasOwn(boosts, field) ? boosts[field] : undefined) || 1;
      const fieldId = fieldIds[field]!;
      const frequencies = data.get(fieldId);
      if (frequencies == null) continue;
      const matching = frequencies.size;
      const average = averages[fieldId]!;
      const inverse = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
      // forEach, not for…of: the same order, without an entry array per document.
      frequencies.forEach((frequency, doc) => {
        // A discarded document MiniSearch has not cleaned up yet: it would clean it now, and count differently.
        if (!live.has(doc)) throw new Abort();
        const length = lengths.get(doc)![fieldId]!;
        const raw = inverse * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * length) / average)));
        const weighted = weight * 1 * boost * 1 * raw;
        if (scratch.specStamp[doc] !== stamp) {
          scratch.specStamp[doc] = stamp;
          scratch.specScore[doc] = weighted;
          docs.push(doc);
        } else {
          scratch.specScore[doc] = scratch.specScore[doc]! + weighted;
        }
      });
    }
  }
}

function bitCount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Positions of the `limit` highest scores, highest first; equal scores in
 * position order (what a stable sort by score gives). A bounded heap keeps
 * the worst of the best at its root, so each further position costs log(limit).
 */
export function bestPositions(scores: Float64Array, limit: number, keep?: (position: number) => boolean): number[] {
  // a ranks below b: a lower score, or the same score met later.
  const below = (a: number, b: number) => scores[a]! < scores[b]! || (scores[a] === scores[b] && a > b);
  const heap: number[] = [];
  const siftDown = (from: number) => {
    let at = from;
    for (;;) {
      const left = 2 * at + 1;
      const right = left + 1;
      let worst = at;
      if (left < heap.length && below(heap[left]!, heap[worst]!)) worst = left;
      if (right < heap.length && below(heap[right]!, heap[worst]!)) worst = right;
      if (worst === at) return;
      [heap[at], heap[worst]] = [heap[worst]!, heap[at]!];
      at = worst;
    }
  };
  if (limit <= 0) return [];
  for (let i = 0; i < scores.length; i++) {
    if (keep && !keep(i)) continue;
    if (heap.length < limit) {
      heap.push(i);
      let at = heap.length - 1;
      while (at > 0) {
        const parent = (at - 1) >> 1;
        if (!below(heap[at]!, heap[parent]!)) break;
        [heap[at], heap[parent]] = [heap[parent]!, heap[at]!];
        at = parent;
      }
    } else if (below(heap[0]!, i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.sort((a, b) => (below(a, b) ? 1 : below(b, a) ? -1 : 0));
}
