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

/**
 * MiniSearch's index in a few arrays instead of a Map per term, field and
 * passage. The passages: `documents` (ids) with their `shortIds` and, per
 * passage in turn, the length of each field in `fieldLengths`. The postings
 * of every term in one block of bytes: `terms` in the index's order and, for
 * each in turn, a record in `postings`. A record is its length, its number of
 * fields, then per field its id, its number of passages and, per passage in
 * the order MiniSearch holds them, the step from the previous short id and
 * the count; every number a varint (7 bits a byte), steps zigzagged as they
 * may go back. SOTU's 930,000 postings take 2.6 MB so (7.5 MB as 32-bit
 * pairs, more as JSON). It crosses to the main thread after a build aside as
 * one block of memory, and a snapshot stores it as it is (snapshot.ts).
 */
export type PackedIndex = Omit<AsPlainObject, 'index' | 'documentIds' | 'fieldLength'> & {
  documents: string[];
  shortIds: Uint32Array;
  fieldLengths: Uint32Array;
  terms: string[];
  postings: Uint8Array;
};

/** A field MiniSearch has no length for (a passage without it). */
const NO_LENGTH = 0xffffffff;

function packDocuments(documentIds: Iterable<[number, string]>, fieldLength: Map<number, number[]>, fields: number): Pick<PackedIndex, 'documents' | 'shortIds' | 'fieldLengths'> {
  const documents: string[] = [];
  const shortIds: number[] = [];
  for (const [shortId, id] of documentIds) {
    documents.push(id);
    shortIds.push(shortId);
  }
  const fieldLengths = new Uint32Array(shortIds.length * fields).fill(NO_LENGTH);
  shortIds.forEach((shortId, i) => fieldLength.get(shortId)?.forEach((length, field) => (fieldLengths[i * fields + field] = length)));
  return { documents, shortIds: Uint32Array.from(shortIds), fieldLengths };
}

/** Each passage's short id -> id, and short id -> field lengths, as MiniSearch holds them. */
function unpackDocuments({ documents, shortIds, fieldLengths }: PackedIndex, fields: number): { documentIds: Map<number, string>; fieldLength: Map<number, number[]> } {
  if (shortIds.length !== documents.length || fieldLengths.length !== documents.length * fields) throw new Error('the packed index has not as many field lengths as passages');
  const documentIds = new Map<number, string>();
  const fieldLength = new Map<number, number[]>();
  documents.forEach((id, i) => {
    documentIds.set(shortIds[i]!, id);
    const lengths: number[] = [];
    for (let field = 0; field < fields; field++) {
      const length = fieldLengths[i * fields + field]!;
      if (length !== NO_LENGTH) lengths[field] = length;
    }
    fieldLength.set(shortIds[i]!, lengths);
  });
  return { documentIds, fieldLength };
}

type FieldTermData = Map<number, Map<number, number>>;

/** Where the next varint is read from: one cursor, so reading allocates nothing. */
let cursor = 0;

function readVarint(bytes: Uint8Array): number {
  let value = 0;
  let scale = 1;
  for (;;) {
    const byte = bytes[cursor++];
    if (byte === undefined) throw new Error('the packed index ends in the middle of a number');
    value += (byte & 0x7f) * scale;
    if (byte < 0x80) return value;
    scale *= 0x80;
  }
}

/** Where the record of the term that starts at `at` ends. */
function termEnd(postings: Uint8Array, at: number): number {
  cursor = at;
  const length = readVarint(postings);
  return cursor + length;
}

function decodeTerm(postings: Uint8Array, at: number, into: FieldTermData): void {
  const end = termEnd(postings, at);
  for (let fields = readVarint(postings); fields > 0; fields--) {
    const fieldId = readVarint(postings);
    const frequencies = new Map<number, number>();
    let shortId = 0;
    for (let n = readVarint(postings); n > 0; n--) {
      const step = readVarint(postings);
      shortId += step % 2 === 0 ? step / 2 : -(step + 1) / 2;
      frequencies.set(shortId, readVarint(postings));
    }
    Map.prototype.set.call(into, fieldId, frequencies);
  }
  if (cursor !== end) throw new Error('a term of the packed index is not as long as it says');
}

/** A growing block of bytes the postings are written to. */
class ByteWriter {
  bytes = new Uint8Array(1 << 16);
  length = 0;

  varint(value: number): void {
    if (this.length + 5 > this.bytes.length) this.grow(5);
    while (value >= 0x80) {
      this.bytes[this.length++] = (value % 0x80) | 0x80;
      value = Math.floor(value / 0x80);
    }
    this.bytes[this.length++] = value;
  }

  append(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.bytes.length) this.grow(bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  done(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }

  private grow(needed: number): void {
    const bigger = new Uint8Array(Math.max(this.bytes.length * 2, this.length + needed));
    bigger.set(this.bytes.subarray(0, this.length));
    this.bytes = bigger;
  }
}

function encodeTerm(data: FieldTermData, out: ByteWriter, scratch: ByteWriter): void {
  scratch.length = 0;
  scratch.varint(data.size);
  for (const [fieldId, frequencies] of data) {
    scratch.varint(fieldId);
    scratch.varint(frequencies.size);
    let previous = 0;
    for (const [shortId, count] of frequencies) {
      const step = shortId - previous;
      scratch.varint(step >= 0 ? step * 2 : -step * 2 - 1);
      scratch.varint(count);
      previous = shortId;
    }
  }
  out.varint(scratch.length);
  out.append(scratch.bytes.subarray(0, scratch.length));
}

/** The packed terms as MiniSearch's own JSON has them. */
function expandTerms(terms: string[], postings: Uint8Array): AsPlainObject['index'] {
  let at = 0;
  return terms.map((term) => {
    const data: FieldTermData = new Map();
    decodeTerm(postings, at, data);
    at = cursor;
    return [term, Object.fromEntries([...data].map(([fieldId, frequencies]) => [fieldId, Object.fromEntries(frequencies)]))];
  });
}

/** The term tree's `set`, which puts a term's postings in it (MiniSearch's SearchableMap). */
type SetTerm = (term: string, data: FieldTermData) => void;

/**
 * A term's postings, still packed: what a restored index holds for each term
 * until something reads them (a search, an update). Read, they become
 * MiniSearch's own Map (field id -> short id -> count), which takes this
 * one's place in the term tree, so the index holds Maps for the terms
 * searched, not for all ~930,000 postings of SOTU, and none of the ~30,000
 * terms costs a Map until then. Until then it answers every Map method by
 * reading first: MiniSearch, the ranker and updates see a Map either way.
 */
class PackedTerm {
  private read: FieldTermData | undefined;

  constructor(
    private readonly setTerm: SetTerm,
    private readonly term: string,
    private readonly postings: Uint8Array,
    private readonly at: number,
  ) {}

  /** Appends the term's record to `out` as it was packed, if nothing has read it yet. */
  static copyUnread(data: FieldTermData | PackedTerm, out: ByteWriter): boolean {
    if (!(data instanceof PackedTerm) || data.read) return false;
    out.append(data.postings.subarray(data.at, termEnd(data.postings, data.at)));
    return true;
  }

  private map(): FieldTermData {
    if (!this.read) {
      const read: FieldTermData = new Map();
      decodeTerm(this.postings, this.at, read);
      this.setTerm(this.term, read);
      this.read = read;
    }
    return this.read;
  }

  get size(): number {
    return this.map().size;
  }
  get(key: number) {
    return this.map().get(key);
  }
  has(key: number) {
    return this.map().has(key);
  }
  set(key: number, value: Map<number, number>) {
    this.map().set(key, value);
    return this;
  }
  delete(key: number) {
    return this.map().delete(key);
  }
  clear() {
    this.map().clear();
  }
  forEach(callback: (value: Map<number, number>, key: number, map: FieldTermData) => void, thisArg?: unknown) {
    this.map().forEach(callback, thisArg);
  }
  keys() {
    return this.map().keys();
  }
  values() {
    return this.map().values();
  }
  entries() {
    return this.map().entries();
  }
  [Symbol.iterator]() {
    return this.map()[Symbol.iterator]();
  }
}

/** The fields of a MiniSearch instance that pack() reads and fromPacked() sets (protected in MiniSearch 7; toJSON() and loadJS() use the same). */
interface SavedInternals {
  _index?: Iterable<[string, FieldTermData]> & { set?: unknown };
  _idToShortId: Map<string, number>;
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, string>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, unknown>;
  _dirtCount: number;
}

/** Whether this MiniSearch has the internals pack() and fromPacked() use (it has since v3); otherwise they take the public way. */
function hasInternals(search: MiniSearch<IndexedPassage>): boolean {
  const internals = search as unknown as Partial<SavedInternals>;
  return (
    typeof internals._index?.[Symbol.iterator] === 'function' &&
    typeof internals._index.set === 'function' &&
    internals._documentIds instanceof Map &&
    internals._fieldLength instanceof Map &&
    internals._idToShortId instanceof Map
  );
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
   * The index as MiniSearch saves it, with the postings of every term in one
   * array (PackedIndex): a third smaller than its JSON, and restored without
   * a Map per posting (see fromPacked). Terms no search has read since the
   * index was restored are copied as they were packed.
   */
  pack(): PackedIndex {
    const fields = MINISEARCH_OPTIONS.fields.length;
    const terms: string[] = [];
    const postings = new ByteWriter();
    const scratch = new ByteWriter();
    if (!hasInternals(this.search)) {
      const { index, documentIds, fieldLength, ...rest } = this.search.toJSON();
      for (const [term, data] of index) {
        terms.push(term);
        encodeTerm(new Map(Object.entries(data).map(([id, p]) => [Number(id), new Map(Object.entries(p).map(([doc, n]) => [Number(doc), n]))])), postings, scratch);
      }
      const lengths = new Map(Object.entries(fieldLength).map(([shortId, list]) => [Number(shortId), list]));
      return { ...rest, ...packDocuments(Object.entries(documentIds).map(([shortId, id]) => [Number(shortId), String(id)]), lengths, fields), terms, postings: postings.done() };
    }
    const internals = this.search as unknown as SavedInternals;
    for (const [term, data] of internals._index!) {
      terms.push(term);
      if (!PackedTerm.copyUnread(data, postings)) encodeTerm(data, postings, scratch);
    }
    // What toJSON() gives beside the index, from the same fields, without turning every posting into an object.
    return {
      documentCount: internals._documentCount,
      nextId: internals._nextId,
      ...packDocuments(internals._documentIds, internals._fieldLength, fields),
      fieldIds: internals._fieldIds,
      averageFieldLength: internals._avgFieldLength,
      storedFields: Object.fromEntries(internals._storedFields) as AsPlainObject['storedFields'],
      dirtCount: internals._dirtCount,
      serializationVersion: 2,
      terms,
      postings: postings.done(),
    };
  }

  /**
   * Restores a packed index. MiniSearch's own loadJS reads every posting list
   * and passage from objects keyed by numbers as text; here its maps are
   * filled from the arrays, and each term goes into its term tree with its
   * postings still packed, read when a search first reaches them
   * (PackedTerm). Were those internals ever gone, the index is expanded
   * and loaded the public way.
   */
  static fromPacked(packed: PackedIndex): PassageIndex {
    const { terms, postings, documents: _documents, shortIds: _shortIds, fieldLengths: _fieldLengths, ...rest } = packed;
    const { documentIds, fieldLength } = unpackDocuments(packed, MINISEARCH_OPTIONS.fields.length);
    const search = MiniSearch.loadJS<IndexedPassage>({ ...rest, documentIds: {}, fieldLength: {}, index: [] }, MINISEARCH_OPTIONS);
    if (!hasInternals(search)) {
      return PassageIndex.fromJS({ ...rest, documentIds: Object.fromEntries(documentIds), fieldLength: Object.fromEntries(fieldLength), index: expandTerms(terms, postings) });
    }
    const internals = search as unknown as SavedInternals;
    internals._documentIds = documentIds;
    internals._fieldLength = fieldLength;
    for (const [shortId, id] of documentIds) internals._idToShortId.set(id, shortId);
    const tree = internals._index!;
    const set = tree.set as SetTerm;
    const setTerm: SetTerm = (term, data) => set.call(tree, term, data);
    let at = 0;
    let read = 0;
    for (const term of terms) {
      if (at >= postings.length) break;
      setTerm(term, new PackedTerm(setTerm, term, postings, at) as unknown as FieldTermData);
      at = termEnd(postings, at);
      read++;
    }
    if (at !== postings.length || read !== terms.length) throw new Error('the packed index does not hold the postings of exactly its terms');
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
    if (exact.count > 0) return withBestOthers(exact.best, this.rank({ phrasings: joined, combineWith: 'OR', typos: false, limit: limit + exact.best.length }).best, limit);
    // A passage matches all words of a phrasing when each of its (non-joined) terms found a match.
    const complete = (matched: (term: string) => boolean) => queries.some((terms) => terms.every((t) => matched(t) || isJoinedTerm(t, terms)));
    const tolerant = this.rank({ phrasings: joined, combineWith: 'OR', typos: true, limit, keep: complete });
    return tolerant.kept.length === 0 ? tolerant.best : withBestOthers(tolerant.kept, tolerant.best, limit);
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

/** Few passages hold every word: those first, then the best of the others, which hold most of them. */
function withBestOthers(complete: PassageHit[], ranked: PassageHit[], limit: number): PassageHit[] {
  if (complete.length >= FEW_HITS) return complete;
  const seen = new Set(complete.map((hit) => hit.id));
  return [...complete, ...ranked.filter((hit) => !seen.has(hit.id))].slice(0, limit);
}

/** "isisk" in ["isis", "k", "isisk"]: the joined form is a help for matching, not a word that must match. */
function isJoinedTerm(term: string, terms: string[]): boolean {
  return terms.some((a, i) => terms[i + 1] !== undefined && a + terms[i + 1] === term);
}

/** A passage as the index files it; `names` are the names of the entities it mentions, joined. */
export function passageDocument(passage: Passage, names: string): IndexedPassage {
  return { id: passage.id, text: passage.text, section: passage.section, names };
}
