/**
 * `npm run add -- [--content DIR] <url|file>...`: adds articles to the
 * content folder from a shell, as `/sources add` does from chat: a page's
 * address is fetched (FETCH_ALLOW_HOSTS applies), a file is read (a saved
 * page, .html/.htm/.html.gz, or an article, .md/.txt). Prints the saved file
 * and title per article. Exit code: 0 when every one was added, 1 when one
 * was refused (its reason on stderr, one line), 2 for bad usage or settings.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from '../../config.ts';
import { configureLog } from '../../core/log.ts';
import { AddRefusal, type AddedArticle } from '../../ingest/addArticle.ts';
import { formatBytes } from '../../ingest/fetch/errors.ts';
import { FETCH_DEFAULTS } from '../../ingest/fetch/fetchPage.ts';
import { ArticleLibrary, type ArticleLibraryOptions } from '../../ingest/library.ts';

const USAGE = `Usage: npm run add -- [--content DIR] <url|file>...
  Adds articles to the articles folder (CONTENT_DIR, or --content DIR); a running briefbot answers from them within seconds.
  url    a page's address (http or https), fetched safely (FETCH_ALLOW_HOSTS lists the private hosts allowed)
  file   a saved page (.html, .htm, .html.gz) or an article (.md with front matter, .txt)
  An address or file added before replaces its earlier copy.
  -h, --help  this help`;

interface Output {
  write(text: string): unknown;
}

export interface AddCliIo {
  out?: Output;
  err?: Output;
  env?: Record<string, string | undefined>;
  /** For tests: what the library is built with besides the configuration (a resolver). */
  library?: Partial<ArticleLibraryOptions>;
}

const isAddress = (target: string) => /^https?:\/\//i.test(target);

function fileProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES') return 'permission denied';
  return `cannot be read (${code ?? String(error)})`;
}

async function addOne(library: ArticleLibrary, target: string): Promise<AddedArticle> {
  if (isAddress(target)) return library.addUrl(target);
  let size: number;
  try {
    const stats = statSync(target);
    if (stats.isDirectory()) throw new AddRefusal('is a folder, not a file');
    size = stats.size;
  } catch (error) {
    if (error instanceof AddRefusal) throw error;
    throw new AddRefusal(fileProblem(error));
  }
  const maxBytes = library.options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  if (size > maxBytes) throw new AddRefusal(`the file is larger than ${formatBytes(maxBytes)}`);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(target);
  } catch (error) {
    throw new AddRefusal(fileProblem(error));
  }
  return library.addUpload({ name: basename(target), bytes });
}

export async function main(argv: string[], io: AddCliIo = {}): Promise<number> {
  const out = io.out ?? process.stdout;
  const err = io.err ?? process.stderr;
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { content: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    err.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals: targets } = parsed;
  if (values.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (targets.length === 0) {
    err.write(`Give a page's address or a file to add.\n${USAGE}\n`);
    return 2;
  }
  let config;
  try {
    config = loadConfig(io.env ?? process.env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    err.write(`${error.message}\n`);
    return 2;
  }
  const contentDir = values.content ?? config.CONTENT_DIR;
  const library = new ArticleLibrary({ contentDir, allowHosts: config.FETCH_ALLOW_HOSTS, ...io.library });
  let refused = 0;
  for (const target of targets) {
    try {
      const { file, updated, article } = await addOne(library, target);
      const date = article.published ? ` (${article.published})` : '';
      out.write(`${updated ? 'Updated' : 'Added'} ${join(contentDir, file)}: ${article.title}${date}\n`);
    } catch (error) {
      refused++;
      // A refusal says why in one line; anything else (a folder that cannot be written) in one line too.
      const reason = error instanceof AddRefusal ? error.message : `could not be added (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
      err.write(`add: ${target.slice(0, 200)}: ${reason}\n`);
    }
  }
  return refused ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  loadDotenv({ quiet: true });
  configureLog({ level: 'warn' });
  process.exitCode = await main(process.argv.slice(2));
}
