/**
 * A fake of Slack, on 127.0.0.1 only: the Web API methods briefbot calls,
 * `response_url` endpoints, and a Socket Mode WebSocket that delivers
 * envelopes and records the app's acks. Also builds signed requests for the
 * app's HTTP receiver, the way Slack signs them.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { Recorder } from '../recorder.ts';

export const BOT_TOKEN = 'xoxb-1111-2222-fakebottoken';
export const APP_TOKEN = 'xapp-1-A111-2222-fakeapptoken';
export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5'.replace(/[yz]/g, 'e');
export const BOT_USER = 'UBOT0001';
export const USER = 'UALICE01';
export const CHANNEL = 'C0NEWS001';

export interface Recorded {
  path: string;
  headers: IncomingMessage['headers'];
  body: any;
}

export class FakeSlack {
  private readonly log = new Recorder<Recorded>();
  readonly acks: any[] = [];
  private http!: Server;
  private wss!: WebSocketServer;
  private socket: WebSocket | undefined;
  private responseUrls = 0;

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }
  /** What users.info says of each user: workspace admins and owners may change a digest. */
  readonly users = new Map<string, { is_admin: boolean; is_owner: boolean; is_primary_owner: boolean }>();
  /** Channels where chat.postMessage fails, with Slack's error code. */
  readonly channelErrors = new Map<string, string>();
  private posted = 0;

  /** A fresh response_url, as Slack puts one in every command and action payload. */
  responseUrl(): string {
    return `http://127.0.0.1:${this.port}/respond/${++this.responseUrls}`;
  }

  async start(): Promise<void> {
    this.http = createServer(async (req, res) => {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const text = Buffer.concat(chunks).toString('utf8');
      const body = req.headers['content-type']?.includes('json') ? JSON.parse(text || '{}') : Object.fromEntries(new URLSearchParams(text));
      const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
      const recorded = { path, headers: req.headers, body };
      this.log.record(recorded);
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(this.answer(path, body, req.headers)));
    });
    this.wss = new WebSocketServer({ server: this.http, path: '/link' });
    this.wss.on('connection', (socket) => {
      this.socket = socket;
      socket.on('message', (raw) => this.acks.push(JSON.parse(String(raw))));
      socket.send(JSON.stringify({ type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A111' } }));
    });
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    this.socket?.terminate();
    this.wss.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  private answer(path: string, body: any, headers: IncomingMessage['headers']): unknown {
    switch (path) {
      case '/api/auth.test':
        // As Slack does: a token it does not know is invalid_auth.
        if (headers.authorization !== `Bearer ${BOT_TOKEN}`) return { ok: false, error: 'invalid_auth' };
        return { ok: true, url: 'https://newsroom.example/', team: 'Newsroom', user: 'briefbot', team_id: 'T0001', user_id: BOT_USER, bot_id: 'B0001' };
      case '/api/chat.postMessage': {
        const error = this.channelErrors.get(body.channel);
        if (error) return { ok: false, error };
        const ts = `1700000000.${String(++this.posted).padStart(6, '0')}`;
        return { ok: true, channel: body.channel, ts, message: { text: body.text, ts } };
      }
      case '/api/chat.postEphemeral': {
        const error = this.channelErrors.get(body.channel);
        if (error) return { ok: false, error };
        return { ok: true, message_ts: `1700000000.${String(++this.posted).padStart(6, '0')}` };
      }
      case '/api/views.open':
        return { ok: true, view: { ...(typeof body.view === 'string' ? JSON.parse(body.view) : body.view), id: 'V0001' } };
      case '/api/users.info': {
        const user = this.users.get(body.user);
        return user ? { ok: true, user: { id: body.user, name: body.user.toLowerCase(), ...user } } : { ok: false, error: 'user_not_found' };
      }
      case '/api/apps.connections.open':
        return { ok: true, url: `ws://127.0.0.1:${this.port}/link` };
      default:
        return path.startsWith('/respond/') ? { ok: true } : { ok: false, error: 'unknown_method' };
    }
  }

  get calls(): Recorded[] {
    return this.log.items;
  }

  waitFor(match: (r: Recorded) => boolean, since = 0, timeoutMs = 5000): Promise<Recorded> {
    return this.log.waitFor(match, since, timeoutMs);
  }


  /** Sends a Socket Mode envelope; resolves with the app's ack for it. */
  async deliver(type: 'slash_commands' | 'interactive' | 'events_api', payload: unknown): Promise<any> {
    const envelopeId = `env-${Math.random().toString(36).slice(2)}`;
    this.socket!.send(JSON.stringify({ envelope_id: envelopeId, type, payload, accepts_response_payload: type !== 'events_api', retry_attempt: 0, retry_reason: '' }));
    for (let i = 0; i < 100; i++) {
      const ack = this.acks.find((a) => a.envelope_id === envelopeId);
      if (ack) return ack;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('no ack');
  }
}

// ---------------------------------------------------------------- payloads

export function slashCommand(command: string, text: string, responseUrl: string, user = USER) {
  return {
    token: 'deprecated',
    team_id: 'T0001',
    team_domain: 'newsroom',
    channel_id: CHANNEL,
    channel_name: 'general',
    user_id: user,
    user_name: 'alice',
    command,
    text,
    api_app_id: 'A111',
    is_enterprise_install: 'false',
    response_url: responseUrl,
    trigger_id: '1.2.3',
  };
}

export function buttonClick(actionId: string, value: string, responseUrl: string, ephemeral: boolean) {
  return {
    type: 'block_actions',
    user: { id: USER, username: 'alice', name: 'alice', team_id: 'T0001' },
    api_app_id: 'A111',
    token: 'deprecated',
    container: { type: 'message', message_ts: '1700000000.000100', channel_id: CHANNEL, is_ephemeral: ephemeral },
    trigger_id: '1.2.4',
    team: { id: 'T0001', domain: 'newsroom' },
    channel: { id: CHANNEL, name: 'general' },
    response_url: responseUrl,
    actions: [{ action_id: actionId, block_id: 'b1', value, type: 'button', action_ts: '1700000000.2', text: { type: 'plain_text', text: 'x' } }],
  };
}

/** A message shortcut ("Brief me on this" in a message's ⋯ menu), as Slack sends it. */
export function messageShortcut(callbackId: string, message: { text: string; ts: string; thread_ts?: string }, responseUrl: string) {
  return {
    type: 'message_action',
    token: 'deprecated',
    action_ts: '1700000050.000001',
    team: { id: 'T0001', domain: 'newsroom' },
    user: { id: USER, name: 'alice', team_id: 'T0001' },
    channel: { id: CHANNEL, name: 'general' },
    is_enterprise_install: false,
    callback_id: callbackId,
    trigger_id: '1.2.5',
    response_url: responseUrl,
    message_ts: message.ts,
    message: { type: 'message', user: 'UBOB0001', ...message },
  };
}

/** A global shortcut (from the composer's shortcut menu or search): no channel, only a trigger for a modal. */
export function globalShortcut(callbackId: string) {
  return { type: 'shortcut', token: 'deprecated', action_ts: '1700000060.000001', team: { id: 'T0001', domain: 'newsroom' }, user: { id: USER, username: 'alice', team_id: 'T0001' }, is_enterprise_install: false, callback_id: callbackId, trigger_id: '1.2.6' };
}

/** A modal submitted with a text and a conversation menu whose response_url Slack hands over. */
export function viewSubmission(callbackId: string, values: Record<string, Record<string, unknown>>, responseUrls: { block_id: string; action_id: string; channel_id: string; response_url: string }[]) {
  return {
    type: 'view_submission',
    team: { id: 'T0001', domain: 'newsroom' },
    user: { id: USER, username: 'alice', name: 'alice', team_id: 'T0001' },
    api_app_id: 'A111',
    token: 'deprecated',
    trigger_id: '1.2.7',
    view: { id: 'V0001', team_id: 'T0001', type: 'modal', callback_id: callbackId, blocks: [], private_metadata: '', state: { values }, hash: 'h', title: { type: 'plain_text', text: 'x' }, close: null, submit: null, root_view_id: 'V0001', previous_view_id: null, app_id: 'A111', external_id: '', app_installed_team_id: 'T0001', bot_id: 'B0001' },
    response_urls: responseUrls,
    is_enterprise_install: false,
  };
}

export function mentionEvent(eventId: string, text: string, ts: string, threadTs?: string) {
  return {
    token: 'deprecated',
    team_id: 'T0001',
    api_app_id: 'A111',
    event: { type: 'app_mention', user: USER, text, ts, channel: CHANNEL, event_ts: ts, ...(threadTs ? { thread_ts: threadTs } : {}) },
    type: 'event_callback',
    event_id: eventId,
    event_time: 1700000000,
    authorizations: [{ team_id: 'T0001', user_id: BOT_USER, is_bot: true }],
  };
}

/** Headers Slack sends with a request: the v0 signature over timestamp and body. */
export function signatureHeaders(body: string, secret = SIGNING_SECRET, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = 'v0=' + createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp) };
}

/** POSTs a signed request to the app's HTTP receiver, form-encoded for commands and actions, JSON for events. */
export async function postToApp(appUrl: string, kind: 'form' | 'payload' | 'json', data: any, options: { headers?: Record<string, string>; secret?: string; timestamp?: number } = {}) {
  const body =
    kind === 'json' ? JSON.stringify(data) : kind === 'payload' ? new URLSearchParams({ payload: JSON.stringify(data) }).toString() : new URLSearchParams(data).toString();
  const response = await fetch(appUrl, {
    method: 'POST',
    headers: {
      'content-type': kind === 'json' ? 'application/json' : 'application/x-www-form-urlencoded',
      ...signatureHeaders(body, options.secret, options.timestamp),
      ...options.headers,
    },
    body,
  });
  return { status: response.status, text: await response.text() };
}
