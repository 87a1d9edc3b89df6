/**
 * Snapshots of a built knowledge base, so a restart loads in a fraction of
 * the time a build takes. A snapshot is trusted only by the same core code
 * with the same loader limits (other extraction code, or another
 * MAX_ARTICLE_MB, means a fresh build), and records the file each article was
 * read from (its hash, size and modification time): at start, only the files
 * that differ from it are read, and applied to the restored knowledge as an
 * incremental update. It also keeps the per-article state updates start from,
 * so knowledge restored from it is updated as cheaply as knowledge just built.
 *
 * The file is a set of sections, one per top-level part of the packed
 * knowledge (articles, entities, events, index, per-article state, …), behind
 * a header line that names each with its length and checksum. A part that is
 * a list is stored one item per line, so no single string holds a whole part
 * (V8 refuses strings over ~536M characters); any other part as one JSON text
 * followed by its typed arrays as raw bytes (the index's postings). Every
 * section's bytes are checked when the file is read, so a damaged snapshot is
 * never trusted, in part or whole; a lazy load (`npm run ask`, `npm run
 * digest`) then parses a part only when a command first uses it (a /brief
 * never parses the events or the per-article state), and reads an article's
 * passages and an entity's details one line at a time, each checked alone, as
 * a command first reaches them.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import type { Article, Passage } from './content/article.ts';
import type { FileVersions } from './content/changes.ts';
import { DEFAULT_MAX_ARTICLE_MB, type ContentLimits } from './content/files.ts';
import { AS_PARSED, eventLookups, packEntityState, SharedCopies, type Sharing, unpackEntityState, wordsOfNames, type KnowledgeBase, type NameForms, type PackedEntityState } from './knowledge.ts';
import type { Entity, Statement } from './knowledge/entities.ts';
import { withSharedDates } from './knowledge/events.ts';
import { log } from './log.ts';
import { once } from './once.ts';
import { PassageIndex, type PackedIndex } from './search/passageIndex.ts';

/**
 * 5: articles apart from their passages, entities apart from their details,
 * the name lookups, and the index's term tree node by node (4 had whole
 * articles and entities, and the index's terms in a list; 3 was one JSON text).
 */
const FORMAT = 5;
const FIRST_LINE = 'briefbot knowledge snapshot\n';
const CORE_DIR = dirname(fileURLToPath(import.meta.url));
/** The core's code as it runs: .ts under tsx and vitest, .js once built into dist/ (npm run build). */
const CODE_EXTENSION = extname(fileURLToPath(import.meta.url));
/** Data files the core reads (person-nouns.txt) shape what is extracted as much as its code does. */
const DATA_EXTENSION = '.txt';
/** zlib's crc32 (Node 20.15 and later) checks 36 MB in a few milliseconds; sha1 where it is missing. */
const CHECKSUM = typeof zlib.crc32 === 'function' ? 'crc32' : 'sha1';

let codeHash: string | undefined;
/** Hash of src/core's code and data: a snapshot made by other extraction code or data is never trusted. */
function coreCodeHash(): string {
  if (codeHash) return codeHash;
  const hash = createHash('sha256');
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(CODE_EXTENSION) || entry.name.endsWith(DATA_EXTENSION)) hash.update(path.slice(CORE_DIR.length)).update(readFileSync(path));
    }
  };
  walk(CORE_DIR);
  return (codeHash = hash.digest('hex'));
}

/**
 * What a snapshot must share with this process to be trusted: the format, the
 * core's code, the loader's limits, and how its bytes are checked and laid
 * out (raw typed arrays are in the machine's byte order).
 */
export function snapshotKey(limits: ContentLimits = {}): string {
  return createHash('sha256')
    .update(`format ${FORMAT}\n${coreCodeHash()}\nmax ${limits.maxArticleMb ?? DEFAULT_MAX_ARTICLE_MB} MB\n${CHECKSUM} ${endianness()}\nminisearch ${miniSearchVersion()}\n`)
    .digest('hex');
}

/** The index's term tree is stored as MiniSearch holds it: another version of MiniSearch means a fresh build. */
function miniSearchVersion(): string {
  try {
    // Its package.json is not among its exports: found beside its entry point.
    let dir = dirname(createRequire(import.meta.url).resolve('minisearch'));
    for (let up = 0; up < 4; up++, dir = dirname(dir)) {
      if (!statSync(join(dir, 'package.json'), { throwIfNoEntry: false })) continue;
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
      if (manifest.name === 'minisearch' && manifest.version) return manifest.version;
    }
  } catch {
    // Not where a package would be: the key still holds the rest.
  }
  return 'unknown';
}

/** A list read whole, or a section read one item at a time, as each is first used (arrays are Records too). */
export interface Records<T> {
  readonly length: number;
  at(index: number): T | undefined;
}

/** An article as every command may need it: its passages' ids in place of its passages, which are stored apart. */
type PackedArticle = Omit<Article, 'passages'> & { passages: string[] };
/** A passage without its ids (its own is in its article's list; its article's is its article's, unless given). */
type PackedPassage = [section: string, paragraph: number, text: string, sentenceBounds: readonly number[], articleId?: string];
/** An entity as name lookups need it; what it says and where (roles, mentions, quotes) is stored apart. */
type EntityHead = Pick<Entity, 'key' | 'name' | 'kind' | 'aliases'>;
type EntityDetails = [roles: Statement[], mentions: string[], quotes: Statement[]];
/**
 * The name lookups of the knowledge as they were made (assembleKnowledgeSteps):
 * entityByForm as [form, the entity's position], and each entity's name forms.
 * A snapshot is trusted only by the code that made it, so they are what that
 * code would make again, in the same order, without folding every name anew.
 */
interface PackedLookups {
  forms: [form: string, entity: number][];
  names: [keys: string[], words: string[], terms: string[]][];
}

/**
 * A knowledge base as plain data: what a snapshot file holds, and what a
 * worker thread hands back after building aside.
 */
export interface PackedKnowledge {
  articles: PackedArticle[];
  /** Each article's passages, in the order of `articles`. */
  passages: Records<PackedPassage[]>;
  aliases: KnowledgeBase['aliases'];
  entities: EntityHead[];
  /** Each entity's roles, mentions and quotes, in the order of `entities`. */
  entityDetails: Records<EntityDetails>;
  lookups: PackedLookups;
  events: KnowledgeBase['events'];
  index: PackedIndex;
  /** Absent when the knowledge had none. */
  state?: PackedEntityState;
}

/** The parts a command may not need, restored from a lazy load when first used: the events (/events, digests, period autocomplete) and the per-article state (updates only). */
const DEFERRABLE = ['events', 'state'] as const satisfies readonly (keyof PackedKnowledge)[];
/** The lists a lazy load parses one item at a time, as a command first reaches it: an article's passages, an entity's details. */
const BY_RECORD = ['passages', 'entityDetails'] as const satisfies readonly (keyof PackedKnowledge)[];
const REQUIRED = ['articles', 'passages', 'aliases', 'entities', 'entityDetails', 'lookups', 'events', 'index'] as const satisfies readonly (keyof PackedKnowledge)[];

export function packKnowledge(kb: KnowledgeBase): PackedKnowledge {
  const position = new Map(kb.entities.map((e, i) => [e, i]));
  return {
    articles: kb.articles.map((a) => ({ ...a, passages: a.passages.map((p) => p.id) })),
    passages: kb.articles.map((a) => a.passages.map((p) => packPassage(p, a.id))),
    aliases: kb.aliases,
    entities: kb.entities.map(({ key, name, kind, aliases }) => ({ key, name, kind, aliases })),
    entityDetails: kb.entities.map((e) => [e.roles, e.mentions, e.quotes]),
    lookups: {
      forms: [...kb.entityByForm].map(([form, entity]) => [form, position.get(entity) ?? -1]),
      names: kb.names.map((n) => [n.keys, n.words, [...n.terms]]),
    },
    events: kb.events,
    index: kb.index.pack(),
    ...(kb.entityState ? { state: packEntityState(kb.entityState) } : {}),
  };
}

function packPassage(p: Passage, articleId: string): PackedPassage {
  const packed: PackedPassage = [p.section, p.paragraph, p.text, p.sentenceBounds];
  if (p.articleId !== articleId) packed.push(p.articleId);
  return packed;
}

/** What a list did not hold where it should: the knowledge cannot be trusted. */
function damaged(what: string): Error {
  return new Error(`the knowledge does not hold ${what}`);
}

function recordAt<T>(records: Records<T>, index: number, what: string): T {
  const record = records.at(index);
  if (record === undefined) throw damaged(what);
  return record;
}

/**
 * The knowledge in `packed`. With `lazy`, the deferrable parts are read from
 * `packed` only when the knowledge's events or per-article state are first
 * used (a snapshot's sections are parsed then), an article's passages when
 * one of them is first looked up, an entity's roles, mentions and quotes when
 * first read, and the name lookups when a command first needs them: what a
 * one-shot command costs follows what it reads, not the corpus.
 */
export function unpackKnowledge(packed: PackedKnowledge, options: { lazy?: boolean } = {}): KnowledgeBase {
  const lazy = options.lazy === true;
  if (packed.passages.length !== packed.articles.length) throw damaged('the passages of every article');
  if (packed.entityDetails.length !== packed.entities.length || packed.lookups.names.length !== packed.entities.length) throw damaged('the details of every entity');
  // Parsed, every passage id and entity key is a string of its own: one is shared, as after a build (a
  // one-shot command's knowledge lives for a moment, so it keeps the strings as parsed).
  const shared = lazy ? AS_PARSED : new SharedCopies(idsOf(packed.articles), packed.entities.map((e) => e.key));
  const articles = packed.articles.map((head, i) => unpackArticle(head, () => recordAt(packed.passages, i, 'the passages of every article'), shared, lazy));
  const entities = packed.entities.map((head, i) => unpackEntity(head, () => recordAt(packed.entityDetails, i, 'the details of every entity'), shared, lazy));
  const index = PassageIndex.fromPacked(lazy ? packed.index : { ...packed.index, documents: packed.index.documents.map((id) => shared.id(id)) });
  const aliases = packed.aliases.map((alias) => ({ ...alias, passageId: shared.id(alias.passageId) }));
  const unpackEvents = () => packed.events.map((e) => withSharedDates({ ...e, passageId: shared.id(e.passageId), articleId: shared.id(e.articleId) }));
  const entityState = () => (packed.state ? unpackEntityState(packed.state, shared) : undefined);
  const articleById = new Map(articles.map((a) => [a.id, a]));
  if (!lazy) {
    const passageById = new Map<string, Passage>();
    for (const article of articles) for (const passage of article.passages) passageById.set(passage.id, passage);
    const kb: KnowledgeBase = {
      articles,
      aliases,
      entities,
      index,
      ...restoredNames(packed.lookups, entities),
      ...eventLookups(unpackEvents()),
      articleById,
      passageById,
      entityByForm: restoredForms(packed.lookups, entities),
    };
    return packed.state ? { ...kb, entityState: entityState() } : kb;
  }
  const kb = { articles, aliases, entities, index, articleById, passageById: new PassagesByArticle(articles, packed.articles.map((head) => head.passages)) } as unknown as KnowledgeBase;
  const names = once(() => restoredNameForms(packed.lookups, entities));
  defineLazily(kb, 'names', names);
  // Only a reply that found nothing reads them (its suggestions).
  defineLazily(kb, 'nameWords', () => wordsOfNames(names()));
  defineLazily(kb, 'entityByForm', () => restoredForms(packed.lookups, entities));
  const events = once(() => eventLookups(unpackEvents()));
  defineLazily(kb, 'events', () => events().events);
  defineLazily(kb, 'eventIndex', () => events().eventIndex);
  defineLazily(kb, 'entityState', entityState);
  return kb;
}

function* idsOf(articles: PackedArticle[]): Generator<string> {
  for (const article of articles) {
    yield article.id;
    yield* article.passages;
  }
}

/** An article with its passages (with `lazy`, read when first used). */
function unpackArticle(head: PackedArticle, passagesOf: () => PackedPassage[], shared: Sharing, lazy: boolean): Article {
  const article = { ...head, id: shared.id(head.id) } as unknown as Article;
  const ids = head.passages;
  const passages = (): Passage[] => {
    const packed = passagesOf();
    if (packed.length !== ids.length) throw damaged(`the passages of ${head.id}`);
    return packed.map(([section, paragraph, text, sentenceBounds, articleId], i) => ({
      id: shared.id(ids[i]!),
      articleId: articleId === undefined ? article.id : shared.id(articleId),
      section,
      paragraph,
      text,
      sentenceBounds,
    }));
  };
  if (lazy) defineLazily(article, 'passages', passages);
  else article.passages = passages();
  return article;
}

/** An entity with its roles, mentions and quotes (with `lazy`, read when one of them is first used). */
function unpackEntity(head: EntityHead, detailsOf: () => EntityDetails, shared: Sharing, lazy: boolean): Entity {
  const details = once(() => {
    const [roles, mentions, quotes] = detailsOf();
    return { roles: roles.map(shared.statement), mentions: mentions.map(shared.id), quotes: quotes.map(shared.statement) };
  });
  if (!lazy) {
    const { roles, mentions, quotes } = details();
    return { key: shared.key(head.key), name: head.name, kind: head.kind, roles, aliases: head.aliases, mentions, quotes };
  }
  // Accessors written in the object (thousands of defineProperty calls cost a one-shot command tens of
  // milliseconds), in the order a built entity has its fields; one assigned becomes an ordinary field.
  const entity: Entity = {
    key: shared.key(head.key),
    name: head.name,
    kind: head.kind,
    get roles() {
      return details().roles;
    },
    set roles(value) {
      settle(entity, 'roles', value);
    },
    aliases: head.aliases,
    get mentions() {
      return details().mentions;
    },
    set mentions(value) {
      settle(entity, 'mentions', value);
    },
    get quotes() {
      return details().quotes;
    },
    set quotes(value) {
      settle(entity, 'quotes', value);
    },
  };
  return entity;
}

function restoredNameForms(lookups: PackedLookups, entities: Entity[]): NameForms[] {
  return lookups.names.map(([keys, words, terms], i) => ({ entity: entities[i]!, keys, words, terms: new Set(terms) }));
}

function restoredNames(lookups: PackedLookups, entities: Entity[]): Pick<KnowledgeBase, 'names' | 'nameWords'> {
  const names = restoredNameForms(lookups, entities);
  return { names, nameWords: wordsOfNames(names) };
}

function restoredForms(lookups: PackedLookups, entities: Entity[]): Map<string, Entity> {
  const entityByForm = new Map<string, Entity>();
  for (const [form, position] of lookups.forms) {
    const entity = entities[position];
    if (!entity) throw damaged('the entity of every name form');
    entityByForm.set(form, entity);
  }
  return entityByForm;
}

/**
 * passageById of knowledge restored lazily: a passage looked up reads its
 * article's passages (all of them, once), so a command that cites eight
 * passages parses a few articles, not the corpus. Anything that lists the
 * passages, or changes the map, reads them all first, in article order, as a
 * built knowledge base's map holds them.
 */
class PassagesByArticle extends Map<string, Passage> {
  readonly #articles: readonly Article[];
  readonly #articleOf = new Map<string, Article>();
  #whole = false;

  /** `passageIds`: each article's passages' ids, as its passages will have them. */
  constructor(articles: readonly Article[], passageIds: readonly (readonly string[])[]) {
    super();
    this.#articles = articles;
    articles.forEach((article, i) => {
      for (const id of passageIds[i]!) this.#articleOf.set(id, article);
    });
  }

  override get(id: string): Passage | undefined {
    const found = super.get(id);
    if (found || this.#whole) return found;
    const article = this.#articleOf.get(id);
    if (!article) return undefined;
    for (const passage of article.passages) super.set(passage.id, passage);
    return super.get(id);
  }

  override has(id: string): boolean {
    return this.#whole ? super.has(id) : this.#articleOf.has(id);
  }

  override get size(): number {
    return this.#whole ? super.size : this.#articleOf.size;
  }

  /** Every passage read, in article order. */
  #readAll(): void {
    if (this.#whole) return;
    super.clear();
    for (const article of this.#articles) for (const passage of article.passages) super.set(passage.id, passage);
    this.#whole = true;
  }

  override set(id: string, passage: Passage): this {
    this.#readAll();
    return super.set(id, passage);
  }
  override delete(id: string): boolean {
    this.#readAll();
    return super.delete(id);
  }
  override clear(): void {
    this.#readAll();
    super.clear();
  }
  override forEach(callback: (value: Passage, key: string, map: Map<string, Passage>) => void, thisArg?: unknown): void {
    this.#readAll();
    super.forEach(callback, thisArg);
  }
  override keys(): MapIterator<string> {
    this.#readAll();
    return super.keys();
  }
  override values(): MapIterator<Passage> {
    this.#readAll();
    return super.values();
  }
  override entries(): MapIterator<[string, Passage]> {
    this.#readAll();
    return super.entries();
  }
  override [Symbol.iterator](): MapIterator<[string, Passage]> {
    return this.entries();
  }
}

/** Makes `key` an ordinary property holding `value`, in place of an accessor. */
function settle<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** A property computed on first read, then an ordinary one (which may also be assigned before it is read). */
function defineLazily<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      settle(target, key, value);
      return value;
    },
    set: (value: T[K]) => settle(target, key, value),
  });
}

/** One section of the file: a top-level part of the packed knowledge. */
interface SectionEntry {
  name: string;
  bytes: number;
  /** CHECKSUM of its bytes. */
  check: string;
  /** Set for a list: its number of items, one JSON text per line. */
  items?: number;
  /** Set for a list read by record (BY_RECORD): each line's length and CHECKSUM, so one is read and checked alone. */
  records?: [bytes: number, check: string][];
  /** Otherwise the length of its JSON text, after which come its typed arrays, raw: key, type and byte length. */
  json?: number;
  arrays?: [key: string, type: TypedArrayName, bytes: number][];
}

interface SnapshotHeader {
  format: number;
  key: string;
  /** The file each article was read from: name, hash of its bytes, size, and modification time in nanoseconds. */
  files: [name: string, hash: string, size?: number, mtimeNs?: string][];
  sections: SectionEntry[];
}

const TYPED_ARRAYS = { Uint8Array, Uint32Array, Int32Array, Float64Array } as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;

function typedArrayName(value: unknown): TypedArrayName | undefined {
  return (Object.keys(TYPED_ARRAYS) as TypedArrayName[]).find((name) => value instanceof TYPED_ARRAYS[name]);
}

/**
 * JSON in ASCII (\u escapes for the rest): read back with a one-byte string
 * per section or line, which V8 decodes and parses several times faster than
 * UTF-8 holding a few curly quotes.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function checksum(bytes: Uint8Array): string {
  return CHECKSUM === 'crc32' ? zlib.crc32(bytes).toString(16) : createHash('sha1').update(bytes).digest('hex');
}

function encodeSection(name: string, value: unknown): { entry: SectionEntry; chunks: Uint8Array[] } {
  const chunks: Uint8Array[] = [];
  const entry: SectionEntry = { name, bytes: 0, check: '' };
  if (Array.isArray(value)) {
    entry.items = value.length;
    const records: SectionEntry['records'] = (BY_RECORD as readonly string[]).includes(name) ? [] : undefined;
    // Items joined a few hundred kilobytes at a time: one write per item would cost more than the JSON.
    let batch: string[] = [];
    let length = 0;
    for (const item of value) {
      const line = `${asciiJson(item)}\n`;
      records?.push([line.length, checksum(Buffer.from(line, 'latin1'))]);
      batch.push(line);
      length += line.length;
      if (length >= 1 << 20) {
        chunks.push(Buffer.from(batch.join(''), 'latin1'));
        batch = [];
        length = 0;
      }
    }
    if (batch.length > 0) chunks.push(Buffer.from(batch.join(''), 'latin1'));
    if (records) entry.records = records;
  } else {
    const arrays: [string, TypedArrayName, Uint8Array][] = [];
    const plain =
      value !== null && typeof value === 'object'
        ? Object.fromEntries(
            Object.entries(value).filter(([key, member]) => {
              const type = typedArrayName(member);
              if (type) arrays.push([key, type, new Uint8Array((member as ArrayBufferView).buffer, (member as ArrayBufferView).byteOffset, (member as ArrayBufferView).byteLength)]);
              return !type;
            }),
          )
        : value;
    const json = Buffer.from(asciiJson(plain), 'latin1');
    entry.json = json.length;
    chunks.push(json);
    if (arrays.length > 0) entry.arrays = arrays.map(([key, type, bytes]) => [key, type, bytes.length]);
    for (const [, , bytes] of arrays) chunks.push(bytes);
  }
  entry.bytes = chunks.reduce((sum, chunk) => sum + chunk.length, 0);
  const hash = CHECKSUM === 'crc32' ? undefined : createHash('sha1');
  let crc = 0;
  for (const chunk of chunks) {
    if (hash) hash.update(chunk);
    else crc = zlib.crc32(chunk, crc);
  }
  entry.check = hash ? hash.digest('hex') : crc.toString(16);
  return { entry, chunks };
}

/**
 * A list section whose items are read, checked and parsed one at a time, when
 * asked for (each line has its own length and checksum in the header), from
 * the file as it was opened. One found damaged fails the command that needed
 * it, as a deferred section does (readLater).
 */
class LineRecords implements Records<unknown> {
  readonly length: number;
  /** Where each item's line starts in the file. */
  private readonly starts: Float64Array;

  constructor(
    private readonly file: string,
    private readonly opened: OpenedSnapshot,
    position: number,
    private readonly entry: SectionEntry,
  ) {
    const { records, items } = entry;
    if (!Array.isArray(records) || records.length !== items) throw new Error(`section ${entry.name} does not list its items`);
    this.starts = new Float64Array(items + 1);
    let at = position;
    for (const [i, [bytes]] of records.entries()) {
      this.starts[i] = at;
      at += bytes;
    }
    if (at !== position + entry.bytes) throw new Error(`section ${entry.name} is not as long as its items`);
    this.starts[items] = at;
    this.length = items;
  }

  /** Items found damaged: each said once, then refused again. */
  private readonly damaged = new Map<number, Error>();

  at(index: number): unknown {
    if (!(index >= 0 && index < this.length)) return undefined;
    const known = this.damaged.get(index);
    if (known) throw known;
    const [length, check] = this.entry.records![index]!;
    try {
      const bytes = readBytes(this.opened.fd, this.starts[index]!, length);
      if (checksum(bytes) !== check) throw new Error(`section ${this.entry.name} does not match its checksum at item ${index + 1}`);
      if (bytes[length - 1] !== 10) throw new Error(`section ${this.entry.name} has a damaged item ${index + 1}`);
      return JSON.parse(bytes.toString('latin1', 0, length - 1));
    } catch (error) {
      const said = damagedLater(this.file, this.opened.fd, error);
      this.damaged.set(index, said);
      throw said;
    }
  }
}

/** The part a section holds, parsed from its bytes (already checked). */
function decodeSection(bytes: Buffer, entry: SectionEntry): unknown {
  if (entry.items !== undefined) {
    const items: unknown[] = [];
    let at = 0;
    for (let i = 0; i < entry.items; i++) {
      const newline = bytes.indexOf(10, at);
      if (newline < 0) throw new Error(`section ${entry.name} ends after ${i} of its ${entry.items} items`);
      items.push(JSON.parse(bytes.toString('latin1', at, newline)));
      at = newline + 1;
    }
    if (at !== bytes.length) throw new Error(`section ${entry.name} holds more than its ${entry.items} items`);
    return items;
  }
  const jsonEnd = entry.json ?? bytes.length;
  const value = JSON.parse(bytes.toString('latin1', 0, jsonEnd)) as Record<string, unknown>;
  let at = jsonEnd;
  for (const [key, type, length] of entry.arrays ?? []) {
    const Type = TYPED_ARRAYS[type];
    if (!Type || length % Type.BYTES_PER_ELEMENT !== 0 || at + length > bytes.length) throw new Error(`section ${entry.name} has a damaged ${key}`);
    // Copied out of the section's bytes, aligned as the type needs.
    const array = new Type(length / Type.BYTES_PER_ELEMENT);
    new Uint8Array(array.buffer).set(bytes.subarray(at, at + length));
    value[key] = array;
    at += length;
  }
  if (at !== bytes.length) throw new Error(`section ${entry.name} is longer than its parts`);
  return value;
}

export function saveSnapshot(file: string, kb: KnowledgeBase, files: FileVersions, key: string): void {
  const sections = Object.entries(packKnowledge(kb))
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => encodeSection(name, value));
  const header: SnapshotHeader = {
    format: FORMAT,
    key,
    files: [...files].map(([name, { hash, stat }]) => (stat ? [name, hash, stat.size, stat.mtimeNs] : [name, hash])),
    sections: sections.map((s) => s.entry),
  };
  mkdirSync(dirname(file), { recursive: true });
  // Written beside and renamed, so a crash mid-write never leaves half a snapshot. Named per write: a
  // refresh on a worker and a start in another process may write at once, and the last rename wins, whole.
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  let fd: number | undefined;
  try {
    fd = openSync(temporary, 'w');
    writeSync(fd, Buffer.from(`${FIRST_LINE}${asciiJson(header)}\n`, 'latin1'));
    for (const { chunks } of sections) for (const chunk of chunks) writeSync(fd, chunk);
    closeSync(fd);
    fd = undefined;
    renameSync(temporary, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

/** A write takes seconds even at SOTU 10x: a temporary file this old belongs to a writer that died. */
const STALE_WRITE_MS = 10 * 60_000;

/** Temporary files of writes that never finished (a process killed while writing), each as large as a snapshot. */
export function removeStaleSnapshotFiles(file: string, now = Date.now()): void {
  const prefix = `${basename(file)}.`;
  try {
    for (const name of readdirSync(dirname(file))) {
      if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
      const path = join(dirname(file), name);
      if (now - statSync(path).mtimeMs > STALE_WRITE_MS) rmSync(path, { force: true });
    }
  } catch {
    // No folder yet, or the file went meanwhile: nothing to clean.
  }
}

/** Why a snapshot was not used: none yet, made by other code or limits, or damaged. */
export type SnapshotMiss = 'none' | 'other' | { damaged: string };

export interface LoadSnapshotOptions {
  /** Parse the parts a command may not need (events, per-article state) only when first used: a one-shot `npm run ask`. */
  lazy?: boolean;
}

/**
 * The snapshot in `file` if this code with these limits made it, with the
 * file versions its articles came from; otherwise why not. Only the header
 * and the sections parsed now are read; with `lazy`, the deferrable ones are
 * read (and checked) when first used, and so are an article's passages and
 * an entity's details, each alone, from the file as it was opened, even if a
 * newer snapshot has replaced it since. One found damaged then cannot be
 * built around mid-command: that use fails, the damage is logged, and the
 * snapshot is removed so that the next start builds.
 */
export function readSnapshot(file: string, key: string, options: LoadSnapshotOptions = {}): { kb: KnowledgeBase; files: FileVersions } | { miss: SnapshotMiss } {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return { miss: 'none' };
  }
  const opened: OpenedSnapshot = { fd, unread: 0, watchers: 0 };
  try {
    const size = fstatSync(fd).size;
    const head = readHeader(fd, size);
    if ('miss' in head) return head;
    const { header, start } = head;
    if (header.format !== FORMAT || header.key !== key) return { miss: 'other' };
    if (!Array.isArray(header.sections) || start + header.sections.reduce((sum, entry) => sum + entry.bytes, 0) !== size) {
      return { miss: { damaged: 'the file is not as long as its sections' } };
    }
    const packed: Record<string, unknown> = {};
    let at = start;
    for (const entry of header.sections) {
      const position = at;
      at += entry.bytes;
      if (options.lazy && (DEFERRABLE as readonly string[]).includes(entry.name)) {
        opened.unread++;
        let outcome: { value: unknown } | { error: Error } | undefined;
        defineLazily(packed, entry.name, () => {
          outcome ??= readLater(file, opened, position, entry);
          if ('error' in outcome) throw outcome.error;
          return outcome.value;
        });
      } else if (options.lazy && (BY_RECORD as readonly string[]).includes(entry.name)) {
        // Read record by record, as long as the knowledge lives.
        opened.unread++;
        const records = new LineRecords(file, opened, position, entry);
        closeWhenGone.register(records, opened, opened);
        opened.watchers++;
        packed[entry.name] = records;
      } else packed[entry.name] = decodeSection(readSection(fd, position, entry), entry);
    }
    for (const part of REQUIRED) {
      if (!(part in packed)) throw new Error(`section ${part} is missing`);
    }
    const files: FileVersions = new Map(
      header.files.map(([name, hash, size, mtimeNs]) => [name, size !== undefined && mtimeNs !== undefined ? { hash, stat: { size, mtimeNs } } : { hash }]),
    );
    const kb = unpackKnowledge(packed as unknown as PackedKnowledge, options);
    if (opened.unread > 0) {
      closeWhenGone.register(kb, opened, opened);
      opened.watchers++;
    }
    return { kb, files };
  } catch (error) {
    opened.unread = 0;
    closeWhenGone.unregister(opened);
    return { miss: { damaged: error instanceof Error ? error.message : String(error) } };
  } finally {
    if (opened.unread === 0) closeSync(fd);
  }
}

/** A snapshot read lazily keeps its file open for the sections not read yet: closed once they are, or with the knowledge. */
/**
 * The file of a snapshot read lazily: open while sections are still unread
 * (deferred ones, and those read by record, which stay so), closed once they
 * are read, or once the knowledge and what reads its records are gone.
 */
interface OpenedSnapshot {
  fd: number;
  unread: number;
  /** The knowledge and record lists whose collection closes the file. */
  watchers: number;
}

const closeWhenGone = new FinalizationRegistry<OpenedSnapshot>((opened) => {
  if (--opened.watchers === 0) closeSync(opened.fd);
});

/** A part found damaged after the load: said in the log, and the snapshot removed so that the next start builds. */
function damagedLater(file: string, fd: number, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  log('warn', 'the knowledge snapshot is damaged; the next start will build the knowledge again', { file, reason });
  // Unless a newer snapshot has taken its place meanwhile.
  if (statSync(file, { throwIfNoEntry: false })?.ino === fstatSync(fd).ino) rmSync(file, { force: true });
  return new Error(`the knowledge snapshot is damaged (${reason})`);
}

/** A deferred section, read once: its part, or why it cannot be trusted. */
function readLater(file: string, opened: OpenedSnapshot, position: number, entry: SectionEntry): { value: unknown } | { error: Error } {
  try {
    return { value: decodeSection(readSection(opened.fd, position, entry), entry) };
  } catch (error) {
    return { error: damagedLater(file, opened.fd, error) };
  } finally {
    if (--opened.unread === 0) {
      closeWhenGone.unregister(opened);
      closeSync(opened.fd);
    }
  }
}

/** The header line, and where the sections start. */
function readHeader(fd: number, size: number): { header: SnapshotHeader; start: number } | { miss: SnapshotMiss } {
  let length = Math.min(size, 1 << 16);
  for (;;) {
    const bytes = readBytes(fd, 0, length);
    if (bytes.toString('latin1', 0, Math.min(length, FIRST_LINE.length)) !== FIRST_LINE.slice(0, Math.min(length, FIRST_LINE.length))) return { miss: 'other' };
    const end = bytes.indexOf(10, FIRST_LINE.length);
    if (end >= 0) {
      try {
        return { header: JSON.parse(bytes.toString('latin1', FIRST_LINE.length, end)) as SnapshotHeader, start: end + 1 };
      } catch {
        return { miss: { damaged: 'its header does not parse' } };
      }
    }
    if (length === size) return { miss: length < FIRST_LINE.length ? 'other' : { damaged: 'its header is cut short' } };
    length = Math.min(size, length * 4);
  }
}

function readBytes(fd: number, position: number, length: number): Buffer {
  const bytes = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const read = readSync(fd, bytes, done, length - done, position + done);
    if (read === 0) throw new Error('the file ends early');
    done += read;
  }
  return bytes;
}

/** A section's bytes, checked against its checksum. */
function readSection(fd: number, position: number, entry: SectionEntry): Buffer {
  const bytes = readBytes(fd, position, entry.bytes);
  if (checksum(bytes) !== entry.check) throw new Error(`section ${entry.name} does not match its checksum`);
  return bytes;
}

/** The snapshot in `file` if this code with these limits made it, with the file versions its articles came from. */
export function loadSnapshot(file: string, key: string, options: LoadSnapshotOptions = {}): { kb: KnowledgeBase; files: FileVersions } | undefined {
  const read = readSnapshot(file, key, options);
  return 'miss' in read ? undefined : read;
}

