/**
 * The slash commands Discord registers, built from the definitions in
 * `commands/`: one definition drives registration, the console and /help.
 */
import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPutAPIApplicationCommandsJSONBody } from 'discord.js';
import { isGroup, messageCommands, optionsOf, type AnyCommand, type OptionInfo } from '../../core/commands.ts';
import { MAX_BUTTON_QUERY } from './render.ts';

export type DiscordCommandJson = RESTPutAPIApplicationCommandsJSONBody[number];

/** Commands whose answer can be posted for everyone with public:true. */
const HAS_PUBLIC_OPTION = new Set(['brief', 'who', 'lookup', 'events', 'search', 'sources']);

const PUBLIC_OPTION = {
  type: ApplicationCommandOptionType.Boolean as const,
  name: 'public',
  description: 'Post the answer in the channel for everyone (default: only you see it)',
  required: false,
};

function stringOption(option: OptionInfo, maxLength: number) {
  if (option.attachment) {
    return { type: ApplicationCommandOptionType.Attachment as const, name: option.name, description: option.description, required: option.required };
  }
  return {
    type: ApplicationCommandOptionType.String as const,
    name: option.name,
    description: option.description,
    required: option.required,
    ...(option.choices ? { choices: option.choices.map((value) => ({ name: value, value })) } : { autocomplete: Boolean(option.autocomplete), max_length: maxLength }),
  };
}

/**
 * The slash commands, then a message command (right-click a message › Apps)
 * for each command offered on a message. Discord gives a message command a
 * name and nothing else: it runs on the message it was chosen on.
 */
export function discordCommandJson(commands: readonly AnyCommand[]): DiscordCommandJson[] {
  return [...slashCommandJson(commands), ...messageCommands(commands).map((command) => ({ type: ApplicationCommandType.Message as const, name: command.onMessage.label }))];
}

function slashCommandJson(commands: readonly AnyCommand[]): DiscordCommandJson[] {
  return commands.map((command) => {
    if (isGroup(command)) {
      // Subcommands cannot carry their own default_member_permissions, and status and now are for
      // everyone, so subscribe and unsubscribe check Manage Channels when they run.
      return {
        type: ApplicationCommandType.ChatInput,
        name: command.name,
        description: command.description,
        options: Object.entries(command.subcommands).map(([name, sub]) => ({
          type: ApplicationCommandOptionType.Subcommand as const,
          name,
          description: sub.description.slice(0, 100),
          options: [
            ...optionsOf(sub).map((option) => stringOption(option, option.maxLength)),
            // A group's default subcommand answers what the command alone did ("/sources list"), public:true included.
            ...(name === command.defaultSubcommand && HAS_PUBLIC_OPTION.has(command.name) ? [PUBLIC_OPTION] : []),
          ],
        })),
      };
    }
    return {
      type: ApplicationCommandType.ChatInput,
      name: command.name,
      description: command.description,
      options: [
        // Discord's limit keeps every query short enough for its buttons to carry; a whole
        // message is not carried (its buttons carry what the reply restates), so it may be long.
        ...optionsOf(command).map((option) => stringOption(option, option.wholeMessage ? option.maxLength : Math.min(option.maxLength, MAX_BUTTON_QUERY))),
        ...(HAS_PUBLIC_OPTION.has(command.name) ? [PUBLIC_OPTION] : []),
      ],
    };
  });
}
