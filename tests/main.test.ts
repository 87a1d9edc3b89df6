import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord, TOKEN } from './adapters/discord/fakeDiscord.ts';
import { APP_TOKEN, BOT_TOKEN, FakeSlack } from './adapters/slack/fakeSlack.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const discord = new FakeDiscord();
const slack = new FakeSlack();
beforeAll(async () => {
  await discord.start();
  await slack.start();
});
afterAll(async () => {
  await discord.stop();
  await slack.stop();
});

/** Runs `npm start`'s entry point until `readyText` has been logged, then sends SIGTERM. */
async function runUntil(env: Record<string, string>, readyTexts: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, LOG_LEVEL: 'info', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
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

  it('stops at start-up with a message naming the variable when the configuration is wrong', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], { cwd: ROOT, env: { ...process.env, SLACK_BOT_TOKEN: 'xoxb-1-2' }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stderr.on('data', (d) => (output += d));
    expect(await new Promise((resolve) => child.on('exit', resolve))).toBe(1);
    expect(output).toMatch(/SLACK_SIGNING_SECRET: is required with SLACK_BOT_TOKEN/);
  });
});
