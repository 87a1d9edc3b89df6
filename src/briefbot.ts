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
import { readContentChanges, type FileVersions } from './core/content/changes.ts';
import type { ContentLimits, ContentProblem } from './core/content/load.ts';
import type { Article } from './core/content/article.ts';
import { articleVersion } from './core/digest/compose.ts';
import { buildKnowledgeBase, updateKnowledgeBase, type KnowledgeBase } from './core/knowledge.ts';
import { log } from './core/log.ts';
import { readSnapshot, saveSnapshot, snapshotKey } from './core/snapshot.ts';
import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Reply } from './core/reply.ts';
import { cleanUserInput } from './core/text/normalize.ts';
import { IN_PLACE_LIMITS } from './updateInPlace.ts';

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
  /** See LoadKnowledgeOptions.lazy. */
  lazy?: boolean;
}

export interface LoadKnowledgeOptions extends ContentLimits {
  snapshotDir?: string;
  /** Articles of a previous load: a file broken now keeps its version from there. */
  previous?: readonly Article[];
  /** Build from the files even when a snapshot could be brought up to date (after an update failed). */
  fresh?: boolean;
  /**
   * Restore from the snapshot only what commands read at once, and the rest
   * (events, per-article state) when first used: for a process that answers
   * one command and exits (`npm run ask`).
   */
  lazy?: boolean;
}

/** Where loaded knowledge came from, for the metrics: built from the articles, or restored from a snapshot. */
export type KnowledgeSource = 'build' | 'snapshot';

export interface LoadedKnowledge {
  kb: KnowledgeBase;
  source: KnowledgeSource;
  problems: ContentProblem[];
  /** Files that failed to load now but whose previous version was kept. */
  kept: string[];
  /** The version of the file each article was read from: what the next update compares the folder with. */
  files: FileVersions;
  /** A full build; a snapshot as it was; or a snapshot brought up to date with the files changed since. */
  from: 'build' | 'snapshot' | 'snapshot, updated';
}

export const SNAPSHOT_FILE = 'knowledge.snapshot';
/** Where snapshots were kept before they had sections (format 3, one JSON text): removed once a new one is saved. */
const OLD_SNAPSHOT_FILE = 'knowledge-snapshot.json';

/**
 * Where the snapshot of a content folder lives: `npm start`'s folder
 * (CONTENT_DIR) keeps its snapshot in DATA_DIR itself; any other folder
 * (`npm run ask -- --content DIR`) gets a folder of its own under
 * DATA_DIR/snapshots, named by its absolute path, so asking about another
 * folder never overwrites the bot's snapshot, and each folder starts warm.
 */
export function snapshotDirFor(dataDir: string, contentDir: string, botContentDir: string): string {
  const folder = resolve(contentDir);
  if (folder === resolve(botContentDir)) return dataDir;
  const name = basename(folder).replace(/[^\w.-]+/g, '-').slice(0, 40) || 'folder';
  return join(dataDir, 'snapshots', `${name}-${createHash('sha256').update(folder).digest('hex').slice(0, 12)}`);
}

/**
 * At start, a snapshot is brought up to date in place when no more files
 * changed since it was written than a running bot would apply in place, or
 * than half its articles (a day of feed items, a few edits); beyond that,
 * most of the work of a build would be done anyway.
 */
export const CATCH_UP_SHARE = 0.5;

/**
 * Loads a content folder and builds the knowledge, logging each file it had
 * to skip. With a snapshot made by this code, only the files that differ from
 * it are read, and applied to it as an incremental update; otherwise, or when
 * too much changed, everything is built. The result is saved as the new
 * snapshot. Given the articles of a previous load, a file that is broken now
 * keeps its previous version.
 */
export function loadKnowledge(contentDir: string, options: LoadKnowledgeOptions = {}): LoadedKnowledge {
  const started = performance.now();
  const snapshotFile = options.snapshotDir ? join(options.snapshotDir, SNAPSHOT_FILE) : undefined;
  const limits: ContentLimits = { maxArticleMb: options.maxArticleMb };
  const key = snapshotKey(limits);
  const restored = snapshotFile && !options.fresh ? restoreSnapshot(snapshotFile, key, options.lazy === true) : undefined;
  const loaded = (restored && catchUp(contentDir, restored, options)) ?? buildFromFolder(contentDir, options);
  if (snapshotFile && loaded.from !== 'snapshot') {
    try {
      saveSnapshot(snapshotFile, loaded.kb, loaded.files, key);
      rmSync(join(options.snapshotDir!, OLD_SNAPSHOT_FILE), { force: true });
    } catch (error) {
      log('warn', 'could not save the knowledge snapshot; the next start will build again', { file: snapshotFile, error: String(error) });
    }
  }
  logProblems(loaded.problems, loaded.kept);
  log('info', 'content indexed', {
    articles: loaded.kb.articles.length,
    passages: loaded.kb.passageById.size,
    entities: loaded.kb.entities.length,
    // Not counted by a lazy load (npm run ask), which reads the events only for a command that needs them.
    ...(options.lazy ? {} : { events: loaded.kb.events.length }),
    from: loaded.from,
    ms: Math.round(performance.now() - started),
  });
  return { ...loaded, source: loaded.from === 'build' ? 'build' : 'snapshot' };
}

/** The snapshot's knowledge, if there is a usable one; a damaged one is said in the log, and built again. */
function restoreSnapshot(file: string, key: string, lazy: boolean): { kb: KnowledgeBase; files: FileVersions } | undefined {
  const read = readSnapshot(file, key, { lazy });
  if (!('miss' in read)) return read;
  if (typeof read.miss === 'object') log('warn', 'the knowledge snapshot is damaged; building the knowledge again', { file, reason: read.miss.damaged });
  return undefined;
}

function buildFromFolder(contentDir: string, options: LoadKnowledgeOptions): Omit<LoadedKnowledge, 'source'> {
  const read = readContentChanges(contentDir, { articles: options.previous ?? [], files: new Map() }, { maxArticleMb: options.maxArticleMb });
  return { kb: buildKnowledgeBase(read.articles), problems: read.problems, kept: read.kept, files: read.files, from: 'build' };
}

/** The snapshot's knowledge with the files changed since applied to it; undefined when a build is better. */
function catchUp(contentDir: string, restored: { kb: KnowledgeBase; files: FileVersions }, options: LoadKnowledgeOptions): Omit<LoadedKnowledge, 'source'> | undefined {
  // A file whose size and modification time are those the snapshot recorded is not read again (changes.ts).
  const read = readContentChanges(contentDir, { articles: restored.kb.articles, files: restored.files }, { maxArticleMb: options.maxArticleMb, trustStat: true });
  // A broken file keeps the version the caller had (a running bot's is newer than its last snapshot's).
  const previous = new Map((options.previous ?? []).map((a) => [a.file, a]));
  for (const { file } of read.problems) {
    const newer = previous.get(file);
    const older = read.articles.find((a) => a.file === file);
    if (!newer || (older && articleVersion(older).hash === articleVersion(newer).hash)) continue;
    read.upsert.push(newer);
    read.articles = [...read.articles.filter((a) => a.id !== newer.id), newer].sort((a, b) => a.file.localeCompare(b.file));
    read.files.delete(file);
    if (!read.kept.includes(file)) read.kept.push(file);
  }
  const changed = read.upsert.length + read.remove.length;
  const base = { problems: read.problems, kept: read.kept, files: read.files };
  if (changed === 0) return { ...base, kb: restored.kb, from: 'snapshot' };
  if (changed > Math.max(IN_PLACE_LIMITS.files, restored.kb.articles.length * CATCH_UP_SHARE)) return undefined;
  try {
    return { ...base, kb: updateKnowledgeBase(restored.kb, read), from: 'snapshot, updated' };
  } catch (error) {
    log('warn', 'could not bring the knowledge snapshot up to date; building instead', { error: String(error) });
    return undefined;
  }
}

/** One line per file that could not be loaded, saying whether its previous version is kept. */
export function logProblems(problems: readonly ContentProblem[], kept: readonly string[]): void {
  for (const problem of problems) {
    const keeping = kept.includes(problem.file);
    log('warn', keeping ? 'content file is broken; keeping its previous version' : 'skipped content file', { file: problem.file, reason: problem.reason });
  }
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
