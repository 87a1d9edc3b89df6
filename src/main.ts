/**
 * `npm start`: loads the articles and serves them — on Discord and/or Slack
 * when their tokens are configured, otherwise in the local console — and
 * delivers the daily digests of the channels that subscribed.
 */
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { consoleDigestSender } from './adapters/cli/digest.ts';
import { startConsole } from './adapters/cli/console.ts';
import { createDiscordClient } from './adapters/discord/bot.ts';
import { discordDigestSender } from './adapters/discord/digest.ts';
import { createSlackApp } from './adapters/slack/app.ts';
import { slackDigestSender } from './adapters/slack/digest.ts';
import { ConfigError, discordConfig, loadConfig, slackConfig } from './config.ts';
import { DigestScheduler, type DigestSender } from './core/digest/scheduler.ts';
import { DigestService } from './core/digest/service.ts';
import type { Platform } from './core/digest/store.ts';
import { configureLog, log, registerSecret } from './core/log.ts';
import { LiveBot } from './liveBot.ts';
import { openStore } from './store/open.ts';

loadDotenv({ quiet: true });

const stops: (() => Promise<unknown> | unknown)[] = [];
async function stopAll(): Promise<void> {
  // Last started, first stopped: the scheduler before the store it writes to.
  for (const stop of stops.reverse()) await Promise.resolve().then(stop).catch((error: unknown) => log('warn', 'error while stopping', { error: String(error) }));
}

try {
  const config = loadConfig();
  configureLog({ level: config.LOG_LEVEL });
  const discord = discordConfig(config);
  const slack = slackConfig(config);
  for (const secret of [discord?.token, slack?.botToken, slack?.appToken, slack?.signingSecret, config.DATABASE_URL]) registerSecret(secret);
  if (config.DATABASE_URL) registerSecret(safePassword(config.DATABASE_URL));

  const store = await openStore(config);
  stops.push(() => store.close());
  const live = await LiveBot.start(config.CONTENT_DIR, { snapshotDir: config.DATA_DIR, store, digest: new DigestService(store) });
  stops.push(() => live.close());
  const getBot = () => live.current();
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
      const client = createDiscordClient(discord, getBot);
      stops.push(() => client.destroy());
      await client.login(discord.token);
      senders.discord = discordDigestSender(client);
    }
    if (slack) {
      const day = 24 * 3_600_000;
      const app = createSlackApp(slack, getBot, {
        claimEvent: (id) => store.claimEvent(`slack:${id}`, new Date().toISOString(), new Date(Date.now() - day).toISOString()),
      });
      stops.push(() => app.stop());
      await app.start(slack.port);
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
    const scheduler = new DigestScheduler({ store, senders, knowledge: () => live.current().kb, graceMs: config.DIGEST_GRACE_HOURS * 3_600_000 });
    scheduler.start();
    stops.push(() => scheduler.stop());
  }
} catch (error) {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else log('error', 'briefbot stopped', { error });
  await stopAll();
  process.exitCode = 1;
}

/** The password inside a connection URL, masked in logs on its own too. */
function safePassword(url: string): string | undefined {
  try {
    return decodeURIComponent(new URL(url).password) || undefined;
  } catch {
    return undefined;
  }
}
