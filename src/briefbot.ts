/**
 * briefbot assembled: the articles of a content folder, the knowledge built
 * from them, and the commands that answer from it. Every surface (console,
 * CLI, Discord, Slack, digest) talks to this one object.
 */
import { commands as allCommands } from '../commands/index.ts';
import { autocomplete, type Choice } from './core/answers/autocomplete.ts';
import { findCommand, inputFromText, optionsOf, runCommand, type AnyCommand } from './core/commands.ts';
import { loadContentDir, type ContentProblem } from './core/content/load.ts';
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
  autocomplete(command: string, option: string, typed: string): Choice[];
}

export function createBriefbotFromArticles(articles: Article[], problems: ContentProblem[] = []): Briefbot {
  return createBriefbotFromKnowledge(buildKnowledgeBase(articles), problems);
}

export function createBriefbotFromKnowledge(kb: KnowledgeBase, problems: ContentProblem[] = []): Briefbot {
  const commands = allCommands;
  const context = { kb, commands };
  const run = (name: string, input: Record<string, unknown>) => runCommand(context, name, input);
  return {
    kb,
    commands,
    problems,
    run,
    runLine(line) {
      const { name, text } = splitCommandLine(line);
      const command = findCommand(commands, name);
      return run(name, command ? inputFromText(command, text) : {});
    },
    autocomplete(commandName, optionName, typed) {
      const command = findCommand(commands, commandName);
      const option = command && optionsOf(command).find((o) => o.name === optionName);
      if (!option?.autocomplete) return [];
      return autocomplete(kb, option.autocomplete, cleanUserInput(String(typed ?? '')), commands.map((c) => c.name));
    },
  };
}

export interface CreateOptions {
  /** Where to keep a snapshot of the built knowledge; none when undefined. */
  snapshotDir?: string;
}

/**
 * Loads a content folder, logs each file it had to skip, and builds briefbot —
 * or, when the content and code are unchanged since the last snapshot, loads that.
 */
export function createBriefbot(contentDir: string, options: CreateOptions = {}): Briefbot {
  const started = performance.now();
  const snapshotFile = options.snapshotDir ? join(options.snapshotDir, 'knowledge-snapshot.json') : undefined;
  const fingerprint = snapshotFile ? contentFingerprint(contentDir) : undefined;
  const restored = snapshotFile && fingerprint ? loadSnapshot(snapshotFile, fingerprint) : undefined;

  let kb: KnowledgeBase;
  let problems: ContentProblem[];
  if (restored) {
    ({ kb, problems } = restored);
  } else {
    const loaded = loadContentDir(contentDir);
    problems = loaded.problems;
    kb = buildKnowledgeBase(loaded.articles);
    if (snapshotFile && fingerprint) {
      try {
        saveSnapshot(snapshotFile, kb, fingerprint, problems);
      } catch (error) {
        log('warn', 'could not save the knowledge snapshot; the next start will build again', { file: snapshotFile, error: String(error) });
      }
    }
  }
  for (const problem of problems) log('warn', 'skipped content file', { file: problem.file, reason: problem.reason });
  log('info', 'content indexed', {
    articles: kb.articles.length,
    passages: kb.passageById.size,
    entities: kb.entities.length,
    events: kb.events.length,
    from: restored ? 'snapshot' : 'build',
    ms: Math.round(performance.now() - started),
  });
  return createBriefbotFromKnowledge(kb, problems);
}

/** "/brief isis-k" -> { name: 'brief', text: 'isis-k' }. A line without a slash is a /brief. */
export function splitCommandLine(line: string): { name: string; text: string } {
  const trimmed = line.trim();
  const match = /^\/(\S*)\s*([\s\S]*)$/.exec(trimmed);
  if (!match) return { name: 'brief', text: trimmed };
  return { name: match[1]!, text: match[2]! };
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
