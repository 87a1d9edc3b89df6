/**
 * Loads every article in a content folder. A file that cannot be read is
 * reported with its reason and skipped; the rest always load. Which files may
 * be read at all (inside the folder, regular, within the size limit) is
 * decided in files.ts; reading them, in changes.ts (a full load is a change
 * from nothing).
 */
import type { Article } from './article.ts';
import { readContentChanges, type FileVersions } from './changes.ts';
import type { ContentLimits, ContentProblem } from './files.ts';

export { CONTENT_EXTENSIONS, DEFAULT_MAX_ARTICLE_MB, type ContentLimits, type ContentProblem } from './files.ts';
export { parseArticle } from './parseArticle.ts';

export interface LoadedContent {
  articles: Article[];
  problems: ContentProblem[];
  /** The version of each article's file. */
  files: FileVersions;
}

export function loadContentDir(dir: string, limits: ContentLimits = {}): LoadedContent {
  const { articles, problems, files } = readContentChanges(dir, { articles: [], files: new Map() }, limits);
  return { articles, problems, files };
}
