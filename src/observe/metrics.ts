/**
 * briefbot's Prometheus metrics (prom-client), served on /metrics: commands
 * served, their latency and failures, digests, feed polls, the knowledge
 * loaded and how long loading it took, and Node's default process metrics.
 *
 * Labels only ever take values from fixed lists (command names, platforms,
 * outcomes): never words a user typed, a channel, a user or an address, so
 * the number of series stays bounded and nothing private reaches a scraper.
 * Anything unexpected is counted under "other".
 */
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CommandObserver, CommandServed } from '../briefbot.ts';
import type { AnyCommand } from '../core/commands.ts';
import { isGroup } from '../core/commands.ts';
import type { Delivery, Platform } from '../core/digest/store.ts';
import type { KnowledgeBase } from '../core/knowledge.ts';
import type { LogLevel } from '../core/log.ts';
import type { PollReport } from '../ingest/feeds/poller.ts';
import type { KnowledgeLoad } from '../liveBot.ts';

/** How a digest slot ended up: a delivery's status, or skipped for being too late. */
export type DigestOutcome = Delivery['status'] | 'skipped';

const SURFACES = ['discord', 'slack', 'console', 'cli'] as const;
const COMMAND_OUTCOMES = ['answered', 'not_found', 'refused', 'failed'] as const;
const FAULTS = ['internal', 'store'] as const;
const DIGEST_OUTCOMES = ['sent', 'nothing_new', 'skipped', 'retrying', 'failed', 'paused'] as const;
const POLL_STATUSES = ['primed', 'polled', 'not-modified', 'unchanged', 'failed', 'paused', 'skipped'] as const;
const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/** Commands take milliseconds; a store or a fetch behind /digest or /sources add may take seconds. */
const COMMAND_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
/** A snapshot loads in under a second; building SOTU 10x takes minutes. */
const LOAD_BUCKETS = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

/** `value` when the list has it, else "other": a label never carries a value nobody listed. */
const listed = (list: readonly string[], value: string | undefined) => (value !== undefined && list.includes(value) ? value : 'other');

/** Every name a command label can take: "brief", "digest subscribe", … and "unknown" for a name typed that is no command. */
export function commandLabels(commands: readonly AnyCommand[]): string[] {
  return [...commands.flatMap((c) => [c.name, ...(isGroup(c) ? Object.keys(c.subcommands).map((sub) => `${c.name} ${sub}`) : [])]), 'unknown'];
}

export interface MetricsOptions {
  commands: readonly AnyCommand[];
  version: string;
  /** The knowledge answering now, read at each scrape; undefined while it loads. */
  knowledge?: () => { kb: KnowledgeBase; problems: readonly unknown[] } | undefined;
  /** Node's process metrics (CPU, memory, event loop lag, GC); on unless false. */
  defaultMetrics?: boolean;
}

export class BriefbotMetrics implements CommandObserver {
  readonly registry = new Registry();
  private readonly commandNames: string[];
  private knowledge: MetricsOptions['knowledge'];
  private readonly commands: Counter<'command' | 'platform' | 'outcome'>;
  private readonly commandSeconds: Histogram<'command' | 'platform'>;
  private readonly commandErrors: Counter<'command' | 'platform' | 'cause'>;
  private readonly digests: Counter<'platform' | 'outcome'>;
  private readonly feedPolls: Counter<'status'>;
  private readonly feedItems: Counter<'outcome'>;
  private readonly loadSeconds: Histogram<'trigger' | 'source'>;
  private readonly reloadFailures: Counter;
  private readonly logEntries: Counter<'level'>;

  constructor(options: MetricsOptions) {
    const registers = [this.registry];
    this.commandNames = commandLabels(options.commands);
    this.knowledge = options.knowledge;
    if (options.defaultMetrics !== false) collectDefaultMetrics({ register: this.registry });

    new Gauge({ name: 'briefbot_info', help: 'Always 1; the version label says which briefbot is running.', labelNames: ['version'], registers }).set({ version: options.version }, 1);
    this.commands = new Counter({
      name: 'briefbot_commands_total',
      help: 'Commands served, by command, platform and outcome (answered, not_found, refused: bad input, failed: briefbot’s fault).',
      labelNames: ['command', 'platform', 'outcome'],
      registers,
    });
    this.commandSeconds = new Histogram({ name: 'briefbot_command_duration_seconds', help: 'Time to answer a command, by command and platform.', labelNames: ['command', 'platform'], buckets: COMMAND_BUCKETS, registers });
    this.commandErrors = new Counter({
      name: 'briefbot_command_errors_total',
      help: 'Commands that failed on briefbot’s side, by cause: internal (an unexpected error, logged with a reference) or store (the store did not answer).',
      labelNames: ['command', 'platform', 'cause'],
      registers,
    });
    this.digests = new Counter({
      name: 'briefbot_digests_total',
      help: 'Digest slots settled by this process, by platform and outcome: sent, nothing_new (quiet day, when_empty:skip), skipped (too late), retrying, failed, paused.',
      labelNames: ['platform', 'outcome'],
      registers,
    });
    this.feedPolls = new Counter({ name: 'briefbot_feed_polls_total', help: 'Feed polls by this process, by result.', labelNames: ['status'], registers });
    this.feedItems = new Counter({ name: 'briefbot_feed_items_total', help: 'Feed items handled by this process: saved, updated, duplicate, failed.', labelNames: ['outcome'], registers });
    this.loadSeconds = new Histogram({
      name: 'briefbot_knowledge_load_seconds',
      help: 'Time to load the knowledge: at start or on a content reload, built from the articles or restored from a snapshot.',
      labelNames: ['trigger', 'source'],
      buckets: LOAD_BUCKETS,
      registers,
    });
    this.reloadFailures = new Counter({ name: 'briefbot_knowledge_reload_failures_total', help: 'Content reloads that failed; the previous knowledge kept answering.', registers });
    this.logEntries = new Counter({ name: 'briefbot_log_entries_total', help: 'Log entries by level (written or not), e.g. to alert on errors an adapter caught.', labelNames: ['level'], registers });

    const loaded = () => this.knowledge?.();
    const gauge = (name: string, help: string, value: (k: NonNullable<ReturnType<typeof loaded>>) => number) =>
      new Gauge({
        name,
        help,
        registers,
        collect() {
          const current = loaded();
          if (current) this.set(value(current));
        },
      });
    gauge('briefbot_articles_loaded', 'Articles in the knowledge answering now.', ({ kb }) => kb.articles.length);
    gauge('briefbot_passages_loaded', 'Passages indexed in the knowledge answering now.', ({ kb }) => kb.passageById.size);
    gauge('briefbot_content_files_skipped', 'Content files that could not be loaded at the last load (the log says why).', ({ problems }) => problems.length);
  }

  /** Where the article and passage gauges read from, once the knowledge is there. */
  watchKnowledge(source: NonNullable<MetricsOptions['knowledge']>): void {
    this.knowledge = source;
  }

  commandServed(served: CommandServed): void {
    const command = listed(this.commandNames, served.command);
    const platform = listed(SURFACES, served.surface);
    this.commands.inc({ command, platform, outcome: listed(COMMAND_OUTCOMES, served.outcome) });
    this.commandSeconds.observe({ command, platform }, served.seconds);
    if (served.outcome === 'failed') this.commandErrors.inc({ command, platform, cause: listed(FAULTS, served.fault) });
  }

  digestSettled(platform: Platform, outcome: DigestOutcome): void {
    this.digests.inc({ platform: listed(SURFACES, platform), outcome: listed(DIGEST_OUTCOMES, outcome) });
  }

  feedPolled(report: PollReport): void {
    this.feedPolls.inc({ status: listed(POLL_STATUSES, report.status) });
    const items = { saved: report.saved.length, updated: report.updated.length, duplicate: report.duplicates, failed: report.itemFailures };
    for (const [outcome, count] of Object.entries(items)) if (count > 0) this.feedItems.inc({ outcome }, count);
  }

  knowledgeLoaded(load: KnowledgeLoad): void {
    if (load.failed) return this.reloadFailures.inc();
    this.loadSeconds.observe({ trigger: listed(['start', 'reload'], load.trigger), source: listed(['build', 'snapshot', 'update'], load.source) }, load.seconds);
  }

  logged(level: LogLevel): void {
    this.logEntries.inc({ level: listed(LOG_LEVELS, level) });
  }

  /** The exposition text for a scrape. */
  text(): Promise<string> {
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }
}
