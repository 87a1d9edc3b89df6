/**
 * What Discord's refusals mean for the operator: a gateway close that will
 * not heal by reconnecting, a rejected token, an unreachable server — each as
 * one line that says what happened and what to do.
 */
import type { DiscordConfig } from '../../config.ts';
import { errorSummary, networkFailure, StartupError } from '../../startupError.ts';

const NEW_TOKEN = 'copy a new one from Developer Portal > your app > Bot > Reset Token';

/**
 * Gateway close codes after which discord.js stops for good (it reconnects
 * after every other code by itself), with what each means and what to do.
 */
export const FATAL_CLOSE_CODES: Readonly<Record<number, string>> = {
  4004: `Discord closed the connection: authentication failed (4004), so DISCORD_TOKEN is wrong or was reset; ${NEW_TOKEN}, then start briefbot again`,
  4010: 'Discord closed the connection: invalid shard (4010); start briefbot again, so that it asks Discord for its shard count anew',
  4011: 'Discord closed the connection: sharding required (4011), the bot is in too many servers for one connection; start it with npm run start:sharded, one process per shard (README, Run it as a service)',
  4012: 'Discord closed the connection: invalid API version (4012); update briefbot’s dependencies (npm install) so discord.js speaks the current gateway',
  4013: 'Discord closed the connection: invalid intents (4013); update briefbot’s dependencies (npm install), and report it if it happens again',
  4014: 'Discord closed the connection: disallowed intents (4014), the bot asked for the Message Content intent, which is not enabled; turn on Message Content Intent under Developer Portal > your app > Bot > Privileged Gateway Intents, or set DISCORD_MESSAGE_CONTENT=false',
};

/** Plain words for a gateway close code that ends the session for good; undefined for codes discord.js recovers from. */
export function fatalCloseReason(code: number): string | undefined {
  return FATAL_CLOSE_CODES[code];
}

interface DiscordApiErrorShape {
  status?: number;
  code?: number | string;
  message?: string;
  rawError?: { message?: string };
}

/**
 * A failure to log in or to register commands, as one line naming the
 * setting to fix. Errors it does not recognise keep their first line.
 */
export function discordStartupError(error: unknown, config: Pick<DiscordConfig, 'applicationId' | 'guildId' | 'apiUrl'>): StartupError {
  const { status, code, rawError } = (error ?? {}) as DiscordApiErrorShape;
  // discord.js says TokenInvalid when /gateway/bot answers 401; REST calls give DiscordAPIError with status 401.
  if (code === 'TokenInvalid' || status === 401) return new StartupError(`Discord rejected DISCORD_TOKEN (401 Unauthorized): it is wrong or was reset; ${NEW_TOKEN}`);
  if (code === 10002) {
    return new StartupError(`Discord does not know DISCORD_APPLICATION_ID=${config.applicationId} (10002 Unknown Application); copy it from Developer Portal > your app > General Information > Application ID`);
  }
  if (code === 50001 && config.guildId) {
    return new StartupError(
      `Discord refused access to server DISCORD_GUILD_ID=${config.guildId} (50001 Missing Access): invite the bot there with the applications.commands scope (README, Discord step 3), or correct DISCORD_GUILD_ID`,
    );
  }
  if (typeof status === 'number') return new StartupError(`Discord refused the request (${status}: ${rawError?.message ?? errorSummary(error)}); check DISCORD_TOKEN and DISCORD_APPLICATION_ID`);
  const network = networkFailure(error);
  if (network) {
    const where = config.apiUrl ? `DISCORD_API_URL=${config.apiUrl}` : 'discord.com';
    return new StartupError(`Cannot reach Discord at ${where}: ${network.meaning} (${network.detail}); check the internet connection, DNS and any proxy${config.apiUrl ? ', and DISCORD_API_URL' : ''}, then try again`);
  }
  return new StartupError(`Could not connect to Discord: ${errorSummary(error)}`);
}
