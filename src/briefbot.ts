/**
 * briefbot assembled: the articles of a content folder, the knowledge built
 * from them, and the commands that answer from it. Every surface (console,
 * CLI, Discord, Slack, digest) talks to this one object.
 */
import { commands as allCommands } from '../commands/index.ts';
import { autocomplete, MAX_CHOICE_LENGTH, type Choice } from './core/answers/autocomplete.ts';
import { findCommand, inputFromText, isGroup, optionsOf, runCommand, runInChannel, SUBCOMMAND, type AnyCommand, type ChannelInfo } from './core/commands.ts';
import type { DigestService } from './core/digest/service.ts';
import type { Platform } from './core/digest/store.ts';
import type { ArticleLibrary } from './ingest/library.ts';
import type { FeedService } from './ingest/feeds/service.ts';
import { loadContentDir, type ContentLimits, type ContentProblem } from './core/content/load.ts';
import type { Article } from './core/content/article.ts';
import { buildKnowledgeBase, type KnowledgeBase } from './core/knowledge.ts';
import { log } from './core/log.ts';
import { contentFingerprint, loadSnapshot, saveSnapshot } from './core/snapshot.ts';
import { join } from 'node:path';
import type { Reply } from './core/reply.ts';
import { cleanUserInput } from './core/text/normalize.ts';

/** Where a command was asked: a chat platform, the console, or the command line (`npm run ask`). */
export type Surface = Platform | 'cli';

/** How a served command ended, for metrics: never the words asked. */
export type CommandOutcome = 'answered' | 'not_found' | 'refused' | 'failed';

export interface CommandServed {
  /** A known command ("brief", "digest subscribe"), or "unknown" for a name typed that is none. */
  command: string;
  surface: Surface;
  outcome: CommandOutcome;
  /** Set when the outcome is 'failed': briefbot's own error, or its store not answering. */
  fault?: 'internal' | 'store';
  seconds: number;
}

/** Told of every command served (the metrics); it must not throw, and must be quick. */
export interface CommandObserver {
  commandServed(served: CommandServed): void;
}

export interface Briefbot {
  kb: KnowledgeBase;
  commands: readonly AnyCommand[];
  problems: ContentProblem[];
  /** Runs a command with named options, as Discord and Slack deliver them (a button's command, where there is no channel). */
  run(name: string, input: Record<string, unknown>, surface?: Surface): Reply;
  /** Runs a typed line such as "/brief isis-k". */
  runLine(line: string, surface?: Surface): Reply;
  /** Runs any command — /digest included — where it was typed. Never rejects. */
  handle(name: string, input: Record<string, unknown>, channel: ChannelInfo): Promise<Reply>;
  handleLine(line: string, channel: ChannelInfo): Promise<Reply>;
  autocomplete(command: string, option: string, typed: string, subcommand?: string): Choice[];
}

export interface BriefbotServices {
  /** The digest store and clock; without it /digest explains that it is not set up. */
  digest?: DigestService;
  /** The content folder for /sources add and remove; without it they explain that they are not set up. */
  library?: ArticleLibrary;
  /** Followed feeds; without it /feeds explains that it is not set up. */
  feeds?: FeedService;
  /** Told of every command served; none when undefined. */
  observer?: CommandObserver;
  /** briefbot's version, shown under /help. */
  version?: string;
}

export function createBriefbotFromArticles(articles: Article[], problems: ContentProblem[] = [], services: BriefbotServices = {}): Briefbot {
  return createBriefbotFromKnowledge(buildKnowledgeBase(articles), problems, services);
}

export function createBriefbotFromKnowledge(kb: KnowledgeBase, problems: ContentProblem[] = [], services: BriefbotServices = {}): Briefbot {
  const commands = allCommands;
  const context = { kb, commands, ...(services.version ? { version: services.version } : {}) };
  const { observer } = services;
  /** Reports the reply to the observer on its way out; the words asked are never part of it. */
  const served = (name: string, input: Record<string, unknown>, surface: Surface, started: number) => (reply: Reply) => {
    observer?.commandServed({ command: commandLabel(commands, name, input), surface, ...outcomeOf(reply), seconds: (performance.now() - started) / 1000 });
    return reply;
  };
  const run = (name: string, input: Record<string, unknown>, surface: Surface = 'cli') => {
    const started = performance.now();
    const reply = runCommand(context, name, input);
    return observer ? served(name, input, surface, started)(reply) : reply;
  };
  const handle = (name: string, input: Record<string, unknown>, channel: ChannelInfo) => {
    const started = performance.now();
    const reply = runInChannel({ ...context, channel, digest: services.digest, library: services.library, feeds: services.feeds }, name, input);
    return observer ? reply.then(served(name, input, channel.platform, started)) : reply;
  };
  const inputOfLine = (line: string) => {
    const { name, text } = splitCommandLine(line);
    const command = findCommand(commands, name);
    return { name, input: command ? inputFromText(command, text) : {} };
  };
  return {
    kb,
    commands,
    problems,
    run,
    runLine(line, surface) {
      const { name, input } = inputOfLine(line);
      return run(name, input, surface);
    },
    handle,
    handleLine(line, channel) {
      const { name, input } = inputOfLine(line);
      return handle(name, input, channel);
    },
    autocomplete(commandName, optionName, typed, subcommand) {
      const command = findCommand(commands, commandName);
      const holder = command && isGroup(command) ? command.subcommands[subcommand ?? ''] : command;
      const option = holder && optionsOf(holder).find((o) => o.name === optionName);
      if (!option?.autocomplete) return [];
      const text = cleanUserInput(String(typed ?? ''));
      if (!option.list) return autocomplete(kb, option.autocomplete, text, commands.map((c) => c.name));
      // "ports, sto" completes "sto" and keeps what came before it.
      const cut = text.lastIndexOf(',');
      const head = cut >= 0 ? `${text.slice(0, cut + 1).trim()} ` : '';
      return autocomplete(kb, option.autocomplete, text.slice(cut + 1).trim(), [])
        .map((c) => ({ label: head + c.label, value: head + c.value }))
        .filter((c) => c.value.length <= MAX_CHOICE_LENGTH && c.label.length <= MAX_CHOICE_LENGTH);
    },
  };
}

export interface CreateOptions extends BriefbotServices, ContentLimits {
  /** Where to keep a snapshot of the built knowledge; none when undefined. */
  snapshotDir?: string;
}

export interface LoadKnowledgeOptions extends ContentLimits {
  snapshotDir?: string;
  /** The articles of the previous load: a file broken now keeps its version from there. */
  previous?: readonly Article[];
}

/** Where loaded knowledge came from: built from the articles, or restored from a snapshot. */
export type KnowledgeSource = 'build' | 'snapshot';

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  source: KnowledgeSource;
  problems: ContentProblem[];
  /** Files that failed to load now but whose previous version was kept. */
  kept: string[];
}

/**
 * Loads a content folder, logs each file it had to skip, and builds the
 * knowledge — or, when the content and code are unchanged since the last
 * snapshot, loads that. Given the articles of a previous load, a file that
 * is broken now keeps its previous version.
 */
export function loadKnowledge(contentDir: string, options: LoadKnowledgeOptions = {}): LoadedKnowledge {
  const started = performance.now();
  const snapshotFile = options.snapshotDir ? join(options.snapshotDir, 'knowledge-snapshot.json') : undefined;
  const limits: ContentLimits = { maxArticleMb: options.maxArticleMb };
  const fingerprint = snapshotFile ? contentFingerprint(contentDir, limits) : undefined;
  const restored = snapshotFile && fingerprint ? loadSnapshot(snapshotFile, fingerprint) : undefined;

  let kb: KnowledgeBase;
  let problems: ContentProblem[];
  const kept: string[] = [];
  if (restored) {
    ({ kb, problems } = restored);
  } else {
    const loaded = loadContentDir(contentDir, limits);
    problems = loaded.problems;
    // A folder that vanished or cannot be read (moved, unmounted) keeps every previous article.
    const folderGone = problems.some((p) => p.file === contentDir);
    for (const previous of options.previous ?? []) {
      const broken = folderGone || problems.some((p) => p.file === previous.file);
      if (broken && !loaded.articles.some((a) => a.id === previous.id)) {
        loaded.articles.push(previous);
        kept.push(previous.file);
      }
    }
    loaded.articles.sort((a, b) => a.file.localeCompare(b.file));
    kb = buildKnowledgeBase(loaded.articles);
    // A snapshot with a kept version would outlive the reason for keeping it.
    if (snapshotFile && fingerprint && kept.length === 0) {
      try {
        saveSnapshot(snapshotFile, kb, fingerprint, problems);
      } catch (error) {
        log('warn', 'could not save the knowledge snapshot; the next start will build again', { file: snapshotFile, error: String(error) });
      }
    }
  }
  for (const problem of problems) {
    const keeping = kept.includes(problem.file);
    log('warn', keeping ? 'content file is broken; keeping its previous version' : 'skipped content file', { file: problem.file, reason: problem.reason });
  }
  log('info', 'content indexed', {
    articles: kb.articles.length,
    passages: kb.passageById.size,
    entities: kb.entities.length,
    events: kb.events.length,
    from: restored ? 'snapshot' : 'build',
    ms: Math.round(performance.now() - started),
  });
  return { kb, source: restored ? 'snapshot' : 'build', problems, kept };
}

export function createBriefbot(contentDir: string, options: CreateOptions = {}): Briefbot {
  const { kb, problems } = loadKnowledge(contentDir, options);
  return createBriefbotFromKnowledge(kb, problems, options);
}

/** The command a name and input ask for, as a metrics label: a known command and subcommand, never what was typed. */
export function commandLabel(commands: readonly AnyCommand[], name: string, input: Record<string, unknown>): string {
  const command = findCommand(commands, name);
  if (!command) return 'unknown';
  if (!isGroup(command)) return command.name;
  const typed = input[SUBCOMMAND];
  const subName = typeof typed === 'string' && typed !== '' ? typed.toLowerCase() : command.defaultSubcommand;
  return subName && Object.hasOwn(command.subcommands, subName) ? `${command.name} ${subName}` : command.name;
}

function outcomeOf(reply: Reply): Pick<CommandServed, 'outcome' | 'fault'> {
  if (reply.kind === 'not_found') return { outcome: 'not_found' };
  if (reply.kind !== 'error') return { outcome: 'answered' };
  return reply.fault ? { outcome: 'failed', fault: reply.fault } : { outcome: 'refused' };
}

/**
 * "/brief isis-k" -> { name: 'brief', text: 'isis-k' }. A line that forgot its
 * slash runs the command it names ("who lodhi" is /who lodhi); any other line without one is a /brief.
 */
export function splitCommandLine(line: string): { name: string; text: string } {
  const trimmed = line.trim();
  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(trimmed);
  if (match) return { name: match[1]!, text: match[2]! };
  const [first = '', ...rest] = trimmed.split(/\s+/);
  if (allCommands.some((c) => c.name === first.toLowerCase())) return { name: first.toLowerCase(), text: rest.join(' ') };
  return { name: 'brief', text: trimmed };
}

/**
 * Free text addressed to the bot ("@briefbot who is lodhi", "/briefbot events 2024")
 * as a command line: "who is lodhi" -> "/who lodhi"; anything else is a brief.
 */
export function mentionToLine(text: string, commandNames: readonly string[]): string {
  const trimmed = text.trim().replace(/^\//, '');
  const names = commandNames.join('|');
  const match = new RegExp(`^(${names})\\b(?:\\s+(?:is|are|was|were|about|on|for|in))?\\s*([\\s\\S]*)$`, 'i').exec(trimmed);
  if (match) return `/${match[1]!.toLowerCase()} ${match[2]}`.trim();
  return trimmed ? `/brief ${trimmed}` : '/help';
}
