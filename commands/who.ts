import { who } from '../src/core/answers/who.ts';
import { defineCommand, requiredText } from '../src/core/commands.ts';
import { z } from 'zod';

export default defineCommand({
  name: 'who',
  description: 'Who a person or group is, what they said and where they appear',
  options: z.object({
    name: requiredText('A name or surname, e.g. lodhi', { autocomplete: 'names', example: '/who lodhi' }),
  }),
  examples: ['/who lodhi', '/who Riccardo Valle', '/who ttp'],
  run: ({ name }, { kb }) => who(kb, name),
});
