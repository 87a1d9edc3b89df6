// Starts a worker thread on a TypeScript module (workerData.entry): the
// worker registers tsx itself, since loader flags are not inherited by workers.
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
