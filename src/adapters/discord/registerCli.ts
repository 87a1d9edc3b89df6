/** `npm run register`: registers briefbot's slash commands with Discord when they changed. */
import { config as loadDotenv } from 'dotenv';
import { commands } from '../../../commands/index.ts';
import { ConfigError, discordConfig, loadConfig } from '../../config.ts';
import { log } from '../../core/log.ts';
import { describeRegistration, registerCommands } from './register.ts';

loadDotenv({ quiet: true });
try {
  const discord = discordConfig(loadConfig());
  if (!discord) throw new ConfigError('Configuration problem:\n  DISCORD_TOKEN: is required to register commands; copy it from Developer Portal > your app > Bot > Reset Token');
  console.log(describeRegistration(await registerCommands(discord, commands)));
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else log('error', 'registering commands failed', { error });
  process.exitCode = 1;
}
