/**
 * Snapshots of a built knowledge base, so a restart loads in a fraction of
 * the time a build takes. A snapshot is trusted only by the same core code
 * with the same loader limits (other extraction code, or another
 * MAX_ARTICLE_MB, means a fresh build), and records the hash of the file each
 * article was read from: at start, only the files that differ from it are
 * read, and applied to the restored knowledge as an incremental update. It
 * also keeps the per-article state updates start from, so knowledge restored
 * from it is updated as cheaply as knowledge just built.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Passage } from './content/article.ts';
import type { FileVersions } from './content/changes.ts';
import { DEFAULT_MAX_ARTICLE_MB, type ContentLimits } from './content/files.ts';
import { assembleKnowledgeBase, packEntityState, SharedCopies, unpackEntityState, type KnowledgeBase, type PackedEntityState } from './knowledge.ts';
import { withSharedDates } from './knowledge/events.ts';
import { PassageIndex, type PackedIndex } from './search/passageIndex.ts';

/** 3: the index packed as number arrays (PassageIndex.pack). */
const FORMAT = 3;
const CORE_DIR = dirname(fileURLToPath(import.meta.url));
/** The core's code as it runs: .ts under tsx and vitest, .js once built into dist/ (npm run build). */
const CODE_EXTENSION = extname(fileURLToPath(import.meta.url));
/** Data files the core reads (person-nouns.txt) shape what is extracted as much as its code does. */
const DATA_EXTENSION = '.txt';

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

/** What a snapshot must share with this process to be trusted: the format, the core's code, the loader's limits. */
export function snapshotKey(limits: ContentLimits = {}): string {
  return createHash('sha256').update(`format ${FORMAT}\n${coreCodeHash()}\nmax ${limits.maxArticleMb ?? DEFAULT_MAX_ARTICLE_MB} MB\n`).digest('hex');
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

interface SnapshotFile extends PackedKnowledge {
  format: number;
  key: string;
  /** The file each article was read from, and the hash of its bytes then. */
  files: [string, string][];
}

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

export function unpackKnowledge(packed: PackedKnowledge): KnowledgeBase {
  const articles: Article[] = packed.articles.map((a) => ({
    ...a,
    passages: a.passages.map(({ sentences, ...p }) => ({ ...p, articleId: p.articleId === a.id ? a.id : p.articleId, sentenceBounds: unpackedSentences(sentences) })),
  }));
  // Parsed, every passage id and entity key is a string of its own: one is shared, as after a build.
  const shared = new SharedCopies(articles, packed.entities);
  const documentIds = Object.fromEntries(Object.entries(packed.index.documentIds).map(([shortId, id]) => [shortId, shared.id(id)]));
  const index = PassageIndex.fromPacked({ ...packed.index, documentIds });
  const parts = shared.parts({ articles, aliases: packed.aliases, entities: packed.entities, events: packed.events.map(withSharedDates), index });
  const kb = assembleKnowledgeBase(parts);
  return packed.state ? { ...kb, entityState: unpackEntityState(packed.state, shared) } : kb;
}

export function saveSnapshot(file: string, kb: KnowledgeBase, files: FileVersions, key: string): void {
  const snapshot: SnapshotFile = { format: FORMAT, key, files: [...files].map(([name, version]) => [name, version.hash]), ...packKnowledge(kb) };
  mkdirSync(dirname(file), { recursive: true });
  // Written beside and renamed, so a crash mid-write never leaves half a snapshot. Named per write: a
  // refresh on a worker and a start in another process may write at once, and the last rename wins, whole.
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    writeFileSync(temporary, JSON.stringify(snapshot));
    renameSync(temporary, file);
  } catch (error) {
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

/** The snapshot in `file` if this code with these limits made it, with the file versions its articles came from. */
export function loadSnapshot(file: string, key: string): { kb: KnowledgeBase; files: FileVersions } | undefined {
  let snapshot: SnapshotFile;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as SnapshotFile;
  } catch {
    return undefined; // none yet, or unreadable: build instead
  }
  if (snapshot.format !== FORMAT || snapshot.key !== key || !Array.isArray(snapshot.files)) return undefined;
  return { kb: unpackKnowledge(snapshot), files: new Map(snapshot.files.map(([name, hash]) => [name, { hash }])) };
}
