import { sources } from '../src/core/answers/sources.ts';
import { defineCommand } from '../src/core/commands.ts';
import { z } from 'zod';

export default defineCommand({
  name: 'sources',
  description: 'List the articles briefbot answers from',
  options: z.object({}),
  examples: ['/sources'],
  run: (_input, { kb }) => sources(kb),
});
