/**
 * `npm run ask -- [--content DIR] [--json | --format text|json|discord|slack] "/cmd args"`
 * prints one reply. With no command it answers each line of stdin in turn
 * (one JSON object per line with --json).
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createBriefbot, splitCommandLine } from '../../briefbot.ts';
import { ConfigError, loadConfig, type Config } from '../../config.ts';
import { configureLog } from '../../core/log.ts';
import type { Reply } from '../../core/reply.ts';
import { renderDiscordMessage } from '../discord/render.ts';
import { renderSlackMessage } from '../slack/render.ts';
import { VERSION } from '../../version.ts';
import { formatText } from './format.ts';

type Render = (reply: Reply, line: string) => string;
/** discord and slack print the exact message payload those platforms would receive. */
const FORMATS: Record<string, Render> = {
  text: (reply) => formatText(reply),
  json: (reply) => JSON.stringify(reply),
  discord: (reply, line) => JSON.stringify(renderDiscordMessage(reply, asked(line))),
  slack: (reply, line) => JSON.stringify(renderSlackMessage(reply, asked(line))),
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
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    return 2;
  }
  configureLog({ level: 'warn' });
  const bot = createBriefbot(values.content ?? config.CONTENT_DIR, { maxArticleMb: config.MAX_ARTICLE_MB, version: VERSION });
  const render = FORMATS[format]!;
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
