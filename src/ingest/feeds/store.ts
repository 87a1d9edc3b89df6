/**
 * What feed polling remembers, and the store interface that keeps it (the
 * SQL implementation is in src/store/sqlStore.ts, beside the digest's, and
 * passes the same contract tests on SQLite and Postgres).
 *
 * Several processes may poll one store. A feed is polled by whoever claims
 * it (a conditional UPDATE … RETURNING that takes a lease), and an item is
 * fetched and saved only by the process whose INSERT … ON CONFLICT DO
 * NOTHING created its row, so no item is fetched or stored twice. Nothing is
 * read-then-written.
 */
import type { Platform } from '../../core/digest/store.ts';

export interface FeedRecord {
  /** The feed's canonical address: its key. */
  url: string;
  /** Where it was (last) added, and by whom. */
  platform: Platform;
  channelId: string;
  addedBy: string;
  addedAt: string;
  /** Given to each saved article as its tags. */
  topics: string[];
  title?: string;
  /** Validators for the next conditional request. */
  etag?: string;
  lastModified?: string;
  /** Hash of the last body read: the same body again costs nothing. */
  bodyHash?: string;
  /** False until the first poll has recorded the items the feed had when it was added. */
  primed: boolean;
  /** ISO instant the next poll is due. */
  nextPollAt: string;
  lastPolledAt?: string;
  /** One line on how the last poll went ("2 new articles", "not modified", the error). */
  lastResult?: string;
  /** Failed polls in a row. */
  failures: number;
  /** Set when polling stopped for a reason a person must look at; adding the feed again resumes it. */
  pausedReason?: string;
  /** Items recorded from this feed, and how many of them were saved as articles. */
  items: number;
  saved: number;
}

export type NewFeed = Pick<FeedRecord, 'url' | 'platform' | 'channelId' | 'addedBy' | 'addedAt' | 'topics'> & { title?: string };

export type ItemStatus =
  /** Recorded by a feed's first poll: known, never announced. */
  | 'seen'
  /** Claimed: a process is fetching it (or died doing so, until the lease ends). */
  | 'fetching'
  /** A fetch failed; the next attempt is due at `leaseUntil`. */
  | 'retrying'
  | 'saved'
  /** Its text is the same as an article already saved. */
  | 'duplicate'
  /** Not an article, or every attempt failed. */
  | 'failed';

export interface ItemRecord {
  /** The canonical link, or `guid:<feed>#<guid>` for an item without one. */
  key: string;
  feedUrl: string;
  guid?: string;
  url?: string;
  title?: string;
  /** What the feed said about the item when it was last read (parse.ts). */
  itemHash: string;
  /** Hash of the extracted article text. */
  contentHash?: string;
  /** The file in CONTENT_DIR. */
  file?: string;
  status: ItemStatus;
  owner?: string;
  leaseUntil?: string;
  attempts: number;
  firstSeen: string;
  updatedAt: string;
  detail?: string;
}

export type NewItem = Pick<ItemRecord, 'key' | 'feedUrl' | 'guid' | 'url' | 'title' | 'itemHash'>;

export interface Lease {
  owner: string;
  /** ISO instant of the claim. */
  at: string;
  leaseUntil: string;
}

/** How a poll ended, recorded by the holder of the feed's lease. */
export type PollOutcome =
  | {
      ok: true;
      etag?: string | undefined;
      lastModified?: string | undefined;
      bodyHash?: string | undefined;
      title?: string | undefined;
      result: string;
      nextPollAt: string;
    }
  | { ok: false; error: string; failures: number; nextPollAt: string; pausedReason?: string | undefined };

/** How an item's fetch ended, recorded by the holder of its claim. */
export type ItemOutcome =
  | { status: 'saved'; file: string; contentHash: string; itemHash: string; title?: string | undefined }
  | { status: 'duplicate'; contentHash: string; itemHash: string; detail: string }
  | { status: 'retrying'; error: string; nextAttemptAt: string }
  | { status: 'failed'; error: string };

export interface FeedStore {
  /** Follows a feed, or resumes and updates one already followed (keeping what it has seen). True when it is new. */
  addFeed(feed: NewFeed): Promise<boolean>;
  /** True when there was one to remove. Its items stay recorded, so adding it again floods nothing. */
  removeFeed(url: string): Promise<boolean>;
  getFeed(url: string): Promise<FeedRecord | undefined>;
  listFeeds(): Promise<FeedRecord[]>;
  /** Feeds not paused whose next poll is due by `at`. */
  dueFeeds(at: string): Promise<string[]>;
  /**
   * Atomically takes the feed's lease when it is not paused, nobody else holds
   * it, and its poll is due (or `anyTime` and it is not backing off after a failure).
   */
  claimFeed(url: string, lease: Lease, options?: { anyTime?: boolean }): Promise<FeedRecord | undefined>;
  /** Records the poll and releases the lease, only while `owner` holds it. A success marks the feed primed. */
  finishPoll(url: string, owner: string, outcome: PollOutcome, at: string): Promise<boolean>;

  /** Records items as seen (a first poll), skipping any already known. */
  recordSeen(items: NewItem[], at: string): Promise<void>;
  /** The item known by this feed's guid or by this canonical link, if any. */
  findItem(feedUrl: string, guid: string | undefined, url: string | undefined): Promise<ItemRecord | undefined>;
  /** Atomically records a new item as 'fetching' for `lease.owner`. False when its link or guid is already known. */
  claimItem(item: NewItem, lease: Lease): Promise<boolean>;
  /**
   * Atomically takes an item to fetch again: a saved one whose feed entry
   * changed (`itemHash` differs), or a 'fetching'/'retrying' one whose lease ended.
   */
  reclaimItem(key: string, lease: Lease, changedItemHash?: string): Promise<ItemRecord | undefined>;
  /** This feed's items whose fetch was abandoned or whose retry is due by `at`. */
  itemsDue(feedUrl: string, at: string): Promise<ItemRecord[]>;
  /** Records the outcome, only while `owner` holds the claim. */
  finishItem(key: string, owner: string, outcome: ItemOutcome, at: string): Promise<boolean>;
  getItem(key: string): Promise<ItemRecord | undefined>;

  /** Atomically claims an article text (by hash) for an item. False when another item has it. */
  claimContent(contentHash: string, key: string, at: string): Promise<boolean>;
  /** The item that holds an article text. */
  contentOwner(contentHash: string): Promise<string | undefined>;
  /** Gives a text back when its item could not be saved after all. */
  releaseContent(contentHash: string, key: string): Promise<void>;
}
