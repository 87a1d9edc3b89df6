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
 * never trusted, in part or whole; a lazy load (`npm run ask`) then parses a
 * part only when a command first uses it: a /brief never parses the events or
 * the per-article state.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import type { Article, Passage } from './content/article.ts';
import type { FileVersions } from './content/changes.ts';
import { DEFAULT_MAX_ARTICLE_MB, type ContentLimits } from './content/files.ts';
import { assembleKnowledgeBase, eventLookups, packEntityState, SharedCopies, unpackEntityState, type KnowledgeBase, type PackedEntityState } from './knowledge.ts';
import { withSharedDates } from './knowledge/events.ts';
import { log } from './log.ts';
import { PassageIndex, type PackedIndex } from './search/passageIndex.ts';

/** 4: sections behind a header (3 was one JSON text). */
const FORMAT = 4;
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
    .update(`format ${FORMAT}\n${coreCodeHash()}\nmax ${limits.maxArticleMb ?? DEFAULT_MAX_ARTICLE_MB} MB\n${CHECKSUM} ${endianness()}\n`)
    .digest('hex');
}

/**
 * A knowledge base as plain data: what a snapshot file holds, and what a
 * worker thread hands back after building aside.
 */
export interface PackedKnowledge {
  /** Sentences are stored as [start, length] in their passage. */
  articles: (Omit<Article, 'passages'> & { passages: (Omit<Passage, 'sentenceBounds'> & { sentences: [number, number][] })[] })[];
  aliases: KnowledgeBase['aliases'];
  entities: KnowledgeBase['entities'];
  events: KnowledgeBase['events'];
  index: PackedIndex;
  /** Absent when the knowledge had none. */
  state?: PackedEntityState;
}

/** The parts a command may not need, restored from a lazy load when first used: the events (/events, digests, period autocomplete) and the per-article state (updates only). */
const DEFERRABLE = ['events', 'state'] as const satisfies readonly (keyof PackedKnowledge)[];

export function packKnowledge(kb: KnowledgeBase): PackedKnowledge {
  return {
    articles: kb.articles.map((a) => ({ ...a, passages: a.passages.map(({ sentenceBounds, ...p }) => ({ ...p, sentences: packedSentences(sentenceBounds) })) })),
    aliases: kb.aliases,
    entities: kb.entities,
    events: kb.events,
    index: kb.index.pack(),
    ...(kb.entityState ? { state: packEntityState(kb.entityState) } : {}),
  };
}

function packedSentences(bounds: readonly number[]): [number, number][] {
  const pairs: [number, number][] = [];
  for (let i = 0; i < bounds.length; i += 2) pairs.push([bounds[i]!, bounds[i + 1]! - bounds[i]!]);
  return pairs;
}

function unpackedSentences(pairs: [number, number][]): number[] {
  // Sized once: an array grown by push keeps spare room, and there is one per passage.
  const bounds = new Array<number>(pairs.length * 2);
  for (const [i, [start, length]] of pairs.entries()) {
    bounds[2 * i] = start;
    bounds[2 * i + 1] = start + length;
  }
  return bounds;
}

/**
 * The knowledge in `packed`. With `lazy`, the deferrable parts are read from
 * `packed` only when the knowledge's events or per-article state are first
 * used (a snapshot's sections are parsed then).
 */
export function unpackKnowledge(packed: PackedKnowledge, options: { lazy?: boolean } = {}): KnowledgeBase {
  const articles: Article[] = packed.articles.map((a) => ({
    ...a,
    passages: a.passages.map(({ sentences, ...p }) => ({ ...p, articleId: p.articleId === a.id ? a.id : p.articleId, sentenceBounds: unpackedSentences(sentences) })),
  }));
  // Parsed, every passage id and entity key is a string of its own: one is shared, as after a build.
  const shared = new SharedCopies(articles, packed.entities);
  const index = PassageIndex.fromPacked({ ...packed.index, documents: packed.index.documents.map((id) => shared.id(id)) });
  const lazy = options.lazy === true;
  const parts = shared.parts({ articles, aliases: packed.aliases, entities: packed.entities, events: lazy ? [] : packed.events.map(withSharedDates), index });
  const kb = assembleKnowledgeBase(parts);
  const entityState = () => (packed.state ? unpackEntityState(packed.state, shared) : undefined);
  if (!lazy) return packed.state ? { ...kb, entityState: entityState() } : kb;
  const events = once(() => eventLookups(packed.events.map(withSharedDates)));
  defineLazily(kb, 'events', () => events().events);
  defineLazily(kb, 'eventIndex', () => events().eventIndex);
  defineLazily(kb, 'entityState', entityState);
  return kb;
}

function once<T>(compute: () => T): () => T {
  let done: { value: T } | undefined;
  return () => (done ??= { value: compute() }).value;
}

/** A property computed on first read, then an ordinary one (which may also be assigned before it is read). */
function defineLazily<T extends object, K extends keyof T>(target: T, key: K, compute: () => T[K]): void {
  const settle = (value: T[K]) => Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = compute();
      settle(value);
      return value;
    },
    set: settle,
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
    // Items joined a few hundred kilobytes at a time: one write per item would cost more than the JSON.
    let batch: string[] = [];
    let length = 0;
    for (const item of value) {
      const line = `${asciiJson(item)}\n`;
      batch.push(line);
      length += line.length;
      if (length >= 1 << 20) {
        chunks.push(Buffer.from(batch.join(''), 'latin1'));
        batch = [];
        length = 0;
      }
    }
    if (batch.length > 0) chunks.push(Buffer.from(batch.join(''), 'latin1'));
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
 * read (and checked) when first used, from the file as it was opened, even if
 * a newer snapshot has replaced it since. One found damaged then cannot be
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
  const opened = { fd, unread: 0 };
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
      } else packed[entry.name] = decodeSection(readSection(fd, position, entry), entry);
    }
    for (const part of ['articles', 'aliases', 'entities', 'events', 'index'] satisfies (keyof PackedKnowledge)[]) {
      if (!(part in packed)) throw new Error(`section ${part} is missing`);
    }
    const files: FileVersions = new Map(
      header.files.map(([name, hash, size, mtimeNs]) => [name, size !== undefined && mtimeNs !== undefined ? { hash, stat: { size, mtimeNs } } : { hash }]),
    );
    const kb = unpackKnowledge(packed as unknown as PackedKnowledge, options);
    if (opened.unread > 0) closeWhenGone.register(kb, fd, opened);
    return { kb, files };
  } catch (error) {
    opened.unread = 0;
    return { miss: { damaged: error instanceof Error ? error.message : String(error) } };
  } finally {
    if (opened.unread === 0) closeSync(fd);
  }
}

/** A snapshot read lazily keeps its file open for the sections not read yet: closed once they are, or with the knowledge. */
const closeWhenGone = new FinalizationRegistry<number>((fd) => closeSync(fd));

/** A deferred section, read once: its part, or why it cannot be trusted. */
function readLater(file: string, opened: { fd: number; unread: number }, position: number, entry: SectionEntry): { value: unknown } | { error: Error } {
  try {
    return { value: decodeSection(readSection(opened.fd, position, entry), entry) };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    log('warn', 'the knowledge snapshot is damaged; the next start will build the knowledge again', { file, reason });
    // Unless a newer snapshot has taken its place meanwhile.
    if (statSync(file, { throwIfNoEntry: false })?.ino === fstatSync(opened.fd).ino) rmSync(file, { force: true });
    return { error: new Error(`the knowledge snapshot is damaged (${reason})`) };
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

