/**
 * `npm start`: loads the articles and serves them — on Discord when a bot
 * token is configured, otherwise in the local console.
 */
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { startConsole } from './adapters/cli/console.ts';
import { createDiscordClient } from './adapters/discord/bot.ts';
import { createBriefbot } from './briefbot.ts';
import { ConfigError, discordConfig, loadConfig } from './config.ts';
import { configureLog, log, registerSecret } from './core/log.ts';

loadDotenv({ quiet: true });

try {
  const config = loadConfig();
  configureLog({ level: config.LOG_LEVEL });
  const discord = discordConfig(config);
  registerSecret(discord?.token);
  const bot = createBriefbot(config.CONTENT_DIR);

  if (discord) {
    const client = createDiscordClient(discord, () => bot);
    // Installed before connecting: a stop request may arrive at any moment.
    const stop = async (signal: string) => {
      log('info', 'stopping', { signal });
      await client.destroy();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
    await client.login(discord.token);
  } else {
    await startConsole(bot, { historyFile: process.stdin.isTTY ? join(config.DATA_DIR, 'console-history') : undefined });
  }
} catch (error) {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else log('error', 'briefbot stopped', { error });
  process.exitCode = 1;
}
