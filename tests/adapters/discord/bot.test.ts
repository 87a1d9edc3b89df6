/**
 * The Discord client when Discord refuses it, against the fake Discord on
 * 127.0.0.1: a session ended for good, a login refused, a server that cannot
 * be reached, and an option of the wrong type. Each says what happened in one
 * line; none leaves a live process without a session.
 */
import { createServer } from 'node:net';
import { Events, type Client } from 'discord.js';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDiscordClient, loginDiscord } from '../../../src/adapters/discord/bot.ts';
import type { DiscordConfig } from '../../../src/config.ts';
import { configureLog } from '../../../src/core/log.ts';
import { StartupError } from '../../../src/startupError.ts';
import { seedBot } from '../../helpers.ts';
import { APP_ID, FakeDiscord, slashCommand, TOKEN } from './fakeDiscord.ts';

const fake = new FakeDiscord();
const logs: string[] = [];
const clients: Client[] = [];
let config: DiscordConfig;

beforeAll(async () => {
  configureLog({ sink: (line) => logs.push(line) });
  await fake.start();
  config = { token: TOKEN, applicationId: APP_ID, apiUrl: fake.apiUrl, messageContent: false };
});
afterEach(async () => {
  fake.closeIdentifyWith = undefined;
  for (const client of clients.splice(0)) await client.destroy();
});
afterAll(async () => {
  await fake.stop();
  configureLog({ sink: (line) => process.stderr.write(line + '\n') });
});

function client(options: Parameters<typeof createDiscordClient>[2] = {}, settings: Partial<DiscordConfig> = {}) {
  const created = createDiscordClient({ ...config, ...settings }, seedBot, options);
  clients.push(created);
  return created;
}

async function connected(options: Parameters<typeof createDiscordClient>[2] = {}) {
  const c = client(options);
  const ready = new Promise((resolve) => c.once(Events.ClientReady, resolve));
  await loginDiscord(c, config);
  await ready;
  return c;
}

describe('a gateway close Discord will not take back', () => {
  it('during a live session is logged in plain words and reported, so the process can exit', async () => {
    const reasons: string[] = [];
    await connected({ onFatalClose: (reason) => reasons.push(reason) });
    const since = logs.length;
    fake.closeGateway(4004, 'Authentication failed.');
    await vi.waitFor(() => expect(reasons).toHaveLength(1));
    expect(reasons[0]).toMatch(/authentication failed \(4004\), so DISCORD_TOKEN is wrong or was reset/);
    const logged = logs.slice(since).filter((line) => line.includes(' ERROR '));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain('(4004)');
    expect(logged[0]).not.toContain(TOKEN);
  });

  it.each([
    [4004, /DISCORD_TOKEN is wrong or was reset/],
    [4014, /Message Content Intent .* or set DISCORD_MESSAGE_CONTENT=false/],
  ])('at login (%i) rejects with one line saying what to do', async (code, advice) => {
    fake.closeIdentifyWith = code;
    const error = await loginDiscord(client(), config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toContain(`(${code})`);
    expect((error as Error).message).toMatch(advice);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('logging in', () => {
  it('names DISCORD_TOKEN, never its value, when Discord rejects the token', async () => {
    const wrong = `${'Z'.repeat(24)}.${'Y'.repeat(6)}.${'X'.repeat(27)}`;
    const error = await loginDiscord(client({}, { token: wrong }), { ...config, token: wrong }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/^Discord rejected DISCORD_TOKEN \(401 Unauthorized\).*Reset Token$/);
    expect((error as Error).message).not.toContain(wrong);
  });

  it('says Discord cannot be reached, and where, when nothing answers there', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const apiUrl = `http://127.0.0.1:${(closed.address() as { port: number }).port}/api`;
    await new Promise((resolve) => closed.close(resolve));
    const error = await loginDiscord(client({}, { apiUrl }), { ...config, apiUrl }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartupError);
    expect((error as Error).message).toMatch(/^Cannot reach Discord at DISCORD_API_URL=http:\/\/127\.0\.0\.1:\d+\/api: nothing accepts connections there \(connect ECONNREFUSED/);
  });
});

describe('an option of the wrong type', () => {
  it('gets the command’s usage message, and nothing is logged as a failure', async () => {
    await connected();
    const since = logs.length;
    // An integer where /brief's topic is a string: a stale registration, or a forged payload.
    const body = await fake.interact(slashCommand('brief', [{ name: 'topic', type: 4, value: 42 }, { name: 'public', type: 3, value: 'yes' }]));
    expect(body.type).toBe(4);
    expect(JSON.stringify(body.data)).toContain('Usage: /brief <topic>');
    expect(logs.slice(since).join('\n')).not.toMatch(/interaction failed|ERROR/);
  });
});
