/**
 * The slash commands Discord registers, built from the definitions in
 * `commands/`: one definition drives registration, the console and /help.
 */
import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import { optionsOf, type AnyCommand } from '../../core/commands.ts';
import { MAX_BUTTON_QUERY } from './render.ts';

export type DiscordCommandJson = RESTPutAPIApplicationCommandsJSONBody[number];

/** Commands whose answer can be posted for everyone with public:true. */
const HAS_PUBLIC_OPTION = new Set(['brief', 'who', 'events', 'search', 'sources']);

export function discordCommandJson(commands: readonly AnyCommand[]): DiscordCommandJson[] {
  return commands.map((command) => ({
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: command.description,
    options: [
      ...optionsOf(command).map((option) => ({
        type: ApplicationCommandOptionType.String as const,
        name: option.name,
        description: option.description,
        required: option.required,
        autocomplete: Boolean(option.autocomplete),
        // Discord's limit keeps every query short enough for its buttons to carry.
        max_length: Math.min(option.maxLength, MAX_BUTTON_QUERY),
      })),
      ...(HAS_PUBLIC_OPTION.has(command.name)
        ? [{ type: ApplicationCommandOptionType.Boolean as const, name: 'public', description: 'Post the answer in the channel for everyone (default: only you see it)', required: false }]
        : []),
    ],
  }));
}
