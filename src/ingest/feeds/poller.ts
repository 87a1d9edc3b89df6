/**
 * Polls followed feeds and saves their new articles into the content folder
 * (hot reload indexes them; the digest announces what changed since it last ran).
 *
 * Every tick the poller claims each feed that is due (a lease in the store,
 * so among several processes one polls it), fetches it with its validators (a
 * 304 or the same body again costs nothing), and:
 * - on a feed's first poll, records its items without saving them, so adding
 *   a feed does not flood the digest with its back catalogue;
 * - afterwards, claims each item not seen before (by guid, canonical link or,
 *   once fetched, text hash), fetches its page, extracts the article and
 *   saves it; an item whose feed entry changed is fetched again and its file
 *   updated in place;
 * - on failure, backs off exponentially and pauses the feed, with the reason,
 *   after repeated failures (or at once when retrying cannot help).
 */
import { randomUUID, createHash } from 'node:crypto';
import { hostname } from 'node:os';
import { log } from '../../core/log.ts';
import { ExtractError } from '../extract/extract.ts';
import { fetchPage, FetchRefusal, type FetchPageOptions, type FetchResult } from '../fetch/index.ts';
import { saveArticleFile } from '../save.ts';
import { articleFileText, fetchArticle, type Fetch } from './article.ts';
import { HostPacer, realSleep, type Sleep } from './pace.ts';
import { parseFeedText, type FeedItem, type ParsedFeed } from './parse.ts';
import { backoffMs, describeFailure, FEED_DEFAULTS, isPermanent, itemRetryMs } from './policy.ts';
import type { FeedRecord, FeedStore, ItemRecord, Lease, NewItem } from './store.ts';

const MINUTE = 60_000;

export interface FeedPollerOptions {
  store: FeedStore;
  /** Where articles are saved (CONTENT_DIR). */
  contentDir: string;
  /** FEED_POLL_MINUTES (default 15). */
  pollMinutes?: number;
  /** FETCH_ALLOW_HOSTS and the like, for every request. */
  fetchOptions?: Omit<FetchPageOptions, 'etag' | 'lastModified' | 'signal'>;
  /** The fetcher; fetchPage unless a test wraps it. */
  fetch?: Fetch;
  /** Names this process in claims; unique per process. */
  owner?: string;
  now?: () => Date;
  sleep?: Sleep;
  hostGapMs?: number;
  /** How often to look for due feeds (default a minute). */
  tickMs?: number;
  /** Feeds polled at once (default 2). */
  concurrency?: number;
  maxNewPerPoll?: number;
  maxFailures?: number;
  /** Told how each poll this process made went (metrics); not for polls another process held. */
  onPolled?: (report: PollReport) => void;
  /**
   * Called, and awaited, after a poll saved or rewrote article files: the
   * running bot updates its knowledge then (the folder's watch would too, a
   * moment later). A failure here is logged, never a failed poll.
   */
  onSaved?: (files: string[]) => Promise<unknown> | unknown;
}

/** What a feed's fetch returned, when the caller already has it (/feeds add). */
export interface FetchedFeed {
  result: FetchResult;
  parsed?: ParsedFeed;
}

export type PollStatus = 'primed' | 'polled' | 'not-modified' | 'unchanged' | 'failed' | 'paused' | 'skipped';

export interface PollReport {
  url: string;
  status: PollStatus;
  /** Files saved for new articles, and files rewritten for changed ones. */
  saved: string[];
  updated: string[];
  duplicates: number;
  /** Items recorded by a first poll. */
  recorded: number;
  /** Item fetches that failed (retried later, or given up). */
  itemFailures: number;
  error?: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export class FeedPoller {
  readonly owner: string;
  readonly intervalMs: number;
  private readonly store: FeedStore;
  private readonly fetch: Fetch;
  private readonly now: () => Date;
  private readonly pacer: HostPacer;
  private readonly tickMs: number;
  private readonly concurrency: number;
  private readonly maxNewPerPoll: number;
  private readonly maxFailures: number;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<PollReport[]> | undefined;
  private stopped = true;
  private abort = new AbortController();

  constructor(private readonly options: FeedPollerOptions) {
    this.store = options.store;
    this.owner = options.owner ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.intervalMs = (options.pollMinutes ?? FEED_DEFAULTS.pollMinutes) * MINUTE;
    const fetchOptions = options.fetchOptions ?? {};
    const fetch = options.fetch ?? fetchPage;
    this.fetch = (url, more) => fetch(url, { ...fetchOptions, ...more, signal: this.abort.signal });
    this.now = options.now ?? (() => new Date());
    this.pacer = new HostPacer(options.hostGapMs ?? FEED_DEFAULTS.hostGapMs, this.now, options.sleep ?? realSleep);
    this.tickMs = options.tickMs ?? MINUTE;
    this.concurrency = Math.max(1, options.concurrency ?? 2);
    this.maxNewPerPoll = options.maxNewPerPoll ?? FEED_DEFAULTS.maxNewPerPoll;
    this.maxFailures = options.maxFailures ?? FEED_DEFAULTS.maxFailures;
  }

  get started(): boolean {
    return !this.stopped;
  }

  /** Polls what is due at once, then every tick until stopped. Starting twice does nothing. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.abort = new AbortController();
    const loop = async () => {
      await this.tick();
      if (!this.stopped) {
        this.timer = setTimeout(loop, this.tickMs);
        this.timer.unref?.();
      }
    };
    void loop();
  }

  /** Stops ticking, cancels fetches in flight and waits for the pass in progress. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    this.abort.abort(new Error('the feed poller is stopping'));
    await this.running;
  }

  /** One pass over the feeds that are due. Concurrent calls share the pass in progress. */
  tick(): Promise<PollReport[]> {
    this.running ??= this.store
      .dueFeeds(this.now().toISOString())
      .then((urls) => this.pollEach(urls, {}))
      .catch((error: unknown) => {
        log('error', 'feed tick failed; the next tick tries again', { error: String(error) });
        return [];
      })
      .finally(() => (this.running = undefined));
    return this.running;
  }

  /**
   * Polls every feed that is not paused once, due or not — except those
   * backing off after a failure (`npm run feeds -- --poll-once`, for cron).
   */
  async pollAll(): Promise<PollReport[]> {
    const feeds = await this.store.listFeeds();
    return this.pollEach(
      feeds.filter((f) => !f.pausedReason).map((f) => f.url),
      { anyTime: true },
    );
  }

  private async pollEach(urls: string[], options: { anyTime?: boolean }): Promise<PollReport[]> {
    const reports: PollReport[] = [];
    const queue = [...urls];
    const worker = async () => {
      for (let url = queue.shift(); url !== undefined; url = queue.shift()) reports.push(await this.pollFeed(url, options));
    };
    await Promise.all(Array.from({ length: Math.min(this.concurrency, urls.length) }, worker));
    return reports;
  }

  /** Fetches and parses a feed without recording anything: /feeds add checks an address with it. Throws FetchRefusal or NotAFeedError. */
  async probe(url: string): Promise<FetchedFeed & { parsed: ParsedFeed }> {
    await this.pacer.wait(url, this.abort.signal);
    const result = await this.fetch(url);
    if (result.notModified) throw new FetchRefusal('http-status', 'the site answered “not modified” to a first request', { status: 304, url });
    return { result, parsed: parseFeedText(result.text, result.finalUrl) };
  }

  /** Polls one feed if this process can claim it. `fetched` stands in for the fetch (a feed just probed). Never throws. */
  async pollFeed(url: string, options: { anyTime?: boolean; fetched?: FetchedFeed } = {}): Promise<PollReport> {
    const report: PollReport = { url, status: 'skipped', saved: [], updated: [], duplicates: 0, recorded: 0, itemFailures: 0 };
    const at = this.now();
    const lease: Lease = { owner: this.owner, at: at.toISOString(), leaseUntil: new Date(at.getTime() + FEED_DEFAULTS.feedLeaseMs).toISOString() };
    let feed: FeedRecord | undefined;
    try {
      feed = await this.store.claimFeed(url, lease, { anyTime: options.anyTime ?? false });
      if (!feed) return report;
      await this.pollClaimed(feed, report, options.fetched);
    } catch (error) {
      if (feed) await this.recordFailure(feed, error, report).catch((e: unknown) => log('error', 'could not record a failed feed poll', { feed: url, error: String(e) }));
      else log('error', 'could not claim a feed to poll', { feed: url, error: String(error) });
    }
    if (feed) this.options.onPolled?.(report);
    const files = [...report.saved, ...report.updated];
    if (files.length > 0 && this.options.onSaved) {
      try {
        await this.options.onSaved(files);
      } catch (error) {
        log('warn', 'the knowledge could not be updated after a feed poll; the folder watch retries', { feed: url, error: String(error) });
      }
    }
    return report;
  }

  private async pollClaimed(feed: FeedRecord, report: PollReport, fetched?: FetchedFeed): Promise<void> {
    let result: FetchResult;
    let parsed = fetched?.parsed;
    if (fetched) result = fetched.result;
    else {
      await this.pacer.wait(feed.url, this.abort.signal);
      result = await this.fetch(feed.url, { etag: feed.etag, lastModified: feed.lastModified });
    }
    const finish = (status: PollStatus, text: string, state: { etag?: string | undefined; lastModified?: string | undefined; bodyHash?: string | undefined; title?: string | undefined }) => {
      report.status = status;
      return this.store.finishPoll(feed.url, this.owner, { ok: true, ...state, result: text, nextPollAt: this.later(this.intervalMs) }, this.now().toISOString());
    };

    if (result.notModified) {
      await this.retryDue(feed, report, this.maxNewPerPoll);
      await finish('not-modified', `not modified${itemsLine(report)}`, {
        etag: result.headers.etag ?? feed.etag,
        lastModified: result.headers.lastModified ?? feed.lastModified,
        bodyHash: feed.bodyHash,
      });
      return;
    }
    const bodyHash = sha256(result.text);
    const validators = { etag: result.headers.etag, lastModified: result.headers.lastModified };
    if (feed.primed && feed.bodyHash === bodyHash) {
      await this.retryDue(feed, report, this.maxNewPerPoll);
      await finish('unchanged', `unchanged${itemsLine(report)}`, { ...validators, bodyHash });
      return;
    }
    parsed ??= parseFeedText(result.text, result.finalUrl);
    const at = this.now().toISOString();
    const newItems = parsed.items.map((item) => newItemOf(feed.url, item));

    if (!feed.primed) {
      await this.store.recordSeen(newItems, at);
      report.recorded = newItems.length;
      await finish('primed', `first poll: ${plural(newItems.length, 'item')} recorded, none announced`, { ...validators, bodyHash, title: parsed.title });
      log('info', 'feed added; its current items are recorded, not announced', { feed: feed.url, items: newItems.length });
      return;
    }

    const complete = await this.processItems(feed, parsed.items, report);
    await this.retryDue(feed, report, this.maxNewPerPoll - report.saved.length - report.updated.length - report.duplicates - report.itemFailures);
    // Items left for the next poll: the same body (or a 304) must not let it skip them.
    const state = complete ? { ...validators, bodyHash } : {};
    report.status = 'polled';
    await finish('polled', describeNew(report), { ...state, title: parsed.title });
    if (report.saved.length || report.updated.length) log('info', 'feed polled', { feed: feed.url, saved: report.saved.length, updated: report.updated.length });
  }

  /** New and changed items, oldest first (feeds list newest first). False when some were left for the next poll. */
  private async processItems(feed: FeedRecord, items: FeedItem[], report: PollReport): Promise<boolean> {
    let budget = this.maxNewPerPoll;
    let complete = true;
    for (const item of [...items].reverse()) {
      const known = await this.store.findItem(feed.url, item.guid, item.link);
      if (known) {
        // Only the feed that brought an article follows its revisions: another feed describes it in other words.
        if (known.feedUrl !== feed.url || known.status !== 'saved' || known.itemHash === item.hash || !known.url) continue;
        if (budget <= 0) {
          complete = false;
          continue;
        }
        const claimed = await this.store.reclaimItem(known.key, this.itemLease(), item.hash);
        if (!claimed) continue;
        budget--;
        await this.fetchItem(feed, claimed, item.hash, report, known);
        continue;
      }
      const fresh = newItemOf(feed.url, item);
      // Nothing to fetch: remember it, announce nothing.
      if (!fresh.url) {
        await this.store.recordSeen([fresh], this.now().toISOString());
        continue;
      }
      if (budget <= 0) {
        complete = false;
        continue;
      }
      if (!(await this.store.claimItem(fresh, this.itemLease()))) continue;
      budget--;
      const claimed = await this.store.getItem(fresh.key);
      if (claimed) await this.fetchItem(feed, claimed, item.hash, report);
    }
    return complete;
  }

  /** Items whose fetch a process abandoned, or whose retry is due. */
  private async retryDue(feed: FeedRecord, report: PollReport, budget: number): Promise<void> {
    if (budget <= 0) return;
    for (const due of (await this.store.itemsDue(feed.url, this.now().toISOString())).slice(0, budget)) {
      const claimed = await this.store.reclaimItem(due.key, this.itemLease());
      if (claimed) await this.fetchItem(feed, claimed, claimed.itemHash, report);
    }
  }

  /**
   * Fetches, extracts and saves one claimed item, then records how it went.
   * `previous` is the saved version when the item changed in the feed.
   */
  private async fetchItem(feed: FeedRecord, item: ItemRecord, itemHash: string, report: PollReport, previous?: ItemRecord): Promise<void> {
    const url = item.url!;
    const at = () => this.now().toISOString();
    let claimedText: string | undefined;
    try {
      await this.pacer.wait(url, this.abort.signal);
      const { article, finalUrl, contentHash } = await fetchArticle(this.fetch, url);
      if (previous && previous.contentHash === contentHash && previous.file) {
        await this.store.finishItem(item.key, this.owner, { status: 'saved', file: previous.file, contentHash, itemHash, title: article.title }, at());
        return;
      }
      if (await this.store.claimContent(contentHash, item.key, at())) claimedText = contentHash;
      else {
        const holder = await this.store.contentOwner(contentHash);
        if (holder !== item.key) {
          report.duplicates++;
          const detail = `the same text as ${holder ?? 'an article already saved'}`;
          // A changed article whose new text is another's keeps its file.
          if (previous?.file && previous.contentHash) {
            await this.store.finishItem(item.key, this.owner, { status: 'saved', file: previous.file, contentHash: previous.contentHash, itemHash }, at());
          } else await this.store.finishItem(item.key, this.owner, { status: 'duplicate', contentHash, itemHash, detail }, at());
          return;
        }
      }
      const text = articleFileText(article, { url, topics: feed.topics, fetched: at() });
      const saved = await saveArticleFile(this.options.contentDir, { title: article.title, text, urls: [url, finalUrl, article.url] });
      claimedText = undefined;
      (saved.updated || previous ? report.updated : report.saved).push(saved.file);
      await this.store.finishItem(item.key, this.owner, { status: 'saved', file: saved.file, contentHash, itemHash, title: article.title }, at());
    } catch (error) {
      if (claimedText) await this.store.releaseContent(claimedText, item.key).catch(() => {});
      await this.itemFailed(feed, item, itemHash, error, report, previous);
    }
  }

  private async itemFailed(feed: FeedRecord, item: ItemRecord, itemHash: string, error: unknown, report: PollReport, previous?: ItemRecord): Promise<void> {
    if (this.abort.signal.aborted) throw error;
    report.itemFailures++;
    const reason = error instanceof ExtractError ? `no article on the page: ${error.message}` : describeFailure(error);
    const transient = !(error instanceof ExtractError) && !isPermanent(error) && (!(error instanceof FetchRefusal) || error.transient);
    log('warn', 'could not save a feed item', { feed: feed.url, item: item.url, reason, ...(error instanceof FetchRefusal || error instanceof ExtractError ? {} : { error: String(error) }) });
    const at = this.now().toISOString();
    if (previous?.file && previous.contentHash) {
      // The saved version stays. A transient failure keeps the old entry hash, so the next poll tries again.
      await this.store.finishItem(item.key, this.owner, { status: 'saved', file: previous.file, contentHash: previous.contentHash, itemHash: transient ? previous.itemHash : itemHash }, at);
      return;
    }
    if (transient && item.attempts < FEED_DEFAULTS.maxItemAttempts) {
      await this.store.finishItem(item.key, this.owner, { status: 'retrying', error: reason, nextAttemptAt: this.later(itemRetryMs(item.attempts, this.intervalMs)) }, at);
    } else await this.store.finishItem(item.key, this.owner, { status: 'failed', error: reason }, at);
  }

  private async recordFailure(feed: FeedRecord, error: unknown, report: PollReport): Promise<void> {
    if (this.abort.signal.aborted) return;
    const failures = feed.failures + 1;
    const reason = describeFailure(error);
    const permanent = isPermanent(error);
    const pausedReason = permanent ? reason : failures >= this.maxFailures ? `${failures} failed polls in a row; the last: ${reason}` : undefined;
    report.status = pausedReason ? 'paused' : 'failed';
    report.error = reason;
    log(pausedReason ? 'warn' : 'info', pausedReason ? 'feed paused' : 'feed poll failed; backing off', {
      feed: feed.url,
      reason,
      failures,
      ...(error instanceof FetchRefusal && error.detail ? { detail: error.detail } : {}),
      ...(error instanceof FetchRefusal || error instanceof Error ? {} : { error: String(error) }),
    });
    if (!(error instanceof FetchRefusal) && error instanceof Error && error.name !== 'NotAFeedError') log('debug', 'feed poll failure detail', { feed: feed.url, error });
    await this.store.finishPoll(
      feed.url,
      this.owner,
      { ok: false, error: reason, failures, nextPollAt: this.later(backoffMs(failures, this.intervalMs)), pausedReason },
      this.now().toISOString(),
    );
  }

  private itemLease(): Lease {
    const at = this.now();
    return { owner: this.owner, at: at.toISOString(), leaseUntil: new Date(at.getTime() + FEED_DEFAULTS.itemLeaseMs).toISOString() };
  }

  private later(ms: number): string {
    return new Date(this.now().getTime() + ms).toISOString();
  }
}

/** A feed item as the store keeps it: known by its canonical link, or by its guid when it has none. */
export function newItemOf(feedUrl: string, item: FeedItem): NewItem {
  return {
    key: item.link ?? `guid:${feedUrl}#${item.guid}`,
    feedUrl,
    ...(item.guid ? { guid: item.guid } : {}),
    ...(item.link ? { url: item.link } : {}),
    ...(item.title ? { title: item.title } : {}),
    itemHash: item.hash,
  };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function describeNew(report: PollReport): string {
  const parts = [
    report.saved.length ? `${plural(report.saved.length, 'new article')}` : '',
    report.updated.length ? `${report.updated.length} updated` : '',
    report.duplicates ? `${plural(report.duplicates, 'duplicate')} skipped` : '',
    report.itemFailures ? `${plural(report.itemFailures, 'item')} could not be fetched` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no new articles';
}

/** ", 1 new article" after "not modified" when retries saved something. */
function itemsLine(report: PollReport): string {
  const text = describeNew(report);
  return text === 'no new articles' ? '' : `; ${text}`;
}
