/**
 * `npm start`: loads the articles and serves them — on Discord and/or Slack
 * when their tokens are configured, otherwise in the local console.
 */
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { startConsole } from './adapters/cli/console.ts';
import { createDiscordClient } from './adapters/discord/bot.ts';
import { createSlackApp } from './adapters/slack/app.ts';
import { createBriefbot } from './briefbot.ts';
import { ConfigError, discordConfig, loadConfig, slackConfig } from './config.ts';
import { configureLog, log, registerSecret } from './core/log.ts';

loadDotenv({ quiet: true });

try {
  const config = loadConfig();
  configureLog({ level: config.LOG_LEVEL });
  const discord = discordConfig(config);
  const slack = slackConfig(config);
  for (const secret of [discord?.token, slack?.botToken, slack?.appToken, slack?.signingSecret]) registerSecret(secret);
  const bot = createBriefbot(config.CONTENT_DIR, { snapshotDir: config.DATA_DIR });

  if (discord || slack) {
    const stops: (() => Promise<unknown>)[] = [];
    // Installed before connecting: a stop request may arrive at any moment.
    const stop = async (signal: string) => {
      log('info', 'stopping', { signal });
      await Promise.allSettled(stops.map((s) => s()));
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    if (discord) {
      const client = createDiscordClient(discord, () => bot);
      stops.push(() => client.destroy());
      await client.login(discord.token);
    }
    if (slack) {
      const app = createSlackApp(slack, () => bot);
      stops.push(() => app.stop());
      await app.start(slack.port);
      log('info', slack.appToken ? 'slack connected (socket mode)' : 'slack listening', slack.appToken ? {} : { port: slack.port, path: '/slack/events' });
    }
  } else {
    await startConsole(bot, { historyFile: process.stdin.isTTY ? join(config.DATA_DIR, 'console-history') : undefined });
  }
} catch (error) {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else log('error', 'briefbot stopped', { error });
  process.exitCode = 1;
}
