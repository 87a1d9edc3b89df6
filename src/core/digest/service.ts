/**
 * What /digest does to a channel: subscribe, unsubscribe, report its status
 * and preview today's digest. Shared by every platform and the console.
 */
import type { KnowledgeBase } from '../knowledge.ts';
import { composeChannelDigest, type Digest } from './compose.ts';
import { digestTitle } from './scheduler.ts';
import { localDateOf, nextOccurrence } from './schedule.ts';
import type { Delivery, DigestStore, Platform, Subscription } from './store.ts';

export interface ChannelRef {
  platform: Platform;
  channelId: string;
}

export interface DigestStatus {
  subscription: Subscription | undefined;
  /** When the next digest is due (undefined when paused or unsubscribed). */
  next: Date | undefined;
  last: Delivery | undefined;
}

export class DigestService {
  constructor(
    readonly store: DigestStore,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Subscribes the channel, replacing its subscription if it had one (returned as `replaced`, so the reply can say so). */
  async subscribe(channel: ChannelRef, settings: Pick<Subscription, 'time' | 'timeZone' | 'topics' | 'whenEmpty'>, userId: string): Promise<{ subscription: Subscription; replaced: Subscription | undefined }> {
    const replaced = await this.store.getSubscription(channel.platform, channel.channelId);
    const subscription: Subscription = { ...channel, ...settings, createdBy: userId, createdAt: this.now().toISOString() };
    await this.store.saveSubscription(subscription);
    return { subscription, replaced };
  }

  unsubscribe(channel: ChannelRef): Promise<boolean> {
    return this.store.removeSubscription(channel.platform, channel.channelId);
  }

  async status(channel: ChannelRef): Promise<DigestStatus> {
    const [subscription, last] = await Promise.all([
      this.store.getSubscription(channel.platform, channel.channelId),
      this.store.lastDelivery(channel.platform, channel.channelId),
    ]);
    let next: Date | undefined;
    if (subscription && !subscription.pausedReason) {
      next = nextOccurrence(subscription, this.now());
      // Today's slot already settled: the next digest is tomorrow's.
      const today = next && localDateOf(next, subscription.timeZone);
      if (next && today && last?.localDate === today) next = nextOccurrence(subscription, next);
    }
    return { subscription, next, last };
  }

  /** The digest this channel would get now: nothing is recorded. */
  async preview(kb: KnowledgeBase, channel: ChannelRef, topics?: string[]): Promise<Digest> {
    const subscription = await this.store.getSubscription(channel.platform, channel.channelId);
    const slot = { ...channel, localDate: localDateOf(this.now(), subscription?.timeZone ?? 'UTC') };
    return composeChannelDigest(kb, this.store, channel, { title: `${digestTitle(slot)} (preview)`, topics: topics ?? subscription?.topics ?? [] });
  }
}
