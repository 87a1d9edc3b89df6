/**
 * `npm run feeds -- --poll-once [--json]`: polls every followed feed once
 * (except those paused, or backing off after a failure), saves their new
 * articles into CONTENT_DIR, prints what happened and exits — for cron, and
 * for running without the bot. `--list` prints the feeds and their status.
 *
 * Exit code: 0 when every poll went through, 1 when a feed failed or was
 * paused, 2 for bad usage or configuration.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { ConfigError, loadConfig } from '../../config.ts';
import { configureLog } from '../../core/log.ts';
import { openStore } from '../../store/open.ts';
import { FeedPoller, type PollReport } from './poller.ts';
import { feedLine } from './status.ts';

const USAGE = `Usage: npm run feeds -- --poll-once [--json] | --list
  --poll-once  poll every followed feed once, save new articles into CONTENT_DIR, and exit
  --json       one JSON object per feed polled
  --list       the followed feeds and how their polling goes
  -h, --help   this help
Feeds are followed from chat with /feeds add <url> [topics].`;

interface Output {
  write(text: string): unknown;
}

export interface CliIo {
  env?: Record<string, string | undefined>;
  out?: Output;
  err?: Output;
  now?: () => Date;
}

function reportLine(report: PollReport): string {
  const files = (label: string, list: string[]) => (list.length ? `${label} ${list.join(', ')}` : '');
  switch (report.status) {
    case 'primed':
      return `${report.url}: first poll, ${report.recorded} items recorded (not announced)`;
    case 'polled':
    case 'not-modified':
    case 'unchanged': {
      const parts = [files('saved', report.saved), files('updated', report.updated), report.duplicates ? `${report.duplicates} duplicates skipped` : '', report.itemFailures ? `${report.itemFailures} items failed` : ''].filter(Boolean);
      const what = report.status === 'polled' ? '' : `${report.status.replace('-', ' ')}`;
      return `${report.url}: ${[what, ...parts].filter(Boolean).join('; ') || 'no new articles'}`;
    }
    case 'failed':
      return `${report.url}: failed (${report.error}); backing off`;
    case 'paused':
      return `${report.url}: paused (${report.error})`;
    case 'skipped':
      return `${report.url}: skipped (another process is polling it)`;
  }
}

export async function main(argv: string[], io: CliIo = {}): Promise<number> {
  const out = io.out ?? process.stdout;
  const err = io.err ?? process.stderr;
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { 'poll-once': { type: 'boolean' }, list: { type: 'boolean' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    err.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) {
    out.write(`${USAGE}\n`);
    return 0;
  }
  if (!values['poll-once'] && !values.list) {
    err.write(`${USAGE}\n`);
    return 2;
  }
  let config;
  let store;
  try {
    config = loadConfig(io.env ?? process.env);
    store = await openStore(config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    err.write(`${error.message}\n`);
    return 2;
  }
  try {
    if (values.list) {
      const feeds = await store.feeds.listFeeds();
      out.write(feeds.length ? `${feeds.map(feedLine).join('\n')}\n` : 'No feeds are followed; add one in chat with /feeds add <url>.\n');
      return 0;
    }
    const poller = new FeedPoller({
      store: store.feeds,
      contentDir: config.CONTENT_DIR,
      pollMinutes: config.FEED_POLL_MINUTES,
      fetchOptions: { allowHosts: config.FETCH_ALLOW_HOSTS },
      ...(io.now ? { now: io.now } : {}),
    });
    const reports = await poller.pollAll();
    for (const report of reports) out.write(`${values.json ? JSON.stringify(report) : reportLine(report)}\n`);
    if (reports.length === 0) out.write(values.json ? '' : 'No feeds to poll (none followed, or all paused).\n');
    return reports.some((r) => r.status === 'failed' || r.status === 'paused') ? 1 : 0;
  } finally {
    await store.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  loadDotenv({ quiet: true });
  configureLog({ level: 'warn' });
  process.exitCode = await main(process.argv.slice(2));
}
