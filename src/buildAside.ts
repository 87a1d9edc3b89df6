/**
 * Work on the knowledge of a content folder done on a worker thread, so the
 * bot keeps answering (Slack's and Discord's 3 seconds included): a rebuild,
 * of which only unpacking the result runs on the main thread, and a snapshot
 * refresh, of which nothing does.
 */
import { Worker } from 'node:worker_threads';
import type { LoadedKnowledge, LoadKnowledgeOptions } from './briefbot.ts';
import { logFormat, logLevel, relayLogLine } from './core/log.ts';
import { unpackKnowledge } from './core/snapshot.ts';
import type { WorkerMessage, WorkerRequest } from './knowledgeWorker.ts';

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

export interface AsideOptions extends LoadKnowledgeOptions {
  /** Stops the worker (the bot is closing). */
  signal?: AbortSignal;
}

/** The folder's knowledge, loaded on a worker thread as loadKnowledge would (and saved as the snapshot, if any). */
export async function buildAside(contentDir: string, options: AsideOptions = {}): Promise<BuiltAside> {
  const message = await runWorker('build', contentDir, options);
  if (!('built' in message)) throw new Error('the build worker answered with something else than knowledge');
  const { packed, ...rest } = message.built;
  return { kb: unpackKnowledge(packed), ...rest };
}

/** Brings the snapshot in `options.snapshotDir` up to date with the folder, on a worker thread. */
export async function refreshSnapshotAside(contentDir: string, options: AsideOptions & { snapshotDir: string }): Promise<{ from: LoadedKnowledge['from']; articles: number }> {
  const message = await runWorker('refresh-snapshot', contentDir, options);
  if (!('refreshed' in message)) throw new Error('the snapshot worker answered with something else than a refresh');
  return message.refreshed;
}

function runWorker(task: WorkerRequest['task'], contentDir: string, options: AsideOptions): Promise<Exclude<WorkerMessage, { log: string; level: unknown }>> {
  const request: WorkerRequest = {
    entry: WORKER_ENTRY.href,
    task,
    contentDir,
    ...(options.snapshotDir ? { snapshotDir: options.snapshotDir } : {}),
    ...(options.maxArticleMb !== undefined ? { maxArticleMb: options.maxArticleMb } : {}),
    ...(options.fresh ? { fresh: true } : {}),
    previous: [...(options.previous ?? [])],
    logLevel: logLevel(),
    logFormat: logFormat(),
  };
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(new Error('stopped before the worker started'));
    const worker = new Worker(WORKER_SCRIPT, { workerData: request });
    let settled = false;
    const stop = () => void worker.terminate();
    options.signal?.addEventListener('abort', stop, { once: true });
    const done = () => {
      settled = true;
      options.signal?.removeEventListener('abort', stop);
    };
    worker.on('message', (message: WorkerMessage) => {
      if ('log' in message) return relayLogLine(message.log, message.level);
      done();
      resolve(message);
      void worker.terminate();
    });
    worker.once('error', (error) => {
      done();
      reject(error);
    });
    worker.once('exit', (code) => {
      if (settled) return;
      done();
      reject(new Error(options.signal?.aborted ? 'the worker was stopped' : `the worker stopped (exit code ${code}) before finishing`));
    });
  });
}
