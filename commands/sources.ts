import { z } from 'zod';
import { sources } from '../src/core/answers/sources.ts';
import { defineGroup, defineSubcommand, type ChannelCommandContext, type OptionMeta } from '../src/core/commands.ts';
import type { Article } from '../src/core/content/article.ts';
import { buildKnowledgeBase } from '../src/core/knowledge.ts';
import { errorReply, type Reply } from '../src/core/reply.ts';
import { cleanUserInput } from '../src/core/text/normalize.ts';
import { AddRefusal, UPLOAD_EXTENSIONS } from '../src/ingest/addRefusal.ts';
import type { ArticleLibrary } from '../src/ingest/library.ts';

/** Addresses are longer than names: a news link with its path easily passes 200 characters. */
const MAX_ADDRESS_LENGTH = 2000;

const NOT_ALLOWED =
  'Only people who can manage this channel can add or remove articles (on Discord: the Manage Channels permission; on Slack: workspace admins or the people in SLACK_DIGEST_ADMINS). Anyone can use /sources to list them.';

const NOT_SET_UP = errorReply('Adding and removing articles is not available here: it needs the running bot (`npm start`); from a shell, use `npm run add -- <url|file>`.');

const EXAMPLE_URL = 'https://example.com/news/story';

const addressText = (missing: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : 'Please send the address as plain text.') })
    .transform(cleanUserInput)
    .pipe(z.string().max(MAX_ADDRESS_LENGTH, `That is longer than ${MAX_ADDRESS_LENGTH} characters; please send the page’s address alone.`));

const urlOption = addressText(`Please give the page’s address, e.g. \`/sources add ${EXAMPLE_URL}\`.`)
  .transform((value) => (value === '' ? undefined : value))
  .optional()
  .meta({ description: 'The address of the article’s page (http or https)', maxLength: MAX_ADDRESS_LENGTH } satisfies OptionMeta);

const fileOption = z
  .object({ url: z.string(), name: z.string(), size: z.number().optional() }, { error: 'Please attach the file itself.' })
  .optional()
  .meta({ description: `Or attach a saved page or an article (${UPLOAD_EXTENSIONS.join(', ')})`, maxLength: 0, attachment: true } satisfies OptionMeta);

const articleOption = addressText('Please give the title or the address of the article to remove, e.g. `/sources remove Storm cables`.')
  .refine((value) => /[\p{L}\p{N}]/u.test(value), 'Please give the title or the address of the article to remove, e.g. `/sources remove Storm cables`.')
  .meta({ description: 'The article’s title, or its address', maxLength: MAX_ADDRESS_LENGTH, autocomplete: 'articles' } satisfies OptionMeta);

/** Runs a subcommand's work with the content library, or says politely that there is none; a refusal becomes its one line. */
function withLibrary<Input>(what: string, work: (input: Input, context: ChannelCommandContext, library: ArticleLibrary) => Promise<Reply>) {
  return async (input: Input, context: ChannelCommandContext): Promise<Reply> => {
    if (!context.library) return NOT_SET_UP;
    try {
      return await work(input, context, context.library);
    } catch (error) {
      if (error instanceof AddRefusal) return errorReply(`I could not ${what}: ${error.message}.`);
      throw error;
    }
  };
}

const info = (title: string, summary: string[]): Reply => ({ kind: 'help', title: title.slice(0, 250), summary, sources: [] });

/** Something to ask about the new article: its most mentioned name, else its title. */
function topicOf(article: Article): string {
  const [top] = [...buildKnowledgeBase([article]).entities].sort((a, b) => b.mentions.length - a.mentions.length);
  return top?.name ?? article.title.split(/\s+/).slice(0, 6).join(' ');
}

const list = defineSubcommand({
  description: 'List the articles briefbot answers from',
  options: z.object({}),
  answer: (_input, { kb }) => sources(kb),
  run: async (_input, { kb }) => sources(kb),
});

const add = defineSubcommand({
  description: 'Add an article from a link, or (on Discord) an attached file (people who can manage the channel)',
  usage: 'add <url>',
  manages: true,
  notAllowed: NOT_ALLOWED,
  slow: true,
  options: z.object({ url: urlOption, file: fileOption }),
  run: withLibrary('add that', async ({ url, file }, _context, library) => {
    if (url && file) return errorReply('Please give either an address or a file, not both.');
    if (!url && !file) return errorReply(`Please give the page’s address, e.g. \`/sources add ${EXAMPLE_URL}\` (on Discord you can attach a ${UPLOAD_EXTENSIONS.join(', ')} file instead).`);
    const added = file ? await library.addAttachment(file) : await library.addUrl(url!);
    const { title, published, publisher, author } = added.article;
    return info(`${added.updated ? 'Updated' : 'Added'}: ${title}`, [
      [published ? `Published ${published}` : 'No publication date found', publisher, author ? `by ${author}` : undefined].filter(Boolean).join(' · '),
      `${added.updated ? 'It replaces the copy added before' : 'Saved'} as ${added.file}; it can be asked about ${library.updatesAtOnce ? 'now' : 'in a few seconds'}, e.g. /brief ${topicOf(added.article)}`,
    ]);
  }),
});

const remove = defineSubcommand({
  description: 'Remove an article, by its title or address (people who can manage the channel)',
  usage: 'remove <title or url>',
  manages: true,
  notAllowed: NOT_ALLOWED,
  options: z.object({ article: articleOption }),
  run: withLibrary('remove that', async ({ article }, context, library) => {
    const removed = await library.remove(article, context.kb.articles);
    return info(`Removed: ${removed.title}`, [`${removed.file} was deleted from the articles folder; answers stop using it ${library.updatesAtOnce ? 'now' : 'in a few seconds'}.`]);
  }),
});

export default defineGroup({
  name: 'sources',
  description: 'The articles briefbot answers from: list them, add one from a link or file, remove one',
  examples: ['/sources', `/sources add ${EXAMPLE_URL}`, '/sources remove Storm cables'],
  subcommands: { list, add, remove },
  defaultSubcommand: 'list',
});
