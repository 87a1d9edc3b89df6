/**
 * The health and metrics endpoints end to end over HTTP on 127.0.0.1: /livez
 * while the process runs, /readyz from 503 to 200 as the knowledge loads (on
 * a worker thread, so both answer meanwhile) and back to 503 when the store
 * stops answering, /metrics in Prometheus format, and Slack's requests served
 * on the same port by the real Bolt app.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { commands } from '../../commands/index.ts';
import { createSlackApp, slackConnected, startSlackApp, stopSlackApp } from '../../src/adapters/slack/app.ts';
import { createBriefbotFromKnowledge } from '../../src/briefbot.ts';
import { configureLog } from '../../src/core/log.ts';
import { LiveBot } from '../../src/liveBot.ts';
import { startHealthServer, type HealthServer } from '../../src/observe/httpServer.ts';
import { BriefbotMetrics } from '../../src/observe/metrics.ts';
import { Readiness } from '../../src/observe/readiness.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { SEED_DIR, seedBot } from '../helpers.ts';
import { BOT_TOKEN, FakeSlack, postToApp, SIGNING_SECRET, slashCommand } from '../adapters/slack/fakeSlack.ts';

let server: HealthServer;
let readiness: Readiness;
let metrics: BriefbotMetrics;
const url = (path: string) => `http://127.0.0.1:${server.port}${path}`;
const get = async (path: string, method = 'GET') => {
  const response = await fetch(url(path), { method });
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
};

beforeEach(async () => {
  configureLog({ level: 'error', sink: () => {} });
  readiness = new Readiness();
  metrics = new BriefbotMetrics({ commands, version: '9.9.9' });
  server = await startHealthServer({ port: 0, host: '127.0.0.1', readiness, metrics, version: '9.9.9', reserved: ['/slack/events'] });
});
afterEach(async () => {
  await server.close();
  configureLog({ level: 'warn', sink: (line) => process.stderr.write(line + '\n') });
});

describe('/livez', () => {
  it('answers 200 with the version whatever the checks say; other methods and paths are refused', async () => {
    readiness.set('knowledge', () => 'loading');
    const live = await get('/livez');
    expect(live.status).toBe(200);
    expect(JSON.parse(live.text)).toEqual({ status: 'alive', version: '9.9.9' });
    expect((await get('/livez', 'HEAD')).status).toBe(200);
    expect((await get('/livez', 'POST')).status).toBe(405);
    expect((await get('/nowhere')).status).toBe(404);
  });
});

describe('a port already taken', () => {
  it('stops start-up with one line naming the setting to change', async () => {
    await expect(startHealthServer({ port: server.port, host: '127.0.0.1', readiness })).rejects.toThrow(
      `HEALTH_PORT ${server.port} is already in use, so the health and metrics endpoints cannot listen there; stop the program that holds it, or set HEALTH_PORT to a free port (0 turns them off)`,
    );
    await expect(startHealthServer({ port: server.port, host: '127.0.0.1', readiness, portSetting: 'PORT' })).rejects.toThrow(/^PORT \d+ is already in use, so Slack's requests/);
  });
});

describe('/readyz', () => {
  it('goes from 503 to 200 once the knowledge is loaded, and both endpoints answer while it loads', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-readyz-'));
    try {
      let live: LiveBot | undefined;
      readiness.set('knowledge', () => live !== undefined || 'loading');
      let loaded = false;
      const loading = LiveBot.start(SEED_DIR, { snapshotDir: dataDir, watch: false, loadAside: true }).then((started) => {
        loaded = true;
        return started;
      });
      const [during, alive] = await Promise.all([get('/readyz'), get('/livez')]);
      expect(loaded).toBe(false); // answered while the worker thread was still building
      expect(during.status).toBe(503);
      expect(JSON.parse(during.text)).toEqual({ status: 'not ready', checks: { knowledge: 'loading' } });
      expect(alive.status).toBe(200);

      live = await loading;
      const after = await get('/readyz');
      expect(after.status).toBe(200);
      expect(JSON.parse(after.text)).toEqual({ status: 'ready', checks: { knowledge: 'ok' } });
      expect(live.current().kb.articles).toHaveLength(1);
      live.close();
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('is 503 while the store does not answer, and once the process is stopping', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-readyz-'));
    const store = await openSqliteStore(join(dataDir, 'briefbot.sqlite'));
    try {
      readiness.set('store', async () => (await store.ping(), true as const));
      expect((await get('/readyz')).status).toBe(200);
      await store.close();
      const closed = await get('/readyz');
      expect(closed.status).toBe(503);
      expect(JSON.parse(closed.text).checks.store).toMatch(/^failed: .*not open/);

      readiness.set('store', () => true);
      readiness.stopping();
      const stopping = await get('/readyz');
      expect(stopping.status).toBe(503);
      expect(JSON.parse(stopping.text).checks).toEqual({ store: 'ok', process: 'stopping' });
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it('fails a check that does not answer in time, and masks what a failing check says', async () => {
    readiness.set('hangs', () => new Promise<true>(() => {}));
    readiness.set('throws', () => {
      throw new Error('cannot open postgres://briefbot:hunter2-pw@db:5432/briefbot');
    });
    const report = await readiness.report(50);
    expect(report).toEqual({ ready: false, checks: { hangs: 'no answer within 0.05 s', throws: 'failed: cannot open postgres://briefbot:[redacted]@db:5432/briefbot' } });
  });
});

describe('/metrics', () => {
  it('serves the Prometheus text format with briefbot’s and Node’s metrics', async () => {
    const scrape = await get('/metrics');
    expect(scrape.status).toBe(200);
    expect(scrape.type).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(scrape.text).toContain('# TYPE briefbot_commands_total counter');
    expect(scrape.text).toContain('briefbot_info{version="9.9.9"} 1');
    expect(scrape.text).toMatch(/^process_resident_memory_bytes \d+/m);
  });
});

describe('sharing Slack’s port (HTTP mode)', () => {
  const fake = new FakeSlack();
  beforeAll(() => fake.start());
  afterAll(() => fake.stop());

  it('serves Slack’s signed requests beside the endpoints, and counts a served command with its labels', async () => {
    const config = { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 1, apiUrl: fake.apiUrl, digestAdmins: [] };
    const bot = createBriefbotFromKnowledge(seedBot().kb, [], { observer: metrics });
    const app = createSlackApp(config, () => bot);
    readiness.set('slack', () => slackConnected(app) || 'starting');

    // Before Slack is started its path says "come back" rather than "not found".
    expect((await postToApp(url('/slack/events'), 'form', slashCommand('/brief', 'isis-k', fake.responseUrl()))).status).toBe(503);
    expect(JSON.parse((await get('/readyz')).text).checks).toEqual({ slack: 'starting' });

    await startSlackApp(app, config, { server });
    expect((await get('/readyz')).status).toBe(200);
    const responseUrl = fake.responseUrl();
    const since = fake.calls.length;
    const ack = await postToApp(url('/slack/events'), 'form', slashCommand('/brief', 'isis-k', responseUrl));
    expect(ack.status).toBe(200);
    const answer = await fake.waitFor((c) => responseUrl.endsWith(c.path), since);
    expect(answer.body.blocks[0].text.text).toBe('Isis-K — Isis-Khorasan');
    // A request Bolt does not serve, and one with a wrong signature.
    expect((await get('/slack/events')).status).toBe(404);
    expect((await postToApp(url('/slack/events'), 'form', slashCommand('/brief', 'isis-k', fake.responseUrl()), { secret: 'f'.repeat(32) })).status).toBe(401);

    const scrape = (await get('/metrics')).text;
    expect(scrape).toMatch(/^briefbot_commands_total\{command="brief",platform="slack",outcome="answered"\} 1$/m);
    expect(scrape).toMatch(/^briefbot_command_duration_seconds_count\{command="brief",platform="slack"\} 1$/m);
    expect(scrape).not.toContain('isis-k');
    expect(scrape).not.toContain('C0NEWS001');

    await stopSlackApp(app);
    expect(slackConnected(app)).toBe(false);
    expect((await get('/readyz')).status).toBe(503);
  });
});
