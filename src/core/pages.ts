/**
 * Paging of a reply's sources or events ("More sources"). A page is a pure
 * function of the reply and its number, so a button only needs to carry the
 * command, the query and the page to be answered again after a restart.
 */
import type { Reply, Source, TimelineEvent } from './reply.ts';

/** How many sources (or events) one page shows, per kind of reply. */
export const PAGE_SIZE: Record<Reply['kind'], number> = {
  brief: 3,
  who: 3,
  lookup: 3,
  search: 5,
  events: 8,
  sources: 10,
  help: 10,
  not_found: 3,
  error: 3,
  digest: 10,
};

export interface ReplyPage {
  page: number;
  pages: number;
  sources: { source: Source; number: number }[];
  events: { event: TimelineEvent; number: number }[];
  hasMore: boolean;
}

/** The sources (or, for a timeline, the events) on one page; out-of-range pages clamp to the last. */
export function pageOf(reply: Reply, requested: number): ReplyPage {
  const size = PAGE_SIZE[reply.kind];
  const items = reply.kind === 'events' ? (reply.events?.length ?? 0) : reply.sources.length;
  const pages = Math.max(1, Math.ceil(items / size));
  const page = Math.min(Math.max(0, Math.floor(requested) || 0), pages - 1);
  const from = page * size;
  const number = (i: number) => from + i + 1;
  return {
    page,
    pages,
    sources: reply.kind === 'events' ? [] : reply.sources.slice(from, from + size).map((source, i) => ({ source, number: number(i) })),
    events: reply.kind === 'events' ? (reply.events ?? []).slice(from, from + size).map((event, i) => ({ event, number: number(i) })) : [],
    hasMore: page < pages - 1,
  };
}
