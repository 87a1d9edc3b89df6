/**
 * `npm start`: loads the articles and serves them — on Discord and/or Slack
 * when their tokens are configured, otherwise in the local console — and
 * delivers the daily digests of the channels that subscribed. While it serves
 * a chat platform, /livez, /readyz and /metrics answer on HEALTH_PORT.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { commands } from '../commands/index.ts';
import { consoleDigestSender } from './adapters/cli/digest.ts';
import { startConsole } from './adapters/cli/console.ts';
import { consoleInputAttached } from './adapters/cli/terminal.ts';
import { createDiscordClient, discordConnected, firstShard, loginDiscord, underShardingManager } from './adapters/discord/bot.ts';
import { discordDigestSender } from './adapters/discord/digest.ts';
import { createInteractionsListener, INTERACTIONS_PATH } from './adapters/discord/interactionsEndpoint.ts';
import { createSlackApp, EVENTS_PATH, slackConnected, startSlackApp, stopSlackApp } from './adapters/slack/app.ts';
import { slackDigestSender } from './adapters/slack/digest.ts';
import { ConfigError, discordConfig, discordInteractionsConfig, healthPort, loadConfig, slackConfig } from './config.ts';
import { DigestScheduler, type DigestSender } from './core/digest/scheduler.ts';
import { DigestService } from './core/digest/service.ts';
import type { Platform } from './core/digest/store.ts';
import { configureLog, log, onLogEntry, registerSecret } from './core/log.ts';
import { ArticleLibrary } from './ingest/library.ts';
import { FeedPoller } from './ingest/feeds/poller.ts';
import { FeedService } from './ingest/feeds/service.ts';
import { LiveBot, type KnowledgeLoad } from './liveBot.ts';
import { HEALTH_PATHS, startHealthServer } from './observe/httpServer.ts';
import { BriefbotMetrics } from './observe/metrics.ts';
import { Readiness } from './observe/readiness.ts';
import { errorSummary, StartupError } from './startupError.ts';
import { openStore } from './store/open.ts';
import type { SqlDigestStore } from './store/sqlStore.ts';
import { VERSION } from './version.ts';

const USAGE = `Usage: npm start [-- --version | --help]
  Serves briefbot: on Discord with DISCORD_TOKEN (the gateway) and/or DISCORD_PUBLIC_KEY (HTTP
  interactions on ${INTERACTIONS_PATH}), on Slack with SLACK_BOT_TOKEN (all may be set),
  otherwise in a console on this terminal (type /help there; Ctrl-D leaves).
  Settings come from .env or the environment; .env.example lists them all.
  While a chat platform is served, /livez, /readyz and /metrics answer on HEALTH_PORT
  (default: Slack's PORT in HTTP mode, else 8080; 0 turns them off; off in the console unless set).
  --version   print briefbot's version and exit
  -h, --help  this help`;

/** What the command line asks for: serve (undefined), or an exit code once --help, --version or a bad flag was answered. */
function answerCommandLine(argv: string[]): number | undefined {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean', short: 'v' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (values.help) process.stdout.write(`${USAGE}\n`);
  else if (values.version) process.stdout.write(`briefbot ${VERSION}\n`);
  else return undefined;
  return 0;
}

loadDotenv({ quiet: true });

const stops: (() => Promise<unknown> | unknown)[] = [];
async function stopAll(): Promise<void> {
  // Last started, first stopped: the scheduler before the store it writes to. Each runs once, whoever asks.
  for (const stop of stops.splice(0).reverse()) await Promise.resolve().then(stop).catch((error: unknown) => log('warn', 'error while stopping', { error: String(error) }));
}

/** Stops everything and exits non-zero, so a supervisor sees the failure and can act. */
async function exitFailed(): Promise<never> {
  await stopAll();
  process.exit(1);
}

/** One line for the operator, then exitFailed(). */
async function fail(message: string, error?: unknown): Promise<never> {
  log('error', message);
  // The stack is for whoever debugs briefbot, not for the operator's log.
  if (error !== undefined) log('debug', 'failure detail', { error });
  return exitFailed();
}

const answered = answerCommandLine(process.argv.slice(2));
if (answered !== undefined) {
  // Leaves once what was written has gone out (a pipe may still be taking it), before anything starts.
  process.stdout.write('', () => process.exit(answered));
  await new Promise(() => {});
}

// A rejection nobody awaited must still end in one line and a non-zero exit, not a library's stack.
process.on('unhandledRejection', (error) => void fail(`briefbot stopped on an unexpected error: ${errorSummary(error)} (LOG_LEVEL=debug shows the details)`, error));

try {
  const config = loadConfig();
  configureLog({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  const discord = discordConfig(config);
  const slack = slackConfig(config);
  const discordHttp = discordInteractionsConfig(config);
  for (const secret of [discord?.token, slack?.botToken, slack?.appToken, slack?.signingSecret, config.DATABASE_URL]) registerSecret(secret);
  if (config.DATABASE_URL) registerSecret(safePassword(config.DATABASE_URL));
  if (!discord && !discordHttp && !slack && !consoleInputAttached()) {
    throw new StartupError(
      'No chat platform is configured (DISCORD_TOKEN, DISCORD_PUBLIC_KEY, SLACK_BOT_TOKEN) and no terminal is attached for the console, so briefbot has nobody to answer; set a chat token in .env or the environment, or run npm start in a terminal',
    );
  }

  // Metrics are counted in every mode (they cost next to nothing); they are served only with the endpoints.
  const metrics = new BriefbotMetrics({ commands, version: VERSION });
  onLogEntry((level) => metrics.logged(level));
  const readiness = new Readiness();
  // Filled in as they come up; until then /readyz says what it waits for.
  const up: { store?: SqlDigestStore; live?: LiveBot } = {};
  readiness.set('knowledge', () => up.live !== undefined || 'loading');
  readiness.set('store', async () => (up.store ? (await up.store.ping(), true) : 'opening'));
  // Up before the store and the knowledge, so /livez answers (and /readyz says what it waits for) while they load.
  // Discord's interactions endpoint is served on this server too: HEALTH_PORT, or Slack's PORT when they share it.
  // Under the ShardingManager (npm run start:sharded) every shard process has a port of its own: HEALTH_PORT + its shard.
  const basePort = healthPort(config, { discord: discord ?? discordHttp, slack });
  const port = basePort && basePort + firstShard();
  const sharedWithSlack = slack !== undefined && !slack.appToken && port === slack.port;
  const reserved = [...(sharedWithSlack ? [EVENTS_PATH] : []), ...(discordHttp ? [INTERACTIONS_PATH] : [])];
  const health = port
    ? await startHealthServer({ port, readiness, metrics, version: VERSION, reserved, portSetting: sharedWithSlack && config.HEALTH_PORT === undefined ? 'PORT' : 'HEALTH_PORT' })
    : undefined;
  if (health) {
    stops.push(() => health.close());
    log('info', 'health and metrics listening', { port: health.port, paths: Object.values(HEALTH_PATHS), ...(reserved.length ? { sharedWith: reserved.join(' ') } : {}) });
  }

  // Each configured platform is waited for from the start, not only once its client exists: the knowledge and
  // the store may be ready before the code below has created it, and /readyz must not say ready meanwhile.
  if (discord) readiness.set('discord', () => 'starting');
  if (discordHttp && health) readiness.set('discordInteractions', () => 'starting');
  if (slack) readiness.set('slack', () => 'starting');

  const store = await openStore(config);
  up.store = store;
  stops.push(() => store.close());
  // /sources add and followed feeds save into CONTENT_DIR, then have the knowledge updated (in place, for a few
  // files) before they answer; the folder's watch catches anything else (npm run add, an editor). The poller
  // runs while there are feeds (or once one is added).
  let live: LiveBot | undefined;
  const updateKnowledge = () => live?.reload();
  const library = new ArticleLibrary({ contentDir: config.CONTENT_DIR, allowHosts: config.FETCH_ALLOW_HOSTS, onChange: async () => updateKnowledge() });
  const feedPoller = new FeedPoller({
    store: store.feeds,
    contentDir: config.CONTENT_DIR,
    pollMinutes: config.FEED_POLL_MINUTES,
    fetchOptions: { allowHosts: config.FETCH_ALLOW_HOSTS },
    onPolled: (report) => metrics.feedPolled(report),
    onSaved: updateKnowledge,
  });
  stops.push(() => feedPoller.stop());
  const feeds = new FeedService({ store: store.feeds, poller: feedPoller, onAdded: () => feedPoller.start() });
  const observed = { observer: metrics, version: VERSION, onLoaded: (load: KnowledgeLoad) => metrics.knowledgeLoaded(load) };
  // With a health server, this thread must stay free to answer it while a large folder builds: the first load runs aside too.
  const running = await LiveBot.start(config.CONTENT_DIR, { snapshotDir: config.DATA_DIR, maxArticleMb: config.MAX_ARTICLE_MB, store, digest: new DigestService(store), library, feeds, ...observed, loadAside: health !== undefined });
  live = running;
  up.live = running;
  metrics.watchKnowledge(() => running.current());
  if ((await store.feeds.listFeeds()).length > 0) feedPoller.start();
  stops.push(() => running.close());
  const getBot = () => running.current();
  const senders: Partial<Record<Platform, DigestSender>> = {};

  if (discord || discordHttp || slack) {
    // Installed before connecting: a stop request may arrive at any moment.
    const stop = async (signal: string) => {
      log('info', 'stopping', { signal });
      readiness.stopping();
      await stopAll();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    // A shard whose launcher is gone (killed, crashed) stops too, rather than serve on unsupervised.
    if (process.send && underShardingManager()) process.once('disconnect', () => void stop('launcher gone'));
    if (discord) {
      // Discord ended the session for good, and the client logged why: no reconnect will come.
      const client = createDiscordClient(discord, getBot, {
        onFatalClose: () => void exitFailed(),
        // Several processes on one shard each receive every @mention: the first to claim it answers.
        claimMessage: (id) => store.claimEvent(`discord:${id}`, new Date().toISOString(), new Date(Date.now() - 24 * 3_600_000).toISOString()),
      });
      readiness.set('discord', () => discordConnected(client) || 'connecting');
      stops.push(() => client.destroy());
      await loginDiscord(client, discord);
      senders.discord = discordDigestSender(client);
    }
    if (discordHttp && health) {
      health.serve(INTERACTIONS_PATH, createInteractionsListener(discordHttp, getBot));
      readiness.set('discordInteractions', () => true);
      log('info', 'discord interactions listening', { port: health.port, path: INTERACTIONS_PATH });
      // Digests are posted through Discord's REST API with the bot's token; interactions alone carry none.
      if (!discord) log('warn', 'Discord digests will not be posted: DISCORD_TOKEN is not set (interactions over HTTP need only DISCORD_PUBLIC_KEY, posting a digest needs the bot token too); set DISCORD_TOKEN to deliver them');
    }
    if (slack) {
      const day = 24 * 3_600_000;
      const app = createSlackApp(slack, getBot, {
        claimEvent: (id) => store.claimEvent(`slack:${id}`, new Date().toISOString(), new Date(Date.now() - day).toISOString()),
      });
      readiness.set('slack', () => slackConnected(app) || (slack.appToken ? 'connecting' : 'starting'));
      stops.push(() => stopSlackApp(app));
      await startSlackApp(app, slack, sharedWithSlack && health ? { server: health } : {});
      log('info', slack.appToken ? 'slack connected (socket mode)' : 'slack listening', slack.appToken ? {} : { port: slack.port, path: '/slack/events' });
      senders.slack = slackDigestSender(slack);
    }
    startScheduler();
  } else {
    let print: (text: string) => void = (text) => process.stdout.write(`\n${text}\n\n`);
    senders.console = consoleDigestSender((text) => print(text));
    startScheduler();
    await startConsole(getBot, {
      historyFile: process.stdin.isTTY ? join(config.DATA_DIR, 'console-history') : undefined,
      onReady: (printAbovePrompt, printLog) => {
        print = printAbovePrompt;
        configureLog({ sink: printLog });
      },
    });
    await stopAll();
  }

  function startScheduler() {
    const scheduler = new DigestScheduler({ store, senders, knowledge: () => running.current().kb, graceMs: config.DIGEST_GRACE_HOURS * 3_600_000, onSettled: (platform, outcome) => metrics.digestSettled(platform, outcome) });
    scheduler.start();
    stops.push(() => scheduler.stop());
  }
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    await exitFailed();
  }
  await fail(error instanceof StartupError ? error.message : `briefbot stopped: ${errorSummary(error)} (LOG_LEVEL=debug shows the details)`, error instanceof StartupError ? undefined : error);
}

/** The password inside a connection URL, masked in logs on its own too. */
function safePassword(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
