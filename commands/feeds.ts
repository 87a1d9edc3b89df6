import { z } from 'zod';
import { defineGroup, defineSubcommand, quotedInput, topicListOption, type ChannelCommandContext, type OptionMeta } from '../src/core/commands.ts';
import { errorReply, type Reply } from '../src/core/reply.ts';
import { cleanUserInput } from '../src/core/text/normalize.ts';
import type { FeedService } from '../src/ingest/feeds/service.ts';
import { feedLine } from '../src/ingest/feeds/status.ts';

const MAX_ADDRESS_LENGTH = 2000;
/** A list longer than this is cut, saying how many more there are. */
const MAX_LISTED = 25;
const EXAMPLE_URL = 'https://example.com/rss.xml';

const NOT_ALLOWED =
  'Only people who can manage this channel can follow or unfollow feeds (on Discord: the Manage Channels permission; on Slack: workspace admins or the people in SLACK_DIGEST_ADMINS). Anyone can use /feeds list.';

const NOT_SET_UP = errorReply('Following feeds is not available here: it needs the running bot’s store (`npm start`); from a shell, `npm run feeds -- --poll-once` polls the feeds already followed.');


const addressOption = (missing: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? missing : 'Please send the address as plain text.') })
    .transform(cleanUserInput)
    .pipe(z.string().min(1, missing).max(MAX_ADDRESS_LENGTH, `That is longer than ${MAX_ADDRESS_LENGTH} characters; please send the feed’s address alone.`))
    .meta({ description: 'The feed’s address (RSS, Atom or JSON Feed; http or https)', maxLength: MAX_ADDRESS_LENGTH } satisfies OptionMeta);

const topicsOption = topicListOption({ holder: 'a feed takes', description: 'Topics its articles are tagged with, separated by commas (optional)' });

/** "https://… ports, storm" or "url:https://… topics:ports, storm": the first word is the address, the rest topics. */
function parseAddText(text: string): Record<string, unknown> {
  const named = /^\s*(?:url[:=])?(\S+)\s*(?:topics[:=])?\s*([\s\S]*)$/i.exec(text);
  if (!named) return {};
  const [, url, topics] = named;
  return { url, ...(topics!.trim() ? { topics: topics!.trim() } : {}) };
}

/** Runs a subcommand's work with the feed service, or says politely that there is none. */
function withFeeds<Input>(work: (input: Input, context: ChannelCommandContext, feeds: FeedService) => Promise<Reply>) {
  return async (input: Input, context: ChannelCommandContext): Promise<Reply> => (context.feeds ? work(input, context, context.feeds) : NOT_SET_UP);
}

const info = (title: string, summary: string[]): Reply => ({ kind: 'help', title: title.slice(0, 250), summary, sources: [] });

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const topicsLine = (topics: string[]) => (topics.length ? `Topics: ${topics.join(', ')}.` : 'Topics: none.');

const add = defineSubcommand({
  description: 'Follow a feed: its new articles are added as they appear (people who can manage the channel)',
  usage: 'add <url> [topics]',
  manages: true,
  notAllowed: NOT_ALLOWED,
  slow: true,
  options: z.object({ url: addressOption(`Please give the feed’s address, e.g. \`/feeds add ${EXAMPLE_URL}\`.`), topics: topicsOption }),
  parseText: parseAddText,
  run: withFeeds(async ({ url, topics }, context, feeds) => {
    const added = await feeds.add(context.channel, url, topics ?? []);
    if (!added.ok) return errorReply(added.message);
    const { feed } = added;
    const every = `every ${plural(feeds.pollMinutes, 'minute')}`;
    const title = `${added.created ? 'Following' : added.resumed ? 'Resumed' : 'Still following'}: ${feed.title ?? feed.url}`;
    return info(title, [
      added.created
        ? `${plural(feed.items, 'item')} in the feed now ${feed.items === 1 ? 'is' : 'are'} recorded but not announced; new articles are fetched and added ${every}, and appear in the next digest.`
        : `New articles are fetched and added ${every}${added.resumed ? '; polling starts again at once' : ''}.`,
      topicsLine(feed.topics),
      feed.url,
    ]);
  }),
});

const list = defineSubcommand({
  description: 'The feeds briefbot follows: last poll, items, and any that are paused and why',
  options: z.object({}),
  run: withFeeds(async (_input, _context, feeds) => {
    const all = await feeds.list();
    if (all.length === 0) return info('No feeds followed', [`Someone who can manage the channel can follow one, e.g. /feeds add ${EXAMPLE_URL}`]);
    const paused = all.filter((f) => f.pausedReason).length;
    const lines = all.slice(0, MAX_LISTED).map(feedLine);
    if (all.length > MAX_LISTED) lines.push(`…and ${all.length - MAX_LISTED} more.`);
    return info(`Feeds followed (${all.length}${paused ? `, ${paused} paused` : ''})`, lines);
  }),
});

const remove = defineSubcommand({
  description: 'Stop following a feed; the articles it added stay (people who can manage the channel)',
  usage: 'remove <url>',
  manages: true,
  notAllowed: NOT_ALLOWED,
  options: z.object({ url: addressOption(`Please give the address of the feed to stop following, e.g. \`/feeds remove ${EXAMPLE_URL}\`.`) }),
  run: withFeeds(async ({ url }, context, feeds) => {
    const removed = await feeds.remove(context.channel, url);
    if (removed.removed) return info(`Stopped following: ${removed.feed.title ?? removed.feed.url}`, ['The articles it added stay; /sources remove takes one out.']);
    if (removed.reason === 'elsewhere') return errorReply('That feed was added in another channel; it can be removed there (or from the console on the server).');
    return errorReply(`briefbot does not follow ${quotedInput(url)}; /feeds list shows the feeds it follows.`);
  }),
});

export default defineGroup({
  name: 'feeds',
  description: 'Follow RSS, Atom and JSON feeds: add, list, remove',
  examples: [`/feeds add ${EXAMPLE_URL} ports, storm`, '/feeds list', `/feeds remove ${EXAMPLE_URL}`],
  subcommands: { add, list, remove },
  defaultSubcommand: 'list',
});
