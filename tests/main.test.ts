import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord, TOKEN } from './adapters/discord/fakeDiscord.ts';
import { APP_TOKEN, BOT_TOKEN, FakeSlack } from './adapters/slack/fakeSlack.ts';
import { SEED_DIR } from './helpers.ts';
import { postgresFactory } from './store/stores.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const discord = new FakeDiscord();
const slack = new FakeSlack();
// Every run keeps its store and snapshot here, never in the working copy.
const DATA_DIR = mkdtempSync(join(tmpdir(), 'briefbot-main-'));
beforeAll(async () => {
  await discord.start();
  await slack.start();
});
afterAll(async () => {
  await discord.stop();
  await slack.stop();
  rmSync(DATA_DIR, { recursive: true, force: true });
});

/** Runs `npm start` with no chat tokens: the console, fed these lines, until its input ends. */
async function consoleSession(lines: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: SEED_DIR, DATA_DIR, LOG_LEVEL: 'warn', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  child.stdin.end(lines.join('\n') + '\n');
  const code = await new Promise((resolve) => child.on('exit', resolve));
  return { code, output };
}

/** Runs `npm start`'s entry point until `readyText` has been logged, then sends SIGTERM. */
async function runUntil(env: Record<string, string>, readyTexts: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: SEED_DIR, DATA_DIR, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (d: Buffer) => (output += d);
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready: ${output}`)), 20_000);
    child.stderr.on('data', () => readyTexts.every((t) => output.includes(t)) && (clearTimeout(timer), resolve()));
  });
  child.kill('SIGTERM');
  const code = await new Promise((resolve) => child.on('exit', resolve));
  return { code, output };
}

describe('npm start', () => {
  it('serves Discord and Slack (Socket Mode) from one process, and stops cleanly on SIGTERM', async () => {
    const { code, output } = await runUntil(
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: discord.apiUrl, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: slack.apiUrl },
      ['discord connected', 'slack connected (socket mode)'],
    );
    expect(code).toBe(0);
    expect(discord.identifies.at(-1).token).toBe(TOKEN);
    expect(slack.calls.some((c) => c.path === '/api/apps.connections.open')).toBe(true);
    expect(output).toContain('content indexed articles=1');
    for (const secret of [TOKEN, BOT_TOKEN, APP_TOKEN]) expect(output).not.toContain(secret);
  });

  it('opens the console without tokens, where a digest subscription survives a restart', async () => {
    const first = await consoleSession(['/brief isis-k', '/digest subscribe 06:30 Europe/London isis-k']);
    expect(first.code).toBe(0);
    expect(first.output).toContain('Isis-K — Isis-Khorasan');
    expect(first.output).toContain('This channel gets a digest every day at 06:30 (Europe/London)');
    const second = await consoleSession(['/digest status']);
    expect(second.output).toMatch(/Next digest: .* 06:30 (GMT|BST), every day at 06:30 \(Europe\/London\)\./);
    expect(second.output).toContain('Topics: isis-k.');
  });

  it('keeps subscriptions in Postgres when DATABASE_URL is set', async () => {
    const postgres = await postgresFactory();
    try {
      const { code, output } = await consoleSession(['/digest subscribe 07:00 Asia/Tokyo ports'], { DATABASE_URL: postgres.url! });
      expect(code).toBe(0);
      expect(output).toContain('This channel gets a digest every day at 07:00 (Asia/Tokyo)');
      const store = await postgres.open();
      expect(await store.getSubscription('console', 'console')).toMatchObject({ time: '07:00', timeZone: 'Asia/Tokyo', topics: ['ports'] });
    } finally {
      await postgres.dispose();
    }
  });

  it('stops at start-up with a message naming the variable when the configuration is wrong', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, SLACK_BOT_TOKEN: 'xoxb-1-2' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr.on('data', (d) => (output += d));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
    expect(output).toMatch(/SLACK_SIGNING_SECRET: is required with SLACK_BOT_TOKEN/);
  });
});
