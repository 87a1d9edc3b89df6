/** `npm run register` when Discord refuses: one line saying what to do, exit 1, no stack trace. */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ID, FakeDiscord } from './fakeDiscord.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WRONG_TOKEN = `${'Z'.repeat(24)}.${'Y'.repeat(6)}.${'X'.repeat(27)}`;
const fake = new FakeDiscord();
beforeAll(() => fake.start());
afterAll(() => fake.stop());

async function register(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/adapters/discord/registerCli.ts'], {
    cwd: ROOT,
    env: { ...process.env, DISCORD_TOKEN: WRONG_TOKEN, DISCORD_APPLICATION_ID: APP_ID, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const code = await new Promise((resolve) => child.on('exit', resolve));
  return { code, lines: output.trim().split('\n') };
}

describe('npm run register', () => {
  it('names DISCORD_TOKEN, never its value, when Discord answers 401', async () => {
    const { code, lines } = await register({ DISCORD_API_URL: fake.apiUrl });
    expect(code).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Discord rejected DISCORD_TOKEN \(401 Unauthorized\): it is wrong or was reset; copy a new one from Developer Portal > your app > Bot > Reset Token$/);
    expect(lines.join('\n')).not.toContain(WRONG_TOKEN);
  });

  it('says Discord cannot be reached when nothing answers at its address', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const apiUrl = `http://127.0.0.1:${(closed.address() as { port: number }).port}/api`;
    await new Promise((resolve) => closed.close(resolve));
    const { code, lines } = await register({ DISCORD_API_URL: apiUrl });
    expect(code).toBe(1);
    expect(lines).toEqual([expect.stringMatching(/^Cannot reach Discord at DISCORD_API_URL=http:\/\/127\.0\.0\.1:\d+\/api: nothing accepts connections there/)]);
  });
});
