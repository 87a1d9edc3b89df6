/**
 * The Discord adapter over the gateway: a discord.js client whose
 * interactions are answered by the handlers HTTP interactions share
 * (interactions.ts), and which answers @mentions. It keeps no state between
 * interactions (buttons carry their own command), so any number of processes
 * or shards can serve the same application.
 */
import { Client, Events, GatewayDispatchEvents, GatewayIntentBits, PermissionFlagsBits, Status, type APIInteraction, type Message } from 'discord.js';
import { mentionToLine, splitCommandLine } from '../../briefbot.ts';
import type { DiscordConfig } from '../../config.ts';
import { buttonQuery, findCommand } from '../../core/commands.ts';
import { log } from '../../core/log.ts';
import { StartupError } from '../../startupError.ts';
import { discordStartupError, fatalCloseReason } from './errors.ts';
import { answerInteraction, gatewayResponder, type BotSource } from './interactions.ts';
import { renderDiscordMessage, type DiscordMessage } from './render.ts';

export interface DiscordClientOptions {
  /**
   * Called after the reason was logged, when Discord ends a live session for
   * good (a fatal close code): the client will not reconnect, so the process
   * should stop and let its supervisor act.
   */
  onFatalClose?: (reason: string) => void;
  /**
   * Resolves true for the first process to see a message (the shared store):
   * several processes on the same shard each receive every @mention, and one answers.
   */
  claimMessage?: (id: string) => Promise<boolean>;
}

/** Under discord.js's ShardingManager (npm run start:sharded), which hands each process its shards in SHARDS. */
export const underShardingManager = (env: NodeJS.ProcessEnv = process.env) => env.SHARDING_MANAGER !== undefined && env.SHARDS !== undefined;

/** This process's first shard under the ShardingManager (0 otherwise): its health port is HEALTH_PORT plus this. */
export function firstShard(env: NodeJS.ProcessEnv = process.env): number {
  if (!underShardingManager(env)) return 0;
  // One shard id per process mode ("1"), or a list ("[2,3]").
  const shards = JSON.parse(env.SHARDS!) as unknown;
  const first = Array.isArray(shards) ? shards[0] : shards;
  return typeof first === 'number' && Number.isInteger(first) && first >= 0 ? first : 0;
}

export function createDiscordClient(config: DiscordConfig, getBot: BotSource, options: DiscordClientOptions = {}): Client {
  const intents = [GatewayIntentBits.Guilds];
  if (config.messageContent) intents.push(GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    // 'auto' asks Discord how many shards the bot needs (one per 2,500 servers); under the
    // ShardingManager, discord.js takes this process's shards from the environment.
    ...(underShardingManager() ? {} : { shards: 'auto' as const }),
    allowedMentions: { parse: [] },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  // The raw payload, as an HTTP interaction would bring it: one set of handlers for both.
  client.ws.on(GatewayDispatchEvents.InteractionCreate, (interaction: APIInteraction) => void answerInteraction(interaction, getBot, gatewayResponder(client.rest, interaction)));
  if (config.messageContent) client.on(Events.MessageCreate, (message) => void handleMention(message, client, getBot, options.claimMessage));
  client.once(Events.ClientReady, (ready) => log('info', 'discord connected', { user: ready.user.tag, guilds: ready.guilds.cache.size }));
  client.on(Events.Error, (error) => log('error', 'discord client error', { error }));
  client.on(Events.ShardDisconnect, ({ code }) => {
    const reason = fatalCloseReason(code);
    // During loginDiscord() the rejected login reports it; after it, nothing else would.
    if (!reason || loggingIn.has(client)) return;
    log('error', reason);
    options.onFatalClose?.(reason);
  });
  return client;
}

/** Whether every shard of the client is connected to the gateway (a readiness check): not while logging in, resuming or reconnecting. */
export function discordConnected(client: Client): boolean {
  return client.isReady() && client.ws.shards.size > 0 && client.ws.shards.every((shard) => shard.status === Status.Ready);
}

/** Clients inside loginDiscord(), which reports a fatal close itself by rejecting. */
const loggingIn = new WeakSet<Client>();

/**
 * Logs in and connects. A refusal — a fatal gateway close, a rejected token,
 * an unreachable server — rejects with a StartupError that says, in one
 * line, what happened and what to do.
 */
export async function loginDiscord(client: Client, config: DiscordConfig): Promise<void> {
  let fatal: string | undefined;
  const onDisconnect = ({ code }: { code: number }) => (fatal ??= fatalCloseReason(code));
  client.on(Events.ShardDisconnect, onDisconnect);
  loggingIn.add(client);
  try {
    await client.login(config.token);
  } catch (error) {
    throw fatal ? new StartupError(fatal) : discordStartupError(error, config);
  } finally {
    loggingIn.delete(client);
    client.off(Events.ShardDisconnect, onDisconnect);
  }
}

/** discord.js takes camelCase options; the renderer speaks the API's JSON. */
export function toDiscordJs(message: DiscordMessage) {
  return {
    ...(message.content ? { content: message.content } : {}),
    embeds: message.embeds,
    components: message.components,
    allowedMentions: message.allowed_mentions,
    ...(message.flags ? { flags: message.flags } : {}),
  };
}

/** "@briefbot who is lodhi": answered in a thread on the message (needs the Message Content intent). */
export async function handleMention(message: Message, client: Client, getBot: BotSource, claim?: (id: string) => Promise<boolean>): Promise<void> {
  if (message.author.bot || !client.user || !message.mentions.users.has(client.user.id)) return;
  try {
    if (claim && !(await claim(message.id))) return;
    const text = message.content.replace(/<@!?\d+>/g, ' ').trim();
    const bot = getBot();
    const line = mentionToLine(text, bot.commands.map((c) => c.name));
    const { name, text: query } = splitCommandLine(line);
    const reply = await bot.handleLine(line, {
      platform: 'discord',
      channelId: message.channelId,
      userId: message.author.id,
      canManage: async () => message.member?.permissionsIn(message.channelId).has(PermissionFlagsBits.ManageChannels) ?? !message.inGuild(),
    });
    const rendered = toDiscordJs(renderDiscordMessage(reply, { command: name, query: buttonQuery(findCommand(bot.commands, name), query, reply), ephemeral: false }));
    const thread = message.channel.isThread() ? message.channel : await message.startThread({ name: `briefbot: ${query || name}`.slice(0, 100) });
    await thread.send(rendered);
  } catch (error) {
    log('error', 'discord mention failed', { message: message.id, error });
  }
}
