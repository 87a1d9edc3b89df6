/**
 * The files of a content folder that may be read, and why each other entry
 * named like an article is skipped. Checked before any byte is read:
 * - a link (or a path through a linked folder) whose real path is outside the
 *   real content folder would quote that file — /etc/passwd, a key — in chat;
 * - a folder, socket or FIFO named like an article is not one (a FIFO would
 *   block the read forever);
 * - a file over the size limit would take seconds and gigabytes to index.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, relative, sep } from 'node:path';

export const CONTENT_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;

/** MAX_ARTICLE_MB's default: far above any article, far below what makes indexing slow. */
export const DEFAULT_MAX_ARTICLE_MB = 5;

/** Megabytes as the size is shown to people: 1 MB = 1,000,000 bytes. */
const BYTES_PER_MB = 1_000_000;

export interface ContentProblem {
  file: string;
  reason: string;
}

export interface ContentLimits {
  /** Files larger than this are skipped (MAX_ARTICLE_MB). */
  maxArticleMb?: number;
}

export interface ContentFile {
  /** The name in the content folder, as problems and sources name it. */
  name: string;
  /** The real path, inside the real content folder. */
  path: string;
}

export interface ContentListing {
  files: ContentFile[];
  problems: ContentProblem[];
}

export function isContentFileName(name: string): boolean {
  return (CONTENT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase()) && !name.startsWith('.');
}

/** Every entry named like an article, sorted by name: the ones to read, and the others with their reason. */
export function listContentFiles(dir: string, limits: ContentLimits = {}): ContentListing {
  let names: string[];
  let realDir: string;
  try {
    realDir = realpathSync(dir);
    names = readdirSync(realDir).sort();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { files: [], problems: [{ file: dir, reason: code === 'ENOENT' ? 'content folder does not exist' : `content folder cannot be read (${code})` }] };
  }
  const maxBytes = (limits.maxArticleMb ?? DEFAULT_MAX_ARTICLE_MB) * BYTES_PER_MB;
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  for (const name of names.filter(isContentFileName)) {
    try {
      const path = realpathSync(join(realDir, name));
      const reason = skipReason(realDir, path, maxBytes);
      if (reason) problems.push({ file: name, reason });
      else files.push({ name, path });
    } catch (error) {
      problems.push({ file: name, reason: `cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})` });
    }
  }
  return { files, problems };
}

function skipReason(realDir: string, path: string, maxBytes: number): string | undefined {
  // The target is not named: the log line is enough to find the link, and need not describe what it reaches.
  if (!isInside(realDir, path)) return 'links outside the content folder; only files inside it are loaded';
  const stats = statSync(path);
  if (stats.isDirectory()) return 'is a folder, not an article file';
  if (!stats.isFile()) return 'is not a regular file';
  if (stats.size > maxBytes) {
    return `is ${megabytes(stats.size)} MB, over the ${megabytes(maxBytes)} MB limit (MAX_ARTICLE_MB); split it into several files or raise MAX_ARTICLE_MB`;
  }
  return undefined;
}

/** The folder itself counts as inside: a link to it is then reported as a folder. */
function isInside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

/** At most one decimal, and enough to show a limit below 1 MB ("0.001"). */
function megabytes(bytes: number): string {
  const mb = bytes / BYTES_PER_MB;
  return String(mb >= 1 ? Math.round(mb * 10) / 10 : Number(mb.toPrecision(2)));
}
