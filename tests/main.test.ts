import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord, TOKEN } from './adapters/discord/fakeDiscord.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const fake = new FakeDiscord();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

describe('npm start', () => {
  it('serves Discord when a token is configured, and stops cleanly on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: ROOT,
      env: { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_APPLICATION_ID: APP_ID, DISCORD_API_URL: fake.apiUrl, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`not connected: ${output}`)), 20_000);
      child.stderr.on('data', () => output.includes('discord connected') && (clearTimeout(timer), resolve()));
    });
    expect(fake.identifies.at(-1).token).toBe(TOKEN);
    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(output).toContain('content indexed articles=1');
    expect(output).not.toContain(TOKEN);
  });
});
