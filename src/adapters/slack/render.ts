/**
 * Reply -> Slack message (Block Kit plus a plain-text fallback). Pure: no
 * app, no network. Slack's limits hold by construction, and every text from
 * an article or a user has `&`, `<` and `>` escaped, so it can never become a
 * link or a mention (<!channel>, <!here>, <@U…>).
 */
import { pageOf } from '../../core/pages.ts';
import { replyLines, type Reply, type Source } from '../../core/reply.ts';
import { truncateAtBoundary } from '../../core/text/normalize.ts';
import { encodeAction } from '../shared/actions.ts';
import { fitEscaped, placeOf, quotableText } from '../shared/text.ts';

export const SLACK_LIMITS = {
  blocks: 50,
  header: 150,
  sectionText: 3000,
  contextElements: 10,
  contextText: 3000,
  buttonText: 75,
  buttonValue: 2000,
  /** Slack truncates the top-level text beyond 40,000 characters; notifications show far less. */
  fallbackText: 3000,
} as const;

export const ACTION_IDS = { post: 'briefbot_post', more: 'briefbot_more' } as const;

/** Block Kit objects, as plain JSON. */
export type SlackBlock = Record<string, unknown> & { type: string };

export interface SlackMessage {
  text: string;
  blocks: SlackBlock[];
  response_type?: 'ephemeral' | 'in_channel';
}

export interface SlackRenderOptions {
  command?: string;
  query?: string;
  page?: number;
  ephemeral?: boolean;
  /** Slack user id of the person who asked, restated when the answer is posted publicly. */
  askedBy?: string;
  /** The ts of the message the answer is about: its Post button posts the answer in that message's thread. */
  replyTo?: string;
}

export function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const fit = (text: string, limit: number) => fitEscaped(text, limit, escapeSlack);

/** How much of a passage a source's context block quotes. */
const QUOTE_CHARS = 1200;

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const section = (text: string): SlackBlock => ({ type: 'section', text: mrkdwn(text.slice(0, SLACK_LIMITS.sectionText)) });

function sourceContext(reply: Reply, source: Source, number: number): SlackBlock {
  const label = `[${number}]`;
  const link = source.url && /^https?:\/\//.test(source.url) ? ` · <${source.url.replace(/[<>|]/g, encodeURIComponent)}|link>` : '';
  const attribution = `*${fit(label, 200)}* ${fit(placeOf(source), 300)} — _${fit(source.articleTitle, 300)}_${link}`;
  return { type: 'context', elements: [mrkdwn(attribution), mrkdwn(`> ${fit(quotableText(reply, number - 1, QUOTE_CHARS), QUOTE_CHARS)}`)] };
}

function summaryText(reply: Reply): string {
  const lines: string[] = [];
  if (reply.kind === 'who' && reply.entity?.role) lines.push(`*${escapeSlack(reply.entity.kind)}:* ${escapeSlack(reply.entity.role)}`);
  let label: string | undefined;
  for (const line of replyLines(reply)) {
    if (line.label && line.label !== label) lines.push(`${lines.length ? '\n' : ''}*${escapeSlack(line.label)}*`);
    label = line.label;
    const date = line.date ? `\`${line.date}\` ` : '';
    lines.push(`${date}${escapeSlack(line.text)}${line.citation !== undefined ? ` *[${line.citation + 1}]*` : ''}`);
  }
  for (const article of reply.articles ?? []) if (article.url) lines.push(`<${article.url.replace(/[<>|]/g, encodeURIComponent)}|${fit(article.title, 300)}>`);
  if (reply.alsoMentioned?.length) lines.push(`\n*Also mentioned:* ${reply.alsoMentioned.map(escapeSlack).join(', ')}`);
  if (reply.suggestions?.length) lines.push(`Try: ${reply.suggestions.map(escapeSlack).join(', ')}`);
  return lines.join('\n');
}

export function renderSlackMessage(reply: Reply, options: SlackRenderOptions = {}): SlackMessage {
  const { page, pages, sources, events, hasMore } = pageOf(reply, options.page ?? 0);
  const blocks: SlackBlock[] = [];
  if (options.askedBy) {
    const asked = `/${options.command ?? ''}${options.query ? ` ${options.query}` : ''}`;
    blocks.push({ type: 'context', elements: [mrkdwn(`<@${options.askedBy.replace(/[^A-Z0-9]/gi, '')}> asked: ${fit(asked, 500)}`)] });
  }
  // Plain text is never parsed for mentions, but Slack decodes &amp; &lt; &gt; in it too, so it is escaped alike.
  blocks.push({ type: 'header', text: { type: 'plain_text', text: fit(reply.title, SLACK_LIMITS.header), emoji: true } });

  const summary = summaryText(reply);
  let truncated = false;
  if (summary) {
    truncated = summary.length > SLACK_LIMITS.sectionText;
    blocks.push(section(truncated ? truncateAtBoundary(summary, SLACK_LIMITS.sectionText) : summary));
  }
  for (const { source, number } of sources) blocks.push(sourceContext(reply, source, number));
  for (const { event } of events) {
    blocks.push(section(`*${event.date}* — ${fit(event.text, 2800)}`));
    blocks.push({ type: 'context', elements: [mrkdwn(`${fit(placeOf(event.source), 300)} — _${fit(event.source.articleTitle, 300)}_`)] });
  }
  const notes: string[] = [];
  if (pages > 1) notes.push(`page ${page + 1} of ${pages}`);
  if (truncated) notes.push('shortened: use /search for the full text');
  if (reply.footer) notes.push(escapeSlack(reply.footer));
  if (notes.length) blocks.push({ type: 'context', elements: [mrkdwn(notes.join(' · '))] });

  const actions = buttonsFor(reply, options, page, hasMore);
  if (actions.length) blocks.push({ type: 'divider' }, { type: 'actions', elements: actions });

  const fallback = [reply.title, reply.summary[0] ?? ''].filter(Boolean).join(': ');
  return {
    text: fit(fallback, SLACK_LIMITS.fallbackText),
    blocks: blocks.slice(0, SLACK_LIMITS.blocks),
    response_type: options.ephemeral === false ? 'in_channel' : 'ephemeral',
  };
}

function buttonsFor(reply: Reply, options: SlackRenderOptions, page: number, hasMore: boolean): SlackBlock[] {
  if (!options.command || options.query === undefined || reply.kind === 'error' || reply.kind === 'help' || reply.kind === 'digest') return [];
  const button = (text: string, actionId: string, value: string, primary = false): SlackBlock => ({
    type: 'button',
    text: { type: 'plain_text', text, emoji: true },
    action_id: actionId,
    value: value.slice(0, SLACK_LIMITS.buttonValue),
    ...(primary ? { style: 'primary' } : {}),
  });
  const elements: SlackBlock[] = [];
  const replyTo = options.replyTo ? { replyTo: options.replyTo } : {};
  const post = encodeAction({ action: 'post', command: options.command, page, query: options.query, ...replyTo });
  if (options.ephemeral !== false) elements.push(button(options.replyTo ? 'Post in thread' : 'Post to channel', ACTION_IDS.post, post, true));
  if (hasMore) elements.push(button('More sources', ACTION_IDS.more, encodeAction({ action: 'more', command: options.command, page: page + 1, query: options.query, ...replyTo })));
  return elements;
}

/** Where the global shortcut's modal keeps the text and the conversation the answer goes to. */
export const MODAL_FIELDS = { text: 'lookup_text', conversation: 'lookup_conversation' } as const;

/**
 * The small modal a global shortcut opens: a text box for the command's text,
 * and the conversation to answer in (where the person is, by default). Slack
 * gives a shortcut no channel; the conversation menu gives the answer a
 * `response_url` there.
 */
export function renderLookupModal(callbackId: string, options: { title: string; example: string }) {
  const plain = (text: string) => ({ type: 'plain_text' as const, text });
  return {
    type: 'modal' as const,
    callback_id: callbackId,
    title: plain(options.title.slice(0, 24)),
    submit: plain('Look up'),
    close: plain('Cancel'),
    blocks: [
      {
        type: 'input',
        block_id: MODAL_FIELDS.text,
        label: plain('Text to look up'),
        element: { type: 'plain_text_input', action_id: MODAL_FIELDS.text, multiline: true, max_length: 3000, placeholder: plain(options.example.slice(0, 150)) },
      },
      {
        type: 'input',
        block_id: MODAL_FIELDS.conversation,
        label: plain('Answer me privately in'),
        element: { type: 'conversations_select', action_id: MODAL_FIELDS.conversation, default_to_current_conversation: true, response_url_enabled: true },
      },
    ],
  };
}
