/**
 * What a command is, and how one runs. A command is defined once in
 * `commands/` — name, description, options as a zod object, examples — and
 * that definition drives Discord registration, the Slack manifest, the
 * console, the CLI and /help alike.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { ArticleLibrary } from '../ingest/library.ts';
import type { DigestService } from './digest/service.ts';
import type { FeedService } from '../ingest/feeds/service.ts';
import { StoreUnavailableError, type Platform } from './digest/store.ts';
import type { KnowledgeBase } from './knowledge.ts';
import { log } from './log.ts';
import { errorReply, ReplySchema, type Reply } from './reply.ts';
import { cleanMessageText, cleanUserInput, editDistance } from './text/normalize.ts';

/** Where an option's autocomplete choices come from. */
export type AutocompleteSource = 'topics' | 'names' | 'periods' | 'commands' | 'timeZones' | 'articles';

export type OptionMeta = {
  description: string;
  autocomplete?: AutocompleteSource;
  maxLength: number;
  /** The only values accepted, offered as a menu where the platform can. */
  choices?: readonly string[];
  /** The option is a list ("ports, storm"): autocomplete completes its last item. */
  list?: boolean;
  /** A file the user attaches (Discord only); its value is `{ url, name, size }`. Never typed, so never in usage lines. */
  attachment?: boolean;
  /**
   * A whole message, pasted or taken from a chat (/lookup): far longer than a
   * button can carry, so buttons carry the reply's `query` instead, which the
   * command writes to find the same answer again.
   */
  wholeMessage?: boolean;
};

export const MAX_ARGUMENT_LENGTH = 200;

interface TextOptionSettings {
  autocomplete?: AutocompleteSource;
  /** Shown when the option is missing: "/brief isis-k". */
  example: string;
}

/**
 * A free-text option. Input is cleaned (control and bidi characters removed,
 * spaces collapsed) and must contain a word: emoji or punctuation alone can
 * never match a passage, so they get a clear message instead.
 */
function cleanedText(settings: TextOptionSettings) {
  return z
    .string({ error: (issue) => (issue.input === undefined ? `Please tell me what to look up, for example \`${settings.example}\`.` : 'Please send plain text.') })
    .transform(cleanUserInput)
    .pipe(
      z
        .string()
        .max(MAX_ARGUMENT_LENGTH, `That is longer than ${MAX_ARGUMENT_LENGTH} characters; please shorten it to a name, topic or a few words.`)
        .refine((value) => value === '' || /[\p{L}\p{N}]/u.test(value), 'I need at least one word or name to look up; symbols and emoji alone match nothing.'),
    );
}

function metaOf(description: string, settings: TextOptionSettings): OptionMeta {
  return { description, maxLength: MAX_ARGUMENT_LENGTH, ...(settings.autocomplete ? { autocomplete: settings.autocomplete } : {}) };
}

export function requiredText(description: string, settings: TextOptionSettings) {
  return cleanedText(settings)
    .refine((value) => value !== '', `Please tell me what to look up, for example \`${settings.example}\`.`)
    .meta(metaOf(description, settings));
}

export function optionalText(description: string, settings: TextOptionSettings) {
  return cleanedText(settings)
    .transform((value) => (value === '' ? undefined : value))
    .optional()
    .meta(metaOf(description, settings));
}

/** The longest text Discord lets a slash command's option hold. */
export const MAX_MESSAGE_OPTION_LENGTH = 6000;

/**
 * A whole message to read (/lookup): any length, of which the command reads
 * the first `readUpTo` characters; cleaned, keeping its line breaks. Empty
 * text is not an error here: a message can hold only a picture, and the
 * command says so.
 */
export function messageText(description: string, settings: { example: string; readUpTo: number }) {
  return (
    z
      .string({ error: (issue) => (issue.input === undefined ? `Please give me some text to look up, for example \`${settings.example}\`.` : 'Please send plain text.') })
      // Only what will be read is cleaned (twice as much, as cleaning collapses runs of spaces): a Slack message can be 40,000 characters.
      .transform((text) => cleanMessageText(text.slice(0, settings.readUpTo * 2)))
      .meta({ description, maxLength: MAX_MESSAGE_OPTION_LENGTH, wholeMessage: true } satisfies OptionMeta)
  );
}

/** An option that takes one of a few fixed values. */
export function choiceOption<const Values extends readonly [string, ...string[]]>(description: string, values: Values) {
  return z
    .enum(values, { error: `Please choose one of: ${values.join(', ')}.` })
    .optional()
    .meta({ description, maxLength: Math.max(...values.map((v) => v.length)), choices: values } satisfies OptionMeta);
}

/** What the user typed, shortened and quoted, for an error message (renderers escape it). */
export const quotedInput = (text: string) => `“${cleanUserInput(text).slice(0, 40)}${text.length > 40 ? '…' : ''}”`;

export const MAX_TOPICS = 5;
const MAX_TOPIC_LENGTH = 60;
const MAX_TOPICS_TEXT = 200;

/**
 * A comma-separated list of topics (a digest's, a feed's): each distinct, with a
 * word or name, at most five. `holder` says what follows them ("a digest follows");
 * `empty` is the message for a list with no topic in it, when that is an error.
 */
export function topicListOption(options: { holder: string; description: string; empty?: string }) {
  return z
    .string({ error: 'Please give the topics as text, separated by commas.' })
    .transform((value, ctx) => {
      const fail = (message: string) => (ctx.addIssue({ code: 'custom', message }), z.NEVER);
      if (value.length > MAX_TOPICS_TEXT) return fail(`The topics are longer than ${MAX_TOPICS_TEXT} characters; give up to ${MAX_TOPICS} short topics separated by commas.`);
      const topics = [...new Set(value.split(/[,;\n]/).map(cleanUserInput).filter((t) => t !== ''))];
      if (topics.length === 0 && options.empty) return fail(options.empty);
      if (topics.length > MAX_TOPICS) return fail(`That is ${topics.length} topics; ${options.holder} at most ${MAX_TOPICS}.`);
      const bad = topics.find((t) => t.length > MAX_TOPIC_LENGTH || !/[\p{L}\p{N}]/u.test(t));
      if (bad) return fail(`${quotedInput(bad)} cannot be a topic: each needs a word or name and at most ${MAX_TOPIC_LENGTH} characters.`);
      return topics;
    })
    .optional()
    .meta({ description: options.description, maxLength: MAX_TOPICS_TEXT, autocomplete: 'topics', list: true } satisfies OptionMeta);
}

export interface CommandContext {
  kb: KnowledgeBase;
  commands: readonly AnyCommand[];
  /** briefbot's version (from package.json, given by whoever assembles briefbot), for /help. */
  version?: string;
}

/** Where a command was typed, for commands that act on a channel. */
export interface ChannelInfo {
  platform: Platform;
  channelId: string;
  userId: string;
  /** Whether this person may change the channel's settings; asked only when a command needs it. */
  canManage(): Promise<boolean>;
}

export interface ChannelCommandContext extends CommandContext {
  channel: ChannelInfo;
  /** Undefined when this process has no digest store. */
  digest: DigestService | undefined;
  /** The content folder, for /sources add and remove; undefined where articles cannot be added. */
  library?: ArticleLibrary | undefined;
  /** Followed feeds (/feeds); undefined where there is no store to keep them in. */
  feeds?: FeedService | undefined;
}

/**
 * A command that also acts on a message someone is reading: Discord's message
 * menu (Apps) and Slack's message shortcut run it on the message's text (its
 * first option); Slack also gets a global shortcut that opens a text box.
 */
export interface MessageAction {
  /** In the message's menu: "Brief me on this" (at most 24 characters, to fit both platforms). */
  label: string;
  /** Slack's description of the message shortcut (at most 150 characters). */
  description: string;
  /** The global shortcut's name in Slack's shortcut menu (at most 24 characters). */
  globalLabel: string;
  /** Its description (at most 150 characters). */
  globalDescription: string;
}

export interface CommandDefinition<Options extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  options: Options;
  examples: string[];
  /** Also offered on a message, as a menu item and a shortcut. */
  onMessage?: MessageAction;
  run(input: z.output<Options>, context: CommandContext): Reply;
}

/** One verb of a command group ("/digest subscribe"): async, and run in a channel. */
export interface SubcommandDefinition<Options extends z.ZodObject = z.ZodObject> {
  description: string;
  options: Options;
  /** Changes the channel's settings: only people who may manage the channel can run it. */
  manages?: boolean;
  /** How a typed line ("09:30 Europe/London ports") fills the options; by default it all goes to the first. */
  parseText?(text: string): Record<string, unknown>;
  run(input: z.output<Options>, context: ChannelCommandContext): Promise<Reply>;
  /** The same answer at once, from the knowledge alone: lets the subcommand run without a channel (the CLI, buttons). */
  answer?(input: z.output<Options>, context: CommandContext): Reply;
  /** Usage after the command's name, when the options do not say it well ("add <url>"). */
  usage?: string;
  /** The refusal for someone who may not manage the channel (default: the digest's). */
  notAllowed?: string;
  /** Takes seconds (it fetches): platforms acknowledge at once rather than wait for the answer. */
  slow?: boolean;
}

/** A command made of subcommands, such as /digest. */
export interface CommandGroup {
  name: string;
  description: string;
  examples: string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  subcommands: Record<string, SubcommandDefinition<any>>;
  /** The subcommand a line without one runs ("/sources" lists). Discord cannot run a group alone, so there it is named. */
  defaultSubcommand?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDefinition<any> | CommandGroup;

export function defineCommand<Options extends z.ZodObject>(definition: CommandDefinition<Options>): CommandDefinition<Options> {
  return definition;
}

export function defineSubcommand<Options extends z.ZodObject>(definition: SubcommandDefinition<Options>): SubcommandDefinition<Options> {
  return definition;
}

export function defineGroup(definition: CommandGroup): CommandGroup {
  return definition;
}

export function isGroup(command: AnyCommand): command is CommandGroup {
  return 'subcommands' in command;
}

export interface OptionInfo extends OptionMeta {
  name: string;
  required: boolean;
}

/** The options of a command or subcommand as adapters need them (Discord option types, Slack usage hints); none for a group. */
export function optionsOf(command: AnyCommand | SubcommandDefinition): OptionInfo[] {
  if (!('options' in command)) return [];
  return Object.entries(command.options.shape as Record<string, z.ZodType>).map(([name, schema]) => ({
    name,
    required: !schema.isOptional(),
    ...(schema.meta() as unknown as OptionMeta),
  }));
}

function optionsUsage(options: OptionInfo[]): string[] {
  return options.filter((o) => !o.attachment).map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
}

/** "/brief <topic>", "/events [period]", "/digest <subscribe|unsubscribe|status|now>". */
export function usageOf(command: AnyCommand): string {
  if (isGroup(command)) {
    const names = Object.keys(command.subcommands).join('|');
    return `/${command.name} ${command.defaultSubcommand ? `[${names}]` : `<${names}>`}`;
  }
  return [`/${command.name}`, ...optionsUsage(optionsOf(command))].join(' ');
}

/** Every way to call a command, with what each does: one line for a plain command, one per subcommand. */
export function usagesOf(command: AnyCommand): { usage: string; description: string }[] {
  if (!isGroup(command)) return [{ usage: usageOf(command), description: command.description }];
  return Object.entries(command.subcommands).map(([name, sub]) => ({
    usage: sub.usage ? `/${command.name} ${sub.usage}` : [`/${command.name} ${name}`, ...optionsUsage(optionsOf(sub))].join(' '),
    description: sub.description,
  }));
}

/** Commands offered on a message (Discord's message menu, Slack's shortcuts). */
export function messageCommands(commands: readonly AnyCommand[]): (CommandDefinition & { onMessage: MessageAction })[] {
  return commands.filter((c): c is CommandDefinition & { onMessage: MessageAction } => !isGroup(c) && c.onMessage !== undefined);
}

/**
 * Whether the command reads a whole message: its buttons then carry the
 * reply's restatement (`reply.query`), not the text that was typed.
 */
export function readsWholeMessage(command: AnyCommand | undefined): boolean {
  return command !== undefined && optionsOf(command).some((o) => o.wholeMessage);
}

/** The text a reply's buttons carry to answer again: what was typed, or a whole message's restatement (none when it found nothing). */
export function buttonQuery(command: AnyCommand | undefined, typed: string, reply: Reply): string | undefined {
  return readsWholeMessage(command) ? reply.query || undefined : typed;
}

export function findCommand(commands: readonly AnyCommand[], name: string): AnyCommand | undefined {
  const wanted = name.trim().replace(/^\//, '').toLowerCase();
  return commands.find((c) => c.name === wanted);
}

/** The key under which a group's input names its subcommand. */
export const SUBCOMMAND = 'subcommand';

/**
 * Builds a command's input from a line of text: everything after the name goes
 * to its first option; for a group, the first word names the subcommand.
 */
export function inputFromText(command: AnyCommand, text: string): Record<string, unknown> {
  if (isGroup(command)) {
    const [, word = '', rest = ''] = /^\s*(\S*)\s*([\s\S]*)$/.exec(text) ?? [];
    if (!word && command.defaultSubcommand) return { [SUBCOMMAND]: command.defaultSubcommand };
    const sub = command.subcommands[word.toLowerCase()];
    if (!sub) return { [SUBCOMMAND]: word };
    if (!rest.trim()) return { [SUBCOMMAND]: word.toLowerCase() };
    return { [SUBCOMMAND]: word.toLowerCase(), ...(sub.parseText ? sub.parseText(rest) : toFirstOption(sub, rest)) };
  }
  return toFirstOption(command, text);
}

function toFirstOption(command: CommandDefinition | SubcommandDefinition, text: string): Record<string, unknown> {
  const [first] = optionsOf(command);
  if (!first) return {};
  // The option may be typed by name, as Discord shows it: "topics:ports, storm".
  return { [first.name]: text.replace(new RegExp(`^\\s*${first.name}[:=]\\s*`, 'i'), '') };
}

/**
 * Runs a command. Never throws: bad input becomes an 'error' reply that says
 * what to fix; an unexpected failure becomes an 'error' reply with a reference
 * that is also logged, so the bot keeps running.
 */
export function runCommand(context: CommandContext, name: string, input: Record<string, unknown>): Reply {
  const command = findCommand(context.commands, name);
  if (!command) return unknownCommand(context.commands, name);
  if (isGroup(command)) return answerSubcommand(context, command, input);
  const parsed = command.options.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return errorReply(`${issue.message} (Usage: ${usageOf(command)})`);
  }
  try {
    return ReplySchema.parse(command.run(parsed.data, context));
  } catch (error) {
    return failure(command.name, error);
  }
}

/** A group's subcommand where there is no channel: only one that can answer at once from the knowledge. */
function answerSubcommand(context: CommandContext, command: CommandGroup, input: Record<string, unknown>): Reply {
  const { [SUBCOMMAND]: subName, ...options } = input;
  const name = typeof subName === 'string' && subName ? subName.toLowerCase() : command.defaultSubcommand;
  const subcommand = name ? command.subcommands[name] : undefined;
  if (!subcommand?.answer) return errorReply(`/${command.name} works in a chat channel (or the console), where it can act on that channel.`);
  const parsed = subcommand.options.safeParse(options);
  if (!parsed.success) return errorReply(parsed.error.issues[0]!.message);
  try {
    return ReplySchema.parse(subcommand.answer(parsed.data, context));
  } catch (error) {
    return failure(`${command.name} ${name}`, error);
  }
}

function failure(command: string, error: unknown): Reply {
  const reference = randomUUID().slice(0, 8);
  log('error', 'command failed', { reference, command, error });
  return { ...errorReply(`Something went wrong on my side while answering that. If it keeps happening, report reference ${reference}.`), fault: 'internal' };
}

export const NOT_ALLOWED =
  'Only people who can manage this channel can change its digest (on Discord: the Manage Channels permission; on Slack: workspace admins or the people in SLACK_DIGEST_ADMINS). Anyone can use /digest status and /digest now.';

/**
 * Runs any command where it was typed. Plain commands answer as `runCommand`
 * does; a group's subcommand may need the right to manage the channel, and
 * may wait on storage. Never rejects.
 */
export async function runInChannel(context: ChannelCommandContext, name: string, input: Record<string, unknown>): Promise<Reply> {
  const command = findCommand(context.commands, name);
  if (!command || !isGroup(command)) return runCommand(context, name, input);
  const { [SUBCOMMAND]: typedName, ...options } = input;
  const subName = (typedName === undefined || typedName === '') && command.defaultSubcommand ? command.defaultSubcommand : typedName;
  const subcommand = typeof subName === 'string' ? command.subcommands[subName.toLowerCase()] : undefined;
  if (!subcommand) {
    const typed = typeof subName === 'string' && subName ? `There is no /${command.name} ${cleanUserInput(subName).slice(0, 40)}. ` : '';
    return errorReply(`${typed}Use one of: ${usagesOf(command).map((u) => u.usage).join(' · ')}`);
  }
  const usage = usagesOf(command)[Object.keys(command.subcommands).indexOf(String(subName).toLowerCase())]!.usage;
  const parsed = subcommand.options.safeParse(options);
  if (!parsed.success) return errorReply(`${parsed.error.issues[0]!.message} (Usage: ${usage})`);
  try {
    if (subcommand.manages && !(await context.channel.canManage())) return errorReply(subcommand.notAllowed ?? NOT_ALLOWED);
    return ReplySchema.parse(await subcommand.run(parsed.data, context));
  } catch (error) {
    if (error instanceof StoreUnavailableError) return storeUnavailable(`${command.name} ${String(subName)}`, error);
    return failure(`${command.name} ${String(subName)}`, error);
  }
}

/** The store hangs or is gone: say so, and that only this command waits on it. */
function storeUnavailable(command: string, error: StoreUnavailableError): Reply {
  log('warn', 'command could not reach the digest store', { command, error: error.message });
  return { ...errorReply(`The digest store is not answering right now, so /${command} cannot be done; please try again in a few minutes. Every other command still works.`), fault: 'store' };
}

function unknownCommand(commands: readonly AnyCommand[], name: string): Reply {
  const typed = cleanUserInput(name).replace(/^\//, '').toLowerCase().slice(0, 40);
  const near = commands.filter((c) => editDistance(c.name, typed, 2) <= 2).map((c) => `/${c.name}`);
  return {
    kind: 'help',
    title: typed ? `There is no /${typed} command` : 'Type a command',
    summary: commands.map((c) => `${usageOf(c)} — ${c.description}`),
    sources: [],
    suggestions: near.length ? near : ['/help'],
  };
}
