/**
 * `npm start`: loads the articles and serves them — on Discord and/or Slack
 * when their tokens are configured, otherwise in the local console — and
 * delivers the daily digests of the channels that subscribed.
 */
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { consoleDigestSender } from './adapters/cli/digest.ts';
import { startConsole } from './adapters/cli/console.ts';
import { consoleInputAttached } from './adapters/cli/terminal.ts';
import { createDiscordClient, loginDiscord } from './adapters/discord/bot.ts';
import { discordDigestSender } from './adapters/discord/digest.ts';
import { createSlackApp, startSlackApp } from './adapters/slack/app.ts';
import { slackDigestSender } from './adapters/slack/digest.ts';
import { ConfigError, discordConfig, loadConfig, slackConfig } from './config.ts';
import { DigestScheduler, type DigestSender } from './core/digest/scheduler.ts';
import { DigestService } from './core/digest/service.ts';
import type { Platform } from './core/digest/store.ts';
import { configureLog, log, registerSecret } from './core/log.ts';
import { ArticleLibrary } from './ingest/library.ts';
import { FeedPoller } from './ingest/feeds/poller.ts';
import { FeedService } from './ingest/feeds/service.ts';
import { LiveBot } from './liveBot.ts';
import { errorSummary, StartupError } from './startupError.ts';
import { openStore } from './store/open.ts';

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

// A rejection nobody awaited must still end in one line and a non-zero exit, not a library's stack.
process.on('unhandledRejection', (error) => void fail(`briefbot stopped on an unexpected error: ${errorSummary(error)} (LOG_LEVEL=debug shows the details)`, error));

try {
  const config = loadConfig();
  configureLog({ level: config.LOG_LEVEL });
  const discord = discordConfig(config);
  const slack = slackConfig(config);
  for (const secret of [discord?.token, slack?.botToken, slack?.appToken, slack?.signingSecret, config.DATABASE_URL]) registerSecret(secret);
  if (config.DATABASE_URL) registerSecret(safePassword(config.DATABASE_URL));
  if (!discord && !slack && !consoleInputAttached()) {
    throw new StartupError(
      'No chat platform is configured (DISCORD_TOKEN, SLACK_BOT_TOKEN) and no terminal is attached for the console, so briefbot has nobody to answer; set a chat token in .env or the environment, or run npm start in a terminal',
    );
  }

  const store = await openStore(config);
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
    onSaved: updateKnowledge,
  });
  stops.push(() => feedPoller.stop());
  const feeds = new FeedService({ store: store.feeds, poller: feedPoller, onAdded: () => feedPoller.start() });
  const running = await LiveBot.start(config.CONTENT_DIR, { snapshotDir: config.DATA_DIR, maxArticleMb: config.MAX_ARTICLE_MB, store, digest: new DigestService(store), library, feeds });
  live = running;
  if ((await store.feeds.listFeeds()).length > 0) feedPoller.start();
  stops.push(() => running.close());
  const getBot = () => running.current();
  const senders: Partial<Record<Platform, DigestSender>> = {};

  if (discord || slack) {
    // Installed before connecting: a stop request may arrive at any moment.
    const stop = async (signal: string) => {
      log('info', 'stopping', { signal });
      await stopAll();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    if (discord) {
      // Discord ended the session for good, and the client logged why: no reconnect will come.
      const client = createDiscordClient(discord, getBot, { onFatalClose: () => void exitFailed() });
      stops.push(() => client.destroy());
      await loginDiscord(client, discord);
      senders.discord = discordDigestSender(client);
    }
    if (slack) {
      const day = 24 * 3_600_000;
      const app = createSlackApp(slack, getBot, {
        claimEvent: (id) => store.claimEvent(`slack:${id}`, new Date().toISOString(), new Date(Date.now() - day).toISOString()),
      });
      stops.push(() => app.stop());
      await startSlackApp(app, slack);
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
    const scheduler = new DigestScheduler({ store, senders, knowledge: () => running.current().kb, graceMs: config.DIGEST_GRACE_HOURS * 3_600_000 });
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
