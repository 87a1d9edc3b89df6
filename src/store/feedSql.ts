/**
 * The feed store in SQL (src/ingest/feeds/store.ts), on the same driver and
 * database as the digest store, with the same rule: every claim is one atomic
 * statement — INSERT … ON CONFLICT DO NOTHING RETURNING, or UPDATE … WHERE …
 * RETURNING — never a read followed by a write. Its tables come with the
 * migration below, appended to MIGRATIONS in sqlStore.ts.
 */
import type { Platform } from '../core/digest/store.ts';
import type { FeedRecord, FeedStore, ItemOutcome, ItemRecord, ItemStatus, Lease, NewFeed, NewItem, PollOutcome } from '../ingest/feeds/store.ts';
import type { Row, SqlDriver } from './sqlStore.ts';

/**
 * Feeds (keyed by canonical address), the items seen in them (keyed by
 * canonical link, or by guid when an item has none; a guid is unique per
 * feed), and article texts by hash, so one text is saved once.
 */
export const FEEDS_MIGRATION = `CREATE TABLE feeds (
     url TEXT PRIMARY KEY,
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     added_by TEXT NOT NULL,
     added_at TEXT NOT NULL,
     topics TEXT NOT NULL,
     title TEXT,
     etag TEXT,
     last_modified TEXT,
     body_hash TEXT,
     primed INTEGER NOT NULL DEFAULT 0,
     next_poll_at TEXT NOT NULL,
     lease_owner TEXT,
     lease_until TEXT,
     last_polled_at TEXT,
     last_result TEXT,
     failures INTEGER NOT NULL DEFAULT 0,
     paused_reason TEXT
   );
   CREATE INDEX feeds_due ON feeds (next_poll_at);
   CREATE TABLE feed_items (
     item_key TEXT PRIMARY KEY,
     feed_url TEXT NOT NULL,
     guid TEXT,
     url TEXT,
     title TEXT,
     item_hash TEXT NOT NULL,
     content_hash TEXT,
     file TEXT,
     status TEXT NOT NULL,
     owner TEXT,
     lease_until TEXT,
     attempts INTEGER NOT NULL DEFAULT 0,
     first_seen TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     detail TEXT
   );
   CREATE UNIQUE INDEX feed_items_guid ON feed_items (feed_url, guid);
   CREATE UNIQUE INDEX feed_items_url ON feed_items (url);
   CREATE INDEX feed_items_due ON feed_items (feed_url, status, lease_until);
   CREATE TABLE feed_contents (
     content_hash TEXT PRIMARY KEY,
     item_key TEXT NOT NULL,
     claimed_at TEXT NOT NULL
   );`;

/** SQL has NULL where TypeScript has undefined. */
const orNull = (value: string | undefined | null) => value ?? null;

export class SqlFeedStore implements FeedStore {
  constructor(private readonly db: SqlDriver) {}

  async addFeed(feed: NewFeed): Promise<boolean> {
    const created = await this.db.query(
      `INSERT INTO feeds (url, platform, channel_id, added_by, added_at, topics, title, next_poll_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $5) ON CONFLICT (url) DO NOTHING RETURNING url`,
      [feed.url, feed.platform, feed.channelId, feed.addedBy, feed.addedAt, JSON.stringify(feed.topics), orNull(feed.title)],
    );
    if (created.length > 0) return true;
    // Following it again: new settings, and a paused or backing-off feed is polled at once.
    await this.db.query(
      `UPDATE feeds SET platform = $2, channel_id = $3, added_by = $4, topics = $5, title = COALESCE($6, title),
         paused_reason = NULL, failures = 0, next_poll_at = $7 WHERE url = $1`,
      [feed.url, feed.platform, feed.channelId, feed.addedBy, JSON.stringify(feed.topics), orNull(feed.title), feed.addedAt],
    );
    return false;
  }

  async removeFeed(url: string): Promise<boolean> {
    return (await this.db.query('DELETE FROM feeds WHERE url = $1 RETURNING url', [url])).length > 0;
  }

  async getFeed(url: string): Promise<FeedRecord | undefined> {
    const [row] = await this.db.query(`${WITH_COUNTS} WHERE f.url = $1`, [url]);
    return row && feedOf(row);
  }

  async listFeeds(): Promise<FeedRecord[]> {
    return (await this.db.query(`${WITH_COUNTS} ORDER BY f.added_at, f.url`)).map(feedOf);
  }

  async dueFeeds(at: string): Promise<string[]> {
    const rows = await this.db.query('SELECT url FROM feeds WHERE paused_reason IS NULL AND next_poll_at <= $1 ORDER BY next_poll_at, url', [at]);
    return rows.map((r) => String(r.url));
  }

  async claimFeed(url: string, lease: Lease, options: { anyTime?: boolean } = {}): Promise<FeedRecord | undefined> {
    const [row] = await this.db.query(
      `UPDATE feeds SET lease_owner = $2, lease_until = $3
       WHERE url = $1 AND paused_reason IS NULL AND (lease_until IS NULL OR lease_until <= $4)
         AND (next_poll_at <= $4 OR ($5 = 1 AND failures = 0))
       RETURNING *`,
      [url, lease.owner, lease.leaseUntil, lease.at, options.anyTime ? 1 : 0],
    );
    return row && feedOf(row);
  }

  async finishPoll(url: string, owner: string, outcome: PollOutcome, at: string): Promise<boolean> {
    const rows = outcome.ok
      ? await this.db.query(
          `UPDATE feeds SET etag = $3, last_modified = $4, body_hash = $5, title = COALESCE($6, title), last_result = $7,
             next_poll_at = $8, last_polled_at = $9, failures = 0, primed = 1, lease_owner = NULL, lease_until = NULL
           WHERE url = $1 AND lease_owner = $2 RETURNING url`,
          [url, owner, orNull(outcome.etag), orNull(outcome.lastModified), orNull(outcome.bodyHash), orNull(outcome.title), outcome.result, outcome.nextPollAt, at],
        )
      : await this.db.query(
          `UPDATE feeds SET failures = $3, last_result = $4, next_poll_at = $5, paused_reason = $6, last_polled_at = $7,
             lease_owner = NULL, lease_until = NULL
           WHERE url = $1 AND lease_owner = $2 RETURNING url`,
          [url, owner, outcome.failures, outcome.error, outcome.nextPollAt, orNull(outcome.pausedReason), at],
        );
    return rows.length > 0;
  }

  async recordSeen(items: NewItem[], at: string): Promise<void> {
    for (const item of items) {
      await this.db.query(
        `INSERT INTO feed_items (item_key, feed_url, guid, url, title, item_hash, status, attempts, first_seen, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'seen', 0, $7, $7) ON CONFLICT DO NOTHING`,
        [item.key, item.feedUrl, orNull(item.guid), orNull(item.url), orNull(item.title), item.itemHash, at],
      );
    }
  }

  async findItem(feedUrl: string, guid: string | undefined, url: string | undefined): Promise<ItemRecord | undefined> {
    // The same guid in the same feed wins over the same link elsewhere.
    const [row] = await this.db.query(
      `SELECT * FROM feed_items WHERE (feed_url = $1 AND guid = $2) OR url = $3 OR item_key = $3
       ORDER BY CASE WHEN feed_url = $1 AND guid = $2 THEN 0 ELSE 1 END LIMIT 1`,
      [feedUrl, orNull(guid), orNull(url)],
    );
    return row && itemOf(row);
  }

  async claimItem(item: NewItem, lease: Lease): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO feed_items (item_key, feed_url, guid, url, title, item_hash, status, owner, lease_until, attempts, first_seen, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'fetching', $7, $8, 1, $9, $9) ON CONFLICT DO NOTHING RETURNING item_key`,
      [item.key, item.feedUrl, orNull(item.guid), orNull(item.url), orNull(item.title), item.itemHash, lease.owner, lease.leaseUntil, lease.at],
    );
    return rows.length > 0;
  }

  async reclaimItem(key: string, lease: Lease, changedItemHash?: string): Promise<ItemRecord | undefined> {
    const [row] = await this.db.query(
      `UPDATE feed_items SET status = 'fetching', owner = $2, lease_until = $3, updated_at = $4,
         attempts = CASE WHEN status = 'saved' THEN 1 ELSE attempts + 1 END
       WHERE item_key = $1 AND (
         (status IN ('fetching', 'retrying') AND lease_until <= $4)
         OR (CAST($5 AS TEXT) IS NOT NULL AND status = 'saved' AND item_hash <> $5))
       RETURNING *`,
      [key, lease.owner, lease.leaseUntil, lease.at, orNull(changedItemHash)],
    );
    return row && itemOf(row);
  }

  async itemsDue(feedUrl: string, at: string): Promise<ItemRecord[]> {
    const rows = await this.db.query(
      `SELECT * FROM feed_items WHERE feed_url = $1 AND status IN ('fetching', 'retrying') AND lease_until <= $2 ORDER BY first_seen, item_key`,
      [feedUrl, at],
    );
    return rows.map(itemOf);
  }

  async finishItem(key: string, owner: string, outcome: ItemOutcome, at: string): Promise<boolean> {
    const mine = `WHERE item_key = $1 AND owner = $2 AND status = 'fetching' RETURNING item_key`;
    let rows: Row[];
    switch (outcome.status) {
      case 'saved':
        rows = await this.db.query(
          `UPDATE feed_items SET status = 'saved', file = $3, content_hash = $4, item_hash = $5, title = COALESCE($6, title),
             owner = NULL, lease_until = NULL, detail = NULL, updated_at = $7 ${mine}`,
          [key, owner, outcome.file, outcome.contentHash, outcome.itemHash, orNull(outcome.title), at],
        );
        break;
      case 'duplicate':
        rows = await this.db.query(
          `UPDATE feed_items SET status = 'duplicate', content_hash = $3, item_hash = $4, detail = $5, owner = NULL, lease_until = NULL, updated_at = $6 ${mine}`,
          [key, owner, outcome.contentHash, outcome.itemHash, outcome.detail, at],
        );
        break;
      case 'retrying':
        rows = await this.db.query(
          `UPDATE feed_items SET status = 'retrying', detail = $3, lease_until = $4, owner = NULL, updated_at = $5 ${mine}`,
          [key, owner, outcome.error, outcome.nextAttemptAt, at],
        );
        break;
      case 'failed':
        rows = await this.db.query(`UPDATE feed_items SET status = 'failed', detail = $3, owner = NULL, lease_until = NULL, updated_at = $4 ${mine}`, [
          key,
          owner,
          outcome.error,
          at,
        ]);
        break;
    }
    return rows.length > 0;
  }

  async getItem(key: string): Promise<ItemRecord | undefined> {
    const [row] = await this.db.query('SELECT * FROM feed_items WHERE item_key = $1', [key]);
    return row && itemOf(row);
  }

  async claimContent(contentHash: string, key: string, at: string): Promise<boolean> {
    const rows = await this.db.query(
      'INSERT INTO feed_contents (content_hash, item_key, claimed_at) VALUES ($1, $2, $3) ON CONFLICT (content_hash) DO NOTHING RETURNING item_key',
      [contentHash, key, at],
    );
    return rows.length > 0;
  }

  async contentOwner(contentHash: string): Promise<string | undefined> {
    const [row] = await this.db.query('SELECT item_key FROM feed_contents WHERE content_hash = $1', [contentHash]);
    return row ? String(row.item_key) : undefined;
  }

  async releaseContent(contentHash: string, key: string): Promise<void> {
    await this.db.query('DELETE FROM feed_contents WHERE content_hash = $1 AND item_key = $2', [contentHash, key]);
  }
}

const WITH_COUNTS = `SELECT f.*,
    (SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = f.url) AS item_count,
    (SELECT COUNT(*) FROM feed_items i WHERE i.feed_url = f.url AND i.status = 'saved') AS saved_count
  FROM feeds f`;

const text = (value: unknown) => String(value);
const optional = (value: unknown) => (value === null || value === undefined ? undefined : String(value));
/** Leaves out what is not set, so records compare equal however they were read. */
const defined = <T extends object>(record: T): T => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;

function feedOf(row: Row): FeedRecord {
  return defined({
    url: text(row.url),
    platform: row.platform as Platform,
    channelId: text(row.channel_id),
    addedBy: text(row.added_by),
    addedAt: text(row.added_at),
    topics: JSON.parse(text(row.topics)) as string[],
    title: optional(row.title),
    etag: optional(row.etag),
    lastModified: optional(row.last_modified),
    bodyHash: optional(row.body_hash),
    primed: Number(row.primed) === 1,
    nextPollAt: text(row.next_poll_at),
    lastPolledAt: optional(row.last_polled_at),
    lastResult: optional(row.last_result),
    failures: Number(row.failures),
    pausedReason: optional(row.paused_reason),
    items: Number(row.item_count ?? 0),
    saved: Number(row.saved_count ?? 0),
  });
}

function itemOf(row: Row): ItemRecord {
  return defined({
    key: text(row.item_key),
    feedUrl: text(row.feed_url),
    guid: optional(row.guid),
    url: optional(row.url),
    title: optional(row.title),
    itemHash: text(row.item_hash),
    contentHash: optional(row.content_hash),
    file: optional(row.file),
    status: row.status as ItemStatus,
    owner: optional(row.owner),
    leaseUntil: optional(row.lease_until),
    attempts: Number(row.attempts),
    firstSeen: text(row.first_seen),
    updatedAt: text(row.updated_at),
    detail: optional(row.detail),
  });
}
