/**
 * Delivers each subscription's digest once per local day.
 *
 * Every tick (and once at start, to catch up) the scheduler looks at each
 * active subscription's recent occurrences. A slot inside the grace period is
 * claimed in the store — only the process whose INSERT created the row sends —
 * and a slot older than that is recorded as skipped. Failed sends and claims
 * abandoned by a process that died are picked up by whichever process ticks
 * after their lease ends, so no timer state lives only in memory.
 */
import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import type { KnowledgeBase } from '../knowledge.ts';
import { log } from '../log.ts';
import type { Reply } from '../reply.ts';
import { composeChannelDigest } from './compose.ts';
import { canonicalTimeZone, localDateOf, occurrencesBetween } from './schedule.ts';
import type { Delivery, DigestStore, Outcome, Platform, Slot, Subscription } from './store.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** A platform's way to post a digest into a channel. */
export interface DigestSender {
  /** Posts the digest and resolves with the platform's message id. */
  send(channelId: string, reply: Reply, slot: Slot): Promise<string>;
  /**
   * The id of this slot's digest if it is already in the channel: a process
   * that died between sending and recording must not make the next one send again.
   */
  findSent?(channelId: string, slot: Slot, reply: Reply): Promise<string | undefined>;
}

/** The channel is gone, or the bot was removed from it or lost the right to post: retrying cannot help. */
export class ChannelGoneError extends Error {
  override name = 'ChannelGoneError';
}

export interface SchedulerOptions {
  store: DigestStore;
  senders: Partial<Record<Platform, DigestSender>>;
  /** The knowledge to compose from, read at each delivery so a content reload is picked up. */
  knowledge: () => KnowledgeBase;
  /** Names this process in claims; unique per process. */
  owner?: string;
  /** How late a digest may still go out after a restart (default 6 hours). */
  graceMs?: number;
  /** Waits before each retry; one attempt more than there are delays (default 1, 5, 15 and 60 minutes). */
  retryDelaysMs?: number[];
  /** How long a claim is held before another process may take it over (default 5 minutes). */
  leaseMs?: number;
  tickMs?: number;
  /** How many channels are sent to at once (default 4). */
  concurrency?: number;
  now?: () => Date;
  /** Told how each slot this process settled ended (metrics): its delivery status, or skipped for being too late. */
  onSettled?: (platform: Platform, outcome: Delivery['status'] | 'skipped') => void;
}

export interface TickReport {
  sent: number;
  skipped: number;
  retried: number;
  failed: number;
}

export function digestTitle(slot: Slot): string {
  const day = new Date(`${slot.localDate}T12:00:00Z`);
  const label = new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }).format(day);
  return `Daily digest · ${label}`;
}

export class DigestScheduler {
  readonly owner: string;
  private readonly graceMs: number;
  private readonly retryDelaysMs: number[];
  private readonly leaseMs: number;
  private readonly tickMs: number;
  private readonly concurrency: number;
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<TickReport> | undefined;
  private stopped = true;
  /** Slots this process has seen settled, so a tick does not ask the store about them again. */
  private readonly settled = new Set<string>();

  constructor(private readonly options: SchedulerOptions) {
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.graceMs = options.graceMs ?? 6 * HOUR;
    this.retryDelaysMs = options.retryDelaysMs ?? [1, 5, 15, 60].map((m) => m * MINUTE);
    this.leaseMs = options.leaseMs ?? 5 * MINUTE;
    this.tickMs = options.tickMs ?? 30_000;
    this.concurrency = Math.max(1, options.concurrency ?? 4);
    this.now = options.now ?? (() => new Date());
  }

  /** Catches up at once, then ticks until stopped. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    const loop = async () => {
      await this.tick();
      if (!this.stopped) this.timer = setTimeout(loop, this.tickMs);
    };
    void loop();
  }

  /** Stops ticking and waits for a tick in progress to finish. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** One pass over due slots. Concurrent calls share the pass in progress. */
  tick(): Promise<TickReport> {
    this.running ??= this.pass()
      .catch((error: unknown) => {
        log('error', 'digest tick failed; the next tick tries again', { error: String(error) });
        return { sent: 0, skipped: 0, retried: 0, failed: 0 };
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  private async pass(): Promise<TickReport> {
    const report: TickReport = { sent: 0, skipped: 0, retried: 0, failed: 0 };
    const { store } = this.options;
    const now = this.now();
    const served = (platform: Platform) => this.options.senders[platform] !== undefined;
    // Sends, per channel in slot order; channels are served several at a time.
    const work = new Map<string, (() => Promise<void>)[]>();
    const queue = (platform: Platform, channelId: string, task: () => Promise<void>) => {
      const key = `${platform}\u0000${channelId}`;
      work.set(key, [...(work.get(key) ?? []), task]);
    };

    for (const subscription of await store.activeSubscriptions()) {
      if (!served(subscription.platform)) continue;
      try {
        for (const task of await this.dueSends(subscription, now, report)) queue(subscription.platform, subscription.channelId, task);
      } catch (error) {
        // One channel's trouble (a zone this runtime no longer knows, a store hiccup) must not hold up the others.
        log('error', 'digest scheduling failed for a channel', { platform: subscription.platform, channel: subscription.channelId, error: String(error) });
      }
    }
    if (this.settled.size > 50_000) this.settled.clear(); // a memo, not a record: the store answers again

    for (const unfinished of await store.unfinishedDue(now.toISOString())) {
      if (!served(unfinished.platform)) continue;
      queue(unfinished.platform, unfinished.channelId, async () => {
        const taken = await store.reclaimSlot(unfinished, { owner: this.owner, at: this.now().toISOString(), leaseUntil: this.leaseEnd(this.now()) });
        if (!taken) return;
        report.retried++;
        this.count(report, await this.resume(taken));
      });
    }

    await inParallel([...work.values()], this.concurrency, async (tasks) => {
      for (const task of tasks) {
        try {
          await task();
        } catch (error) {
          log('error', 'digest delivery failed; the next tick tries again', { error: String(error) });
        }
      }
    });
    return report;
  }

  /**
   * Records the subscription's slots too late to send, and returns the sends
   * of those due. Each send claims its slot only when it runs, so a claim's
   * lease starts when its digest is about to go.
   */
  private async dueSends(subscription: Subscription, now: Date, report: TickReport): Promise<(() => Promise<void>)[]> {
    const { store } = this.options;
    if (!canonicalTimeZone(subscription.timeZone)) {
      // Only a person can fix this (the zone was edited in by hand, or left the runtime's zone database).
      const reason = `its time zone ${subscription.timeZone} is unknown here; run /digest subscribe again with a zone such as Europe/London`;
      log('warn', 'digest subscription paused', { platform: subscription.platform, channel: subscription.channelId, reason });
      await store.pauseSubscription(subscription.platform, subscription.channelId, reason);
      return [];
    }
    const sends: (() => Promise<void>)[] = [];
    // Two days back is enough to record the slots a short outage missed.
    const from = new Date(Math.max(Date.parse(subscription.createdAt), now.getTime() - 2 * 24 * HOUR));
    for (const occurrence of occurrencesBetween(subscription, from, now)) {
      const slot: Slot = { platform: subscription.platform, channelId: subscription.channelId, localDate: localDateOf(occurrence, subscription.timeZone) };
      const key = slotKey(slot);
      if (this.settled.has(key)) continue;
      if (now.getTime() - occurrence.getTime() > this.graceMs) {
        const hours = Math.round((this.graceMs / HOUR) * 10) / 10;
        const reason = `not sent: briefbot was not running at ${subscription.time} (${subscription.timeZone}) or in the ${hours}-hour grace period after it`;
        if (await store.recordSkipped(slot, occurrence.toISOString(), reason, now.toISOString())) {
          report.skipped++;
          this.options.onSettled?.(slot.platform, 'skipped');
        }
        this.settled.add(key);
        continue;
      }
      sends.push(async () => {
        const at = this.now();
        const claimed = await store.claimSlot(slot, { owner: this.owner, at: at.toISOString(), leaseUntil: this.leaseEnd(at), scheduledFor: occurrence.toISOString() });
        this.settled.add(key); // ours or another process's: either way this process is done with it
        if (claimed) this.count(report, await this.deliver(subscription, slot, 1));
      });
    }
    return sends;
  }

  private count(report: TickReport, status: Delivery['status']): void {
    if (status === 'sent' || status === 'nothing_new') report.sent++;
    if (status === 'failed' || status === 'paused') report.failed++;
  }

  private leaseEnd(now: Date): string {
    return new Date(now.getTime() + this.leaseMs).toISOString();
  }

  /** A claim taken over: a retry that fell due, or a send that may or may not have happened. */
  private async resume(delivery: Delivery): Promise<Delivery['status']> {
    const subscription = await this.options.store.getSubscription(delivery.platform, delivery.channelId);
    if (!subscription || subscription.pausedReason) {
      const reason = subscription ? `subscription paused: ${subscription.pausedReason}` : 'the channel unsubscribed';
      await this.options.store.finish(delivery, this.owner, { status: 'failed', error: reason }, this.now().toISOString());
      this.options.onSettled?.(delivery.platform, 'failed');
      return 'failed';
    }
    return this.deliver(subscription, delivery, delivery.attempts);
  }

  /** Composes and sends one digest for a slot this process holds, and records how it went. */
  private async deliver(subscription: Subscription, slot: Slot, attempt: number): Promise<Delivery['status']> {
    const outcome = await this.attempt(subscription, slot, attempt);
    // Recorded outside the attempt: a store failure here must never look like a failed send and cause a second one.
    await this.options.store.finish(slot, this.owner, outcome, this.now().toISOString());
    this.options.onSettled?.(slot.platform, outcome.status);
    return outcome.status;
  }

  private async attempt(subscription: Subscription, slot: Slot, attempt: number): Promise<Outcome> {
    const { store } = this.options;
    const sender = this.options.senders[slot.platform]!;
    try {
      // A digest that cannot be composed is a failed attempt like any other: retried, then given up.
      const digest = await composeChannelDigest(this.options.knowledge(), store, slot, { title: digestTitle(slot), topics: subscription.topics });
      if (!digest.hasNews && subscription.whenEmpty === 'skip') return { status: 'nothing_new' };
      const already = attempt > 1 && sender.findSent ? await sender.findSent(slot.channelId, slot, digest.reply) : undefined;
      const messageId = already ?? (await sender.send(slot.channelId, digest.reply, slot));
      log('info', 'digest delivered', { platform: slot.platform, channel: slot.channelId, date: slot.localDate, attempt, found: already !== undefined });
      return { status: 'sent', messageId, passageIds: digest.passageIds };
    } catch (error) {
      const message = describe(error);
      if (error instanceof ChannelGoneError) {
        log('warn', 'digest channel is gone; subscription paused', { platform: slot.platform, channel: slot.channelId, reason: message });
        await store.pauseSubscription(slot.platform, slot.channelId, message);
        return { status: 'paused', error: message };
      }
      const delay = this.retryDelaysMs[attempt - 1];
      if (delay === undefined) {
        log('error', 'digest failed; giving up', { platform: slot.platform, channel: slot.channelId, date: slot.localDate, attempts: attempt, error: message });
        return { status: 'failed', error: `${message} (after ${attempt} attempts)` };
      }
      log('warn', 'digest send failed; will retry', { platform: slot.platform, channel: slot.channelId, attempt, error: message });
      return { status: 'retrying', error: message, nextAttemptAt: new Date(this.now().getTime() + delay).toISOString() };
    }
  }
}

/** Runs `each` over the items, at most `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, each: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await each(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

function slotKey(slot: Slot): string {
  return `${slot.platform}\u0000${slot.channelId}\u0000${slot.localDate}`;
}

function describe(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).slice(0, 300);
}
