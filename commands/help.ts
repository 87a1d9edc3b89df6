import { defineCommand, findCommand, optionalText, optionsOf, usageOf } from '../src/core/commands.ts';
import { z } from 'zod';

export default defineCommand({
  name: 'help',
  description: 'How to use briefbot, or one command in detail',
  options: z.object({
    command: optionalText('A command name, e.g. brief', { autocomplete: 'commands', example: '/help brief' }),
  }),
  examples: ['/help', '/help events'],
  run: ({ command: name }, { commands }) => {
    const command = name ? findCommand(commands, name) : undefined;
    if (!command) {
      return {
        kind: 'help',
        title: name ? `There is no /${name.replace(/^\//, '')} command; these are the commands` : 'briefbot commands',
        summary: commands.map((c) => `${usageOf(c)} — ${c.description}`),
        sources: [],
      };
    }
    return {
      kind: 'help',
      title: usageOf(command),
      summary: [
        command.description,
        ...optionsOf(command).map((o) => `${o.name}${o.required ? '' : ' (optional)'}: ${o.description}`),
        `Examples: ${command.examples.join(', ')}`,
      ],
      sources: [],
    };
  },
});
