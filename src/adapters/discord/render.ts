/**
 * Reply -> Discord message (embeds and buttons). Pure: no client, no network.
 * Every Discord limit is respected by construction, and all text — from an
 * article or a user — is escaped so it can neither format nor mention.
 */
import {
  ButtonStyle,
  ComponentType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
} from 'discord.js';
import { pageOf } from '../../core/pages.ts';
import { replyLines, type Reply, type Source } from '../../core/reply.ts';
import { truncateAtBoundary } from '../../core/text/normalize.ts';
import { encodeAction } from '../shared/actions.ts';
import { fitEscaped, placeOf, quotableText } from '../shared/text.ts';

export const DISCORD_LIMITS = {
  title: 256,
  description: 4096,
  fields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  /** Title, description, field names and values, footer and author of all embeds of a message. */
  total: 6000,
  embeds: 10,
  customId: 100,
  buttonLabel: 80,
  content: 2000,
} as const;

/** Longest query a button can carry in its 100-character custom_id. */
export const MAX_BUTTON_QUERY = 80;

const COLOURS: Record<Reply['kind'], number> = {
  brief: 0x3b82f6,
  who: 0x8b5cf6,
  lookup: 0x6366f1,
  events: 0x10b981,
  search: 0x0ea5e9,
  sources: 0x64748b,
  help: 0x64748b,
  not_found: 0xf59e0b,
  error: 0xef4444,
  digest: 0x22c55e,
};

export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowed_mentions: { parse: [] };
  flags?: number;
}

export interface DiscordRenderOptions {
  /** The command and query that produced the reply: needed for buttons. */
  command?: string;
  query?: string;
  page?: number;
  ephemeral?: boolean;
  /** When posting publicly: the user who asked, restated above the answer. */
  askedBy?: string;
  /** The message the answer is about: its buttons post the answer as a reply to it. */
  replyTo?: string;
}

// Characters Discord reads as formatting anywhere, and at the start of a line
// (headings, quotes, lists). A backslash before each shows it literally.
const INLINE_MARKDOWN = /[\\*_~`|\[\]]/g;
const LINE_MARKDOWN = /^(\s*)(#|>|-(?=\s)|\d+\.(?=\s))/gm;

/**
 * Escapes Markdown (masked links, headings and lists included) and defuses
 * @everyone, @here and <@id> mentions. Linear in the length of the text:
 * it runs on every string of every message.
 */
export function neutralize(text: string): string {
  return text
    .replace(INLINE_MARKDOWN, '\\$&')
    .replace(LINE_MARKDOWN, '$1\\$2')
    .replace(/@(everyone|here)/gi, '@\u200b$1')
    .replace(/<([@#][!&]?)(\d+)>/g, '<\u200b$1$2>')
    .replace(/<(\/|:|a:)/g, '<\u200b$1');
}

const fit = (text: string, limit: number) => fitEscaped(text, limit, neutralize);

/** Discord rejects an empty field name or value. */
const orDash = (text: string) => (text.trim() ? text : '—');

function sourceField(reply: Reply, source: Source, number: number, budget: number): APIEmbedField {
  const label = `[${number}] `;
  const name = orDash(label + fit(placeOf(source), DISCORD_LIMITS.fieldName - label.length));
  const link = source.url && /^https?:\/\//.test(source.url) ? ` · [link](${source.url.replace(/\)/g, '%29')})` : '';
  const attribution = `\n— *${fit(source.articleTitle, 200)}*${link}`;
  const room = Math.max(20, Math.min(DISCORD_LIMITS.fieldValue, budget) - attribution.length - 2);
  return { name, value: `> ${fit(quotableText(reply, number - 1, room), room)}${attribution}`.slice(0, DISCORD_LIMITS.fieldValue) };
}

function descriptionOf(reply: Reply): string {
  const lines: string[] = [];
  if (reply.kind === 'who' && reply.entity?.role) lines.push(`**${neutralize(reply.entity.kind)}:** ${neutralize(reply.entity.role)}`);
  let label: string | undefined;
  for (const line of replyLines(reply)) {
    if (line.label && line.label !== label) lines.push(`${lines.length ? '\n' : ''}**${neutralize(line.label)}**`);
    label = line.label;
    const date = line.date ? `\`${line.date}\` ` : '';
    lines.push(`${date}${neutralize(line.text)}${line.citation !== undefined ? ` **[${line.citation + 1}]**` : ''}`);
  }
  for (const article of reply.articles ?? []) if (article.url) lines.push(`<${article.url}>`);
  if (reply.alsoMentioned?.length) lines.push(`\n**Also mentioned:** ${reply.alsoMentioned.map(neutralize).join(', ')}`);
  if (reply.suggestions?.length) lines.push(`\nTry: ${reply.suggestions.map(neutralize).join(', ')}`);
  return lines.join('\n');
}

function footerOf(reply: Reply, sources: Source[], page: number, pages: number, truncated: boolean): string {
  const articles = [...new Set(sources.map((s) => [s.articleTitle, s.publisher].filter(Boolean).join(' · ')))];
  const parts = [articles.length === 1 ? articles[0]! : articles.length > 1 ? `${articles.length} articles` : (reply.footer ?? 'briefbot')];
  if (pages > 1) parts.push(`page ${page + 1} of ${pages}`);
  if (truncated) parts.push('shortened: press More sources or use /search for the full text');
  return parts.join(' · ').slice(0, DISCORD_LIMITS.footer);
}

function buttons(options: DiscordRenderOptions, page: number, hasMore: boolean): DiscordMessage['components'] {
  if (!options.command || options.query === undefined) return [];
  const replyTo = options.replyTo ? { replyTo: options.replyTo } : {};
  const post = encodeAction({ action: 'post', command: options.command, page, query: options.query, ...replyTo });
  const more = encodeAction({ action: 'more', command: options.command, page: page + 1, query: options.query, ...replyTo });
  if (more.length > DISCORD_LIMITS.customId) return []; // the query is too long to carry; no button beats a broken one
  const row: APIButtonComponent[] = [];
  if (options.ephemeral !== false) row.push({ type: ComponentType.Button, style: ButtonStyle.Primary, label: 'Post to channel', custom_id: post });
  row.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: 'More sources', custom_id: more, disabled: !hasMore });
  return [{ type: ComponentType.ActionRow, components: row }];
}

export function renderDiscordMessage(reply: Reply, options: DiscordRenderOptions = {}): DiscordMessage {
  const { page, pages, sources, events, hasMore } = pageOf(reply, options.page ?? 0);
  const title = fit(reply.title, DISCORD_LIMITS.title);
  const fieldCount = sources.length + events.length;
  // Plan the 6,000 characters: title and footer first, then each field is promised
  // room for a readable quote, and the description gets what is left (at most 4,096).
  const footerReserve = 300;
  const minimumField = 320;
  const descriptionBudget = Math.min(DISCORD_LIMITS.description, DISCORD_LIMITS.total - title.length - footerReserve - fieldCount * minimumField);
  let description = descriptionOf(reply);
  const descriptionTruncated = description.length > descriptionBudget;
  if (descriptionTruncated) description = truncateAtBoundary(description, descriptionBudget);

  const remaining = DISCORD_LIMITS.total - title.length - description.length - footerReserve;
  const perField = Math.floor(remaining / Math.max(1, fieldCount)) - 80; // 80: a field name's usual length
  let fields: APIEmbedField[] = sources.map(({ source, number }) => sourceField(reply, source, number, perField));
  fields.push(
    ...events.map(({ event }) => ({
      name: orDash(fit(`${event.date} · ${placeOf(event.source)}`, 80)),
      value: orDash(fit(event.text, Math.min(DISCORD_LIMITS.fieldValue, Math.max(20, perField)))),
    })),
  );
  fields = fields.slice(0, DISCORD_LIMITS.fields);
  const truncated = descriptionTruncated || fields.some((f) => f.value.includes('…'));

  const embed: APIEmbed = {
    title,
    color: COLOURS[reply.kind],
    ...(description ? { description } : {}),
    ...(fields.length ? { fields } : {}),
    footer: { text: footerOf(reply, [...sources.map((s) => s.source), ...events.map((e) => e.event.source)], page, pages, truncated) },
  };
  shrinkToTotal(embed);
  const url = sources[0]?.source.url ?? events[0]?.event.source.url;
  if (url && /^https?:\/\//.test(url)) embed.url = url;

  const content = options.askedBy
    ? `<@${options.askedBy}> asked: \`/${options.command ?? ''}${options.query ? ` ${options.query.replace(/`/g, 'ˋ')}` : ''}\``.slice(0, DISCORD_LIMITS.content)
    : undefined;
  return {
    ...(content ? { content } : {}),
    embeds: [embed],
    components: reply.kind === 'error' || reply.kind === 'help' || reply.kind === 'digest' ? [] : buttons(options, page, hasMore),
    allowed_mentions: { parse: [] },
    ...(options.ephemeral !== false ? { flags: MessageFlags.Ephemeral } : {}),
  };
}

/** A last guard for the 6,000-character total: trims the description, then the longest fields. */
function shrinkToTotal(embed: APIEmbed): void {
  let excess = embedCharacters([embed]) - DISCORD_LIMITS.total;
  if (excess > 0 && embed.description) {
    const cut = Math.min(excess + 2, embed.description.length - 1);
    embed.description = truncateAtBoundary(embed.description, embed.description.length - cut);
    excess = embedCharacters([embed]) - DISCORD_LIMITS.total;
  }
  for (const field of [...(embed.fields ?? [])].sort((a, b) => b.value.length - a.value.length)) {
    if (excess <= 0) break;
    const keep = Math.max(1, field.value.length - excess - 1);
    field.value = orDash(field.value.slice(0, keep - 1) + '…');
    excess = embedCharacters([embed]) - DISCORD_LIMITS.total;
  }
}

/** Characters Discord counts toward the 6,000 limit of a message's embeds. */
export function embedCharacters(embeds: APIEmbed[]): number {
  return embeds.reduce(
    (sum, e) =>
      sum +
      (e.title?.length ?? 0) +
      (e.description?.length ?? 0) +
      (e.footer?.text.length ?? 0) +
      (e.author?.name.length ?? 0) +
      (e.fields ?? []).reduce((s, f) => s + f.name.length + f.value.length, 0),
    0,
  );
}
