/**
 * briefbot that follows its content folder: a new, changed or removed file is
 * picked up without a restart. The new knowledge is built on a worker thread
 * while the current one keeps answering, then swapped in with one assignment, so a command sees
 * either the old articles or the new ones, never a mix. A file that breaks
 * keeps its previous version; a reload that fails keeps everything as it was.
 */
import { watch, type FSWatcher } from 'node:fs';
import { createBriefbotFromKnowledge, loadKnowledge, type Briefbot, type BriefbotServices, type KnowledgeSource, type LoadedKnowledge, type LoadKnowledgeOptions } from './briefbot.ts';
import type { ContentProblem } from './core/content/load.ts';
import type { KnowledgeBase } from './core/knowledge.ts';
import { lookupDictionary } from './core/knowledge/lookupDictionary.ts';
import { buildAside } from './buildAside.ts';
import { articleVersion } from './core/digest/compose.ts';
import type { ContentLimits } from './core/content/load.ts';
import type { DigestStore } from './core/digest/store.ts';
import { log } from './core/log.ts';

export interface LiveBotOptions extends BriefbotServices, ContentLimits {
  snapshotDir?: string;
  /** Where each article's version is recorded, so digests know what is new. */
  store?: DigestStore;
  /** Follow the folder for changes (default true). */
  watch?: boolean;
  /** Quiet time after the last change before reloading: editors write files in several steps. */
  debounceMs?: number;
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
  /** Undefined when the reload failed. */
  source?: KnowledgeSource;
  seconds: number;
  failed?: boolean;
}

export class LiveBot {
  private bot: Briefbot;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  private reloading: Promise<void> = Promise.resolve();
  /** Counts completed reloads, so callers (and tests) can tell a new version arrived. */
  version = 0;

  private constructor(
    private readonly contentDir: string,
    private readonly options: LiveBotOptions,
    first: LoadedKnowledge,
  ) {
    this.bot = readyBot(first.kb, first.problems, options);
  }

  static async start(contentDir: string, options: LiveBotOptions = {}): Promise<LiveBot> {
    const started = performance.now();
    const loadOptions = LiveBot.loadOptionsOf(options);
    const first = options.loadAside ? await LiveBot.buildAsideOrHere(contentDir, loadOptions) : loadKnowledge(contentDir, loadOptions);
    options.onLoaded?.({ trigger: 'start', source: first.source, seconds: (performance.now() - started) / 1000 });
    const live = new LiveBot(contentDir, options, first);
    await live.recordVersions();
    if (options.watch !== false) live.follow();
    return live;
  }

  /** The briefbot to answer with right now. */
  current(): Briefbot {
    return this.bot;
  }

  /** Rebuilds from the folder and swaps the result in. Calls queue behind one another. */
  reload(): Promise<void> {
    this.reloading = this.reloading.then(() => this.rebuild());
    return this.reloading;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.timer);
    clearTimeout(this.retry);
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

  private async rebuild(): Promise<void> {
    const started = performance.now();
    const seconds = () => (performance.now() - started) / 1000;
    try {
      const { kb, problems, source } = await LiveBot.buildAsideOrHere(this.contentDir, { ...this.loadOptions(), previous: this.bot.kb.articles });
      this.bot = readyBot(kb, problems, this.options);
      this.options.onLoaded?.({ trigger: 'reload', source, seconds: seconds() });
      this.version++;
      await this.recordVersions();
      // Watch afresh: a folder deleted and made again is a new folder, which the old watch never sees.
      if (this.options.watch !== false && !this.closed) this.follow();
      log('info', 'content reloaded', { articles: kb.articles.length, version: this.version });
    } catch (error) {
      this.options.onLoaded?.({ trigger: 'reload', seconds: seconds(), failed: true });
      log('error', 'content reload failed; still answering from the previous version', { error: String(error) });
    }
  }

  /** On a worker thread; in this thread only if a worker cannot be started here. */
  private static async buildAsideOrHere(contentDir: string, options: LoadKnowledgeOptions): Promise<LoadedKnowledge> {
    try {
      return await buildAside(contentDir, options);
    } catch (error) {
      log('warn', 'could not build on a worker thread; building in the main thread', { error: String(error) });
      return loadKnowledge(contentDir, options);
    }
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

  private async recordVersions(): Promise<void> {
    if (!this.options.store) return;
    const now = (this.options.now ?? (() => new Date()))().toISOString();
    try {
      await this.options.store.recordContentVersions(this.bot.kb.articles.map(articleVersion), now);
    } catch (error) {
      log('warn', 'could not record content versions; digests may miss what is new', { error: String(error) });
    }
  }
}

/**
 * A bot ready to serve: the dictionary lookups read with is built before it
 * answers (a fraction of a second on a large corpus), not inside the first
 * "Brief me on this", whose platform waits three seconds at most.
 */
function readyBot(kb: KnowledgeBase, problems: ContentProblem[], services: BriefbotServices): Briefbot {
  lookupDictionary(kb);
  return createBriefbotFromKnowledge(kb, problems, services);
}
