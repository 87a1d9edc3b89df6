/**
 * The worker side of work done aside: loads the content folder into
 * knowledge (from the snapshot brought up to date, or built) and either posts
 * the result back as plain data (a rebuild) or only saves it as the new
 * snapshot (a refresh, whose result the bot already has). Started by buildAside.ts.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { loadKnowledge, type KnowledgeSource, type LoadedKnowledge } from './briefbot.ts';
import type { Article } from './core/content/article.ts';
import type { FileVersions } from './core/content/changes.ts';
import type { ContentProblem } from './core/content/load.ts';
import { configureLog, type LogFormat, type LogLevel } from './core/log.ts';
import { packKnowledge } from './core/snapshot.ts';

export interface WorkerRequest {
  entry: string;
  task: 'build' | 'refresh-snapshot';
  contentDir: string;
  snapshotDir?: string;
  maxArticleMb?: number;
  previous: Article[];
  fresh?: boolean;
  logLevel: LogLevel;
  logFormat: LogFormat;
}

export type WorkerMessage =
  | { log: string; level: LogLevel }
  | { built: { packed: ReturnType<typeof packKnowledge>; problems: ContentProblem[]; kept: string[]; files: FileVersions; from: LoadedKnowledge['from']; source: KnowledgeSource; threadId: number } }
  | { refreshed: { from: LoadedKnowledge['from']; articles: number } };

const request = workerData as WorkerRequest;
const post = (message: WorkerMessage) => parentPort!.postMessage(message);
// Log lines go to the main thread, which writes them where its own go.
configureLog({ level: request.logLevel, format: request.logFormat, sink: (line, level) => post({ log: line, level }) });
const { kb, problems, kept, files, from, source } = loadKnowledge(request.contentDir, {
  ...(request.snapshotDir ? { snapshotDir: request.snapshotDir } : {}),
  ...(request.maxArticleMb !== undefined ? { maxArticleMb: request.maxArticleMb } : {}),
  ...(request.fresh ? { fresh: true } : {}),
  previous: request.previous,
});
if (request.task === 'build') post({ built: { packed: packKnowledge(kb), problems, kept, files, from, source, threadId } });
else post({ refreshed: { from, articles: kb.articles.length } });
