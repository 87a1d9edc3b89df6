/** `npm run register`: registers briefbot's slash commands with Discord when they changed. */
import { config as loadDotenv } from 'dotenv';
import { commands } from '../../../commands/index.ts';
import { ConfigError, discordConfig, loadConfig, type DiscordConfig } from '../../config.ts';
import { redact, registerSecret } from '../../core/log.ts';
import { discordStartupError } from './errors.ts';
import { describeRegistration, registerCommands } from './register.ts';

loadDotenv({ quiet: true });
let discord: DiscordConfig | undefined;
try {
  discord = discordConfig(loadConfig());
  if (!discord) throw new ConfigError('Configuration problem:\n  DISCORD_TOKEN: is required to register commands; copy it from Developer Portal > your app > Bot > Reset Token');
  registerSecret(discord.token);
  console.log(describeRegistration(await registerCommands(discord, commands)));
} catch (error) {
  // One line that says what happened and what to do; a library's stack helps nobody here.
  console.error(redact(error instanceof ConfigError || !discord ? String((error as Error).message) : discordStartupError(error, discord).message));
  process.exitCode = 1;
}
