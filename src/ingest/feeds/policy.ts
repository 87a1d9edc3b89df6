/**
 * How often and how hard feeds are polled, and what a failure means: back off
 * and try again, or pause until a person adds the feed again.
 */
import { FetchRefusal } from '../fetch/index.ts';
import { NotAFeedError } from './parse.ts';

const MINUTE = 60_000;

export const FEED_DEFAULTS = {
  pollMinutes: 15,
  /** Failed polls in a row before a feed is paused. */
  maxFailures: 5,
  /** The longest wait between two polls of a failing feed. */
  maxBackoffMs: 12 * 60 * MINUTE,
  /** At most this many new articles are fetched per feed per poll; the rest wait for the next one. */
  maxNewPerPoll: 10,
  /** Fetches of one article page before it is given up. */
  maxItemAttempts: 3,
  /** Requests to one host start at least this far apart. */
  hostGapMs: 1_000,
  /** How long a poll may hold a feed, and a fetch an item, before another process may take over. */
  feedLeaseMs: 10 * MINUTE,
  itemLeaseMs: 5 * MINUTE,
  /** The most feeds briefbot follows at once. */
  maxFeeds: 200,
} as const;

/** After `failures` failed polls in a row: the normal interval doubled per failure, bounded. */
export function backoffMs(failures: number, intervalMs: number, maxMs: number = FEED_DEFAULTS.maxBackoffMs): number {
  return Math.min(intervalMs * 2 ** Math.max(0, failures), Math.max(maxMs, intervalMs));
}

/** The wait before an article page is fetched again after its `attempts`-th failure. */
export function itemRetryMs(attempts: number, intervalMs: number): number {
  return intervalMs * 2 ** Math.max(0, attempts - 1);
}

/**
 * A failure trying again cannot fix: the address is private, the document is
 * too large or of the wrong kind, or the site says it is gone. (A feed that
 * once parsed and now does not may be showing an error page for a while: that
 * backs off like any other failure.)
 */
export function isPermanent(error: unknown): boolean {
  if (!(error instanceof FetchRefusal)) return false;
  if (error.code === 'http-status') return error.status === 410;
  return (['bad-url', 'scheme', 'private-address', 'content-type', 'too-large'] as const).some((code) => code === error.code);
}

/** One line for /feeds list and the log; never a stack trace or an internal address. */
export function describeFailure(error: unknown): string {
  if (error instanceof FetchRefusal || error instanceof NotAFeedError) return error.message;
  return 'an unexpected error (the log has the detail)';
}
