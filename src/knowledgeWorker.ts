/**
 * The worker side of building knowledge aside: loads the content folder,
 * builds, and posts the result back as plain data. Started by buildAside.ts.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { loadKnowledge } from './briefbot.ts';
import type { Article } from './core/content/article.ts';
import type { ContentProblem } from './core/content/load.ts';
import { configureLog, type LogLevel } from './core/log.ts';
import { packKnowledge } from './core/snapshot.ts';

export interface BuildRequest {
  entry: string;
  contentDir: string;
  snapshotDir?: string;
  maxArticleMb?: number;
  previous: Article[];
  logLevel: LogLevel;
}

export type BuildMessage =
  | { log: string }
  | { built: { packed: ReturnType<typeof packKnowledge>; problems: ContentProblem[]; kept: string[]; threadId: number } };

const request = workerData as BuildRequest;
const post = (message: BuildMessage) => parentPort!.postMessage(message);
// Log lines go to the main thread, which writes them where its own go.
configureLog({ level: request.logLevel, sink: (line) => post({ log: line }) });
const { kb, problems, kept } = loadKnowledge(request.contentDir, {
  ...(request.snapshotDir ? { snapshotDir: request.snapshotDir } : {}),
  ...(request.maxArticleMb !== undefined ? { maxArticleMb: request.maxArticleMb } : {}),
  previous: request.previous,
});
post({ built: { packed: packKnowledge(kb), problems, kept, threadId } });
