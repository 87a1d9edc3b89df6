/**
 * Configuration from the environment (and `.env`), validated with zod. A bad
 * value stops start-up with a message that names the variable and the fix.
 */
import { z } from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

const snowflake = (name: string, where: string) =>
  z.string().trim().regex(/^\d{17,20}$/, `must be a Discord ID (17 to 20 digits); copy it from ${where}, e.g. ${name}=123456789012345678`);
const httpUrl = (name: string) =>
  z.url({ protocol: /^https?$/, error: `must be an http(s) URL, e.g. ${name}=http://127.0.0.1:8080/api` });
const flag = (name: string) =>
  z.enum(['true', 'false'], { error: `must be true or false, e.g. ${name}=true` }).transform((v) => v === 'true');

export const ConfigSchema = z.object({
  DISCORD_TOKEN: z
    .string()
    .trim()
    .regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, 'does not look like a bot token; copy it from Developer Portal > your app > Bot > Reset Token')
    .optional(),
  DISCORD_APPLICATION_ID: snowflake('DISCORD_APPLICATION_ID', 'Developer Portal > your app > General Information > Application ID').optional(),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID', 'Discord (Developer Mode on) > right-click your server > Copy Server ID').optional(),
  /** REST base ("…/api"), for a proxy or the tests' fake Discord. */
  DISCORD_API_URL: httpUrl('DISCORD_API_URL').optional(),
  DISCORD_MESSAGE_CONTENT: flag('DISCORD_MESSAGE_CONTENT').default(false),
  CONTENT_DIR: z.string().trim().min(1, 'must be a folder path, e.g. CONTENT_DIR=./content').default('./content'),
  DATA_DIR: z.string().trim().min(1, 'must be a folder path, e.g. DATA_DIR=./data').default('./data'),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}, e.g. LOG_LEVEL=info` }).default('info'),
});

export type Config = z.infer<typeof ConfigSchema>;

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
  messageContent: boolean;
}

/** The Discord settings when a token is configured; a token without its application ID is an error. */
export function discordConfig(config: Config): DiscordConfig | undefined {
  if (!config.DISCORD_TOKEN) return undefined;
  if (!config.DISCORD_APPLICATION_ID) {
    throw new ConfigError(
      'Configuration problem (check your .env or environment):\n  DISCORD_APPLICATION_ID: is required with DISCORD_TOKEN; copy it from Developer Portal > your app > General Information > Application ID',
    );
  }
  return {
    token: config.DISCORD_TOKEN,
    applicationId: config.DISCORD_APPLICATION_ID,
    ...(config.DISCORD_GUILD_ID ? { guildId: config.DISCORD_GUILD_ID } : {}),
    ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
    messageContent: config.DISCORD_MESSAGE_CONTENT,
  };
}

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty value in .env ("DISCORD_TOKEN=") means "not set", not "set to nothing".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''));
  const result = ConfigSchema.safeParse(present);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
  throw new ConfigError(`Configuration problem (check your .env or environment):\n${problems.join('\n')}`);
}
