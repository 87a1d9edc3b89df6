/**
 * A stand-in for the chat platforms in scheduler tests: it keeps every message
 * "posted" per channel and can be told to fail, hang or lose a channel. The
 * real adapters' senders are tested against the Discord and Slack fakes.
 */
import { ChannelGoneError, type DigestSender } from '../../../src/core/digest/scheduler.ts';
import type { Slot } from '../../../src/core/digest/store.ts';
import type { Reply } from '../../../src/core/reply.ts';

export interface Posted {
  id: string;
  channelId: string;
  slot: Slot;
  reply: Reply;
  /** When it was posted (fake time). */
  at: Date;
}

export class FakeChannels implements DigestSender {
  readonly posted: Posted[] = [];
  readonly gone = new Set<string>();
  /** Failures still to come, each thrown by one send. */
  failures: Error[] = [];
  /** When set, send never settles: the process "dies" mid-delivery, before or after posting. */
  hang: 'before-posting' | 'after-posting' | undefined;
  attempts = 0;
  /** How long each send takes (on the test's clock). */
  delayMs = 0;

  async send(channelId: string, reply: Reply, slot: Slot): Promise<string> {
    this.attempts++;
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.hang === 'before-posting') return new Promise(() => {});
    if (this.gone.has(channelId)) throw new ChannelGoneError(`channel ${channelId} not found`);
    const failure = this.failures.shift();
    if (failure) throw failure;
    const id = `m${this.posted.length + 1}`;
    this.posted.push({ id, channelId, slot, reply, at: new Date() });
    if (this.hang === 'after-posting') return new Promise(() => {});
    return id;
  }

  async findSent(channelId: string, slot: Slot): Promise<string | undefined> {
    return this.posted.find((p) => p.channelId === channelId && p.slot.localDate === slot.localDate)?.id;
  }

  in(channelId: string): Posted[] {
    return this.posted.filter((p) => p.channelId === channelId);
  }
}

/** The local wall-clock time of an instant in a zone, "2026-03-29 08:00". */
export function localTime(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
  return parts.replace(',', '');
}
