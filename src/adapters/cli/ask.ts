/**
 * `npm run ask -- [--content DIR] [--json | --format text|json|discord|slack] "/cmd args"`
 * prints one reply. With no command it answers each line of stdin in turn
 * (one JSON object per line with --json). It starts from the knowledge
 * snapshot in DATA_DIR, as npm start does, and writes one when there is none.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { createBriefbot, snapshotDirFor, splitCommandLine } from '../../briefbot.ts';
import { ConfigError, loadConfig, type Config } from '../../config.ts';
import { configureLog } from '../../core/log.ts';
import type { Reply } from '../../core/reply.ts';
import { VERSION } from '../../version.ts';
import { formatText } from './format.ts';
import { terminalWidth, wrapText } from './wrap.ts';

type Render = (reply: Reply, line: string) => string;
/**
 * discord and slack print the exact message payload those platforms would
 * receive. Their renderers are loaded only when asked for: discord.js alone
 * takes longer to load than a snapshot.
 */
const FORMATS: Record<string, () => Promise<Render>> = {
  // Folded to the terminal's width when printed on one; piped or redirected, lines stay whole.
  text: async () => (reply) => wrapText(formatText(reply), terminalWidth(process.stdout)),
  json: async () => (reply) => JSON.stringify(reply),
  discord: async () => {
    const { renderDiscordMessage } = await import('../discord/render.ts');
    return (reply, line) => JSON.stringify(renderDiscordMessage(reply, asked(line)));
  },
  slack: async () => {
    const { renderSlackMessage } = await import('../slack/render.ts');
    return (reply, line) => JSON.stringify(renderSlackMessage(reply, asked(line)));
  },
};

function asked(line: string) {
  const { name, text } = splitCommandLine(line);
  return { command: name, query: text };
}

const USAGE = 'Usage: npm run ask -- [--content DIR] [--json | --format text|json|discord|slack] "/brief isis-k"';

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { content: { type: 'string' }, json: { type: 'boolean' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (!Object.hasOwn(FORMATS, format)) {
    process.stderr.write(`Unknown --format ${values.format}; use one of: ${Object.keys(FORMATS).join(', ')}\n${USAGE}\n`);
    return 2;
  }
  loadDotenv({ quiet: true });
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  configureLog({ level: 'warn' });
  const contentDir = values.content ?? config.CONTENT_DIR;
  // The snapshot npm start keeps (another folder gets one of its own): only the files changed since it are read.
  const snapshotDir = snapshotDirFor(config.DATA_DIR, contentDir, config.CONTENT_DIR);
  // One command and out: what it does not read of the snapshot (events for a /brief, the per-article state) is never parsed.
  const bot = createBriefbot(contentDir, { snapshotDir, lazy: true, maxArticleMb: config.MAX_ARTICLE_MB, version: VERSION });
  const render = await FORMATS[format]!();
  const separator = format === 'text' ? '\n\n' : '\n';

  if (positionals.length > 0) {
    const line = positionals.join(' ');
    process.stdout.write(render(bot.runLine(line), line) + '\n');
    return 0;
  }
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let first = true;
  for await (const line of lines) {
    if (!line.trim()) continue;
    process.stdout.write((first ? '' : separator.slice(1)) + render(bot.runLine(line), line) + '\n');
    first = false;
  }
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
