/** How a followed feed is doing, in one line (/feeds list, `npm run feeds -- --list`). */
import type { FeedRecord } from './store.ts';

/** "2026-03-01 08:15 UTC" */
const stamp = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the feed is, what it gave, and how its polling goes. */
export function feedLine(feed: FeedRecord): string {
  const parts = [feed.title ? `${feed.title} (${feed.url})` : feed.url];
  if (feed.topics.length) parts.push(`topics: ${feed.topics.join(', ')}`);
  parts.push(`${plural(feed.items, 'item')} seen, ${feed.saved} saved`);
  if (feed.pausedReason) {
    parts.push(`PAUSED: ${feed.pausedReason}. /feeds add ${feed.url} resumes it`);
  } else if (feed.failures > 0) {
    parts.push(`failing (${feed.failures} in a row: ${feed.lastResult ?? 'no reason recorded'}); next try ${stamp(feed.nextPollAt)}`);
  } else {
    parts.push(feed.lastPolledAt ? `last poll ${stamp(feed.lastPolledAt)}: ${feed.lastResult ?? 'done'}` : 'not polled yet');
    parts.push(`next ${stamp(feed.nextPollAt)}`);
  }
  return parts.join(' · ');
}
