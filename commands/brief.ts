import { brief } from '../src/core/answers/brief.ts';
import { defineCommand, requiredText } from '../src/core/commands.ts';
import { z } from 'zod';

export default defineCommand({
  name: 'brief',
  description: 'Summarise what the articles say about a topic, person, group or place',
  options: z.object({
    topic: requiredText('A topic, person, group or place, e.g. isis-k', { autocomplete: 'topics', example: '/brief isis-k' }),
  }),
  examples: ['/brief isis-k', '/brief ttp', '/brief chinese investments'],
  run: ({ topic }, { kb }) => brief(kb, topic),
});
