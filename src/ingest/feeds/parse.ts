/**
 * A feed's text (RSS 2.0, Atom, RDF or JSON Feed) as the list of items the
 * poller needs: an id, the article's canonical link, a title, and a hash of
 * what the feed says about the item, which changes when the article is
 * revised. Parsing is feedsmith's; this only bounds and normalises.
 */
import { createHash } from 'node:crypto';
import { parseFeed } from 'feedsmith';
import { canonicalUrl } from '../canonicalUrl.ts';

/** More items than any news feed carries; the rest of a huge feed is ignored. */
export const MAX_FEED_ITEMS = 200;
const MAX_GUID_LENGTH = 500;
const MAX_TITLE_LENGTH = 300;
const MAX_URL_LENGTH = 2000;

export interface FeedItem {
  /** The feed's id for the item (RSS guid, Atom id, JSON Feed id). */
  guid?: string;
  /** The article's address, canonical (tracking parameters stripped). */
  link?: string;
  title?: string;
  /** Changes when the feed's title, date or text for the item changes. */
  hash: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'rdf' | 'json';
  title?: string;
  items: FeedItem[];
}

/** The document is not a feed; the message can be shown as it is. */
export class NotAFeedError extends Error {
  override readonly name = 'NotAFeedError';
}

const clean = (value: unknown, max: number): string | undefined => {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text ? text.slice(0, max) : undefined;
};

/** An item's link as an absolute, canonical http(s) address (relative links resolve against the feed). */
function linkOf(link: unknown, feedUrl: string): string | undefined {
  if (typeof link !== 'string' || !link.trim() || link.length > MAX_URL_LENGTH) return undefined;
  try {
    return canonicalUrl(new URL(link.trim(), feedUrl));
  } catch {
    return undefined;
  }
}

const hashOf = (parts: unknown[]) => createHash('sha256').update(JSON.stringify(parts)).digest('hex');

interface RawItem {
  guid?: string | undefined;
  links: (string | undefined)[];
  title?: string | undefined;
  /** What may change when the article is revised. */
  revision: unknown[];
}

function rawItems(parsed: ReturnType<typeof parseFeed>): { title?: string | undefined; items: RawItem[] } {
  switch (parsed.format) {
    case 'rss':
      return {
        title: parsed.feed.title,
        items: (parsed.feed.items ?? []).map((item) => {
          const guid = item.guid?.value;
          return {
            guid,
            // A guid that is a permalink is the article's address when the item has no link.
            links: [item.link, item.guid?.isPermaLink !== false ? guid : undefined],
            title: item.title,
            revision: [item.title, item.description, item.content?.encoded],
          };
        }),
      };
    case 'atom':
      return {
        title: parsed.feed.title?.value,
        items: (parsed.feed.entries ?? []).map((entry) => {
          const links = entry.links ?? [];
          const alternate = links.find((l) => !l.rel || l.rel === 'alternate');
          return {
            guid: entry.id,
            links: [alternate?.href, ...links.filter((l) => l.rel !== 'self' && l.rel !== 'enclosure').map((l) => l.href)],
            title: entry.title?.value,
            revision: [entry.title?.value, entry.updated, entry.summary?.value, entry.content?.value],
          };
        }),
      };
    case 'rdf':
      return {
        title: parsed.feed.title,
        items: (parsed.feed.items ?? []).map((item) => ({
          guid: item.rdf?.about ?? item.link,
          links: [item.link, item.rdf?.about],
          title: item.title,
          revision: [item.title, item.description, item.content?.encoded],
        })),
      };
    case 'json':
      return {
        title: parsed.feed.title,
        items: (parsed.feed.items ?? []).map((item) => ({
          guid: item.id === undefined ? undefined : String(item.id),
          links: [item.url, item.external_url],
          title: item.title,
          revision: [item.title, item.date_modified, item.summary, item.content_html, item.content_text],
        })),
      };
  }
}

/**
 * Parses a feed fetched from `feedUrl` (relative links resolve against it).
 * Throws NotAFeedError for anything feedsmith does not recognise as a feed.
 */
export function parseFeedText(text: string, feedUrl: string, options: { maxItems?: number } = {}): ParsedFeed {
  let parsed: ReturnType<typeof parseFeed>;
  try {
    parsed = parseFeed(text, { maxItems: options.maxItems ?? MAX_FEED_ITEMS });
  } catch {
    throw new NotAFeedError('that address is not a feed (RSS, Atom or JSON Feed)');
  }
  const { title, items } = rawItems(parsed);
  const normalised: FeedItem[] = [];
  for (const raw of items.slice(0, options.maxItems ?? MAX_FEED_ITEMS)) {
    const guid = clean(raw.guid, MAX_GUID_LENGTH);
    const link = raw.links.map((l) => linkOf(l, feedUrl)).find((l) => l !== undefined);
    // An item with neither an id nor a link cannot be told apart from the next one.
    if (!guid && !link) continue;
    const itemTitle = clean(raw.title, MAX_TITLE_LENGTH);
    normalised.push({
      ...(guid ? { guid } : {}),
      ...(link ? { link } : {}),
      ...(itemTitle ? { title: itemTitle } : {}),
      hash: hashOf(raw.revision),
    });
  }
  const feedTitle = clean(title, MAX_TITLE_LENGTH);
  return { format: parsed.format, ...(feedTitle ? { title: feedTitle } : {}), items: normalised };
}
