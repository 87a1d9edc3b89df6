/**
 * The digest store in SQL, shared by the SQLite and Postgres drivers: both run
 * the same statements (written with $1 placeholders), so they keep the same
 * guarantees. Claims rely on the database's own atomicity —
 * INSERT … ON CONFLICT DO NOTHING RETURNING and UPDATE … WHERE … RETURNING —
 * never on reading first and writing after.
 */
import type { Claim, ContentVersion, Delivery, DigestStore, Outcome, Platform, Slot, Subscription } from '../core/digest/store.ts';
import { FEEDS_MIGRATION, SqlFeedStore } from './feedSql.ts';

export type Row = Record<string, unknown>;

/** What a database must offer: parameterised queries, and migrations run by one process at a time. */
export interface SqlDriver {
  query(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs the pending migrations in order, serialised against other processes. */
  migrate(migrations: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

/** Append-only: a released migration is never edited, only followed by a new one. */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE subscriptions (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     time TEXT NOT NULL,
     time_zone TEXT NOT NULL,
     topics TEXT NOT NULL,
     when_empty TEXT NOT NULL,
     created_by TEXT NOT NULL,
     created_at TEXT NOT NULL,
     paused_reason TEXT,
     PRIMARY KEY (platform, channel_id)
   );
   CREATE TABLE deliveries (
     platform TEXT NOT NULL,
     channel_id TEXT NOT NULL,
     local_date TEXT NOT NULL,
     status TEXT NOT NULL,
     scheduled_for TEXT NOT NULL,
     owner TEXT NOT NULL,
     attempts INTEGER NOT NULL,
     lease_until TEXT NOT NULL,
     updated_at TEXT NOT NULL,
     message_id TEXT,
     passage_ids TEXT NOT NULL DEFAULT '[]',
     detail TEXT,
     PRIMARY KEY (platform, channel_id, local_date)
   );
   CREATE INDEX deliveries_unfinished ON deliveries (status, lease_until);
   CREATE TABLE content_versions (
     article_id TEXT PRIMARY KEY,
     hash TEXT NOT NULL,
     title TEXT NOT NULL,
     first_seen TEXT NOT NULL,
     changed_at TEXT NOT NULL
   );`,
  `CREATE TABLE seen_events (
     id TEXT PRIMARY KEY,
     seen_at TEXT NOT NULL
   );
   CREATE INDEX seen_events_age ON seen_events (seen_at);`,
  FEEDS_MIGRATION,
];

const SLOT = 'platform = $1 AND channel_id = $2 AND local_date = $3';

export class SqlDigestStore implements DigestStore {
  /** Followed feeds and the items seen in them, on the same database (feedSql.ts). */
  readonly feeds: SqlFeedStore;

  private constructor(private readonly db: SqlDriver) {
    this.feeds = new SqlFeedStore(db);
  }

  static async open(driver: SqlDriver): Promise<SqlDigestStore> {
    try {
      await driver.migrate(MIGRATIONS);
    } catch (error) {
      // Nobody else holds the driver: left open, its connections would keep the process alive.
      await driver.close().catch(() => {});
      throw error;
    }
    return new SqlDigestStore(driver);
  }

  async saveSubscription(s: Subscription): Promise<void> {
    await this.db.query(
      `INSERT INTO subscriptions (platform, channel_id, time, time_zone, topics, when_empty, created_by, created_at, paused_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, NULL)
       ON CONFLICT (platform, channel_id) DO UPDATE SET time = excluded.time, time_zone = excluded.time_zone,
         topics = excluded.topics, when_empty = excluded.when_empty, created_by = excluded.created_by,
         created_at = excluded.created_at, paused_reason = NULL`,
      [s.platform, s.channelId, s.time, s.timeZone, JSON.stringify(s.topics), s.whenEmpty, s.createdBy, s.createdAt],
    );
  }

  async removeSubscription(platform: Platform, channelId: string): Promise<boolean> {
    const rows = await this.db.query('DELETE FROM subscriptions WHERE platform = $1 AND channel_id = $2 RETURNING platform', [platform, channelId]);
    return rows.length > 0;
  }

  async getSubscription(platform: Platform, channelId: string): Promise<Subscription | undefined> {
    const [row] = await this.db.query('SELECT * FROM subscriptions WHERE platform = $1 AND channel_id = $2', [platform, channelId]);
    return row && subscriptionOf(row);
  }

  async activeSubscriptions(): Promise<Subscription[]> {
    const rows = await this.db.query('SELECT * FROM subscriptions WHERE paused_reason IS NULL ORDER BY platform, channel_id');
    return rows.map(subscriptionOf);
  }

  async pauseSubscription(platform: Platform, channelId: string, reason: string): Promise<void> {
    await this.db.query('UPDATE subscriptions SET paused_reason = $3 WHERE platform = $1 AND channel_id = $2', [platform, channelId, reason]);
  }

  async claimSlot(slot: Slot, claim: Claim): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO deliveries (platform, channel_id, local_date, status, scheduled_for, owner, attempts, lease_until, updated_at)
       VALUES ($1, $2, $3, 'sending', $4, $5, 1, $6, $7)
       ON CONFLICT (platform, channel_id, local_date) DO NOTHING RETURNING owner`,
      [slot.platform, slot.channelId, slot.localDate, claim.scheduledFor, claim.owner, claim.leaseUntil, claim.at],
    );
    return rows.length > 0;
  }

  async reclaimSlot(slot: Slot, claim: Omit<Claim, 'scheduledFor'>): Promise<Delivery | undefined> {
    const [row] = await this.db.query(
      `UPDATE deliveries SET status = 'sending', owner = $4, lease_until = $5, updated_at = $6, attempts = attempts + 1
       WHERE ${SLOT} AND status IN ('sending', 'retrying') AND lease_until <= $6 RETURNING *`,
      [slot.platform, slot.channelId, slot.localDate, claim.owner, claim.leaseUntil, claim.at],
    );
    return row && deliveryOf(row);
  }

  async recordSkipped(slot: Slot, scheduledFor: string, reason: string, at: string): Promise<boolean> {
    const rows = await this.db.query(
      `INSERT INTO deliveries (platform, channel_id, local_date, status, scheduled_for, owner, attempts, lease_until, updated_at, detail)
       VALUES ($1, $2, $3, 'skipped', $4, '', 0, $5, $5, $6)
       ON CONFLICT (platform, channel_id, local_date) DO NOTHING RETURNING owner`,
      [slot.platform, slot.channelId, slot.localDate, scheduledFor, at, reason],
    );
    return rows.length > 0;
  }

  async finish(slot: Slot, owner: string, outcome: Outcome, at: string): Promise<boolean> {
    const messageId = outcome.status === 'sent' ? outcome.messageId : null;
    const passageIds = outcome.status === 'sent' ? JSON.stringify(outcome.passageIds) : '[]';
    const detail = 'error' in outcome ? outcome.error : null;
    const leaseUntil = outcome.status === 'retrying' ? outcome.nextAttemptAt : at;
    const rows = await this.db.query(
      `UPDATE deliveries SET status = $5, message_id = $6, passage_ids = $7, detail = $8, lease_until = $9, updated_at = $10
       WHERE ${SLOT} AND owner = $4 AND status = 'sending' RETURNING owner`,
      [slot.platform, slot.channelId, slot.localDate, owner, outcome.status, messageId, passageIds, detail, leaseUntil, at],
    );
    return rows.length > 0;
  }

  async getDelivery(slot: Slot): Promise<Delivery | undefined> {
    const [row] = await this.db.query(`SELECT * FROM deliveries WHERE ${SLOT}`, [slot.platform, slot.channelId, slot.localDate]);
    return row && deliveryOf(row);
  }

  async lastDelivery(platform: Platform, channelId: string): Promise<Delivery | undefined> {
    const [row] = await this.db.query('SELECT * FROM deliveries WHERE platform = $1 AND channel_id = $2 ORDER BY local_date DESC LIMIT 1', [platform, channelId]);
    return row && deliveryOf(row);
  }

  async lastSent(platform: Platform, channelId: string): Promise<Delivery | undefined> {
    const [row] = await this.db.query(
      `SELECT * FROM deliveries WHERE platform = $1 AND channel_id = $2 AND status = 'sent' ORDER BY local_date DESC LIMIT 1`,
      [platform, channelId],
    );
    return row && deliveryOf(row);
  }

  async unfinishedDue(at: string): Promise<Delivery[]> {
    const rows = await this.db.query(`SELECT * FROM deliveries WHERE status IN ('sending', 'retrying') AND lease_until <= $1 ORDER BY lease_until`, [at]);
    return rows.map(deliveryOf);
  }

  async recordContentVersions(versions: { articleId: string; hash: string; title: string }[], at: string): Promise<void> {
    for (const v of versions) {
      await this.db.query(
        `INSERT INTO content_versions (article_id, hash, title, first_seen, changed_at) VALUES ($1, $2, $3, $4, $4)
         ON CONFLICT (article_id) DO UPDATE SET hash = excluded.hash, title = excluded.title,
           changed_at = CASE WHEN content_versions.hash <> excluded.hash THEN excluded.changed_at ELSE content_versions.changed_at END`,
        [v.articleId, v.hash, v.title, at],
      );
    }
  }

  async contentVersions(): Promise<ContentVersion[]> {
    const rows = await this.db.query('SELECT * FROM content_versions ORDER BY article_id');
    return rows.map((r) => ({ articleId: text(r.article_id), hash: text(r.hash), title: text(r.title), firstSeen: text(r.first_seen), changedAt: text(r.changed_at) }));
  }

  private claimsSincePrune = 0;

  async claimEvent(id: string, at: string, forgetBefore: string): Promise<boolean> {
    // Pruning now and then keeps the table small without a job of its own.
    if (++this.claimsSincePrune >= 100) {
      this.claimsSincePrune = 0;
      await this.db.query('DELETE FROM seen_events WHERE seen_at < $1', [forgetBefore]);
    }
    const rows = await this.db.query('INSERT INTO seen_events (id, seen_at) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id', [id, at]);
    return rows.length > 0;
  }

  /** Resolves when the database answers a trivial query (readiness checks). */
  async ping(): Promise<void> {
    await this.db.query('SELECT 1');
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

const text = (value: unknown) => String(value);
const optional = (value: unknown) => (value === null || value === undefined ? undefined : String(value));

function subscriptionOf(row: Row): Subscription {
  const pausedReason = optional(row.paused_reason);
  return {
    platform: row.platform as Platform,
    channelId: text(row.channel_id),
    time: text(row.time),
    timeZone: text(row.time_zone),
    topics: JSON.parse(text(row.topics)) as string[],
    whenEmpty: row.when_empty === 'skip' ? 'skip' : 'say',
    createdBy: text(row.created_by),
    createdAt: text(row.created_at),
    ...(pausedReason !== undefined ? { pausedReason } : {}),
  };
}

function deliveryOf(row: Row): Delivery {
  const messageId = optional(row.message_id);
  const detail = optional(row.detail);
  return {
    platform: row.platform as Platform,
    channelId: text(row.channel_id),
    localDate: text(row.local_date),
    status: row.status as Delivery['status'],
    scheduledFor: text(row.scheduled_for),
    owner: text(row.owner),
    attempts: Number(row.attempts),
    leaseUntil: text(row.lease_until),
    updatedAt: text(row.updated_at),
    passageIds: JSON.parse(text(row.passage_ids)) as string[],
    ...(messageId !== undefined ? { messageId } : {}),
    ...(detail !== undefined ? { detail } : {}),
  };
}
