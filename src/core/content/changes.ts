/**
 * What changed in a content folder since its articles were read: the files
 * that are new or whose bytes changed (read and parsed again), the articles
 * whose files are gone, and the files that fail to load now. A file's version
 * is the hash of its bytes; a file whose size and modification time are those
 * recorded with its hash is trusted without reading it again (see sameStat).
 *
 * A full load is the same question asked with nothing known, so the first
 * load, a rebuild, a restart from a snapshot and a hot reload all decide alike
 * what an article is and when a broken file keeps its previous version.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import type { Article } from './article.ts';
import { listContentFiles, type ContentLimits, type ContentProblem } from './files.ts';
import { ContentError } from './parse.ts';
import { parseArticle } from './parseArticle.ts';

/** What the file system says about a file, to tell cheaply that it has not changed. */
export interface FileStat {
  size: number;
  /** Modification time in nanoseconds, as text (it outgrows a double's precision, and a bigint does not go into JSON). */
  mtimeNs: string;
  /** Recorded by this process, not by a snapshot (a copy of the folder keeps sizes and times, not inodes). */
  ctimeNs?: string;
  ino?: string;
}

export interface FileVersion {
  /** sha256 of the bytes the article was read from. */
  hash: string;
  /** Absent when nothing recorded it: the bytes are then read to compare. */
  stat?: FileStat;
}

/** The version of each file the articles were read from, by file name. */
export type FileVersions = Map<string, FileVersion>;

export interface ReadContent {
  /** The articles now, by file name: unchanged ones as they were, changed ones read again, broken ones kept. */
  articles: Article[];
  /** New or changed articles. */
  upsert: Article[];
  /** Ids of articles whose file is gone. */
  remove: string[];
  /** The version of each article's file, for the next call. */
  files: FileVersions;
  problems: ContentProblem[];
  /** Files that fail to load now but whose previous article was kept. */
  kept: string[];
}

export interface ReadContentOptions extends ContentLimits {
  /** Skip reading files whose stat is what `known` recorded (a restart from a snapshot, hot reload); otherwise every file is read and hashed. */
  trustStat?: boolean;
}

/**
 * The folder's articles, given the articles read before and the versions of
 * their files. With nothing known, every file is read: a full load. A file that
 * fails to load, or a folder that is gone, keeps the previous articles.
 */
export function readContentChanges(dir: string, known: { articles: readonly Article[]; files: FileVersions }, options: ReadContentOptions = {}): ReadContent {
  const { files: listed, problems } = listContentFiles(dir, options);
  const previous = new Map(known.articles.map((a) => [a.file, a]));
  // A folder that vanished or cannot be read (moved, unmounted) keeps every previous article.
  if (problems.some((p) => p.file === dir)) {
    return { articles: [...known.articles], upsert: [], remove: [], files: new Map(known.files), problems, kept: [...previous.keys()] };
  }
  const files: FileVersions = new Map();
  const upsert: Article[] = [];
  for (const file of listed) {
    const before = known.files.get(file.name);
    const had = previous.has(file.name);
    try {
      // Stat first: a file written after the stat is seen changed next time, never missed.
      const stat = statOf(statSync(file.path, { bigint: true }));
      if (had && options.trustStat && before?.stat && sameStat(before.stat, stat)) {
        files.set(file.name, { hash: before.hash, stat });
        continue;
      }
      const bytes = readFileSync(file.path);
      const version = { hash: createHash('sha256').update(bytes).digest('hex'), stat };
      if (had && before?.hash === version.hash) {
        files.set(file.name, version);
        continue;
      }
      upsert.push(parseArticle(file.name, bytes));
      files.set(file.name, version);
    } catch (error) {
      if (error instanceof ContentError) problems.push({ file: file.name, reason: error.message });
      else {
        const code = (error as NodeJS.ErrnoException).code;
        problems.push({ file: file.name, reason: code ? `cannot be read (${code})` : `could not be parsed (${String(error)})` });
      }
    }
  }
  const remove: string[] = [];
  const kept: string[] = [];
  const broken = new Set(problems.map((p) => p.file));
  for (const [file, article] of previous) {
    if (files.has(file)) continue;
    if (broken.has(file)) {
      kept.push(file);
      const version = known.files.get(file);
      if (version) files.set(file, version);
    } else remove.push(article.id);
  }
  const replaced = new Set([...upsert.map((a) => a.id), ...remove]);
  const articles = [...known.articles.filter((a) => !replaced.has(a.id)), ...upsert].sort((a, b) => a.file.localeCompare(b.file));
  // Skipped entries were listed first; the log reads in folder order.
  problems.sort((a, b) => a.file.localeCompare(b.file));
  return { articles, upsert, remove, files, problems, kept };
}

function statOf(stats: BigIntStats): FileStat {
  return { size: Number(stats.size), mtimeNs: String(stats.mtimeNs), ctimeNs: String(stats.ctimeNs), ino: String(stats.ino) };
}

/**
 * Whether a file is the one recorded, as far as its stat tells: the same size
 * and modification time to the nanosecond, and the same change time and inode
 * when both were recorded by this process. This is the check rsync and git
 * make: a file rewritten to the same size with its old modification time put
 * back (touch -d) would pass, and is not defended against. A file that fails
 * it is read and hashed, and counts as changed only if its bytes did.
 */
function sameStat(recorded: FileStat, now: FileStat): boolean {
  if (recorded.size !== now.size || recorded.mtimeNs !== now.mtimeNs) return false;
  return (recorded.ctimeNs === undefined || recorded.ctimeNs === now.ctimeNs) && (recorded.ino === undefined || recorded.ino === now.ino);
}
