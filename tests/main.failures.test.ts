/**
 * `npm start` when something outside it is wrong: no way to be reached, a
 * token a platform refuses, a session Discord ends for good, a database that
 * never answers. Each ends in one line that says what happened and what to
 * do, and a non-zero exit a supervisor can act on; never a stack trace.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord, TOKEN } from './adapters/discord/fakeDiscord.ts';
import { APP_TOKEN, FakeSlack } from './adapters/slack/fakeSlack.ts';
import { silentServer } from './store/silentServers.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CONTENT_DIR = fileURLToPath(new URL('./fixtures/articles', import.meta.url));
const DATA_DIR = mkdtempSync(join(tmpdir(), 'briefbot-main-failures-'));
const STACK_LINE = /^\s+at /m;
const discord = new FakeDiscord();
const slack = new FakeSlack();

beforeAll(async () => {
  await discord.start();
  await slack.start();
});
afterAll(async () => {
  await discord.stop();
  await slack.stop();
  rmSync(DATA_DIR, { recursive: true, force: true });
});

/** Chat settings the test runner's own environment might carry, cleared so each test sets only its own. */
const UNSET = Object.fromEntries(
  ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID', 'DISCORD_GUILD_ID', 'DISCORD_API_URL', 'DISCORD_MESSAGE_CONTENT', 'SLACK_BOT_TOKEN', 'SLACK_APP_TOKEN', 'SLACK_SIGNING_SECRET', 'SLACK_API_URL', 'DATABASE_URL'].map((k) => [k, '']),
);

/** Starts `npm start`'s entry point; standard input is /dev/null, as under systemd and in containers, unless piped. */
function start(env: Record<string, string>, stdin: 'ignore' | 'pipe' = 'ignore'): { child: ChildProcess; output: () => string; exit: Promise<number | null> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    // HEALTH_PORT=0: no health endpoints, so test processes never contend for a port.
    env: { ...process.env, ...UNSET, CONTENT_DIR, DATA_DIR, LOG_LEVEL: 'info', HEALTH_PORT: '0', ...env },
    stdio: [stdin, 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exit = new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { child, output: () => output, exit };
}

const errorLines = (output: string) => output.split('\n').filter((line) => / ERROR /.test(line));

describe('npm start fails clearly', () => {
  it('with no chat tokens and no terminal: says so, and exits non-zero', async () => {
    const run = start({});
    expect(await run.exit).not.toBe(0);
    const [line, ...others] = errorLines(run.output());
    expect(others).toEqual([]);
    expect(line).toContain('No chat platform is configured (DISCORD_TOKEN, DISCORD_PUBLIC_KEY, SLACK_BOT_TOKEN) and no terminal is attached');
    expect(run.output()).not.toContain('Type /help');
  });

  it('with a wrong Slack bot token: one line naming SLACK_BOT_TOKEN, never its value, and exit 1', async () => {
    const wrong = 'xoxb-9999-8888-notthebottoken';
    const run = start({ SLACK_BOT_TOKEN: wrong, SLACK_APP_TOKEN: APP_TOKEN, SLACK_API_URL: slack.apiUrl });
    expect(await run.exit).toBe(1);
    expect(errorLines(run.output())).toEqual([expect.stringMatching(/Slack rejected SLACK_BOT_TOKEN \(invalid_auth\); copy the Bot User OAuth Token/)]);
    expect(run.output()).not.toMatch(STACK_LINE);
    expect(run.output()).not.toMatch(/unhandled/i);
    expect(run.output()).not.toContain(wrong);
  });

  it('with a Discord token Discord rejects: one line naming DISCORD_TOKEN, and exit 1', async () => {
    const wrong = `${'Z'.repeat(24)}.${'Y'.repeat(6)}.${'X'.repeat(27)}`;
    const run = start({ DISCORD_TOKEN: wrong, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: discord.apiUrl });
    expect(await run.exit).toBe(1);
    expect(errorLines(run.output())).toEqual([expect.stringMatching(/Discord rejected DISCORD_TOKEN \(401 Unauthorized\)/)]);
    expect(run.output()).not.toMatch(STACK_LINE);
    expect(run.output()).not.toContain(wrong);
  });

  it('when Discord ends a live session for good (4004): logs why in plain words and exits non-zero', async () => {
    const run = start({ DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: discord.apiUrl });
    await new Promise<void>((resolve) => {
      const check = () => run.output().includes('discord connected') && (run.child.stderr!.off('data', check), resolve());
      run.child.stderr!.on('data', check);
    });
    discord.closeGateway(4004, 'Authentication failed.');
    expect(await run.exit).toBe(1);
    expect(errorLines(run.output())).toEqual([expect.stringMatching(/Discord closed the connection: authentication failed \(4004\), so DISCORD_TOKEN is wrong or was reset/)]);
    expect(run.output()).not.toMatch(STACK_LINE);
  });

  it('with a Postgres that accepts connections and never answers: names DATABASE_URL, never its password, and exits 1', async () => {
    const server = await silentServer();
    try {
      // libpq's connect_timeout (seconds) keeps the test short; the default is ten seconds. Piped input: the console's.
      const run = start({ DATABASE_URL: `postgres://briefbot:s3cret-pass@127.0.0.1:${server.port}/briefbot?connect_timeout=1` }, 'pipe');
      expect(await run.exit).toBe(1);
      expect(run.output()).toContain(`DATABASE_URL: the Postgres server at 127.0.0.1:${server.port} did not answer in time`);
      expect(run.output()).not.toContain('s3cret-pass');
      expect(run.output()).not.toMatch(STACK_LINE);
    } finally {
      await server.close();
    }
  });
});
