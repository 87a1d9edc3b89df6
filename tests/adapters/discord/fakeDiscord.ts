/**
 * A fake of Discord's servers, on 127.0.0.1 only: REST /api/v10 (gateway
 * info, application commands, interaction callbacks, webhook follow-ups and
 * edits, threads and channel messages) and the v10 gateway over WebSocket
 * (Hello, Identify, Ready, GUILD_CREATE, heartbeats, dispatches). The real
 * discord.js client connects to it; tests read what the bot sent.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Events, type Client } from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';
import { createDiscordClient } from '../../../src/adapters/discord/bot.ts';
import type { Briefbot } from '../../../src/briefbot.ts';
import { Recorder } from '../recorder.ts';

export const TOKEN = `${'A'.repeat(24)}.${'B'.repeat(6)}.${'C'.repeat(27)}`;
export const APP_ID = '100000000000000001';
export const GUILD_ID = '200000000000000002';
export const CHANNEL_ID = '300000000000000003';
export const USER_ID = '400000000000000004';

const DISCORD_EPOCH = 1420070400000n;
let counter = 0n;
/** A snowflake whose timestamp is `ageMs` in the past. */
export function snowflake(ageMs = 0): string {
  counter = (counter + 1n) % 4096n;
  return (((BigInt(Date.now() - ageMs) - DISCORD_EPOCH) << 22n) | counter).toString();
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: any;
}

const botUser = { id: APP_ID, username: 'briefbot', discriminator: '0', global_name: null, avatar: null, bot: true };
const human = { id: USER_ID, username: 'alice', discriminator: '0', global_name: 'Alice', avatar: null };

export class FakeDiscord {
  private readonly log = new Recorder<RecordedRequest>();
  readonly identifies: any[] = [];
  globalCommands: any[] = [];
  guildCommands: any[] = [];
  /** Make the next callbacks fail with this HTTP status (for error paths). */
  failCallbacksWith: number | undefined;
  /** Answer Identify by closing the gateway with this code, as Discord does for a refused session (4004, 4014…). */
  closeIdentifyWith: number | undefined;
  /** Channels Discord no longer knows (10003), and ones the bot may not see (50001). */
  readonly goneChannels = new Set<string>();
  readonly forbiddenChannels = new Set<string>();
  /** The shard count /gateway/bot recommends. */
  recommendedShards = 1;
  /** Channel messages posted, per channel, as Discord keeps them. */
  readonly channelMessages = new Map<string, any[]>();
  private readonly messageByNonce = new Map<string, any>();
  private http!: Server;
  private wss!: WebSocketServer;
  private sockets = new Set<WebSocket>();
  private sequence = 0;

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The real discord.js client, logged in to this fake and ready. */
  async connect(getBot: () => Briefbot, options: { messageContent: boolean }): Promise<Client> {
    const client = createDiscordClient({ token: TOKEN, applicationId: APP_ID, apiUrl: this.apiUrl, messageContent: options.messageContent }, getBot);
    const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
    await client.login(TOKEN);
    await ready;
    return client;
  }

  /** Dispatches an interaction over the gateway and resolves with the bot's callback to it. */
  async interact(payload: { id: string; token: string }): Promise<any> {
    const since = this.requests.length;
    this.dispatch('INTERACTION_CREATE', payload);
    return (await this.waitFor((r) => r.path === `/interactions/${payload.id}/${payload.token}/callback`, since)).body;
  }

  async start(): Promise<void> {
    this.http = createServer((req, res) => void this.route(req, res));
    this.wss = new WebSocketServer({ server: this.http });
    this.wss.on('connection', (socket) => this.gatewaySession(socket));
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    this.wss.close();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** Resolves with the first request (already recorded, from `since`, or future) that matches. */
  get requests(): RecordedRequest[] {
    return this.log.items;
  }

  waitFor(match: (r: RecordedRequest) => boolean, since = 0, timeoutMs = 5000): Promise<RecordedRequest> {
    return this.log.waitFor(match, since, timeoutMs);
  }


  /** Ends every live gateway session with a close code, as Discord does when it drops a bot. */
  closeGateway(code: number, reason = ''): void {
    for (const socket of this.sockets) socket.close(code, reason);
  }

  dispatch(event: string, data: unknown): void {
    const payload = JSON.stringify({ op: 0, t: event, s: ++this.sequence, d: data });
    for (const socket of this.sockets) socket.send(payload);
  }

  // ------------------------------------------------------------------ gateway

  private gatewaySession(socket: WebSocket): void {
    this.sockets.add(socket);
    socket.on('close', () => this.sockets.delete(socket));
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
    socket.on('message', (raw) => {
      const { op, d } = JSON.parse(String(raw));
      if (op === 1) socket.send(JSON.stringify({ op: 11 }));
      if (op === 2) {
        this.identifies.push(d);
        if (d.token !== TOKEN) return socket.close(4004, 'Authentication failed.');
        if (this.closeIdentifyWith) return socket.close(this.closeIdentifyWith, 'Refused.');
        const send = (t: string, data: unknown) => socket.send(JSON.stringify({ op: 0, t, s: ++this.sequence, d: data }));
        send('READY', {
          v: 10,
          user: botUser,
          guilds: [{ id: GUILD_ID, unavailable: true }],
          session_id: 'session-1',
          resume_gateway_url: `ws://127.0.0.1:${this.port}`,
          shard: d.shard ?? [0, 1],
          application: { id: APP_ID, flags: 0 },
        });
        send('GUILD_CREATE', guild());
      }
    });
  }

  // --------------------------------------------------------------------- REST

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const body = text && req.headers['content-type']?.includes('json') ? JSON.parse(text) : text;
    const path = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path, query: url.searchParams, headers: req.headers, body };
    this.log.record(recorded);

    const json = (status: number, payload?: unknown) => {
      res.writeHead(status, payload === undefined ? {} : { 'content-type': 'application/json' });
      res.end(payload === undefined ? undefined : JSON.stringify(payload));
    };
    if (req.headers.authorization !== `Bot ${TOKEN}` && !path.startsWith('/interactions/') && !path.startsWith('/webhooks/')) {
      return json(401, { message: '401: Unauthorized', code: 0 });
    }
    const method = recorded.method;
    let m: RegExpExecArray | null;
    if (method === 'GET' && path === '/gateway/bot') {
      return json(200, { url: `ws://127.0.0.1:${this.port}`, shards: this.recommendedShards, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } });
    }
    if ((m = /^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/.exec(path))) {
      const list = m[2] ? 'guildCommands' : 'globalCommands';
      // As Discord does: a message command comes back with an empty description.
      if (method === 'PUT') this[list] = (body as any[]).map((c, i) => ({ description: '', ...c, id: String(500 + i), application_id: APP_ID, version: '1' }));
      return json(200, this[list]);
    }
    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(path))) {
      if (this.failCallbacksWith) return json(this.failCallbacksWith, { message: 'Unknown interaction', code: 10062 });
      return url.searchParams.get('with_response') === 'true' ? json(200, { interaction: { id: m[1], type: 2 } }) : json(204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/(@original|\d+))?$/.exec(path))) {
      return json(200, message({ ...(body as object), id: snowflake() }));
    }
    if ((m = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path))) {
      return json(201, { id: snowflake(), type: 11, guild_id: GUILD_ID, parent_id: m[1], name: (body as any).name, owner_id: APP_ID, thread_metadata: { archived: false, auto_archive_duration: 1440, locked: false, archive_timestamp: new Date().toISOString() } });
    }
    if ((m = /^\/channels\/(\d+)/.exec(path)) && this.goneChannels.has(m[1]!)) return json(404, { message: 'Unknown Channel', code: 10003 });
    if ((m = /^\/channels\/(\d+)/.exec(path)) && this.forbiddenChannels.has(m[1]!)) return json(403, { message: 'Missing Access', code: 50001 });
    if (method === 'GET' && (m = /^\/channels\/(\d+)$/.exec(path))) {
      return json(200, { id: m[1], type: 0, guild_id: GUILD_ID, name: `channel-${m[1]}`, position: 1, permission_overwrites: [] });
    }
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const posted = this.channelMessages.get(m[1]!) ?? [];
      this.channelMessages.set(m[1]!, posted);
      if (method === 'GET') return json(200, [...posted].reverse());
      // As Discord does with enforce_nonce: the same nonce again returns the first message.
      const nonce = (body as any).enforce_nonce ? (body as any).nonce : undefined;
      if (nonce && this.messageByNonce.has(nonce)) return json(200, this.messageByNonce.get(nonce));
      const created = message({ ...(body as object), id: snowflake(), channel_id: m[1] });
      posted.push(created);
      if (nonce) this.messageByNonce.set(nonce, created);
      return json(200, created);
    }
    json(404, { message: `404: Not Found (${method} ${path})`, code: 0 });
  }
}

function guild() {
  return {
    id: GUILD_ID,
    name: 'Newsroom',
    icon: null,
    owner_id: USER_ID,
    unavailable: false,
    joined_at: new Date().toISOString(),
    large: false,
    member_count: 2,
    features: [],
    emojis: [],
    stickers: [],
    roles: [{ id: GUILD_ID, name: '@everyone', permissions: '1024', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 }],
    channels: [{ id: CHANNEL_ID, type: 0, name: 'general', guild_id: GUILD_ID, position: 0, permission_overwrites: [] }],
    threads: [],
    members: [],
    presences: [],
    voice_states: [],
  };
}

export function message(fields: Record<string, unknown>) {
  return {
    id: snowflake(),
    channel_id: CHANNEL_ID,
    author: botUser,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
    ...fields,
  };
}

export const member = { user: human, roles: [], permissions: '2147483647', joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0, pending: false, nick: null, avatar: null };

/** A real-shaped INTERACTION_CREATE payload. `ageMs` makes it look that old on arrival. */
export function interaction(type: number, data: Record<string, unknown>, extra: Record<string, unknown> = {}, ageMs = 0) {
  const id = snowflake(ageMs);
  return {
    id,
    application_id: APP_ID,
    type,
    data,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'general', permissions: '2147483647' },
    member,
    token: `interaction-token-${id}`,
    version: 1,
    app_permissions: '2147483647',
    locale: 'en-US',
    guild_locale: 'en-US',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
    attachment_size_limit: 8388608,
    ...extra,
  };
}

export function slashCommand(name: string, options: { name: string; type: number; value: unknown; focused?: boolean }[] = [], ageMs = 0) {
  return interaction(2, { id: '600000000000000006', name, type: 1, options }, {}, ageMs);
}

/** A subcommand's interaction, e.g. /digest subscribe time:09:00; `extra` overrides fields such as the member. */
export function subcommand(name: string, sub: string, options: { name: string; value: string }[] = [], extra: Record<string, unknown> = {}) {
  return interaction(2, { id: '600000000000000007', name, type: 1, options: [{ name: sub, type: 1, options: options.map((o) => ({ ...o, type: 3 })) }] }, extra);
}

export function autocomplete(name: string, option: string, typed: string) {
  return interaction(4, { id: '600000000000000006', name, type: 1, options: [{ name: option, type: 3, value: typed, focused: true }] });
}

export function buttonClick(customId: string, ephemeral: boolean) {
  return interaction(3, { custom_id: customId, component_type: 2 }, { message: message({ flags: ephemeral ? 64 : 0, interaction_metadata: { id: snowflake(), type: 2, user: human, authorizing_integration_owners: { '0': GUILD_ID } } }) });
}

export { human };
