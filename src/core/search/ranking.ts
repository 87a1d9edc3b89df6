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

export interface RankQuery {
  /** Query strings, combined with OR; the terms of each combined with `combineWith`. */
  phrasings: string[];
  combineWith: Combination;
  /** false searches as `{ fuzzy: false }` does; true keeps the index's own typo setting. */
  typos: boolean;
  limit: number;
  /** Also rank apart the matches this accepts; it is given a test of whether a match matched a query term. */
  keep?: (matched: (term: string) => boolean) => boolean;
}

/** How many documents a query matched, its best `limit` in MiniSearch's order, and the best of those `keep` accepts. */
export interface Ranking {
  count: number;
  best: RankedMatch[];
  kept: RankedMatch[];
}

/** Distinct query terms are tracked as bits of a 32-bit integer. */
const MAX_TERMS = 31;

/** Per-document working arrays, sized to the index's short ids and reused by every query. */
class Scratch {
  readonly specDocs: Int32Array;
  readonly specScore: Float64Array;
  readonly specStamp: Int32Array;
  readonly phraseDocs: Int32Array;
  readonly phraseScore: Float64Array;
  readonly phraseStamp: Int32Array;
  readonly phraseCount: Int32Array;
  readonly phraseMask: Int32Array;
  readonly totalDocs: Int32Array;
  readonly totalScore: Float64Array;
  readonly totalStamp: Int32Array;
  readonly totalMask: Int32Array;
  private stamp = 0;

  constructor(readonly size: number) {
    const ints = () => new Int32Array(size);
    const floats = () => new Float64Array(size);
    [this.specDocs, this.specScore, this.specStamp] = [ints(), floats(), ints()];
    [this.phraseDocs, this.phraseScore, this.phraseStamp, this.phraseCount, this.phraseMask] = [ints(), floats(), ints(), ints(), ints()];
    [this.totalDocs, this.totalScore, this.totalStamp, this.totalMask] = [ints(), floats(), ints(), ints()];
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

/** Documents in MiniSearch's order (the first `length` of `docs`), their scores, and the query terms each matched. */
interface Layer {
  docs: Int32Array;
  length: number;
  score: Float64Array;
  /** One set of term bits for every document, or each document's own. */
  mask: number | Int32Array;
}

/** Each field's length per document (-1: no such document), as dense arrays for the scoring loop. */
interface FieldLengths {
  nextId: number;
  documentCount: number;
  byField: Int32Array[];
}

class Abort extends Error {}

export class Ranker {
  private scratch: Scratch | undefined;
  private lengths: FieldLengths | undefined;

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
   * What `search({ combineWith: 'OR', queries: phrasings.map((p) => ({ queries: [p], combineWith })) }, { fuzzy })`
   * would rank first. Undefined when this ranking cannot be sure to equal MiniSearch's.
   */
  rank({ phrasings, combineWith, typos, limit, keep }: RankQuery): Ranking | undefined {
    const index = this.internals;
    if (this.search.dirtCount > 0) return undefined;
    const termsByPhrasing = phrasings.map((p) => this.termsOf(p));
    const bits = new Map<string, number>();
    for (const terms of termsByPhrasing) for (const term of terms) if (!bits.has(term)) bits.set(term, 1 << bits.size);
    if (bits.size > MAX_TERMS) return undefined;
    if (!this.scratch || this.scratch.size < index._nextId) this.scratch = new Scratch(Math.max(index._nextId, 1024));
    let result: Layer;
    try {
      result = this.union(termsByPhrasing.map((terms) => () => this.phrase(terms, combineWith, typos, bits)));
    } catch (error) {
      if (error instanceof Abort) return undefined;
      throw error;
    }
    const { docs, length, score, mask } = result;
    const best = new TopK(limit);
    const kept = new TopK(keep ? limit : 0);
    for (let i = 0; i < length; i++) {
      const doc = docs[i]!;
      const matched = typeof mask === 'number' ? mask : mask[doc]!;
      // MiniSearch multiplies a score by the number of distinct query terms the document matched.
      const final = score[doc]! * (bitCount(matched) || 1);
      best.offer(final, doc);
      if (keep && keep((term) => ((bits.get(term) ?? 0) & matched) !== 0)) kept.offer(final, doc);
    }
    const ids = index._documentIds;
    const toMatches = (top: TopK) => top.sorted().map(({ item, score }) => ({ id: String(ids.get(item)), score }));
    return { count: length, best: toMatches(best), kept: toMatches(kept) };
  }

  /** OR of the phrasings: documents in the order first met, scores summed in phrasing order. */
  private union(phrases: (() => Layer)[]): Layer {
    // One phrasing is its own result (MiniSearch's reduce returns it as it is).
    if (phrases.length === 1) return phrases[0]!();
    const scratch = this.scratch!;
    const stamp = scratch.next();
    const { totalDocs, totalScore, totalStamp, totalMask } = scratch;
    let length = 0;
    for (const compute of phrases) {
      const phrase = compute();
      for (let i = 0; i < phrase.length; i++) {
        const doc = phrase.docs[i]!;
        if (totalStamp[doc] !== stamp) {
          totalStamp[doc] = stamp;
          totalScore[doc] = 0;
          totalMask[doc] = 0;
          totalDocs[length++] = doc;
        }
        totalScore[doc] = totalScore[doc]! + phrase.score[doc]!;
        totalMask[doc] = totalMask[doc]! | (typeof phrase.mask === 'number' ? phrase.mask : phrase.mask[doc]!);
      }
    }
    return { docs: totalDocs, length, score: totalScore, mask: totalMask };
  }

  /** One phrasing's terms, combined as MiniSearch combines them. */
  private phrase(terms: string[], combineWith: Combination, typos: boolean, bits: Map<string, number>): Layer {
    const scratch = this.scratch!;
    if (terms.length === 1) return { docs: scratch.specDocs, length: this.termDocuments(terms[0]!, 0, terms, typos), score: scratch.specScore, mask: bits.get(terms[0]!)! };
    const stamp = scratch.next();
    const { specDocs, specScore, phraseDocs, phraseScore, phraseStamp, phraseCount, phraseMask } = scratch;
    let length = 0;
    let lastLength = 0;
    terms.forEach((term, i) => {
      lastLength = this.termDocuments(term, i, terms, typos);
      const bit = bits.get(term)!;
      for (let j = 0; j < lastLength; j++) {
        const doc = specDocs[j]!;
        if (phraseStamp[doc] !== stamp) {
          phraseStamp[doc] = stamp;
          phraseScore[doc] = 0;
          phraseCount[doc] = 0;
          phraseMask[doc] = 0;
          phraseDocs[length++] = doc;
        }
        phraseScore[doc] = phraseScore[doc]! + specScore[doc]!;
        phraseCount[doc] = phraseCount[doc]! + 1;
        phraseMask[doc] = phraseMask[doc]! | bit;
      }
    });
    if (combineWith === 'AND') {
      // What every term matched, in the order of the last term's matches.
      length = 0;
      for (let j = 0; j < lastLength; j++) if (phraseCount[specDocs[j]!] === terms.length) phraseDocs[length++] = specDocs[j]!;
    }
    // OR keeps every document, in the order first met.
    return { docs: phraseDocs, length, score: phraseScore, mask: phraseMask };
  }

  /**
   * One term with its prefixes and near spellings (MiniSearch's executeQuerySpec):
   * the documents, in the order met, fill the start of specDocs, their scores specScore.
   */
  private termDocuments(term: string, position: number, terms: string[], typos: boolean): number {
    const { _index: index, _options: options } = this.internals;
    const settings = options.searchOptions;
    const stamp = this.scratch!.next();
    const fuzzySetting = typos ? (typeof settings.fuzzy === 'function' ? settings.fuzzy(term, position, terms) : settings.fuzzy || false) : false;
    const prefix = typeof settings.prefix === 'function' ? settings.prefix(term, position, terms) : settings.prefix === true;
    const weights = { fuzzy: 0.45, prefix: 0.375, ...settings.weights };

    let length = this.score(index.get(term), 1, stamp, 0);
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
        length = this.score(data, (weights.prefix * match.length) / (match.length + 0.3 * distance), stamp, length);
      }
    }
    if (fuzzyMatches) {
      for (const [match, [data, distance]] of fuzzyMatches) {
        if (!distance) continue;
        length = this.score(data, (weights.fuzzy * match.length) / (match.length + distance), stamp, length);
      }
    }
    return length;
  }

  /**
   * BM25+ of one index term in each field (MiniSearch's termResults), added to specScore;
   * documents met for the first time are appended to specDocs. Returns the new length.
   */
  private score(data: FieldTermData | undefined, weight: number, stamp: number, length: number): number {
    if (data == null) return length;
    const { _options: options, _fieldIds: fieldIds, _avgFieldLength: averages, _documentCount: count } = this.internals;
    const { k, b, d } = options.searchOptions.bm25;
    const boosts = options.searchOptions.boost ?? {};
    const lengthsByField = this.fieldLengths();
    const { specDocs, specScore, specStamp } = this.scratch!;
    let met = length;
    for (const field of options.fields) {
      const boost = (Object.hasOwn(boosts, field) ? boosts[field] : undefined) || 1;
      const fieldId = fieldIds[field]!;
      const frequencies = data.get(fieldId);
      if (frequencies == null) continue;
      const matching = frequencies.size;
      const average = averages[fieldId]!;
      const lengths = lengthsByField[fieldId]!;
      const inverse = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
      // forEach, not for…of: the same order, without an entry array per document.
      frequencies.forEach((frequency, doc) => {
        const fieldLength = lengths[doc]!;
        // A removed document MiniSearch has not cleaned up yet: it would clean it now, and count differently.
        if (fieldLength < 0) throw new Abort();
        const raw = inverse * (d + (frequency * (k + 1)) / (frequency + k * (1 - b + (b * fieldLength) / average)));
        const weighted = weight * 1 * boost * 1 * raw;
        if (specStamp[doc] !== stamp) {
          specStamp[doc] = stamp;
          specScore[doc] = weighted;
          specDocs[met++] = doc;
        } else {
          specScore[doc] = specScore[doc]! + weighted;
        }
      });
    }
    return met;
  }

  /**
   * Field lengths as dense arrays, made again whenever the index changed: every
   * add takes a new short id and every removal lowers the document count, so
   * the pair changes with any change that could alter a length.
   */
  private fieldLengths(): Int32Array[] {
    const { _nextId: nextId, _documentCount: documentCount, _fieldLength: fieldLength, _fieldIds: fieldIds } = this.internals;
    if (this.lengths?.nextId === nextId && this.lengths.documentCount === documentCount) return this.lengths.byField;
    const byField = Object.values(fieldIds).map(() => new Int32Array(nextId).fill(-1));
    fieldLength.forEach((lengths, doc) => lengths.forEach((length, fieldId) => (byField[fieldId]![doc] = length)));
    this.lengths = { nextId, documentCount, byField };
    return byField;
  }
}

function bitCount(mask: number): number {
  let n = mask - ((mask >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The `limit` highest scores of items offered one after another, highest first;
 * equal scores in the order offered (what a stable sort by score gives). A heap
 * keeps the lowest of the best at its root, so each offer costs at most log(limit).
 */
export class TopK {
  private readonly scores: number[] = [];
  private readonly items: number[] = [];
  private readonly order: number[] = [];
  private offered = 0;

  constructor(private readonly limit: number) {}

  offer(score: number, item: number): void {
    const order = this.offered++;
    if (this.limit <= 0) return;
    if (this.scores.length < this.limit) {
      this.scores.push(score);
      this.items.push(item);
      this.order.push(order);
      this.up(this.scores.length - 1);
    } else if (score > this.scores[0]!) {
      // An equal score offered later ranks below every one kept: only a higher one enters.
      this.set(0, score, item, order);
      this.down(0);
    }
  }

  sorted(): { item: number; score: number }[] {
    return this.scores
      .map((score, i) => ({ score, item: this.items[i]!, order: this.order[i]! }))
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(({ item, score }) => ({ item, score }));
  }

  /** Whether the entry at a ranks below the one at b: a lower score, or the same offered later. */
  private below(a: number, b: number): boolean {
    return this.scores[a]! < this.scores[b]! || (this.scores[a] === this.scores[b] && this.order[a]! > this.order[b]!);
  }

  private set(at: number, score: number, item: number, order: number): void {
    this.scores[at] = score;
    this.items[at] = item;
    this.order[at] = order;
  }

  private swap(a: number, b: number): void {
    const [score, item, order] = [this.scores[a]!, this.items[a]!, this.order[a]!];
    this.set(a, this.scores[b]!, this.items[b]!, this.order[b]!);
    this.set(b, score, item, order);
  }

  private up(at: number): void {
    while (at > 0) {
      const parent = (at - 1) >> 1;
      if (!this.below(at, parent)) return;
      this.swap(at, parent);
      at = parent;
    }
  }

  private down(at: number): void {
    for (;;) {
      const [left, right] = [2 * at + 1, 2 * at + 2];
      let lowest = at;
      if (left < this.scores.length && this.below(left, lowest)) lowest = left;
      if (right < this.scores.length && this.below(right, lowest)) lowest = right;
      if (lowest === at) return;
      this.swap(at, lowest);
      at = lowest;
    }
  }
}
