/**
 * The guard in front of Bolt's HTTP receiver, on the real Bolt app: bodies
 * over a megabyte are refused before they are read, and requests dated
 * outside the five-minute window, either way, are refused before their body.
 */
import type { App } from '@slack/bolt';
import { request, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackApp, startSlackApp } from '../../../src/adapters/slack/app.ts';
import { MAX_BODY_BYTES, timestampInWindow } from '../../../src/adapters/slack/requestGuard.ts';
import { configureLog } from '../../../src/core/log.ts';
import { seedBot } from '../../helpers.ts';
import { BOT_TOKEN, FakeSlack, postToApp, SIGNING_SECRET, signatureHeaders, slashCommand } from './fakeSlack.ts';

const fake = new FakeSlack();
const logs: string[] = [];
let app: App;
let port: number;

beforeAll(async () => {
  configureLog({ sink: (line) => logs.push(line) });
  await fake.start();
  const config = { botToken: BOT_TOKEN, signingSecret: SIGNING_SECRET, port: 0, apiUrl: fake.apiUrl, digestAdmins: [] };
  app = createSlackApp(config, seedBot);
  const server = (await startSlackApp(app, config)) as Server;
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await app.stop();
  await fake.stop();
  configureLog({ sink: (line) => process.stderr.write(line + '\n') });
});

/**
 * Opens a POST to the app and writes `chunks` of the body one by one, stopping
 * as soon as the app answers. Resolves with the status and how much was sent.
 */
/**
 * Sends the body in chunks until the app answers. `reset` says the connection was reset while the client was still
 * sending: the app answers and closes it, and a reset that reaches the client first discards the answer it had not
 * read yet (TCP drops unread data on a reset), so only the app's log can then tell what it answered.
 */
function upload(headers: Record<string, string>, chunks: Iterable<Buffer>): Promise<{ status?: number; sent: number; reset: boolean }> {
  return new Promise((resolve, reject) => {
    let answered = false;
    let sent = 0;
    const req = request({ host: '127.0.0.1', port, path: '/slack/events', method: 'POST', headers });
    req.on('response', (res: IncomingMessage) => {
      answered = true;
      res.resume();
      resolve({ status: res.statusCode!, sent, reset: false });
    });
    // Once refused, the app drops the connection while the body is still coming: expected.
    req.on('error', (error: NodeJS.ErrnoException) => {
      if (answered) return;
      if (sent > 0 && (error.code === 'ECONNRESET' || error.code === 'EPIPE')) resolve({ sent, reset: true });
      else reject(error);
    });
    req.flushHeaders();
    (async () => {
      for (const chunk of chunks) {
        if (answered || req.destroyed) return;
        sent += chunk.length;
        if (!req.write(chunk)) await whicheverFirst(req, ['drain', 'close']);
      }
      if (!answered && !req.destroyed) req.end();
    })().catch(() => {});
  });
}

function whicheverFirst(emitter: NodeJS.EventEmitter, events: string[]): Promise<void> {
  return new Promise((resolve) => {
    const go = () => {
      for (const event of events) emitter.off(event, go);
      resolve();
    };
    for (const event of events) emitter.on(event, go);
  });
}

function* repeat(chunk: Buffer, times: number) {
  for (let i = 0; i < times; i++) yield chunk;
}

const KB64 = Buffer.alloc(64 * 1024, 'a');
const now = () => Math.floor(Date.now() / 1000);

describe('request bodies', () => {
  it('refuses a body that declares more than a megabyte with 413 before reading any of it', async () => {
    // 50 MB declared, not a byte of it sent: only an answer given before reading can arrive.
    const { status, sent } = await upload({ 'content-type': 'application/json', 'content-length': String(50 * 1024 * 1024), ...signatureHeaders('{}') }, []);
    expect(status).toBe(413);
    expect(sent).toBe(0);
  }, 10_000);

  it('refuses a streamed body with no length once it passes a megabyte, and nothing is answered', async () => {
    const since = fake.calls.length;
    const { status, sent, reset } = await upload({ 'content-type': 'application/json', 'transfer-encoding': 'chunked', ...signatureHeaders('{}') }, repeat(KB64, 64));
    // 413, read by the client, or reset before it could read it (the log below says what the app answered).
    expect(reset ? 'reset' : String(status)).toMatch(/^(?:413|reset)$/);
    expect(sent).toBeGreaterThan(MAX_BODY_BYTES);
    // The app stopped reading long before the 4 MB the client had to send.
    expect(sent).toBeLessThan(4 * 1024 * 1024);
    expect(fake.calls.slice(since)).toEqual([]);
    expect(logs.some((line) => line.includes('slack request refused') && line.includes('413'))).toBe(true);
  }, 10_000);

  it('still answers a signed request of ordinary size', async () => {
    const responseUrl = fake.responseUrl();
    const since = fake.calls.length;
    const response = await postToApp(`http://127.0.0.1:${port}/slack/events`, 'form', slashCommand('/sources', '', responseUrl));
    expect(response.status).toBe(200);
    expect((await fake.waitFor((c) => responseUrl.endsWith(c.path), since)).body.response_type).toBe('ephemeral');
  });
});

describe('request timestamps', () => {
  it('refuses a correctly signed request dated ten minutes in the future', async () => {
    const since = fake.calls.length;
    const response = await postToApp(`http://127.0.0.1:${port}/slack/events`, 'form', slashCommand('/brief', 'isis-k', fake.responseUrl()), { timestamp: now() + 600 });
    expect(response.status).toBe(401);
    expect(fake.calls.slice(since)).toEqual([]);
  });

  it('refuses one dated ten minutes ago before reading its body', async () => {
    const { status } = await upload({ 'content-type': 'application/json', 'content-length': '1000', ...signatureHeaders('{}', SIGNING_SECRET, now() - 600) }, []);
    expect(status).toBe(401);
  }, 10_000);

  it('accepts five minutes either side of now, and nothing beyond', () => {
    const at = 1_700_000_000_000;
    expect(timestampInWindow(String(at / 1000 + 300), at)).toBe(true);
    expect(timestampInWindow(String(at / 1000 - 300), at)).toBe(true);
    expect(timestampInWindow(String(at / 1000 + 301), at)).toBe(false);
    expect(timestampInWindow(String(at / 1000 - 301), at)).toBe(false);
    expect(timestampInWindow('soon', at)).toBe(false);
  });
});
