import { defineCommand, findCommand, isGroup, optionalText, optionsOf, usageOf, usagesOf } from '../src/core/commands.ts';
import { z } from 'zod';

export default defineCommand({
  name: 'help',
  description: 'How to use briefbot, or one command in detail',
  options: z.object({
    command: optionalText('A command name, e.g. brief', { autocomplete: 'commands', example: '/help brief' }),
  }),
  examples: ['/help', '/help events'],
  run: ({ command: name }, { commands, version }) => {
    const footer = version ? { footer: `briefbot ${version}` } : {};
    const command = name ? findCommand(commands, name) : undefined;
    if (!command) {
      return {
        kind: 'help',
        title: name ? `There is no /${name.replace(/^\//, '')} command; these are the commands` : 'briefbot commands',
        summary: commands.flatMap(usagesOf).map((u) => `${u.usage} — ${u.description}`),
        sources: [],
        ...footer,
      };
    }
    const optionLines = isGroup(command)
      ? Object.values(command.subcommands).flatMap((sub) => optionsOf(sub)).filter((o, i, all) => all.findIndex((x) => x.name === o.name) === i)
      : optionsOf(command);
    return {
      kind: 'help',
      title: isGroup(command) ? `/${command.name}` : usageOf(command),
      summary: [
        command.description,
        ...(isGroup(command) ? usagesOf(command).map((u) => `${u.usage} — ${u.description}`) : []),
        ...optionLines.map((o) => `${o.name}${o.required ? '' : ' (optional)'}: ${o.description}`),
        ...(!isGroup(command) && command.onMessage
          ? [`On a message: “${command.onMessage.label}” in its menu (Discord: Apps; Slack: More actions), and on Slack “${command.onMessage.globalLabel}” among the shortcuts`]
          : []),
        `Examples: ${command.examples.join(', ')}`,
      ],
      sources: [],
      ...footer,
    };
  },
});
