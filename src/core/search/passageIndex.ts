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
import { otherNumberOfShortTerms, stemmedTerms } from '../text/stems.ts';
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
 * passage in turn, the length of each field in `fieldLengths`. The term tree
 * (MiniSearch's radix tree, a Map per node) as it is, node by node in
 * preorder: `shape` holds each node's number of entries and `edgeLengths`
 * each entry's key, in the node's own order, as its length in `edgeText`,
 * where the keys follow each other (one string, not 67,000 of them to parse
 * for SOTU); a key of length 0 ('') is a term ending there. Rebuilt
 * node for node, the tree lists its terms in the order the packed one did, so
 * prefix and typo-tolerant searches meet them, and add up their scores, in
 * the same order: a restored index ranks to the bit as the one packed. The
 * postings of every term in one block of bytes, a record per term in the
 * tree's order: its length, its number of fields, then per field its id, its
 * number of passages and, per passage in the order MiniSearch holds them, the
 * step from the previous short id and the count; every number a varint (7
 * bits a byte), steps zigzagged as they may go back. SOTU's 930,000 postings
 * take 2.6 MB so (7.5 MB as 32-bit pairs, more as JSON). It crosses to the
 * main thread after a build aside as one block of memory, and a snapshot
 * stores it as it is (snapshot.ts).
 */
export type PackedIndex = Omit<AsPlainObject, 'index' | 'documentIds' | 'fieldLength'> & {
  documents: string[];
  shortIds: Uint32Array;
  fieldLengths: Uint32Array;
  edgeText: string;
  edgeLengths: Uint32Array;
  shape: Uint32Array;
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

type PackedTreeParts = Pick<PackedIndex, 'edgeText' | 'edgeLengths' | 'shape' | 'postings'>;

/** A node of MiniSearch's term tree: a child per key, and the term's postings under '' where a term ends. */
type TreeNode = Map<string, TreeNode | FieldTermData>;
const LEAF = '';

/**
 * Walks the packed tree in preorder: `enter` for a node's key (its parent's
 * entry), `term` for a term that ends there, `leave` after a node. The
 * postings of each term are where `term` is given them; a shape that does not
 * hold exactly its edges and postings throws.
 */
function walkPacked(
  { edgeText, edgeLengths, shape, postings }: PackedTreeParts,
  visit: { enter(key: string): void; term(at: number): void; leave(): void },
): void {
  let edge = 0;
  let node = 0;
  let at = 0;
  let textAt = 0;
  const damaged = () => new Error('the packed index does not hold the postings of exactly its terms');
  // Entries left per open node; an explicit stack, as a long term nests deep.
  const left: number[] = [];
  if (shape.length === 0) throw damaged();
  left.push(shape[node++]!);
  while (left.length > 0) {
    if (left[left.length - 1]! === 0) {
      left.pop();
      if (left.length > 0) visit.leave();
      continue;
    }
    left[left.length - 1]!--;
    if (edge >= edgeLengths.length) throw damaged();
    const length = edgeLengths[edge++]!;
    if (length === 0) {
      if (at >= postings.length) throw damaged();
      visit.term(at);
      at = termEnd(postings, at);
    } else {
      if (node >= shape.length || textAt + length > edgeText.length) throw damaged();
      visit.enter(edgeText.slice(textAt, textAt + length));
      textAt += length;
      left.push(shape[node++]!);
    }
  }
  if (at !== postings.length || edge !== edgeLengths.length || node !== shape.length || textAt !== edgeText.length) throw damaged();
}

/** The terms of a packed index, in the order of their postings. */
export function packedTerms(packed: PackedTreeParts): string[] {
  const terms: string[] = [];
  const path: string[] = [];
  walkPacked(packed, { enter: (key) => path.push(key), leave: () => path.pop(), term: () => terms.push(path.join('')) });
  return terms;
}

/** The packed terms as MiniSearch's own JSON has them. */
function expandTerms(packed: PackedTreeParts): AsPlainObject['index'] {
  const index: AsPlainObject['index'] = [];
  const path: string[] = [];
  walkPacked(packed, {
    enter: (key) => path.push(key),
    leave: () => path.pop(),
    term: (at) => {
      const data: FieldTermData = new Map();
      decodeTerm(packed.postings, at, data);
      index.push([path.join(''), Object.fromEntries([...data].map(([fieldId, frequencies]) => [fieldId, Object.fromEntries(frequencies)]))]);
    },
  });
  return index;
}

/**
 * A term's postings, still packed: what a restored index holds for each term
 * until something reads them (a search, an update). Read, they become
 * MiniSearch's own Map (field id -> short id -> count), which takes this
 * one's place in its node of the term tree (the same entry, so the node keeps
 * its order), so the index holds Maps for the terms searched, not for all
 * ~930,000 postings of SOTU, and none of the ~30,000 terms costs a Map until
 * then. Until then it answers every Map method by reading first: MiniSearch,
 * the ranker and updates see a Map either way. (MiniSearch moves a node that
 * holds a term only whole: splitting an edge or merging one keeps the node.)
 */
class PackedTerm {
  private read: FieldTermData | undefined;

  constructor(
    private readonly node: TreeNode,
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
      if (this.node.get(LEAF) === (this as unknown as FieldTermData)) this.node.set(LEAF, read);
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

/**
 * The packed term tree, with where each node's entries and subtree lie, found
 * in one pass over its shape: what a node needs to list its entries when it
 * is first used.
 */
class PackedTree {
  readonly edgeText: string;
  readonly edgeLengths: Uint32Array;
  readonly shape: Uint32Array;
  readonly postings: Uint8Array;
  /** Per edge: where its key starts in edgeText, or for a term, where its postings start. */
  readonly edgeAt: Float64Array;
  /** Per node (in preorder): the edge of its first entry, and the node and edge after its subtree. */
  readonly firstEdge: Uint32Array;
  readonly nodeAfter: Uint32Array;
  readonly edgeAfter: Uint32Array;

  constructor(packed: PackedTreeParts) {
    ({ edgeText: this.edgeText, edgeLengths: this.edgeLengths, shape: this.shape, postings: this.postings } = packed);
    const nodes = this.shape.length;
    this.firstEdge = new Uint32Array(nodes);
    this.nodeAfter = new Uint32Array(nodes);
    this.edgeAfter = new Uint32Array(nodes);
    this.edgeAt = new Float64Array(this.edgeLengths.length);
    const open: number[] = [];
    let node = 0;
    let edge = 0;
    let textAt = 0;
    const close = () => {
      const done = open.pop()!;
      this.nodeAfter[done] = node + 1;
      this.edgeAfter[done] = edge;
    };
    // walkPacked checks that shape, edges and postings agree.
    walkPacked(packed, {
      enter: (key) => {
        this.edgeAt[edge] = textAt;
        textAt += key.length;
        open.push(++node);
        this.firstEdge[node] = ++edge;
      },
      leave: close,
      term: (at) => {
        this.edgeAt[edge++] = at;
      },
    });
    this.nodeAfter[0] = node + 1;
    this.edgeAfter[0] = edge;
  }
}

/**
 * A node of the term tree restored from a packed index: a Map that lists its
 * entries (children still unlisted, terms still packed) when first used, so a
 * restored index makes the nodes its searches walk, not all ~37,000 of SOTU's.
 * Listed, its entries are in the order of the tree packed.
 */
class PackedTreeNode extends Map<string, TreeNode | FieldTermData> {
  #tree: PackedTree | undefined;
  readonly #node: number;

  constructor(tree: PackedTree, node: number) {
    super();
    this.#tree = tree;
    this.#node = node;
  }

  #list(): void {
    const tree = this.#tree;
    if (!tree) return;
    this.#tree = undefined;
    let edge = tree.firstEdge[this.#node]!;
    let child = this.#node + 1;
    for (let n = tree.shape[this.#node]!; n > 0; n--) {
      const length = tree.edgeLengths[edge]!;
      if (length === 0) {
        super.set(LEAF, new PackedTerm(this, tree.postings, tree.edgeAt[edge]!) as unknown as FieldTermData);
        edge++;
      } else {
        const from = tree.edgeAt[edge]!;
        super.set(tree.edgeText.slice(from, from + length), new PackedTreeNode(tree, child));
        edge = tree.edgeAfter[child]!;
        child = tree.nodeAfter[child]!;
      }
    }
  }

  override get(key: string) {
    this.#list();
    return super.get(key);
  }
  override has(key: string) {
    this.#list();
    return super.has(key);
  }
  override set(key: string, value: TreeNode | FieldTermData) {
    this.#list();
    return super.set(key, value);
  }
  override delete(key: string) {
    this.#list();
    return super.delete(key);
  }
  override clear() {
    this.#list();
    super.clear();
  }
  override get size() {
    this.#list();
    return super.size;
  }
  override forEach(callback: (value: TreeNode | FieldTermData, key: string, map: Map<string, TreeNode | FieldTermData>) => void, thisArg?: unknown) {
    this.#list();
    super.forEach(callback, thisArg);
  }
  override keys() {
    this.#list();
    return super.keys();
  }
  override values() {
    this.#list();
    return super.values();
  }
  override entries() {
    this.#list();
    return super.entries();
  }
  override [Symbol.iterator]() {
    return this.entries();
  }
}

/** The fields of a MiniSearch instance that pack() reads and fromPacked() sets (protected in MiniSearch 7; toJSON() and loadJS() use the same). */
interface SavedInternals {
  /** MiniSearch's SearchableMap: its radix tree, and the size it caches. */
  _index?: { _tree?: unknown; _size?: number; _prefix?: string };
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
    internals._index?._tree instanceof Map &&
    internals._index._prefix === '' &&
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
    const edges: string[] = [];
    const shape: number[] = [];
    const packedEdges = () => ({ edgeText: edges.join(''), edgeLengths: Uint32Array.from(edges, (key) => key.length) });
    const postings = new ByteWriter();
    const scratch = new ByteWriter();
    if (!hasInternals(this.search)) {
      // The public way: each term a child of the root (a tree only fromPacked's public way reads).
      const { index, documentIds, fieldLength, ...rest } = this.search.toJSON();
      shape.push(index.length);
      for (const [term, data] of index) {
        edges.push(term, LEAF);
        shape.push(1);
        encodeTerm(new Map(Object.entries(data).map(([id, p]) => [Number(id), new Map(Object.entries(p).map(([doc, n]) => [Number(doc), n]))])), postings, scratch);
      }
      const lengths = new Map(Object.entries(fieldLength).map(([shortId, list]) => [Number(shortId), list]));
      return { ...rest, ...packDocuments(Object.entries(documentIds).map(([shortId, id]) => [Number(shortId), String(id)]), lengths, fields), ...packedEdges(), shape: Uint32Array.from(shape), postings: postings.done() };
    }
    const internals = this.search as unknown as SavedInternals;
    // Preorder, each node's entries in its own order; a stack of entry iterators, as a long term nests deep.
    const open: Iterator<[string, TreeNode | FieldTermData]>[] = [];
    const visit = (node: TreeNode) => {
      shape.push(node.size);
      open.push(node.entries());
    };
    visit(internals._index!._tree as TreeNode);
    while (open.length > 0) {
      const next = open[open.length - 1]!.next();
      if (next.done) {
        open.pop();
        continue;
      }
      const [key, child] = next.value;
      edges.push(key);
      if (key !== LEAF) visit(child as TreeNode);
      else if (!PackedTerm.copyUnread(child as FieldTermData, postings)) encodeTerm(child as FieldTermData, postings, scratch);
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
      ...packedEdges(),
      shape: Uint32Array.from(shape),
      postings: postings.done(),
    };
  }

  /**
   * Restores a packed index. MiniSearch's own loadJS reads every posting list
   * and passage from objects keyed by numbers as text, and inserts every term
   * into its tree; here its maps are filled from the arrays, and its term tree
   * is rebuilt node for node as it was packed, each term with its postings
   * still packed, read when a search first reaches them (PackedTerm). Were
   * those internals ever gone, the index is expanded and loaded the public
   * way.
   */
  static fromPacked(packed: PackedIndex): PassageIndex {
    const { edgeText: _edgeText, edgeLengths: _edgeLengths, shape: _shape, postings: _postings, documents: _documents, shortIds: _shortIds, fieldLengths: _fieldLengths, ...rest } = packed;
    const { documentIds, fieldLength } = unpackDocuments(packed, MINISEARCH_OPTIONS.fields.length);
    const search = MiniSearch.loadJS<IndexedPassage>({ ...rest, documentIds: {}, fieldLength: {}, index: [] }, MINISEARCH_OPTIONS);
    if (!hasInternals(search)) {
      return PassageIndex.fromJS({ ...rest, documentIds: Object.fromEntries(documentIds), fieldLength: Object.fromEntries(fieldLength), index: expandTerms(packed) });
    }
    const internals = search as unknown as SavedInternals;
    internals._documentIds = documentIds;
    internals._fieldLength = fieldLength;
    for (const [shortId, id] of documentIds) internals._idToShortId.set(id, shortId);
    const root = new PackedTreeNode(new PackedTree(packed), 0);
    internals._index!._tree = root;
    internals._index!._size = undefined;
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
    // "directing Scandal" is also searched as "direct scandal", and "job cuts" as "jobs cut": the other forms of its words
    // match too.
    for (const terms of [...distinct.values()]) {
      for (const forms of [stemmedTerms(terms), otherNumberOfShortTerms(terms)]) {
        if (forms && !distinct.has(forms.join(' '))) distinct.set(forms.join(' '), forms);
      }
    }
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
