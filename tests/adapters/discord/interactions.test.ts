/**
 * Discord over HTTP interactions, end to end: two briefbot processes
 * (`npm start`'s entry point) on two ports of 127.0.0.1, sharing one Postgres
 * (PGlite over the wire protocol), the fake Discord for REST and the gateway,
 * and signed interactions spread across both processes as a load balancer
 * would. Every interaction is answered once, in its POST's response; a bad
 * signature is refused; each channel gets one digest a day between the two.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { freePort, until } from '../../processes.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DigestStore } from '../../../src/core/digest/store.ts';
import { SEED_DIR } from '../../helpers.ts';
import { postgresFactory, type StoreFactory } from '../../store/stores.ts';
import { APP_ID, autocomplete, buttonClick, CHANNEL_ID, FakeDiscord, slashCommand, subcommand, TOKEN } from './fakeDiscord.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const OTHER_CHANNEL = '300000000000000013';
const fake = new FakeDiscord();
const { publicKey, privateKey } = generateKeyPairSync('ed25519');
const PUBLIC_KEY_HEX = Buffer.from(publicKey.export({ format: 'jwk' }).x!, 'base64url').toString('hex');
let postgres: StoreFactory;
let store: DigestStore;
const bots: { child: ChildProcess; base: string; output: () => string; dataDir: string }[] = [];

/** A process of the pair; `alone` is one without the bot token or the shared store (interactions over HTTP only). */
async function startBot({ alone = false } = {}) {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-interactions-'));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CONTENT_DIR: SEED_DIR,
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      HEALTH_PORT: String(port),
      DATABASE_URL: alone ? '' : postgres.url!,
      DISCORD_TOKEN: alone ? '' : TOKEN,
      DISCORD_APPLICATION_ID: APP_ID,
      DISCORD_API_URL: fake.apiUrl,
      DISCORD_PUBLIC_KEY: PUBLIC_KEY_HEX,
      SLACK_BOT_TOKEN: '',
      SLACK_APP_TOKEN: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  return { child, base: `http://127.0.0.1:${port}`, output: () => output, dataDir };
}

/** Today's local time a few minutes ago, in UTC, as HH:MM: a slot just due. */
function minutesAgo(minutes: number): string {
  const at = new Date(Date.now() - minutes * 60_000);
  return `${String(at.getUTCHours()).padStart(2, '0')}:${String(at.getUTCMinutes()).padStart(2, '0')}`;
}

beforeAll(async () => {
  await fake.start();
  postgres = await postgresFactory();
  store = await postgres.open();
  // Two channels subscribed since yesterday, whose digest fell due two minutes ago: both processes catch up at start.
  for (const channelId of [CHANNEL_ID, OTHER_CHANNEL]) {
    await store.saveSubscription({ platform: 'discord', channelId, time: minutesAgo(2), timeZone: 'UTC', topics: [], whenEmpty: 'say', createdBy: 'U1', createdAt: new Date(Date.now() - 23 * 3_600_000).toISOString() });
  }
  bots.push(await startBot(), await startBot());
  for (const bot of bots) {
    const ready = await until(async () => {
      const response = await fetch(`${bot.base}/readyz`).catch(() => undefined);
      return response?.status === 200 ? response.json() : undefined;
    }, `${bot.base}/readyz; output so far:\n${bot.output()}`);
    expect(ready).toEqual({ status: 'ready', checks: { knowledge: 'ok', store: 'ok', discord: 'ok', discordInteractions: 'ok' } });
  }
}, 120_000);

afterAll(async () => {
  await stopBots();
  await fake.stop();
  await postgres?.dispose();
  for (const bot of bots) rmSync(bot.dataDir, { recursive: true, force: true });
});

async function stopBots(): Promise<(number | null)[]> {
  return Promise.all(
    bots.map(({ child }) => (child.exitCode !== null ? child.exitCode : new Promise<number | null>((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))))),
  );
}

/** POSTs an interaction to a process as Discord does: signed with the app's key unless told otherwise. */
async function post(base: string, payload: unknown, options: { key?: KeyObject; timestamp?: number; signature?: string | null } = {}) {
  const body = JSON.stringify(payload);
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = options.signature === undefined ? sign(null, Buffer.from(timestamp + body), options.key ?? privateKey).toString('hex') : options.signature;
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-signature-timestamp': timestamp };
  if (signature !== null) headers['x-signature-ed25519'] = signature;
  const response = await fetch(`${base}/discord/interactions`, { method: 'POST', headers, body });
  return { status: response.status, body: (await response.json()) as any };
}

const callbacksFor = (payload: { id: string }) => fake.requests.filter((r) => r.path.startsWith(`/interactions/${payload.id}/`));

describe('the Interactions Endpoint', () => {
  it('answers PING with PONG, on either process', async () => {
    for (const { base } of bots) expect(await post(base, { id: '1', application_id: APP_ID, type: 1, token: 't', version: 1 })).toEqual({ status: 200, body: { type: 1 } });
  });

  it('refuses a missing, forged, foreign or stale signature with 401, and answers nothing', async () => {
    const payload = slashCommand('who', [{ name: 'name', type: 3, value: 'lodhi' }]);
    const { base } = bots[0]!;
    const stranger = generateKeyPairSync('ed25519').privateKey;
    expect((await post(base, payload, { signature: null })).status).toBe(401);
    expect((await post(base, payload, { signature: 'ab'.repeat(64) })).status).toBe(401);
    expect((await post(base, payload, { key: stranger })).status).toBe(401);
    expect((await post(base, payload, { timestamp: Math.floor(Date.now() / 1000) - 3600 })).status).toBe(401);
    expect(callbacksFor(payload)).toEqual([]);
  });

  it('answers slash commands, autocomplete and buttons spread over both processes, each once, in the POST’s response', async () => {
    const asked = [
      slashCommand('who', [{ name: 'name', type: 3, value: 'lodhi' }]),
      slashCommand('brief', [{ name: 'topic', type: 3, value: 'isis-k' }]),
      autocomplete('who', 'name', 'lo'),
      slashCommand('brief', [{ name: 'topic', type: 3, value: 'isis-k' }, { name: 'public', type: 5, value: true }]),
      slashCommand('who', [{ name: 'name', type: 3, value: 'webber' }]),
      autocomplete('events', 'period', '2024'),
    ];
    const answers = await Promise.all(asked.map((payload, i) => post(bots[i % 2]!.base, payload)));
    for (const answer of answers) expect(answer.status).toBe(200);
    const [who, brief, names, publicBrief, webber, months] = answers.map((a) => a.body);
    expect(who).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] }, embeds: [{ title: 'Maleeha Lodhi' }] } });
    expect(brief.data.embeds[0].title).toBe('Isis-K — Isis-Khorasan');
    expect(names).toMatchObject({ type: 8 });
    expect(names.data.choices[0]).toEqual({ name: 'Lodhi (Maleeha Lodhi)', value: 'Lodhi' });
    expect(publicBrief.data.flags ?? 0).toBe(0);
    expect(publicBrief.data.allowed_mentions).toEqual({ parse: [] });
    expect(months.data.choices.map((c: { value: string }) => c.value)).toContain('2024-03');

    // A button made by one process is answered by the other: the button carries its command.
    const more = webber.data.components[0].components[1].custom_id as string;
    const page = await post(bots[1]!.base, buttonClick(more, true));
    expect(page.body.type).toBe(7); // UPDATE_MESSAGE: one's own ephemeral answer, paged in place
    expect(page.body.data.embeds[0].fields[0].name).toMatch(/^\[4\] /);

    // Answered in the response, so never a second time through Discord's callback route.
    for (const payload of asked) expect(callbacksFor(payload)).toEqual([]);
  });

  it('defers an interaction that arrived late, then edits the answer in once through REST', async () => {
    const late = slashCommand('who', [{ name: 'name', type: 3, value: 'valle' }], 2000);
    const since = fake.requests.length;
    const answer = await post(bots[1]!.base, late);
    expect(answer.body).toEqual({ type: 5, data: { flags: 64 } });
    const edit = await fake.waitFor((r) => r.method === 'PATCH' && r.path === `/webhooks/${APP_ID}/${late.token}/messages/@original`, since);
    expect(edit.body.embeds[0].title).toBe('Riccardo Valle');
    expect(edit.body.allowed_mentions).toEqual({ parse: [] });
    expect(fake.requests.filter((r) => r.path.includes(late.token))).toHaveLength(1);
  });

  it('answers interactions without the bot token, and says at start that Discord digests need it', async () => {
    const bot = await startBot({ alone: true });
    try {
      await until(async () => ((await fetch(`${bot.base}/readyz`).catch(() => undefined))?.status === 200 ? true : undefined), `${bot.base}/readyz`);
      expect(await post(bot.base, { id: '1', application_id: APP_ID, type: 1, token: 't', version: 1 })).toEqual({ status: 200, body: { type: 1 } });
      expect(bot.output()).toMatch(/Discord digests will not be posted: DISCORD_TOKEN is not set/);
    } finally {
      await new Promise((resolve) => (bot.child.once('exit', resolve), bot.child.kill('SIGTERM')));
      rmSync(bot.dataDir, { recursive: true, force: true });
    }
  });
  it('a subscription made through one process is what the other reports: they share the store', async () => {
    const channel = '300000000000000023';
    const subscribe = subcommand('digest', 'subscribe', [{ name: 'time', value: '09:00' }, { name: 'tz', value: 'Europe/Paris' }], { channel: { id: channel, type: 0, guild_id: '200000000000000002', name: 'other', permissions: '2147483647' }, channel_id: channel });
    const made = await post(bots[0]!.base, subscribe);
    const subscribed = made.body.type === 4 ? made.body.data : (await fake.waitFor((r) => r.path === `/webhooks/${APP_ID}/${subscribe.token}/messages/@original`)).body;
    expect(subscribed.embeds[0].description).toMatch(/every day at 09:00 \(Europe\/Paris\)/);
    const status = subcommand('digest', 'status', [], { channel: { id: channel, type: 0, guild_id: '200000000000000002', name: 'other', permissions: '2147483647' }, channel_id: channel });
    const reported = await post(bots[1]!.base, status);
    const told = reported.body.type === 4 ? reported.body.data : (await fake.waitFor((r) => r.path === `/webhooks/${APP_ID}/${status.token}/messages/@original`)).body;
    expect(JSON.stringify(told.embeds)).toMatch(/09:00/);
    await store.removeSubscription('discord', channel);
  });
});

describe('the digest across two processes', () => {
  it('sends one digest per channel per day between them', async () => {
    const today = new Date(Date.now() - 2 * 60_000).toISOString().slice(0, 10);
    for (const channelId of [CHANNEL_ID, OTHER_CHANNEL]) {
      await until(async () => ((await store.getDelivery({ platform: 'discord', channelId, localDate: today }))?.status === 'sent' ? true : undefined), `the digest of ${channelId}`);
    }
    // Stopped (each finishes a tick in progress first), so nothing more can be sent: count what was.
    expect(await stopBots()).toEqual([0, 0]);
    for (const channelId of [CHANNEL_ID, OTHER_CHANNEL]) {
      const posted = fake.channelMessages.get(channelId) ?? [];
      expect(posted).toHaveLength(1);
      expect(posted[0].embeds[0].title).toMatch(/^Daily digest/);
      expect(posted[0].allowed_mentions).toEqual({ parse: [] });
    }
  });
});
