/**
 * briefbot assembled: the articles of a content folder, the knowledge built
 * from them, and the commands that answer from it. Every surface (console,
 * CLI, Discord, Slack, digest) talks to this one object.
 */
import { commands as allCommands } from '../commands/index.ts';
import { autocomplete, MAX_CHOICE_LENGTH, type Choice } from './core/answers/autocomplete.ts';
import { findCommand, inputFromText, isGroup, optionsOf, runCommand, runInChannel, type AnyCommand, type ChannelInfo } from './core/commands.ts';
import type { DigestService } from './core/digest/service.ts';
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

export interface Briefbot {
  kb: KnowledgeBase;
  commands: readonly AnyCommand[];
  problems: ContentProblem[];
  /** Runs a command with named options, as Discord and Slack deliver them. */
  run(name: string, input: Record<string, unknown>): Reply;
  /** Runs a typed line such as "/brief isis-k". */
  runLine(line: string): Reply;
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
}

export function createBriefbotFromArticles(articles: Article[], problems: ContentProblem[] = [], services: BriefbotServices = {}): Briefbot {
  return createBriefbotFromKnowledge(buildKnowledgeBase(articles), problems, services);
}

export function createBriefbotFromKnowledge(kb: KnowledgeBase, problems: ContentProblem[] = [], services: BriefbotServices = {}): Briefbot {
  const commands = allCommands;
  const context = { kb, commands };
  const run = (name: string, input: Record<string, unknown>) => runCommand(context, name, input);
  const handle = (name: string, input: Record<string, unknown>, channel: ChannelInfo) => runInChannel({ ...context, channel, digest: services.digest, library: services.library, feeds: services.feeds }, name, input);
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
    runLine(line) {
      const { name, input } = inputOfLine(line);
      return run(name, input);
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

export interface LoadedKnowledge {
  kb: KnowledgeBase;
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
  return { kb, problems, kept };
}

export function createBriefbot(contentDir: string, options: CreateOptions = {}): Briefbot {
  const { kb, problems } = loadKnowledge(contentDir, options);
  return createBriefbotFromKnowledge(kb, problems, options);
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
