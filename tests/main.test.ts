import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, until } from './processes.ts';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord, TOKEN } from './adapters/discord/fakeDiscord.ts';
import { APP_TOKEN, BOT_TOKEN, FakeSlack, postToApp, SIGNING_SECRET, slashCommand } from './adapters/slack/fakeSlack.ts';
import { SEED_DIR } from './helpers.ts';
import { postgresFactory } from './store/stores.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { version: VERSION } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
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

/** Runs `npm start`'s entry point until `readyText` has been logged, then `meanwhile`, then sends SIGTERM. */
async function runUntil(env: Record<string, string>, readyTexts: string[], meanwhile: () => Promise<unknown> = async () => {}) {
  // HEALTH_PORT=0: no health endpoints, so test processes never contend for a port.
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, CONTENT_DIR: SEED_DIR, DATA_DIR, LOG_LEVEL: 'info', HEALTH_PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (d: Buffer) => (output += d);
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`not ready: ${output}`)), 45_000);
    child.stderr.on('data', () => readyTexts.every((t) => output.includes(t)) && (clearTimeout(timer), resolve()));
  });
  await meanwhile().finally(() => child.kill('SIGTERM'));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  return { code, output };
}

describe('npm start', () => {
  it('serves Discord and Slack (Socket Mode) from one process, ready on /readyz, and stops cleanly on SIGTERM', async () => {
    const healthPort = await freePort();
    let ready: unknown;
    const { code, output } = await runUntil(
      { DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: discord.apiUrl, SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: slack.apiUrl, HEALTH_PORT: String(healthPort) },
      ['discord connected', 'slack connected (socket mode)'],
      async () => (ready = await until(async () => {
        const response = await fetch(`http://127.0.0.1:${healthPort}/readyz`);
        return response.status === 200 ? response.json() : undefined;
      })),
    );
    expect(code).toBe(0);
    expect(ready).toEqual({ status: 'ready', checks: { knowledge: 'ok', store: 'ok', discord: 'ok', slack: 'ok' } });
    expect(discord.identifies.at(-1).token).toBe(TOKEN);
    expect(slack.calls.some((c) => c.path === '/api/apps.connections.open')).toBe(true);
    expect(output).toContain('content indexed articles=1');
    for (const secret of [TOKEN, BOT_TOKEN, APP_TOKEN]) expect(output).not.toContain(secret);
  }, 90_000);

  it('opens the console without tokens, where a digest subscription survives a restart', async () => {
    const first = await consoleSession(['/brief isis-k', '/digest subscribe 06:30 Europe/London isis-k']);
    expect(first.code).toBe(0);
    expect(first.output).toContain('Isis-K — Isis-Khorasan');
    expect(first.output).toContain('This channel gets a digest every day at 06:30 (Europe/London)');
    const second = await consoleSession(['/digest status', '/help']);
    expect(second.output).toMatch(/Next digest: .* 06:30 (GMT|BST), every day at 06:30 \(Europe\/London\)\./);
    expect(second.output).toContain('Topics: isis-k.');
    // /help ends with the version, read from package.json.
    expect(second.output).toContain(`briefbot ${VERSION}\n`);
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

  it('serves Slack over HTTP with /livez, /readyz and /metrics on the same port, logging JSON lines without secrets', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      // HEALTH_PORT unset: the endpoints share Slack's PORT.
      env: { ...process.env, CONTENT_DIR: SEED_DIR, DATA_DIR, LOG_LEVEL: 'info', LOG_FORMAT: 'json', HEALTH_PORT: '', DISCORD_TOKEN: '', SLACK_APP_TOKEN: '', SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, PORT: String(port) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const base = `http://127.0.0.1:${port}`;
    try {
      // Ready once the knowledge is loaded, the store answers and Slack's token was accepted.
      const ready = await until(async () => {
        const response = await fetch(`${base}/readyz`).catch(() => undefined);
        return response?.status === 200 ? response.json() : undefined;
      });
      expect(ready).toEqual({ status: 'ready', checks: { knowledge: 'ok', store: 'ok', slack: 'ok' } });
      expect((await fetch(`${base}/livez`)).status).toBe(200);

      const responseUrl = slack.responseUrl();
      const since = slack.calls.length;
      expect((await postToApp(`${base}/slack/events`, 'form', slashCommand('/brief', 'isis-k', responseUrl))).status).toBe(200);
      expect((await slack.waitFor((c) => responseUrl.endsWith(c.path), since)).body.blocks[0].text.text).toBe('Isis-K — Isis-Khorasan');

      const metrics = await (await fetch(`${base}/metrics`)).text();
      expect(metrics).toMatch(/^briefbot_commands_total\{command="brief",platform="slack",outcome="answered"\} 1$/m);
      expect(metrics).toMatch(/^briefbot_articles_loaded 1$/m);
      expect(metrics).toMatch(/^briefbot_knowledge_load_seconds_count\{trigger="start",source="(build|snapshot)"\} 1$/m);
      expect(metrics).toContain(`briefbot_info{version="${VERSION}"} 1`);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
    const lines = stderr.trim().split('\n');
    const entries = lines.map((line) => JSON.parse(line) as { time: string; level: string; msg: string });
    for (const entry of entries) expect(entry).toEqual(expect.objectContaining({ time: expect.any(String), level: expect.any(String), msg: expect.any(String) }));
    expect(entries.map((e) => e.msg)).toEqual(expect.arrayContaining(['health and metrics listening', 'content indexed', 'slack listening', 'stopping']));
    expect(entries.find((e) => e.msg === 'health and metrics listening')).toMatchObject({ port, sharedWith: '/slack/events' });
    for (const secret of [BOT_TOKEN, SIGNING_SECRET]) expect(stderr).not.toContain(secret);
  }, 90_000);

  it('stops at start-up with a message naming the variable when the configuration is wrong', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, SLACK_BOT_TOKEN: 'xoxb-1-2' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr.on('data', (d) => (output += d));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
    expect(output).toMatch(/SLACK_SIGNING_SECRET: is required with SLACK_BOT_TOKEN/);
  });
});
