import { lookup, MAX_LOOKUP_CHARS } from '../src/core/answers/lookup.ts';
import { defineCommand, messageText } from '../src/core/commands.ts';
import { z } from 'zod';

export default defineCommand({
  name: 'lookup',
  description: 'Who and what the articles know among the words of any text, such as a message',
  options: z.object({
    text: messageText('Any text: a message, a paragraph, a list of names', { example: '/lookup Lodhi and Webber on the TTP', readUpTo: MAX_LOOKUP_CHARS }),
  }),
  examples: ['/lookup Lodhi and Webber on the TTP', '/lookup What did Graeme Smith say about Chinese investments?'],
  onMessage: {
    label: 'Brief me on this',
    description: 'Who the people, groups and places in this message are, in the articles’ words, with the passages',
    globalLabel: 'Look up in the articles',
    globalDescription: 'Paste any text: briefbot says who and what in it the articles know, with the passages',
  },
  run: ({ text }, { kb }) => lookup(kb, text),
});
