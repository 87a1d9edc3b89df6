/**
 * `npm run start:sharded`: briefbot on Discord's gateway in several
 * processes, one per shard (discord.js's ShardingManager), for a bot in more
 * servers than one gateway connection may serve (Discord requires shards from
 * 2,500). Each shard process is `npm start` (main.ts, or main.js when built)
 * serving only its shards' servers; digests are claimed once through the
 * shared store, as between any processes.
 *
 * The shard count is DISCORD_SHARDS, or the one Discord recommends, asked at
 * DISCORD_API_URL when set (discord.js's own lookup would always ask
 * discord.com). Slack is not sharded: serve it from its own `npm start`.
 */
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { config as loadDotenv } from 'dotenv';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import { discordStartupError } from './adapters/discord/errors.ts';
import { ConfigError, discordConfig, loadConfig, type DiscordConfig } from './config.ts';
import { configureLog, log, registerSecret } from './core/log.ts';
import { errorSummary, StartupError } from './startupError.ts';

const USAGE = `Usage: npm run start:sharded [-- --help]
  Serves briefbot on Discord's gateway with one process per shard (discord.js ShardingManager).
  Needs DISCORD_TOKEN and DISCORD_APPLICATION_ID; DISCORD_SHARDS sets the count (unset: Discord's
  recommendation). Each shard's /livez, /readyz and /metrics listen on HEALTH_PORT + its shard number.
  Built: node dist/src/shards.js. Slack is served by its own npm start.
  -h, --help  this help`;

/**
 * Under tsx this module is TypeScript, and each shard process must load tsx
 * too; built into dist/ it is JavaScript, and node runs main.js directly.
 */
const RUNS_AS_TYPESCRIPT = import.meta.url.endsWith('.ts');
export const SHARD_ENTRY = fileURLToPath(new URL(RUNS_AS_TYPESCRIPT ? './main.ts' : './main.js', import.meta.url));
const SHARD_EXEC_ARGV = RUNS_AS_TYPESCRIPT ? ['--import', 'tsx'] : ['--enable-source-maps'];

/** Settings of the shard processes' own that a sharded launch leaves out. */
const NOT_SHARDED = ['SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET'];

/** The shard count Discord recommends for this bot (GET /gateway/bot). */
export async function recommendedShards(config: DiscordConfig): Promise<number> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  try {
    const { shards } = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
    return Math.max(1, shards);
  } catch (error) {
    throw discordStartupError(error, config);
  }
}

/** The manager once shards are being started: whatever ends the launcher stops them first. */
let launched: ShardingManager | undefined;

/** Each shard stops as npm start does on SIGTERM; resolves once they all have. */
async function stopShards(manager: ShardingManager): Promise<void> {
  manager.respawn = false;
  const running = [...manager.shards.values()].map((shard) => shard.process).filter((child) => child && child.exitCode === null && child.signalCode === null);
  const exits = running.map((child) => new Promise((resolve) => child!.once('exit', resolve)));
  for (const child of running) child!.kill('SIGTERM');
  await Promise.all(exits);
}

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({ args: process.argv.slice(2), options: { help: { type: 'boolean', short: 'h' } } }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`, () => process.exit(0));
    return;
  }
  loadDotenv({ quiet: true });
  const config = loadConfig();
  configureLog({ level: config.LOG_LEVEL, format: config.LOG_FORMAT });
  const discord = discordConfig(config);
  if (!discord) throw new StartupError('npm run start:sharded shards Discord’s gateway, and DISCORD_TOKEN is not set; copy it from Developer Portal > your app > Bot > Reset Token (for Slack alone, use npm start)');
  registerSecret(discord.token);
  const totalShards = config.DISCORD_SHARDS === undefined || config.DISCORD_SHARDS === 'auto' ? await recommendedShards(discord) : config.DISCORD_SHARDS;

  // Shard processes inherit this environment; empty means unset, and keeps .env from setting it again.
  const skipped = NOT_SHARDED.filter((name) => process.env[name]);
  for (const name of NOT_SHARDED) process.env[name] = '';
  if (skipped.length) log('warn', 'Slack is not served by the sharded launcher; serve it from its own npm start', { unset: skipped.join(' ') });

  const manager = new ShardingManager(SHARD_ENTRY, { totalShards, token: discord.token, execArgv: SHARD_EXEC_ARGV, respawn: true });
  launched = manager;
  manager.on('shardCreate', (shard) => {
    shard.on('spawn', (child) => log('info', 'shard started', { shard: shard.id, of: totalShards, pid: 'pid' in child ? child.pid : undefined }));
    shard.on('death', () => manager.respawn && log('warn', 'shard process ended; the launcher starts it again', { shard: shard.id }));
  });
  const stop = (signal: string) => {
    log('info', 'stopping', { signal, shards: manager.shards.size });
    void stopShards(manager).then(() => process.exit(0));
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  log('info', 'starting shards', { shards: totalShards });
  // Discord allows one session start per 5 seconds (max_concurrency 1): the manager waits between shards.
  await manager.spawn({ amount: totalShards, timeout: 120_000 });
  log('info', 'all shards ready', { shards: totalShards });
}

try {
  await main();
} catch (error) {
  if (error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
  else log('error', error instanceof StartupError ? error.message : `the sharded launcher stopped: ${errorSummary(error)}`);
  if (launched) await stopShards(launched);
  process.exit(1);
}
