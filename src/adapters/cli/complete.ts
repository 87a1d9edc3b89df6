/**
 * Tab completion in the console: a command's name (with the space after it),
 * a group's subcommand, and the names, topics and months inside an argument,
 * from the same autocomplete Discord gets, typos and all ("/who lodi" becomes
 * "/who Maleeha Lodhi").
 */
import type { Briefbot } from '../../briefbot.ts';
import { findCommand, isGroup, optionsOf } from '../../core/commands.ts';

/** What readline's completer returns: the candidates, and the end of the line they replace. */
export type Completion = [string[], string];

export function completeLine(bot: Briefbot, line: string): Completion {
  const typingName = /^\/?(\S*)$/.exec(line);
  if (typingName) {
    const typed = `/${typingName[1]!.toLowerCase()}`;
    return [bot.commands.map((c) => `/${c.name} `).filter((name) => name.startsWith(typed)), line];
  }
  const parts = /^\/(\S+)\s+([\s\S]*)$/.exec(line);
  const command = parts && findCommand(bot.commands, parts[1]!);
  if (!command) return [[], line];
  const text = parts![2]!;
  if (!isGroup(command)) {
    const [option] = optionsOf(command);
    return option?.autocomplete ? fit(bot.autocomplete(command.name, option.name, text).map((c) => c.value), text) : [[], text];
  }
  const [, subName = '', gap, rest = ''] = /^(\S*)(\s+)?([\s\S]*)$/.exec(text)!;
  if (!gap) return [Object.keys(command.subcommands).filter((name) => name.startsWith(subName.toLowerCase())).map((name) => `${name} `), subName];
  const subcommand = command.subcommands[subName.toLowerCase()];
  // A subcommand that reads its own line ("/digest subscribe 08:00 Europe/London ports") has no one argument to complete.
  const [option] = subcommand && !subcommand.parseText ? optionsOf(subcommand) : [];
  return option?.autocomplete ? fit(bot.autocomplete(command.name, option.name, rest, subName.toLowerCase()).map((c) => c.value), rest) : [[], rest];
}

/**
 * Readline replaces what was typed with the candidates' common beginning when
 * it does not start with it, which is right for one match ("lodi" ->
 * "Maleeha Lodhi") but would turn "lo" into "M" for two. Then what was typed
 * joins the candidates: nothing is replaced, and a second Tab lists them.
 */
function fit(values: string[], typed: string): Completion {
  if (values.length <= 1) return [values, typed];
  const prefix = values.reduce((common, value) => {
    let i = 0;
    while (i < common.length && i < value.length && common[i] === value[i]) i++;
    return common.slice(0, i);
  });
  if (prefix.toLowerCase().startsWith(typed.toLowerCase())) return [values, typed];
  return [[...values, typed], typed];
}
