/**
 * Builds the knowledge of a content folder on a worker thread, so the bot
 * keeps answering (Slack's and Discord's 3 seconds included) while a large
 * folder is re-indexed. Only unpacking the result runs on the main thread.
 */
import { Worker } from 'node:worker_threads';
import type { LoadedKnowledge, LoadKnowledgeOptions } from './briefbot.ts';
import { logFormat, logLevel, relayLogLine } from './core/log.ts';
import { unpackKnowledge } from './core/snapshot.ts';
import type { BuildMessage, BuildRequest } from './knowledgeWorker.ts';

export interface BuiltAside extends LoadedKnowledge {
  /** The worker thread that built it. */
  threadId: number;
}

/**
 * Under tsx and vitest this module is TypeScript, and a worker must register tsx
 * itself (tsWorker.mjs) before it can load knowledgeWorker.ts. Built into dist/
 * (npm run build) it is JavaScript, and node starts knowledgeWorker.js directly.
 */
const RUNS_AS_TYPESCRIPT = import.meta.url.endsWith('.ts');
const WORKER_ENTRY = new URL(RUNS_AS_TYPESCRIPT ? './knowledgeWorker.ts' : './knowledgeWorker.js', import.meta.url);
const WORKER_SCRIPT = RUNS_AS_TYPESCRIPT ? new URL('./tsWorker.mjs', import.meta.url) : WORKER_ENTRY;

export function buildAside(contentDir: string, options: LoadKnowledgeOptions = {}): Promise<BuiltAside> {
  const request: BuildRequest = {
    entry: WORKER_ENTRY.href,
    contentDir,
    ...(options.snapshotDir ? { snapshotDir: options.snapshotDir } : {}),
    ...(options.maxArticleMb !== undefined ? { maxArticleMb: options.maxArticleMb } : {}),
    previous: [...(options.previous ?? [])],
    logLevel: logLevel(),
    logFormat: logFormat(),
  };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SCRIPT, { workerData: request });
    let settled = false;
    worker.on('message', (message: BuildMessage) => {
      if ('log' in message) return relayLogLine(message.log, message.level);
      settled = true;
      const { packed, problems, kept, source, threadId } = message.built;
      resolve({ kb: unpackKnowledge(packed), problems, kept, source, threadId });
      void worker.terminate();
    });
    worker.once('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`the build worker stopped (exit code ${code}) before finishing`));
    });
  });
}
