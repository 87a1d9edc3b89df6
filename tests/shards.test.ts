/**
 * `npm run start:sharded`: the launcher asks the fake Discord (never
 * discord.com) how many shards the bot needs, starts one `npm start` process
 * per shard under discord.js's ShardingManager, each identifying with its own
 * shard and answering health checks on its own port, and stops them all on
 * SIGTERM.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { until } from './processes.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord, TOKEN } from './adapters/discord/fakeDiscord.ts';
import { SEED_DIR } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const fake = new FakeDiscord();
const DATA_DIR = mkdtempSync(join(tmpdir(), 'briefbot-shards-'));
beforeAll(() => fake.start());
afterAll(async () => {
  await fake.stop();
  rmSync(DATA_DIR, { recursive: true, force: true });
});

function launch(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/shards.ts'], {
    cwd: ROOT,
    env: { ...process.env, CONTENT_DIR: SEED_DIR, DATA_DIR, LOG_LEVEL: 'info', DISCORD_SHARDS: '', DATABASE_URL: '', DISCORD_PUBLIC_KEY: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => output, exited };
}

/** Two neighbouring ports nothing listens on: HEALTH_PORT and HEALTH_PORT + 1. */
async function freePortPair(): Promise<number> {
  for (;;) {
    const first = createServer();
    await new Promise<void>((resolve) => first.listen(0, '127.0.0.1', resolve));
    const { port } = first.address() as { port: number };
    const second = createServer();
    const free = await new Promise<boolean>((resolve) => second.once('error', () => resolve(false)).listen(port + 1, '127.0.0.1', () => resolve(true)));
    await new Promise((resolve) => first.close(resolve));
    if (free) await new Promise((resolve) => second.close(resolve));
    if (free) return port;
  }
}

describe('npm run start:sharded', () => {
  it('starts the shards Discord recommends, one process each with its own health port, and stops them on SIGTERM', async () => {
    fake.recommendedShards = 2;
    const port = await freePortPair();
    // A Slack token must not reach the shards (each would need Slack's other settings and serve it again).
    const launcher = launch({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, HEALTH_PORT: String(port), SLACK_BOT_TOKEN: 'xoxb-1-2' });
    try {
      await until(async () => (launcher.output().includes('all shards ready') ? true : undefined), launcher.output, 900);
      expect(fake.requests.some((r) => r.path === '/gateway/bot')).toBe(true);
      expect(fake.identifies.map((identify) => identify.shard)).toEqual(expect.arrayContaining([[0, 2], [1, 2]]));
      for (const shardPort of [port, port + 1]) {
        const ready = await until(async () => {
          const response = await fetch(`http://127.0.0.1:${shardPort}/readyz`).catch(() => undefined);
          return response?.status === 200 ? response.json() : undefined;
        }, launcher.output, 900);
        expect(ready).toMatchObject({ status: 'ready', checks: { discord: 'ok' } });
      }
      expect(launcher.output()).toMatch(/Slack is not served by the sharded launcher/);
    } finally {
      launcher.child.kill('SIGTERM');
    }
    expect(await launcher.exited).toBe(0);
    const pids = [...launcher.output().matchAll(/shard started .*pid=(\d+)/g)].map((m) => Number(m[1]));
    expect(pids).toHaveLength(2);
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    expect(launcher.output()).not.toContain(TOKEN);
  }, 120_000);

  it('says what to set, in one line, without a Discord token', async () => {
    const launcher = launch({ DISCORD_TOKEN: '' });
    expect(await launcher.exited).toBe(1);
    expect(launcher.output()).toMatch(/npm run start:sharded shards Discord’s gateway, and DISCORD_TOKEN is not set; copy it from Developer Portal/);
    expect(launcher.output()).not.toMatch(/\n\s+at /);
  });
});
