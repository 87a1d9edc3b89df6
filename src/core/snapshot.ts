/**
 * Snapshots of a built knowledge base, so a restart with unchanged content
 * loads in a fraction of the time a build takes. A snapshot is keyed by a
 * fingerprint of the content files and of the core's own source: new
 * articles, edited articles or new extraction code all mean a fresh build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from './content/article.ts';
import { DEFAULT_MAX_ARTICLE_MB, listContentFiles, type ContentLimits, type ContentProblem } from './content/files.ts';
import { assembleKnowledgeBase, type KnowledgeBase } from './knowledge.ts';
import { PassageIndex } from './search/passageIndex.ts';

const FORMAT = 1;
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

/**
 * Fingerprint of a content folder: every readable content file's name and bytes,
 * every skipped one's name and reason, the size limit, plus the core's code.
 * Only what the loader would read is read: never a file through a link out of
 * the folder, a FIFO, or a file over the limit.
 */
export function contentFingerprint(dir: string, limits: ContentLimits = {}): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\n${coreCodeHash()}\nmax ${limits.maxArticleMb ?? DEFAULT_MAX_ARTICLE_MB} MB\n`);
  const { files, problems } = listContentFiles(dir, limits);
  for (const file of files) {
    try {
      hash.update(`${file.name}\n`).update(readFileSync(file.path));
    } catch {
      hash.update(`${file.name} unreadable\n`);
    }
  }
  for (const problem of problems) hash.update(`${problem.file} skipped: ${problem.reason}\n`);
  return hash.digest('hex');
}

/** Fingerprint of articles that come from somewhere other than a folder (the benchmark's corpora). */
export function articlesFingerprint(articles: Article[]): string {
  const hash = createHash('sha256').update(`format ${FORMAT}\n${coreCodeHash()}\n`);
  for (const a of articles) for (const p of a.passages) hash.update(`${p.id}\n${p.text}\n`);
  return hash.digest('hex');
}

/**
 * A knowledge base as plain data: what a snapshot file holds, and what a
 * worker thread hands back after building aside.
 */
export interface PackedKnowledge {
  /** Sentences are stored as [start, length] in their passage; the text is sliced back on unpacking. */
  articles: (Omit<Article, 'passages'> & { passages: (Omit<Article['passages'][number], 'sentences'> & { sentences: [number, number][] })[] })[];
  aliases: KnowledgeBase['aliases'];
  entities: KnowledgeBase['entities'];
  events: KnowledgeBase['events'];
  index: unknown;
}

interface SnapshotFile extends PackedKnowledge {
  format: number;
  fingerprint: string;
  problems: ContentProblem[];
}

export function packKnowledge(kb: KnowledgeBase): PackedKnowledge {
  return {
    articles: kb.articles.map((a) => ({ ...a, passages: a.passages.map((p) => ({ ...p, sentences: p.sentences.map((s) => [s.start, s.text.length] as [number, number]) })) })),
    aliases: kb.aliases,
    entities: kb.entities,
    events: kb.events,
    index: kb.index.search.toJSON(),
  };
}

export function unpackKnowledge(packed: PackedKnowledge): KnowledgeBase {
  const articles: Article[] = packed.articles.map((a) => ({
    ...a,
    passages: a.passages.map((p) => ({ ...p, sentences: p.sentences.map(([start, length]) => ({ start, text: p.text.slice(start, start + length) })) })),
  }));
  const index = PassageIndex.fromJS(packed.index as Parameters<typeof PassageIndex.fromJS>[0]);
  return assembleKnowledgeBase({ articles, aliases: packed.aliases, entities: packed.entities, events: packed.events, index });
}

export function saveSnapshot(file: string, kb: KnowledgeBase, fingerprint: string, problems: ContentProblem[] = []): void {
  const snapshot: SnapshotFile = { format: FORMAT, fingerprint, problems, ...packKnowledge(kb) };
  mkdirSync(dirname(file), { recursive: true });
  // Written beside and renamed, so a crash mid-write never leaves half a snapshot.
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(snapshot));
  renameSync(temporary, file);
}

/** The snapshot in `file` if it was made from exactly this content and code; undefined otherwise. */
export function loadSnapshot(file: string, fingerprint: string): { kb: KnowledgeBase; problems: ContentProblem[] } | undefined {
  let snapshot: SnapshotFile;
  try {
    snapshot = JSON.parse(readFileSync(file, 'utf8')) as SnapshotFile;
  } catch {
    return undefined; // none yet, or unreadable: build instead
  }
  if (snapshot.format !== FORMAT || snapshot.fingerprint !== fingerprint) return undefined;
  return { kb: unpackKnowledge(snapshot), problems: snapshot.problems };
}
