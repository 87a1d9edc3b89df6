/**
 * Discord's Interactions Endpoint: slash commands, autocomplete and button
 * clicks as signed HTTP POSTs, answered by the same handlers as the gateway
 * (interactions.ts). Nothing is kept between requests, so any number of
 * processes behind a load balancer can serve one application.
 *
 * Every request's Ed25519 signature (X-Signature-Ed25519 over
 * X-Signature-Timestamp + the raw body) is checked against the app's public
 * key; a bad, missing or stale one gets 401, as Discord requires. The first
 * response is the POST's own response, within 3 s by construction (a deferral
 * when the answer takes longer); what follows goes through REST.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { InteractionResponseType, InteractionType, REST, type APIInteraction, type APIInteractionResponse } from 'discord.js';
import type { DiscordInteractionsConfig } from '../../config.ts';
import { log } from '../../core/log.ts';
import { answerInteraction, restResponder, type BotSource } from './interactions.ts';

export const INTERACTIONS_PATH = '/discord/interactions';

/** A signature older (or further ahead) than this is refused: a captured request cannot be replayed later. */
export const MAX_SIGNATURE_AGE_S = 300;

/** Interactions are small; anything larger is not Discord's. */
const MAX_BODY_BYTES = 1_000_000;

/** The app's public key (64 hex characters) as a key node:crypto verifies with. */
export function discordPublicKey(hex: string): KeyObject {
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(hex, 'hex').toString('base64url') }, format: 'jwk' });
}

/** Whether Discord signed this timestamp and body, recently. */
export function verifyDiscordRequest(key: KeyObject, headers: { signature?: string; timestamp?: string }, body: Buffer, nowMs = Date.now()): boolean {
  const { signature, timestamp } = headers;
  if (!signature || !timestamp || !/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return false;
  if (Math.abs(nowMs / 1000 - Number(timestamp)) > MAX_SIGNATURE_AGE_S) return false;
  return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signature, 'hex'));
}

export interface InteractionsEndpointOptions {
  now?: () => number;
}

/** The request listener for INTERACTIONS_PATH. */
export function createInteractionsListener(config: DiscordInteractionsConfig, getBot: BotSource, options: InteractionsEndpointOptions = {}): RequestListener {
  const key = discordPublicKey(config.publicKey);
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {});
  if (config.token) rest.setToken(config.token);
  const now = options.now ?? Date.now;
  return (req, res) => void serve(req, res).catch((error: unknown) => {
    log('error', 'discord interaction request failed', { error });
    if (!res.headersSent) reply(res, 500, { error: 'internal error' });
  });

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method !== 'POST') return reply(res, 405, { error: 'method not allowed' }, { allow: 'POST' });
    const body = await readBody(req);
    if (!body) return reply(res, 413, { error: 'request too large' });
    const signed = verifyDiscordRequest(key, { signature: header(req, 'x-signature-ed25519'), timestamp: header(req, 'x-signature-timestamp') }, body, now());
    if (!signed) return reply(res, 401, { error: 'invalid request signature' });
    let interaction: APIInteraction;
    try {
      interaction = JSON.parse(body.toString('utf8')) as APIInteraction;
    } catch {
      return reply(res, 400, { error: 'the body is not JSON' });
    }
    if (interaction.type === InteractionType.Ping) return reply(res, 200, { type: InteractionResponseType.Pong });
    let responded = false;
    const respond = async (response: APIInteractionResponse) => {
      if (responded) throw new Error('the interaction was already answered');
      responded = true;
      reply(res, 200, response);
    };
    await answerInteraction(interaction, getBot, restResponder(rest, interaction, respond));
    // A type briefbot does not answer (a modal it never opened): say so rather than leave Discord waiting.
    if (!responded) reply(res, 400, { error: 'unsupported interaction type' });
  }
}

const header = (req: IncomingMessage, name: string) => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** The raw body (the signature covers its exact bytes); undefined past MAX_BODY_BYTES. */
async function readBody(req: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function reply(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}
