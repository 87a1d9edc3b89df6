/**
 * The reply contract: what every command returns and every surface renders
 * (Discord embeds, Slack blocks, console text, the digest). Platform-free.
 *
 * Every `summary` line of a brief, who or events reply is a sentence of a
 * cited passage (of a lookup, a sentence or the role a passage states, under
 * the name it describes in `labels`); `citations[i]` is the index in `sources`
 * of the passage that `summary[i]` came from.
 */
import { z } from 'zod';

export const ReplyKind = z.enum(['brief', 'who', 'lookup', 'events', 'search', 'sources', 'help', 'not_found', 'error', 'digest']);

export const SourceSchema = z.object({
  text: z.string(),
  section: z.string(),
  paragraph: z.number().int().positive(),
  articleTitle: z.string(),
  url: z.string().optional(),
  articleId: z.string(),
  publisher: z.string().optional(),
  published: z.string().optional(),
});

export const EntityInfoSchema = z.object({
  name: z.string(),
  kind: z.enum(['person', 'organization', 'place']),
  role: z.string().optional(),
  affiliation: z.string().optional(),
  aliases: z.array(z.string()).optional(),
});

export const EventSchema = z.object({
  /** YYYY, YYYY-MM or YYYY-MM-DD: the precision the text gives. */
  date: z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/),
  text: z.string(),
  source: SourceSchema,
});

export const ArticleInfoSchema = z.object({
  id: z.string(),
  title: z.string(),
  author: z.string().optional(),
  publisher: z.string().optional(),
  published: z.string().optional(),
  url: z.string().optional(),
  tags: z.array(z.string()),
  passages: z.number().int().nonnegative(),
});

export const ReplySchema = z.object({
  kind: ReplyKind,
  title: z.string().min(1),
  /** The question as understood (cleaned), for "asked by … : /brief …" when reposting. */
  query: z.string().optional(),
  summary: z.array(z.string()),
  citations: z.array(z.number().int().nonnegative()).optional(),
  /** A heading per summary line ("New: <article title>", a digest topic); shown above the line when it changes. */
  labels: z.array(z.string()).optional(),
  sources: z.array(SourceSchema),
  entity: EntityInfoSchema.optional(),
  events: z.array(EventSchema).optional(),
  articles: z.array(ArticleInfoSchema).optional(),
  suggestions: z.array(z.string()).optional(),
  /** A line under the reply that is not about the articles (/help: briefbot's version). */
  footer: z.string().optional(),
  /** On an error reply, when the failure was briefbot's and not the input's: an unexpected error, or its store not answering. */
  fault: z.enum(['internal', 'store']).optional(),
  /** For a lookup: the other things the text names, beyond those described. */
  alsoMentioned: z.array(z.string()).optional(),
});

export type Reply = z.infer<typeof ReplySchema>;
export type Source = z.infer<typeof SourceSchema>;
export type EntityInfo = z.infer<typeof EntityInfoSchema>;
export type TimelineEvent = z.infer<typeof EventSchema>;
export type ArticleInfo = z.infer<typeof ArticleInfoSchema>;

export function errorReply(message: string, suggestions?: string[]): Reply {
  return { kind: 'error', title: 'Sorry, I could not do that', summary: [message], sources: [], ...(suggestions?.length ? { suggestions } : {}) };
}

export interface ReplyLine {
  text: string;
  /** Index in `sources` of the passage the line comes from. */
  citation?: number;
  /** The heading the line sits under, when the reply groups its lines (a digest). */
  label?: string;
  /** For a dated event shown as a line: its date. */
  date?: string;
}

/**
 * The lines a surface shows above the sources: the summary, and for a digest
 * its dated events too, each with the number of the source it cites.
 */
export function replyLines(reply: Reply): ReplyLine[] {
  const lines: ReplyLine[] = reply.summary.map((text, i) => ({
    text,
    ...(reply.citations?.[i] !== undefined ? { citation: reply.citations[i] } : {}),
    ...(reply.labels?.[i] ? { label: reply.labels[i] } : {}),
  }));
  if (reply.kind === 'digest') {
    for (const event of reply.events ?? []) {
      const citation = reply.sources.findIndex((s) => s.articleId === event.source.articleId && s.paragraph === event.source.paragraph);
      lines.push({ text: event.text, date: event.date, label: 'Dated events', ...(citation >= 0 ? { citation } : {}) });
    }
  }
  return lines;
}
