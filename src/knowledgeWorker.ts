/**
 * The worker side of building knowledge aside: loads the content folder,
 * builds, and posts the result back as plain data. Started by buildAside.ts.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { loadKnowledge, type KnowledgeSource } from './briefbot.ts';
import type { Article } from './core/content/article.ts';
import type { ContentProblem } from './core/content/load.ts';
import { configureLog, type LogFormat, type LogLevel } from './core/log.ts';
import { packKnowledge } from './core/snapshot.ts';

export interface BuildRequest {
  entry: string;
  contentDir: string;
  snapshotDir?: string;
  maxArticleMb?: number;
  previous: Article[];
  logLevel: LogLevel;
  logFormat: LogFormat;
}

export type BuildMessage =
  | { log: string; level: LogLevel }
  | { built: { packed: ReturnType<typeof packKnowledge>; problems: ContentProblem[]; kept: string[]; source: KnowledgeSource; threadId: number } };

const request = workerData as BuildRequest;
const post = (message: BuildMessage) => parentPort!.postMessage(message);
// Log lines go to the main thread, which writes them where its own go.
configureLog({ level: request.logLevel, format: request.logFormat, sink: (line, level) => post({ log: line, level }) });
const { kb, problems, kept, source } = loadKnowledge(request.contentDir, {
  ...(request.snapshotDir ? { snapshotDir: request.snapshotDir } : {}),
  ...(request.maxArticleMb !== undefined ? { maxArticleMb: request.maxArticleMb } : {}),
  previous: request.previous,
});
post({ built: { packed: packKnowledge(kb), problems, kept, source, threadId } });
