/**
 * briefbot that follows its content folder: a new, changed or removed file is
 * picked up without a restart, while the current knowledge keeps answering.
 *
 * A few changed files (IN_PLACE_LIMITS: a feed poll, `/sources add`, an edit)
 * update the knowledge in place, in slices that leave the event loop free
 * between them (updateInPlace.ts); many at once, or an update in place that
 * fails, rebuild the knowledge on a worker thread. Either way the new
 * knowledge is swapped in with one assignment, so a command sees the old
 * articles or the new ones, never a mix. A file that breaks keeps its
 * previous version; a reload that fails keeps everything as it was.
 *
 * After updates in place the snapshot is refreshed on a worker once updates
 * have been quiet for a while, so a restart loads it instead of building; a
 * restart before that brings the older snapshot up to date in place.
 */
import { watch, type FSWatcher } from 'node:fs';
import { join } from 'node:path';
import { createBriefbotFromKnowledge, loadKnowledge, logProblems, SNAPSHOT_FILE, type Briefbot, type BriefbotServices, type KnowledgeSource, type LoadedKnowledge, type LoadKnowledgeOptions } from './briefbot.ts';
import { buildAside, refreshSnapshotAside } from './buildAside.ts';
import type { Article } from './core/content/article.ts';
import { readContentChanges, type FileVersions, type ReadContent } from './core/content/changes.ts';
import type { ContentLimits, ContentProblem } from './core/content/load.ts';
import { articleVersion } from './core/digest/compose.ts';
import type { DigestStore } from './core/digest/store.ts';
import type { KnowledgeBase } from './core/knowledge.ts';
import { lookupDictionary } from './core/knowledge/lookupDictionary.ts';
import { log } from './core/log.ts';
import { removeStaleSnapshotFiles } from './core/snapshot.ts';
import { IN_PLACE_LIMITS, updateInSlices, whyNotInPlace } from './updateInPlace.ts';

/** Quiet time after the last update in place before the snapshot is refreshed (SOTU 10x: half a minute of a worker's time). */
export const SNAPSHOT_REFRESH_MS = 10 * 60_000;

export interface LiveBotOptions extends BriefbotServices, ContentLimits {
  snapshotDir?: string;
  /** Where each article's version is recorded, so digests know what is new. */
  store?: DigestStore;
  /** Follow the folder for changes (default true). */
  watch?: boolean;
  /** Quiet time after the last change before reloading: editors write files in several steps. */
  debounceMs?: number;
  /** Quiet time after the last update in place before the snapshot is refreshed (default SNAPSHOT_REFRESH_MS). */
  snapshotRefreshMs?: number;
  /** The most a reload applies in place (default IN_PLACE_LIMITS). */
  inPlaceLimits?: typeof IN_PLACE_LIMITS;
  now?: () => Date;
  /**
   * Load the first knowledge on a worker thread too, so this thread stays free
   * meanwhile (a health check must be answered while a large folder builds).
   */
  loadAside?: boolean;
  /** Told how long each load took (the first, and every reload) and where it came from; `failed` when a reload kept the previous version. */
  onLoaded?: (loaded: KnowledgeLoad) => void;
}

export interface KnowledgeLoad {
  trigger: 'start' | 'reload';
  /** Undefined when the reload failed; `update` for an update in place. */
  source?: KnowledgeSource | 'update';
  seconds: number;
  failed?: boolean;
}

/** How a reload went, for the log, callers and tests. */
export interface ReloadReport {
  how: 'in place' | 'rebuilt' | 'unchanged';
  /** Why a rebuild rather than an update in place. */
  reason?: string;
  added: number;
  changed: number;
  removed: number;
  ms: number;
  /** In place: the longest the event loop was held at once. */
  longestSliceMs?: number;
}

export class LiveBot {
  private bot: Briefbot;
  private files: FileVersions;
  private kept = new Set<string>();
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private refreshTimer: NodeJS.Timeout | undefined;
  private readonly stopping = new AbortController();
  private closed = false;
  private reloading: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;
  private refreshing: Promise<void> = Promise.resolve();
  /** Counts completed reloads, so callers (and tests) can tell a new version arrived. */
  version = 0;
  /** Completed reloads by how they were done. */
  readonly reloads = { inPlace: 0, rebuilt: 0, unchanged: 0 };
  lastReload: ReloadReport | undefined;
  /** Snapshots refreshed on a worker after updates in place. */
  snapshotsRefreshed = 0;

  private constructor(
    private readonly contentDir: string,
    private readonly options: LiveBotOptions,
    loaded: LoadedKnowledge,
  ) {
    this.bot = readyBot(loaded.kb, loaded.problems, options);
    this.files = loaded.files;
    this.kept = new Set(loaded.kept);
  }

  static async start(contentDir: string, options: LiveBotOptions = {}): Promise<LiveBot> {
    const started = performance.now();
    if (options.snapshotDir) removeStaleSnapshotFiles(join(options.snapshotDir, SNAPSHOT_FILE));
    const loadOptions = LiveBot.loadOptionsOf(options);
    const first = options.loadAside ? await LiveBot.loadFirstAside(contentDir, loadOptions) : loadKnowledge(contentDir, loadOptions);
    options.onLoaded?.({ trigger: 'start', source: first.source, seconds: (performance.now() - started) / 1000 });
    const live = new LiveBot(contentDir, options, first);
    await live.recordVersions(live.bot.kb.articles);
    if (options.watch !== false) live.follow();
    return live;
  }

  /** The briefbot to answer with right now. */
  current(): Briefbot {
    return this.bot;
  }

  /**
   * Brings the knowledge up to date with the folder. Calls queue behind the
   * reload in progress; calls made while one is already waiting share it,
   * since it reads the folder when it starts.
   */
  reload(): Promise<void> {
    if (this.queued) return this.queued;
    const next = this.reloading.then(() => {
      this.queued = undefined;
      return this.update();
    });
    this.queued = next;
    this.reloading = next;
    return next;
  }

  /** Waits for the snapshot refresh in progress, if any (tests, and a clean stop). */
  snapshotRefreshed(): Promise<void> {
    return this.refreshing;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    clearTimeout(this.retry);
    clearTimeout(this.refreshTimer);
    this.stopping.abort();
    this.watcher?.close();
  }

  private follow(): void {
    this.watcher?.close();
    this.watcher = undefined;
    try {
      this.watcher = watch(this.contentDir, () => {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.reload(), this.options.debounceMs ?? 300);
        this.timer.unref();
      });
      this.watcher.on('error', () => this.retryFollowing());
      this.watcher.unref();
    } catch (error) {
      log('warn', 'cannot follow the content folder; trying again every 10 seconds', { folder: this.contentDir, error: String(error) });
      this.retryFollowing();
    }
  }

  /** The folder is gone or cannot be watched: look again later, and reload once it is back. */
  private retryFollowing(): void {
    this.watcher?.close();
    this.watcher = undefined;
    clearTimeout(this.retry);
    this.retry = setTimeout(() => {
      this.follow();
      if (this.watcher) void this.reload();
    }, 10_000);
    this.retry.unref();
  }

  private async update(): Promise<void> {
    const started = performance.now();
    try {
      // Only files whose size, times or inode moved are read again.
      const read = readContentChanges(this.contentDir, { articles: this.bot.kb.articles, files: this.files }, { ...this.loadOptions(), trustStat: true });
      const counts = this.countChanges(read);
      let report: ReloadReport;
      if (read.upsert.length + read.remove.length === 0) {
        logProblems(read.problems, read.kept);
        this.swapIn(this.bot.kb, read);
        report = { how: 'unchanged', ...counts, ms: performance.now() - started };
      } else {
        const reason = whyNotInPlace(this.bot.kb, read, this.options.inPlaceLimits);
        report = (reason === undefined && (await this.updateInPlace(read, counts, started))) || (await this.rebuild(read, reason ?? 'the update in place failed', counts, started));
      }
      this.reloads[report.how === 'in place' ? 'inPlace' : report.how]++;
      this.lastReload = report;
      const source = report.how === 'in place' ? 'update' : report.how === 'rebuilt' ? 'build' : undefined;
      if (source) this.options.onLoaded?.({ trigger: 'reload', source, seconds: report.ms / 1000 });
      this.version++;
      // Watch afresh: a folder deleted and made again is a new folder, which the old watch never sees.
      if (this.options.watch !== false && !this.closed) this.follow();
      if (report.how !== 'unchanged') {
        log('info', report.how === 'in place' ? 'content updated in place' : 'content rebuilt', {
          articles: this.bot.kb.articles.length,
          added: report.added,
          changed: report.changed,
          removed: report.removed,
          ...(report.reason ? { reason: report.reason } : {}),
          ms: Math.round(report.ms),
          ...(report.longestSliceMs !== undefined ? { longestSliceMs: Math.round(report.longestSliceMs) } : {}),
          version: this.version,
        });
      }
    } catch (error) {
      this.options.onLoaded?.({ trigger: 'reload', seconds: (performance.now() - started) / 1000, failed: true });
      if (!this.closed) log('error', 'content reload failed; still answering from the previous version', { error: String(error) });
    }
  }

  /** The change applied in place; undefined when that failed (the caller rebuilds). */
  private async updateInPlace(read: ReadContent, counts: Pick<ReloadReport, 'added' | 'changed' | 'removed'>, started: number): Promise<ReloadReport | undefined> {
    logProblems(read.problems, read.kept);
    let done;
    try {
      done = await updateInSlices(this.bot.kb, read, (kb) => this.swapIn(kb, read));
    } catch (error) {
      log('warn', 'could not update the knowledge in place; rebuilding it aside', { error: String(error) });
      return undefined;
    }
    await this.recordVersions(read.upsert);
    this.scheduleSnapshotRefresh();
    return { how: 'in place', ...counts, ms: performance.now() - started, longestSliceMs: done.longestSliceMs };
  }

  private async rebuild(read: ReadContent, reason: string, counts: Pick<ReloadReport, 'added' | 'changed' | 'removed'>, started: number): Promise<ReloadReport> {
    // Only a file broken now needs its previous version; the worker reads every other one itself.
    const kept = new Set(read.kept);
    const previous = this.bot.kb.articles.filter((a) => kept.has(a.file));
    const failed = reason === 'the update in place failed';
    const loaded = await this.loadAside({ ...this.loadOptions(), previous, ...(failed ? { fresh: true } : {}) });
    this.swapIn(loaded.kb, loaded);
    // The worker saved the snapshot: nothing is left for a refresh to do.
    clearTimeout(this.refreshTimer);
    await this.recordVersions(loaded.kb.articles);
    return { how: 'rebuilt', reason, ...counts, ms: performance.now() - started };
  }

  /** On a worker thread; in this thread only if a worker cannot be started here. */
  private async loadAside(options: LoadKnowledgeOptions): Promise<LoadedKnowledge> {
    try {
      return await buildAside(this.contentDir, { ...options, signal: this.stopping.signal });
    } catch (error) {
      if (this.closed) throw error;
      log('warn', 'could not build on a worker thread; building in the main thread', { error: String(error) });
      return loadKnowledge(this.contentDir, options);
    }
  }

  /** The first load on a worker thread; in this thread only if a worker cannot be started here. */
  private static async loadFirstAside(contentDir: string, options: LoadKnowledgeOptions): Promise<LoadedKnowledge> {
    try {
      return await buildAside(contentDir, options);
    } catch (error) {
      log('warn', 'could not build on a worker thread; building in the main thread', { error: String(error) });
      return loadKnowledge(contentDir, options);
    }
  }

  private swapIn(kb: KnowledgeBase, loaded: Pick<ReadContent, 'problems' | 'files' | 'kept'>): void {
    this.bot = readyBot(kb, loaded.problems, this.options);
    this.files = loaded.files;
    this.kept = new Set(loaded.kept);
  }

  /** The articles of files that fail to load now: a worker reading the folder must keep these versions. */
  private keptArticles(): Article[] {
    return this.bot.kb.articles.filter((a) => this.kept.has(a.file));
  }

  private countChanges(read: ReadContent): Pick<ReloadReport, 'added' | 'changed' | 'removed'> {
    const changed = read.upsert.filter((a) => this.bot.kb.articleById.has(a.id)).length;
    return { added: read.upsert.length - changed, changed, removed: read.remove.filter((id) => !read.upsert.some((a) => a.id === id)).length };
  }

  /** After updates in place, once they have been quiet for a while: the snapshot, refreshed on a worker. */
  private scheduleSnapshotRefresh(): void {
    const snapshotDir = this.options.snapshotDir;
    if (!snapshotDir || this.closed) return;
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => {
      this.refreshing = this.refreshing.then(async () => {
        if (this.closed) return;
        try {
          const refreshed = await refreshSnapshotAside(this.contentDir, { ...this.loadOptions(), snapshotDir, previous: this.keptArticles(), signal: this.stopping.signal });
          this.snapshotsRefreshed++;
          log('info', 'knowledge snapshot refreshed', { articles: refreshed.articles, from: refreshed.from });
        } catch (error) {
          if (!this.closed) log('warn', 'could not refresh the knowledge snapshot; the next start brings the older one up to date', { error: String(error) });
        }
      });
    }, this.options.snapshotRefreshMs ?? SNAPSHOT_REFRESH_MS);
    this.refreshTimer.unref();
  }

  private loadOptions(): LoadKnowledgeOptions {
    return LiveBot.loadOptionsOf(this.options);
  }

  /** The same for the first load and every reload: a reload must skip what the first load skipped. */
  private static loadOptionsOf(options: LiveBotOptions): LoadKnowledgeOptions {
    return {
      ...(options.snapshotDir ? { snapshotDir: options.snapshotDir } : {}),
      ...(options.maxArticleMb !== undefined ? { maxArticleMb: options.maxArticleMb } : {}),
    };
  }

  private async recordVersions(articles: readonly Article[]): Promise<void> {
    if (!this.options.store || articles.length === 0) return;
    const now = (this.options.now ?? (() => new Date()))().toISOString();
    try {
      await this.options.store.recordContentVersions(articles.map(articleVersion), now);
    } catch (error) {
      log('warn', 'could not record content versions; digests may miss what is new', { error: String(error) });
    }
  }
}

/** A briefbot ready to answer: its lookup dictionary built before the first message asks for it. */
function readyBot(kb: KnowledgeBase, problems: ContentProblem[], services: BriefbotServices): Briefbot {
  lookupDictionary(kb);
  return createBriefbotFromKnowledge(kb, problems, services);
}
