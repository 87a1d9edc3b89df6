/** `npm run register`: registers briefbot's slash commands with Discord when they changed. */
import { scriptArgs } from '../cli/scriptArgs.ts';
import { config as loadDotenv } from 'dotenv';
import { commands } from '../../../commands/index.ts';
import { ConfigError, discordConfig, loadConfig, type DiscordConfig } from '../../config.ts';
import { redact, registerSecret } from '../../core/log.ts';
import { discordStartupError } from './errors.ts';
import { describeRegistration, registerCommands } from './register.ts';

const USAGE = `Usage: npm run register
  Registers briefbot's slash commands with Discord (DISCORD_TOKEN, DISCORD_APPLICATION_ID from .env or the environment).
  Prints what changed, and sends an update only when something did. With DISCORD_GUILD_ID, in that server only (at once).
  -h, --help  this help`;

async function main(argv: string[]): Promise<number> {
  const values = scriptArgs(argv, {}, USAGE);
  if (typeof values === 'number') return values;
  loadDotenv({ quiet: true });
  let discord: DiscordConfig | undefined;
  try {
    discord = discordConfig(loadConfig());
    if (!discord) throw new ConfigError('Configuration problem:\n  DISCORD_TOKEN: is required to register commands; copy it from Developer Portal > your app > Bot > Reset Token');
    registerSecret(discord.token);
    console.log(describeRegistration(await registerCommands(discord, commands)));
    return 0;
  } catch (error) {
    // One line that says what happened and what to do; a library's stack helps nobody here.
    console.error(redact(error instanceof ConfigError || !discord ? String((error as Error).message) : discordStartupError(error, discord).message));
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
