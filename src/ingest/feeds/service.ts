/**
 * What /feeds does: follow a feed (checking first that the address is a
 * feed, and recording what it holds now without announcing it), list the
 * feeds with how their polling goes, and stop following one. Shared by every
 * platform and the console.
 */
import type { Platform } from '../../core/digest/store.ts';
import { canonicalUrl } from '../canonicalUrl.ts';
import { FetchRefusal } from '../fetch/index.ts';
import { NotAFeedError } from './parse.ts';
import type { FeedPoller } from './poller.ts';
import { describeFailure, FEED_DEFAULTS } from './policy.ts';
import type { FeedRecord, FeedStore } from './store.ts';

export interface FeedChannel {
  platform: Platform;
  channelId: string;
  userId: string;
}

export type AddResult =
  | { ok: true; feed: FeedRecord; created: boolean; resumed: boolean }
  | { ok: false; message: string };

export type RemoveResult = { removed: true; feed: FeedRecord } | { removed: false; reason: 'not-found' | 'elsewhere'; feed?: FeedRecord };

export interface FeedServiceOptions {
  store: FeedStore;
  poller: FeedPoller;
  now?: () => Date;
  maxFeeds?: number;
  /** Called after a feed is added: the bot starts its poller then, if it was not running. */
  onAdded?: () => void;
}

/** The feed address as typed, as its canonical key; Slack sends pasted links as `<https://…|label>`. */
export function feedUrlOf(input: string): string | undefined {
  const unwrapped = input.trim().replace(/^<([^|>]+)(?:\|[^>]*)?>$/, '$1');
  return unwrapped.length <= 2000 ? canonicalUrl(unwrapped) : undefined;
}

export class FeedService {
  readonly store: FeedStore;
  readonly poller: FeedPoller;
  private readonly now: () => Date;

  constructor(private readonly options: FeedServiceOptions) {
    this.store = options.store;
    this.poller = options.poller;
    this.now = options.now ?? (() => new Date());
  }

  /** Minutes between polls. */
  get pollMinutes(): number {
    return this.poller.intervalMs / 60_000;
  }

  async add(channel: FeedChannel, input: string, topics: string[]): Promise<AddResult> {
    const url = feedUrlOf(input);
    if (!url) return { ok: false, message: 'That is not a web address; give the feed’s full http(s) address, e.g. `/feeds add https://example.com/rss.xml`.' };
    const existing = await this.store.getFeed(url);
    if (!existing && (await this.store.listFeeds()).length >= (this.options.maxFeeds ?? FEED_DEFAULTS.maxFeeds)) {
      return { ok: false, message: `briefbot already follows ${this.options.maxFeeds ?? FEED_DEFAULTS.maxFeeds} feeds, its limit; remove one first (/feeds list shows them).` };
    }
    let probed;
    try {
      probed = await this.poller.probe(url);
    } catch (error) {
      if (error instanceof FetchRefusal || error instanceof NotAFeedError) return { ok: false, message: `I could not follow that feed: ${describeFailure(error)}.` };
      throw error;
    }
    const created = await this.store.addFeed({
      url,
      platform: channel.platform,
      channelId: channel.channelId,
      addedBy: channel.userId,
      addedAt: this.now().toISOString(),
      topics,
      ...(probed.parsed.title ? { title: probed.parsed.title } : {}),
    });
    const before = existing ?? (await this.store.getFeed(url));
    // A new feed's first poll, from what was just fetched: its items are recorded, not announced.
    if (before && !before.primed) await this.poller.pollFeed(url, { anyTime: true, fetched: probed });
    this.options.onAdded?.();
    const feed = (await this.store.getFeed(url)) ?? before!;
    return { ok: true, feed, created, resumed: Boolean(existing?.pausedReason) };
  }

  list(): Promise<FeedRecord[]> {
    return this.store.listFeeds();
  }

  /** Only where the feed was added (or from the console on the server). */
  async remove(channel: FeedChannel, input: string): Promise<RemoveResult> {
    const url = feedUrlOf(input);
    const feed = url ? await this.store.getFeed(url) : undefined;
    if (!url || !feed) return { removed: false, reason: 'not-found' };
    const here = channel.platform === 'console' || (feed.platform === channel.platform && feed.channelId === channel.channelId);
    if (!here) return { removed: false, reason: 'elsewhere', feed };
    await this.store.removeFeed(url);
    return { removed: true, feed };
  }
}
