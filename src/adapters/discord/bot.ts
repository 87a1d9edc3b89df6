/**
 * The Discord adapter: a discord.js client that turns interactions into
 * briefbot commands and replies into embeds. It keeps no state between
 * interactions (buttons carry their own command), so any number of processes
 * or shards can serve the same application.
 */
import { randomUUID } from 'node:crypto';
import {
  Client,
  Events,
  GatewayIntentBits,
  MessageFlags,
  PermissionFlagsBits,
  Status,
  Routes,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionReplyOptions,
  type Message,
  type MessageContextMenuCommandInteraction,
} from 'discord.js';
import type { Briefbot } from '../../briefbot.ts';
import type { Reply } from '../../core/reply.ts';
import { mentionToLine, splitCommandLine } from '../../briefbot.ts';
import type { DiscordConfig } from '../../config.ts';
import {
  buttonQuery,
  findCommand,
  inputFromText,
  isGroup,
  messageCommands,
  optionsOf,
  SUBCOMMAND,
  type AnyCommand,
  type ChannelInfo,
  type SubcommandDefinition,
} from '../../core/commands.ts';
import { log } from '../../core/log.ts';
import { StartupError } from '../../startupError.ts';
import { decodeAction } from '../shared/actions.ts';
import { discordStartupError, fatalCloseReason } from './errors.ts';
import { discordMessageText } from './messageText.ts';
import { renderDiscordMessage, type DiscordMessage, type DiscordRenderOptions } from './render.ts';

/** Interactions must be answered within 3 s; past this age we acknowledge first and answer after. */
export const DEFER_AFTER_MS = 1500;

type BotSource = () => Briefbot;

export interface DiscordClientOptions {
  /**
   * Called after the reason was logged, when Discord ends a live session for
   * good (a fatal close code): the client will not reconnect, so the process
   * should stop and let its supervisor act.
   */
  onFatalClose?: (reason: string) => void;
}

export function createDiscordClient(config: DiscordConfig, getBot: BotSource, options: DiscordClientOptions = {}): Client {
  const intents = [GatewayIntentBits.Guilds];
  if (config.messageContent) intents.push(GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent);
  const client = new Client({
    intents,
    // 'auto' asks Discord how many shards the bot needs (one per 2,500 servers).
    shards: 'auto',
    allowedMentions: { parse: [] },
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  client.on(Events.InteractionCreate, (interaction) => void handleInteraction(interaction, getBot));
  if (config.messageContent) client.on(Events.MessageCreate, (message) => void handleMention(message, client, getBot));
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

export async function handleInteraction(interaction: Interaction, getBot: BotSource): Promise<void> {
  try {
    if (interaction.isAutocomplete()) return await answerAutocomplete(interaction, getBot());
    if (interaction.isChatInputCommand()) return await answerCommand(interaction, getBot());
    if (interaction.isMessageContextMenuCommand()) return await answerMessageCommand(interaction, getBot());
    if (interaction.isButton()) return await answerButton(interaction, getBot());
  } catch (error) {
    await reportFailure(interaction, error);
  }
}

async function answerAutocomplete(interaction: AutocompleteInteraction, bot: Briefbot): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const subcommand = interaction.options.getSubcommand(false) ?? undefined;
  const choices = bot.autocomplete(interaction.commandName, focused.name, String(focused.value), subcommand);
  await interaction.respond(choices.map((c) => ({ name: c.label, value: c.value })));
}

type CommandInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

/** The channel an interaction came from. Discord sends the member's permissions in that channel with every interaction. */
function channelOf(interaction: CommandInteraction): ChannelInfo {
  return {
    platform: 'discord',
    channelId: interaction.channelId,
    userId: interaction.user.id,
    // In a DM there is no one else to ask: the person owns the conversation.
    canManage: async () => (interaction.inGuild() ? (interaction.memberPermissions?.has(PermissionFlagsBits.ManageChannels) ?? false) : true),
  };
}

async function answerCommand(interaction: ChatInputCommandInteraction, bot: Briefbot): Promise<void> {
  const command = findCommand(bot.commands, interaction.commandName);
  const input: Record<string, unknown> = {};
  let holder: AnyCommand | SubcommandDefinition | undefined = command;
  if (command && isGroup(command)) {
    const subcommand = interaction.options.getSubcommand(false) ?? '';
    input[SUBCOMMAND] = subcommand;
    holder = command.subcommands[subcommand];
  }
  // Raw values, not getString(): an option of another type (a stale registration, a forged
  // payload) must reach the command's schema and get its usage message, not throw here.
  for (const option of holder ? optionsOf(holder) : []) {
    const given = interaction.options.get(option.name);
    // An attachment arrives as its id; the file itself is among the interaction's resolved attachments.
    const value = option.attachment ? attachmentOf(given?.attachment) : given?.value;
    if (value !== undefined && value !== null) input[option.name] = value;
  }
  const isPublic = interaction.options.get('public')?.value === true;
  const query = String(Object.values(input)[0] ?? '');
  // A command that fetches is acknowledged before it starts, not raced against the clock.
  const slow = Boolean(holder && 'slow' in holder && holder.slow);
  if (slow) await interaction.deferReply(isPublic ? {} : { flags: MessageFlags.Ephemeral });
  // Not awaited here: send() answers in time even when the reply waits on storage (/digest).
  const reply = bot.handle(interaction.commandName, input, channelOf(interaction));
  await send(
    interaction,
    reply,
    {
      command: interaction.commandName,
      query,
      ephemeral: !isPublic,
      ...(isPublic ? { askedBy: interaction.user.id } : {}),
    },
    command,
    slow,
  );
}

/**
 * "Brief me on this" on a message: the command runs on the message's text,
 * which Discord sends with the interaction (no Message Content intent). The
 * answer is for the one who asked; its Post button answers under the message.
 */
async function answerMessageCommand(interaction: MessageContextMenuCommandInteraction, bot: Briefbot): Promise<void> {
  const command = messageCommands(bot.commands).find((c) => c.onMessage.label === interaction.commandName);
  const [option] = command ? optionsOf(command) : [];
  if (!command || !option) {
    await interaction.reply({ content: 'That menu item is no longer briefbot’s; type /help to see what it can do.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const reply = bot.handle(command.name, { [option.name]: discordMessageText(interaction.targetMessage) }, channelOf(interaction));
  await send(interaction, reply, { command: command.name, query: '', ephemeral: true, replyTo: interaction.targetId }, command);
}

/** What a command needs of an attached file: where to download it, its name and size. */
function attachmentOf(attachment: { url: string; name: string; size: number } | null | undefined) {
  return attachment ? { url: attachment.url, name: attachment.name, size: attachment.size } : undefined;
}

async function answerButton(interaction: ButtonInteraction, bot: Briefbot): Promise<void> {
  const action = decodeAction(interaction.customId);
  const command = action && findCommand(bot.commands, action.command);
  if (!action || !command) {
    await interaction.reply({ content: 'That button no longer works; please run the command again.', flags: MessageFlags.Ephemeral, allowedMentions: { parse: [] } });
    return;
  }
  const reply = bot.run(command.name, inputFromText(command, action.query), 'discord');
  const options: DiscordRenderOptions = {
    command: command.name,
    query: buttonQuery(command, action.query, reply),
    page: action.page,
    ...(action.replyTo ? { replyTo: action.replyTo } : {}),
  };
  if (action.action === 'post') {
    const message = renderDiscordMessage(reply, { ...options, ephemeral: false, askedBy: interaction.user.id });
    if (action.replyTo) await postUnder(interaction, message, action.replyTo);
    else await interaction.reply(toDiscordJs(message));
  } else if (interaction.message.flags.has(MessageFlags.Ephemeral)) {
    // Paging one's own ephemeral answer replaces it in place.
    await interaction.update(toDiscordJs(renderDiscordMessage(reply, options)));
  } else {
    // Paging a public answer shows the next page to the one who asked, without changing it for everyone.
    await interaction.reply(toDiscordJs(renderDiscordMessage(reply, options)));
  }
}

/**
 * Posts an answer about a message as a reply to that message. Where the bot
 * may not post (a DM, a channel closed to it), the answer is posted as the
 * button's own message instead.
 */
async function postUnder(interaction: ButtonInteraction, message: DiscordMessage, messageId: string): Promise<void> {
  await interaction.deferUpdate();
  const { flags: _flags, ...body } = message;
  try {
    await interaction.client.rest.post(Routes.channelMessages(interaction.channelId), {
      // A reply pings its author unless told not to; briefbot never pings anyone.
      body: { ...body, message_reference: { message_id: messageId, fail_if_not_exists: false }, allowed_mentions: { parse: [], replied_user: false } },
    });
  } catch (error) {
    log('warn', 'discord could not post under the message; posting the answer on its own', { message: messageId, error: String(error) });
    await interaction.followUp(toDiscordJs(message));
  }
}

/**
 * Replies at once when the answer is ready in time; when the interaction
 * arrived late or the answer is still coming (storage), acknowledges first so
 * the 3-second window is never missed, then edits the answer in.
 */
async function send(interaction: CommandInteraction, pending: Promise<Reply>, options: DiscordRenderOptions, command: AnyCommand | undefined, deferred = false): Promise<void> {
  // A command that reads a whole message has its buttons carry what the reply restates.
  const render = (reply: Reply) => renderDiscordMessage(reply, { ...options, query: buttonQuery(command, options.query ?? '', reply) });
  if (!deferred) {
    const budget = DEFER_AFTER_MS - (Date.now() - interaction.createdTimestamp);
    const ready = budget > 0 ? await Promise.race([pending, sleep(budget).then(() => undefined)]) : undefined;
    if (ready) {
      await interaction.reply(toDiscordJs(render(ready)));
      return;
    }
    await interaction.deferReply(options.ephemeral === false ? {} : { flags: MessageFlags.Ephemeral });
  }
  const { flags: _flags, ...edit } = toDiscordJs(render(await pending));
  await interaction.editReply(edit);
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

async function reportFailure(interaction: Interaction, error: unknown): Promise<void> {
  const reference = randomUUID().slice(0, 8);
  log('error', 'discord interaction failed', { reference, interaction: interaction.id, error });
  if (!interaction.isRepliable()) return;
  const notice: InteractionReplyOptions = {
    content: `Sorry, something went wrong on my side. If it keeps happening, report reference ${reference}.`,
    flags: MessageFlags.Ephemeral,
    allowedMentions: { parse: [] },
  };
  try {
    if (interaction.replied || interaction.deferred) await interaction.followUp(notice);
    else await interaction.reply(notice);
  } catch (secondError) {
    log('error', 'discord error notice failed', { reference, error: secondError });
  }
}

/** "@briefbot who is lodhi": answered in a thread on the message (needs the Message Content intent). */
export async function handleMention(message: Message, client: Client, getBot: BotSource): Promise<void> {
  if (message.author.bot || !client.user || !message.mentions.users.has(client.user.id)) return;
  try {
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
