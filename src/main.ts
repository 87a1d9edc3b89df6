/**
 * `npm start`: loads the articles and serves them. With no chat tokens
 * configured it opens the local console.
 */
import { join } from 'node:path';
import { config as loadDotenv } from 'dotenv';
import { startConsole } from './adapters/cli/console.ts';
import { createBriefbot } from './briefbot.ts';
import { ConfigError, loadConfig } from './config.ts';
import { configureLog, log } from './core/log.ts';

loadDotenv({ quiet: true });

try {
  const config = loadConfig();
  configureLog({ level: config.LOG_LEVEL });
  const bot = createBriefbot(config.CONTENT_DIR);
  await startConsole(bot, { historyFile: process.stdin.isTTY ? join(config.DATA_DIR, 'console-history') : undefined });
} catch (error) {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  } else {
    log('error', 'briefbot stopped', { error });
    process.exitCode = 1;
  }
}
