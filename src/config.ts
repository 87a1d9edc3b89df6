/**
 * Configuration from the environment (and `.env`), validated with zod. A bad
 * value stops start-up with a message that names the variable and the fix.
 */
import { z } from 'zod';
import { DEFAULT_MAX_ARTICLE_MB } from './core/content/files.ts';
import { parseAllowHosts } from './ingest/fetch/allowHosts.ts';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
const LOG_FORMATS = ['text', 'json'] as const;

const snowflake = (name: string, where: string) =>
  z.string().trim().regex(/^\d{17,20}$/, `must be a Discord ID (17 to 20 digits); copy it from ${where}, e.g. ${name}=123456789012345678`);
const httpUrl = (name: string) =>
  z.url({ protocol: /^https?$/, error: `must be an http(s) URL, e.g. ${name}=http://127.0.0.1:8080/api` });
const flag = (name: string) =>
  z.enum(['true', 'false'], { error: `must be true or false, e.g. ${name}=true` }).transform((v) => v === 'true');

const SHARDS_HINT = 'must be a number of shards or auto, e.g. DISCORD_SHARDS=4 (auto asks Discord how many the bot needs)';

export const ConfigSchema = z.object({
  DISCORD_TOKEN: z
    .string()
    .trim()
    .regex(/^[\w-]{20,}\.[\w-]{4,}\.[\w-]{20,}$/, 'does not look like a bot token; copy it from Developer Portal > your app > Bot > Reset Token')
    .optional(),
  DISCORD_APPLICATION_ID: snowflake('DISCORD_APPLICATION_ID', 'Developer Portal > your app > General Information > Application ID').optional(),
  DISCORD_GUILD_ID: snowflake('DISCORD_GUILD_ID', 'Discord (Developer Mode on) > right-click your server > Copy Server ID').optional(),
  /** Set: Discord's interactions arrive as signed HTTP POSTs on INTERACTIONS_PATH (the Interactions Endpoint URL). */
  DISCORD_PUBLIC_KEY: z
    .string()
    .trim()
    .regex(/^[0-9a-f]{64}$/i, 'must be 64 hex characters; copy it from Developer Portal > your app > General Information > Public Key')
    .optional(),
  /** Gateway shards for npm run start:sharded: a number, or auto (unset) to ask Discord. */
  DISCORD_SHARDS: z
    .union([z.literal('auto'), z.coerce.number().int(SHARDS_HINT).min(1, SHARDS_HINT).max(10_000, SHARDS_HINT)], { error: SHARDS_HINT })
    .optional(),
  /** REST base ("…/api"), for a proxy or the tests' fake Discord. */
  DISCORD_API_URL: httpUrl('DISCORD_API_URL').optional(),
  DISCORD_MESSAGE_CONTENT: flag('DISCORD_MESSAGE_CONTENT').default(false),
  SLACK_BOT_TOKEN: z.string().trim().regex(/^xoxb-[\w-]+$/, 'must be a bot token starting with xoxb-; copy it from api.slack.com/apps > your app > OAuth & Permissions').optional(),
  SLACK_SIGNING_SECRET: z.string().trim().regex(/^[0-9a-f]{20,64}$/i, 'must be the hex Signing Secret from api.slack.com/apps > your app > Basic Information').optional(),
  SLACK_APP_TOKEN: z.string().trim().regex(/^xapp-[\w-]+$/, 'must be an app-level token starting with xapp- (connections:write); create it under Basic Information > App-Level Tokens').optional(),
  PORT: z.coerce.number({ error: 'must be a port number, e.g. PORT=3000' }).int('must be a whole number, e.g. PORT=3000').min(1, 'must be between 1 and 65535').max(65535, 'must be between 1 and 65535').default(3000),
  SLACK_DIGEST_ADMINS: z
    .string()
    .trim()
    .regex(/^(?:[UW][A-Z0-9]{2,}(?:\s*,\s*[UW][A-Z0-9]{2,})*)?$/, 'must be Slack user IDs separated by commas (profile > ⋮ > Copy member ID), e.g. SLACK_DIGEST_ADMINS=U012AB3CD,U045EF6GH')
    .optional(),
  /** Web API base ("…/api/"), for a proxy or the tests' fake Slack. */
  SLACK_API_URL: httpUrl('SLACK_API_URL').optional(),
  CONTENT_DIR: z.string().trim().min(1, 'must be a folder path, e.g. CONTENT_DIR=./content').default('./content'),
  DATA_DIR: z.string().trim().min(1, 'must be a folder path, e.g. DATA_DIR=./data').default('./data'),
  /** Content files larger than this are skipped: one huge file must not stall start-up and every reply. */
  MAX_ARTICLE_MB: z.coerce
    .number({ error: `must be a number of megabytes, e.g. MAX_ARTICLE_MB=${DEFAULT_MAX_ARTICLE_MB}` })
    .positive(`must be more than 0, e.g. MAX_ARTICLE_MB=${DEFAULT_MAX_ARTICLE_MB}`)
    .default(DEFAULT_MAX_ARTICLE_MB),
  /** Postgres for the digest store, for several bot processes on more than one machine; SQLite in DATA_DIR otherwise. */
  DATABASE_URL: z
    .url({ protocol: /^postgres(?:ql)?$/, error: 'must be a Postgres connection URL, e.g. DATABASE_URL=postgres://briefbot:PASSWORD@db-host:5432/briefbot (leave it unset to use SQLite in DATA_DIR)' })
    .optional(),
  DIGEST_GRACE_HOURS: z.coerce
    .number({ error: 'must be a number of hours, e.g. DIGEST_GRACE_HOURS=6' })
    .min(0, 'must be between 0 and 24, e.g. DIGEST_GRACE_HOURS=6')
    .max(24, 'must be between 0 and 24, e.g. DIGEST_GRACE_HOURS=6')
    .default(6),
  /** Exact host:port entries that may be fetched although private (tests, intranet sources); empty by default. */
  FETCH_ALLOW_HOSTS: z
    .string()
    .transform((value, ctx) => {
      try {
        return parseAllowHosts(value);
      } catch (error) {
        ctx.addIssue({ code: 'custom', message: `${(error as Error).message}; separate several with commas` });
        return z.NEVER;
      }
    })
    .default([]),
  /** Minutes between two polls of a followed feed (/feeds). */
  FEED_POLL_MINUTES: z.coerce
    .number({ error: 'must be a number of minutes, e.g. FEED_POLL_MINUTES=15' })
    .int('must be a whole number of minutes, e.g. FEED_POLL_MINUTES=15')
    .min(1, 'must be between 1 and 1440 minutes, e.g. FEED_POLL_MINUTES=15')
    .max(1440, 'must be between 1 and 1440 minutes, e.g. FEED_POLL_MINUTES=15')
    .default(15),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}, e.g. LOG_LEVEL=info` }).default('info'),
  /** text: readable lines; json: one JSON object a line, for a log collector. */
  LOG_FORMAT: z.enum(LOG_FORMATS, { error: `must be ${LOG_FORMATS.join(' or ')}, e.g. LOG_FORMAT=json` }).default('text'),
  /** /livez, /readyz and /metrics; 0 turns them off. Unset: see healthPort(). */
  HEALTH_PORT: z.coerce
    .number({ error: 'must be a port number, e.g. HEALTH_PORT=8080 (0 turns the health and metrics endpoints off)' })
    .int('must be a whole number, e.g. HEALTH_PORT=8080')
    .min(0, 'must be between 0 (off) and 65535, e.g. HEALTH_PORT=8080')
    .max(65535, 'must be between 0 (off) and 65535, e.g. HEALTH_PORT=8080')
    .optional(),
});

export type Config = z.infer<typeof ConfigSchema>;

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
  messageContent: boolean;
}

/** Discord's interactions over HTTP (DISCORD_PUBLIC_KEY set). */
export interface DiscordInteractionsConfig {
  publicKey: string;
  apiUrl?: string;
  /** Only for posting an answer under a message ("Post to channel" on a message command); everything else needs no token. */
  token?: string;
}

export interface SlackConfig {
  botToken: string;
  /** Required in HTTP mode, where every request's signature is verified. */
  signingSecret?: string;
  /** Set: Socket Mode (no public URL needed). Unset: the HTTP receiver on `port`. */
  appToken?: string;
  port: number;
  apiUrl?: string;
  /** Slack user IDs who may change any channel's digest, besides workspace admins. */
  digestAdmins: string[];
}

/** The Slack settings when a bot token is configured; HTTP mode without a signing secret is an error. */
export function slackConfig(config: Config): SlackConfig | undefined {
  if (!config.SLACK_BOT_TOKEN) return undefined;
  if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    throw new ConfigError(
      'Configuration problem (check your .env or environment):\n  SLACK_SIGNING_SECRET: is required with SLACK_BOT_TOKEN unless SLACK_APP_TOKEN enables Socket Mode; copy it from api.slack.com/apps > your app > Basic Information',
    );
  }
  return {
    botToken: config.SLACK_BOT_TOKEN,
    ...(config.SLACK_SIGNING_SECRET ? { signingSecret: config.SLACK_SIGNING_SECRET } : {}),
    ...(config.SLACK_APP_TOKEN ? { appToken: config.SLACK_APP_TOKEN } : {}),
    port: config.PORT,
    digestAdmins: (config.SLACK_DIGEST_ADMINS ?? '').split(',').map((id) => id.trim()).filter(Boolean),
    ...(config.SLACK_API_URL ? { apiUrl: config.SLACK_API_URL.endsWith('/') ? config.SLACK_API_URL : `${config.SLACK_API_URL}/` } : {}),
  };
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

/**
 * The settings for Discord's interactions over HTTP when DISCORD_PUBLIC_KEY
 * is set. They are served on the health port, so HEALTH_PORT=0 (no HTTP
 * server) cannot go with them.
 */
export function discordInteractionsConfig(config: Config): DiscordInteractionsConfig | undefined {
  if (!config.DISCORD_PUBLIC_KEY) return undefined;
  if (config.HEALTH_PORT === 0) {
    throw new ConfigError(
      'Configuration problem (check your .env or environment):\n  HEALTH_PORT: 0 turns off the HTTP server that receives Discord\'s interactions (DISCORD_PUBLIC_KEY is set); set HEALTH_PORT to a port, e.g. HEALTH_PORT=8080, or unset DISCORD_PUBLIC_KEY to use the gateway',
    );
  }
  return {
    publicKey: config.DISCORD_PUBLIC_KEY.toLowerCase(),
    ...(config.DISCORD_API_URL ? { apiUrl: config.DISCORD_API_URL } : {}),
    ...(config.DISCORD_TOKEN ? { token: config.DISCORD_TOKEN } : {}),
  };
}

/** Where /livez, /readyz and /metrics listen when HEALTH_PORT is not set and a chat platform is served without Slack's HTTP port. */
export const DEFAULT_HEALTH_PORT = 8080;

/**
 * The port of the health and metrics endpoints, or undefined when they are
 * off. HEALTH_PORT decides when set (0: off). Unset, they share Slack's PORT
 * in HTTP mode (the port a load balancer already reaches), listen on 8080 for
 * Discord or Slack in Socket Mode, and stay off in the console, so
 * `npm start` in a terminal opens no port.
 */
export function healthPort(config: Pick<Config, 'HEALTH_PORT'>, serving: { discord?: DiscordConfig | DiscordInteractionsConfig | undefined; slack?: SlackConfig | undefined }): number | undefined {
  if (config.HEALTH_PORT !== undefined) return config.HEALTH_PORT === 0 ? undefined : config.HEALTH_PORT;
  if (serving.slack && !serving.slack.appToken) return serving.slack.port;
  return serving.discord || serving.slack ? DEFAULT_HEALTH_PORT : undefined;
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
