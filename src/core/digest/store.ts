/**
 * What the digest remembers, and the store interface that keeps it. The core
 * owns the shapes and the rules; `src/store/` has a SQLite and a Postgres
 * implementation that pass the same contract tests.
 *
 * Exactly-once delivery rests on one row per (platform, channel, local date):
 * a process may send only after it created that row (`claimSlot`, an atomic
 * INSERT … ON CONFLICT DO NOTHING) or took over an abandoned one
 * (`reclaimSlot`, an atomic conditional UPDATE). Nothing is read-then-written.
 */
import { z } from 'zod';

export const PlatformSchema = z.enum(['discord', 'slack', 'console']);
export type Platform = z.infer<typeof PlatformSchema>;

export const SubscriptionSchema = z.object({
  platform: PlatformSchema,
  channelId: z.string().min(1),
  /** Local time of day, HH:MM (24-hour). */
  time: z.string().regex(/^\d{2}:\d{2}$/),
  /** IANA time zone name, e.g. Europe/London. */
  timeZone: z.string().min(1),
  topics: z.array(z.string()),
  /** What to do when there is nothing new: post a short line, or stay quiet. */
  whenEmpty: z.enum(['say', 'skip']),
  createdBy: z.string(),
  /** ISO instant. Occurrences before it are never due. */
  createdAt: z.string(),
  /** Set when delivery stopped for a reason only a person can fix (channel gone, bot removed). */
  pausedReason: z.string().optional(),
});
export type Subscription = z.infer<typeof SubscriptionSchema>;

export const DeliveryStatus = z.enum([
  /** Claimed; a process is sending it (or died doing so, until the lease ends). */
  'sending',
  /** A send failed; the next attempt is due at `leaseUntil`. */
  'retrying',
  'sent',
  /** Nothing new, and the channel asked for silence then. */
  'nothing_new',
  /** The bot was not running in time and the slot is past the grace period. */
  'skipped',
  /** Every attempt failed. */
  'failed',
  /** The channel is gone or the bot lost access; the subscription is paused. */
  'paused',
]);
export type DeliveryStatus = z.infer<typeof DeliveryStatus>;

export const SlotSchema = z.object({
  platform: PlatformSchema,
  channelId: z.string(),
  /** The subscription's local calendar date, YYYY-MM-DD. */
  localDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type Slot = z.infer<typeof SlotSchema>;

export const DeliverySchema = SlotSchema.extend({
  status: DeliveryStatus,
  /** ISO instant the digest was scheduled for. */
  scheduledFor: z.string(),
  owner: z.string(),
  attempts: z.number().int().nonnegative(),
  /** ISO instant: when a 'sending' claim may be taken over, or when a retry is due. */
  leaseUntil: z.string(),
  updatedAt: z.string(),
  messageId: z.string().optional(),
  passageIds: z.array(z.string()),
  detail: z.string().optional(),
});
export type Delivery = z.infer<typeof DeliverySchema>;

export const ContentVersionSchema = z.object({
  articleId: z.string(),
  hash: z.string(),
  title: z.string(),
  firstSeen: z.string(),
  /** When the hash last changed (equal to firstSeen for an unchanged article). */
  changedAt: z.string(),
});
export type ContentVersion = z.infer<typeof ContentVersionSchema>;

export interface Claim {
  owner: string;
  /** ISO instant of the claim. */
  at: string;
  leaseUntil: string;
  scheduledFor: string;
}

/** How a delivery ended, recorded by the owner of its claim. */
export type Outcome =
  | { status: 'sent'; messageId: string; passageIds: string[] }
  | { status: 'nothing_new' }
  | { status: 'retrying'; error: string; nextAttemptAt: string }
  | { status: 'failed'; error: string }
  | { status: 'paused'; error: string };

export interface DigestStore {
  /** Creates or replaces a channel's subscription; a paused one resumes. */
  saveSubscription(subscription: Subscription): Promise<void>;
  /** True when there was one to remove. Past deliveries are kept. */
  removeSubscription(platform: Platform, channelId: string): Promise<boolean>;
  getSubscription(platform: Platform, channelId: string): Promise<Subscription | undefined>;
  /** Subscriptions that are not paused. */
  activeSubscriptions(): Promise<Subscription[]>;
  pauseSubscription(platform: Platform, channelId: string, reason: string): Promise<void>;

  /** Atomically creates the slot's row as 'sending'. False when any row exists already. */
  claimSlot(slot: Slot, claim: Claim): Promise<boolean>;
  /**
   * Atomically takes over a slot left 'sending' or 'retrying' whose lease has
   * ended, counting one more attempt. Undefined when it is not there to take.
   */
  reclaimSlot(slot: Slot, claim: Omit<Claim, 'scheduledFor'>): Promise<Delivery | undefined>;
  /** Records a slot nobody will send (past the grace period). False when a row exists. */
  recordSkipped(slot: Slot, scheduledFor: string, reason: string, at: string): Promise<boolean>;
  /** Records the outcome, only while `owner` still holds the claim. False otherwise. */
  finish(slot: Slot, owner: string, outcome: Outcome, at: string): Promise<boolean>;
  getDelivery(slot: Slot): Promise<Delivery | undefined>;
  /** The channel's most recent slot with a row, whatever its status. */
  lastDelivery(platform: Platform, channelId: string): Promise<Delivery | undefined>;
  /** The channel's most recent slot that reached the channel ('sent'). */
  lastSent(platform: Platform, channelId: string): Promise<Delivery | undefined>;
  /** Slots 'sending' or 'retrying' whose lease ended by `at`: abandoned claims and due retries. */
  unfinishedDue(at: string): Promise<Delivery[]>;

  /** Records each article's current hash; `changedAt` moves only when the hash differs. */
  recordContentVersions(versions: { articleId: string; hash: string; title: string }[], at: string): Promise<void>;
  contentVersions(): Promise<ContentVersion[]>;

  /**
   * Records a platform event id (a Slack event that may be retried, or
   * delivered to more than one instance). True only for the first process to
   * record it. Ids older than `forgetBefore` are forgotten.
   */
  claimEvent(id: string, at: string, forgetBefore: string): Promise<boolean>;

  close(): Promise<void>;
}

/**
 * The store did not answer in time or lost its connection (a database that
 * hangs, restarts or is unreachable), as opposed to a statement that failed.
 * /digest turns it into a reply saying so; everything else keeps answering.
 */
export class StoreUnavailableError extends Error {}
