import { search } from '../src/core/answers/search.ts';
import { defineCommand, requiredText } from '../src/core/commands.ts';
import { z } from 'zod';

export default defineCommand({
  name: 'search',
  description: 'Find the passages that mention some words',
  options: z.object({
    words: requiredText('Words to find in the articles', { autocomplete: 'topics', example: '/search gwadar port' }),
  }),
  examples: ['/search gwadar port', '/search sanctions'],
  run: ({ words }, { kb }) => search(kb, words),
});
