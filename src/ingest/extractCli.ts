/**
 * `npm run --silent extract -- [--json] FILE...`: extracts the article from
 * saved web pages (`.html`, or `.html.gz`).
 *
 * With --json: one JSON object per file and line,
 *   { file, url?, title, author?, publisher?, published?, body, markdown }.
 * Without: the Markdown file that would be saved for each page, one after
 * the other. A file that cannot be read or holds no article gets one line on
 * stderr; the others still print. Exit code: 0 when every file gave an
 * article, 1 when some did not, 2 for bad usage.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { decodePage } from './extract/decode.ts';
import { ExtractError, extractArticle } from './extract/extract.ts';

const USAGE = `Usage: npm run --silent extract -- [--json] [--url URL] FILE...
  Extracts the article from saved web pages (.html or .html.gz).
  --json      one JSON object per file and line: { file, url?, title, author?, publisher?, published?, body, markdown }
  --url URL   the page's address (with a single FILE), when the page does not say it
  -h, --help  this help`;

function reasonOf(error: unknown): string {
  if (error instanceof ExtractError) return error.message;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a page';
  if (code === 'EACCES') return 'permission denied';
  if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') return 'is not a valid gzip file';
  if (code) return `cannot be read (${code})`;
  return `could not be extracted (${error instanceof Error ? error.message : String(error)})`;
}

interface Output {
  write(text: string): unknown;
}

export function main(argv: string[], out: Output = process.stdout, err: Output = process.stderr): number {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { json: { type: 'boolean' }, url: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (error) {
    err.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (files.length === 0 || (values.url && files.length > 1)) {
    err.write(`${files.length === 0 ? 'Give at least one FILE.' : '--url goes with a single FILE.'}\n${USAGE}\n`);
    return 2;
  }
  let failed = 0;
  files.forEach((file, index) => {
    try {
      const article = extractArticle(decodePage(readFileSync(file)), { url: values.url });
      if (values.json) {
        const { url, title, author, publisher, published, body, markdown } = article;
        out.write(`${JSON.stringify({ file, url, title, author, publisher, published, body, markdown })}\n`);
      } else {
        out.write(`${index > 0 ? '\n' : ''}${article.markdown}`);
      }
    } catch (error) {
      failed++;
      err.write(`extract: ${file}: ${reasonOf(error)}\n`);
    }
  });
  return failed ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) process.exitCode = main(process.argv.slice(2));
