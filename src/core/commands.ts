/**
 * What a command is, and how one runs. A command is defined once in
 * `commands/` — name, description, options as a zod object, examples — and
 * that definition drives Discord registration, the Slack manifest, the
 * console, the CLI and /help alike.
 */
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { KnowledgeBase } from './knowledge.ts';
import { log } from './log.ts';
import { errorReply, ReplySchema, type Reply } from './reply.ts';
import { cleanUserInput, editDistance } from './text/normalize.ts';

/** Where an option's autocomplete choices come from. */
export type AutocompleteSource = 'topics' | 'names' | 'periods' | 'commands';

export type OptionMeta = {
  description: string;
  autocomplete?: AutocompleteSource;
  maxLength: number;
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

export interface CommandContext {
  kb: KnowledgeBase;
  commands: readonly AnyCommand[];
}

export interface CommandDefinition<Options extends z.ZodObject = z.ZodObject> {
  name: string;
  description: string;
  options: Options;
  examples: string[];
  run(input: z.output<Options>, context: CommandContext): Reply;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyCommand = CommandDefinition<any>;

export function defineCommand<Options extends z.ZodObject>(definition: CommandDefinition<Options>): CommandDefinition<Options> {
  return definition;
}

export interface OptionInfo extends OptionMeta {
  name: string;
  required: boolean;
}

/** The options of a command as adapters need them (Discord option types, Slack usage hints). */
export function optionsOf(command: AnyCommand): OptionInfo[] {
  return Object.entries(command.options.shape as Record<string, z.ZodType>).map(([name, schema]) => ({
    name,
    required: !schema.isOptional(),
    ...(schema.meta() as unknown as OptionMeta),
  }));
}

/** "/brief <topic>", "/events [period]". */
export function usageOf(command: AnyCommand): string {
  const options = optionsOf(command).map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
  return [`/${command.name}`, ...options].join(' ');
}

export function findCommand(commands: readonly AnyCommand[], name: string): AnyCommand | undefined {
  const wanted = name.trim().replace(/^\//, '').toLowerCase();
  return commands.find((c) => c.name === wanted);
}

/** Builds a command's input from a line of text: everything after the name goes to its first option. */
export function inputFromText(command: AnyCommand, text: string): Record<string, unknown> {
  const [first] = optionsOf(command);
  return first ? { [first.name]: text } : {};
}

/**
 * Runs a command. Never throws: bad input becomes an 'error' reply that says
 * what to fix; an unexpected failure becomes an 'error' reply with a reference
 * that is also logged, so the bot keeps running.
 */
export function runCommand(context: CommandContext, name: string, input: Record<string, unknown>): Reply {
  const command = findCommand(context.commands, name);
  if (!command) return unknownCommand(context.commands, name);
  const parsed = command.options.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return errorReply(`${issue.message} (Usage: ${usageOf(command)})`);
  }
  try {
    return ReplySchema.parse(command.run(parsed.data, context));
  } catch (error) {
    const reference = randomUUID().slice(0, 8);
    log('error', 'command failed', { reference, command: command.name, error });
    return errorReply(`Something went wrong on my side while answering that. If it keeps happening, report reference ${reference}.`);
  }
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
