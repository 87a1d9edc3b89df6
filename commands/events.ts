import { timeline } from '../src/core/answers/timeline.ts';
import { defineCommand, optionalText } from '../src/core/commands.ts';
import { z } from 'zod';

export default defineCommand({
  name: 'events',
  description: 'A dated timeline: all events, or a month, year, range (2024-01..2024-03) or topic',
  options: z.object({
    period: optionalText('A month, year, range like 2024-01..2024-03, or a topic', { autocomplete: 'periods', example: '/events 2024-03' }),
  }),
  examples: ['/events', '/events March 2024', '/events 2024-01..2024-03', '/events moscow'],
  run: ({ period }, { kb }) => timeline(kb, period),
});
