/**
 * Discord interactions as Discord sends them (the API's JSON), answered by
 * briefbot's commands. Both deliveries share these handlers: the gateway
 * (bot.ts), which sends its first response through REST, and HTTP
 * (interactionsEndpoint.ts), which sends it as the POST's response. Only how
 * that first response leaves differs: each passes its own `respond`. Edits,
 * follow-ups and posts go through REST either way.
 */
import { randomUUID } from 'node:crypto';
import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ComponentType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  PermissionFlagsBits,
  PermissionsBitField,
  Routes,
  SnowflakeUtil,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessageApplicationCommandInteraction,
  type APIMessageComponentButtonInteraction,
  type REST,
} from 'discord.js';
import type { Briefbot } from '../../briefbot.ts';
import { buttonQuery, findCommand, isGroup, messageCommands, optionsOf, SUBCOMMAND, type AnyCommand, type ChannelInfo, type SubcommandDefinition } from '../../core/commands.ts';
import { log } from '../../core/log.ts';
import type { Reply } from '../../core/reply.ts';
import { decodeAction, replayAction } from '../shared/actions.ts';
import { discordMessageText } from './messageText.ts';
import { renderDiscordMessage, type DiscordMessage, type DiscordRenderOptions } from './render.ts';

/** Interactions must be answered within 3 s; past this age we acknowledge first and answer after. */
export const DEFER_AFTER_MS = 1500;

export type BotSource = () => Briefbot;

/** How an interaction's answers leave: the first response one way or the other, everything after it through REST. */
export interface InteractionResponder {
  /** The one first response, due within 3 s of the interaction. */
  respond(response: APIInteractionResponse): Promise<void>;
  /** Replaces the first response's message (after a deferral). */
  editOriginal(body: object): Promise<void>;
  /** A further message after the first response. */
  followUp(body: object): Promise<void>;
  /** Posts in a channel as the bot (needs its token); rejects where it may not. */
  postInChannel(channelId: string, body: object): Promise<void>;
}

/**
 * A responder whose follow-ups go through `rest` (discord.js's REST, pointed
 * at DISCORD_API_URL when set). Webhook routes are authorised by the
 * interaction's token, not the bot's, so they work without DISCORD_TOKEN.
 */
export function restResponder(rest: REST, interaction: Pick<APIInteraction, 'application_id' | 'token'>, respond: InteractionResponder['respond']): InteractionResponder {
  const { application_id: appId, token } = interaction;
  return {
    respond,
    editOriginal: async (body) => void (await rest.patch(Routes.webhookMessage(appId, token, '@original'), { body, auth: false })),
    followUp: async (body) => void (await rest.post(Routes.webhook(appId, token), { body, auth: false, query: new URLSearchParams({ wait: 'true' }) })),
    postInChannel: async (channelId, body) => void (await rest.post(Routes.channelMessages(channelId), { body })),
  };
}

/** The gateway's way: the first response is a REST callback too. */
export function gatewayResponder(rest: REST, interaction: APIInteraction): InteractionResponder {
  return restResponder(rest, interaction, async (body) => void (await rest.post(Routes.interactionCallback(interaction.id, interaction.token), { body, auth: false })));
}

/**
 * Answers one interaction. Never rejects: a failure becomes a polite
 * ephemeral note with a reference that is also logged.
 */
export async function answerInteraction(interaction: APIInteraction, getBot: BotSource, responder: InteractionResponder): Promise<void> {
  let responded = false;
  const answer: InteractionResponder = {
    ...responder,
    respond: (response) => {
      responded = true;
      return responder.respond(response);
    },
  };
  try {
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) return await answerAutocomplete(interaction, getBot(), answer);
    if (interaction.type === InteractionType.ApplicationCommand) {
      if (interaction.data.type === ApplicationCommandType.ChatInput) return await answerCommand(interaction as APIChatInputApplicationCommandInteraction, getBot(), answer);
      if (interaction.data.type === ApplicationCommandType.Message) return await answerMessageCommand(interaction as APIMessageApplicationCommandInteraction, getBot(), answer);
    }
    if (interaction.type === InteractionType.MessageComponent && interaction.data.component_type === ComponentType.Button) {
      return await answerButton(interaction as APIMessageComponentButtonInteraction, getBot(), answer);
    }
  } catch (error) {
    await reportFailure(interaction, error, answer, responded);
  }
}

/** The options given, a subcommand's own when there is one (as discord.js hoists them). */
function givenOptions(options: readonly APIApplicationCommandInteractionDataOption[] | undefined): { subcommand?: string; options: APIApplicationCommandInteractionDataBasicOption[] } {
  const sub = options?.find((o) => o.type === ApplicationCommandOptionType.Subcommand);
  if (sub && sub.type === ApplicationCommandOptionType.Subcommand) return { subcommand: sub.name, options: sub.options ?? [] };
  return { options: (options ?? []).filter((o): o is APIApplicationCommandInteractionDataBasicOption => o.type !== ApplicationCommandOptionType.Subcommand && o.type !== ApplicationCommandOptionType.SubcommandGroup) };
}

async function answerAutocomplete(interaction: APIApplicationCommandAutocompleteInteraction, bot: Briefbot, answer: InteractionResponder): Promise<void> {
  const { subcommand, options } = givenOptions(interaction.data.options);
  const focused = options.find((o) => 'focused' in o && o.focused);
  const choices = focused && 'value' in focused ? bot.autocomplete(interaction.data.name, focused.name, String(focused.value), subcommand) : [];
  await answer.respond({ type: InteractionResponseType.ApplicationCommandAutocompleteResult, data: { choices: choices.map((c) => ({ name: c.label, value: c.value })) } });
}

type CommandInteraction = APIChatInputApplicationCommandInteraction | APIMessageApplicationCommandInteraction;

const userIdOf = (interaction: APIInteraction) => interaction.member?.user.id ?? interaction.user?.id ?? '';
const channelIdOf = (interaction: APIInteraction) => interaction.channel?.id ?? interaction.channel_id ?? '';

/** The channel an interaction came from. Discord sends the member's permissions in that channel with every interaction. */
function channelOf(interaction: CommandInteraction): ChannelInfo {
  const { member } = interaction;
  return {
    platform: 'discord',
    channelId: channelIdOf(interaction),
    userId: userIdOf(interaction),
    // In a DM there is no one else to ask: the person owns the conversation. Administrator implies Manage Channels.
    canManage: async () => (interaction.guild_id ? (member ? new PermissionsBitField(BigInt(member.permissions)).has(PermissionFlagsBits.ManageChannels) : false) : true),
  };
}

async function answerCommand(interaction: APIChatInputApplicationCommandInteraction, bot: Briefbot, answer: InteractionResponder): Promise<void> {
  const { data } = interaction;
  const command = findCommand(bot.commands, data.name);
  const given = givenOptions(data.options);
  const input: Record<string, unknown> = {};
  let holder: AnyCommand | SubcommandDefinition | undefined = command;
  if (command && isGroup(command)) {
    input[SUBCOMMAND] = given.subcommand ?? '';
    holder = command.subcommands[given.subcommand ?? ''];
  }
  const valueOf = (name: string) => {
    const option = given.options.find((o) => o.name === name);
    return option && 'value' in option ? option.value : undefined;
  };
  // Raw values: an option of another type (a stale registration, a forged payload) must reach
  // the command's schema and get its usage message.
  for (const option of holder ? optionsOf(holder) : []) {
    const value = valueOf(option.name);
    // An attachment arrives as its id; the file itself is among the interaction's resolved attachments.
    const resolved = option.attachment ? data.resolved?.attachments?.[String(value)] : undefined;
    const given = option.attachment ? (resolved ? { url: resolved.url, name: resolved.filename, size: resolved.size } : undefined) : value;
    if (given !== undefined && given !== null) input[option.name] = given;
  }
  const isPublic = valueOf('public') === true;
  const query = String(Object.values(input)[0] ?? '');
  // A command that fetches is acknowledged before it starts, not raced against the clock.
  const slow = Boolean(holder && 'slow' in holder && holder.slow);
  if (slow) await answer.respond(deferral(!isPublic));
  // Not awaited here: send() answers in time even when the reply waits on storage (/digest).
  const reply = bot.handle(data.name, input, channelOf(interaction));
  const options: DiscordRenderOptions = { command: data.name, query, ephemeral: !isPublic, ...(isPublic ? { askedBy: userIdOf(interaction) } : {}) };
  await send(interaction, answer, reply, options, command, slow);
}

/**
 * "Brief me on this" on a message: the command runs on the message's text,
 * which Discord sends with the interaction (no Message Content intent). The
 * answer is for the one who asked; its Post button answers under the message.
 */
async function answerMessageCommand(interaction: APIMessageApplicationCommandInteraction, bot: Briefbot, answer: InteractionResponder): Promise<void> {
  const command = messageCommands(bot.commands).find((c) => c.onMessage.label === interaction.data.name);
  const [option] = command ? optionsOf(command) : [];
  if (!command || !option) return answer.respond(ephemeralNote('That menu item is no longer briefbot’s; type /help to see what it can do.'));
  const target = interaction.data.resolved.messages[interaction.data.target_id];
  const reply = bot.handle(command.name, { [option.name]: target ? discordMessageText(target) : '' }, channelOf(interaction));
  await send(interaction, answer, reply, { command: command.name, query: '', ephemeral: true, replyTo: interaction.data.target_id }, command);
}

async function answerButton(interaction: APIMessageComponentButtonInteraction, bot: Briefbot, answer: InteractionResponder): Promise<void> {
  const action = decodeAction(interaction.data.custom_id);
  const replayed = replayAction(bot, action, 'discord');
  if (!action || !replayed) return answer.respond(ephemeralNote('That button no longer works; please run the command again.'));
  const { reply } = replayed;
  const options: DiscordRenderOptions = replayed.options;
  if (action.action === 'post') {
    const message = renderDiscordMessage(reply, { ...options, ephemeral: false, askedBy: userIdOf(interaction) });
    if (action.replyTo) await postUnder(interaction, answer, message, action.replyTo);
    else await answer.respond({ type: InteractionResponseType.ChannelMessageWithSource, data: message });
  } else if (((interaction.message.flags ?? 0) & MessageFlags.Ephemeral) !== 0) {
    // Paging one's own ephemeral answer replaces it in place.
    await answer.respond({ type: InteractionResponseType.UpdateMessage, data: renderDiscordMessage(reply, options) });
  } else {
    // Paging a public answer shows the next page to the one who asked, without changing it for everyone.
    await answer.respond({ type: InteractionResponseType.ChannelMessageWithSource, data: renderDiscordMessage(reply, options) });
  }
}

/**
 * Posts an answer about a message as a reply to that message. Where the bot
 * may not post (a DM, a channel closed to it, no bot token), the answer is
 * posted as the button's own message instead.
 */
async function postUnder(interaction: APIMessageComponentButtonInteraction, answer: InteractionResponder, message: DiscordMessage, messageId: string): Promise<void> {
  await answer.respond({ type: InteractionResponseType.DeferredMessageUpdate });
  const { flags: _flags, ...body } = message;
  try {
    // A reply pings its author unless told not to; briefbot never pings anyone.
    await answer.postInChannel(channelIdOf(interaction), { ...body, message_reference: { message_id: messageId, fail_if_not_exists: false }, allowed_mentions: { parse: [], replied_user: false } });
  } catch (error) {
    log('warn', 'discord could not post under the message; posting the answer on its own', { message: messageId, error: String(error) });
    await answer.followUp(message);
  }
}

/**
 * Replies at once when the answer is ready in time; when the interaction
 * arrived late or the answer is still coming (storage), acknowledges first so
 * the 3-second window is never missed, then edits the answer in.
 */
async function send(interaction: CommandInteraction, answer: InteractionResponder, pending: Promise<Reply>, options: DiscordRenderOptions, command: AnyCommand | undefined, deferred = false): Promise<void> {
  // A command that reads a whole message has its buttons carry what the reply restates.
  const render = (reply: Reply) => renderDiscordMessage(reply, { ...options, query: buttonQuery(command, options.query ?? '', reply) });
  if (!deferred) {
    const budget = DEFER_AFTER_MS - (Date.now() - SnowflakeUtil.timestampFrom(interaction.id));
    const ready = budget > 0 ? await Promise.race([pending, sleep(budget).then(() => undefined)]) : undefined;
    if (ready) return answer.respond({ type: InteractionResponseType.ChannelMessageWithSource, data: render(ready) });
    await answer.respond(deferral(options.ephemeral !== false));
  }
  const { flags: _flags, ...edit } = render(await pending);
  await answer.editOriginal(edit);
}

const deferral = (ephemeral: boolean): APIInteractionResponse => ({ type: InteractionResponseType.DeferredChannelMessageWithSource, data: ephemeral ? { flags: MessageFlags.Ephemeral } : {} });

const notice = (content: string) => ({ content, flags: MessageFlags.Ephemeral as const, allowed_mentions: { parse: [] } });
const ephemeralNote = (content: string): APIInteractionResponse => ({ type: InteractionResponseType.ChannelMessageWithSource, data: notice(content) });

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

async function reportFailure(interaction: APIInteraction, error: unknown, answer: InteractionResponder, responded: boolean): Promise<void> {
  const reference = randomUUID().slice(0, 8);
  log('error', 'discord interaction failed', { reference, interaction: interaction.id, error });
  // Autocomplete and pings cannot carry a message.
  if (interaction.type !== InteractionType.ApplicationCommand && interaction.type !== InteractionType.MessageComponent) return;
  const text = `Sorry, something went wrong on my side. If it keeps happening, report reference ${reference}.`;
  try {
    if (responded) await answer.followUp(notice(text));
    else await answer.respond(ephemeralNote(text));
  } catch (secondError) {
    log('error', 'discord error notice failed', { reference, error: secondError });
  }
}
