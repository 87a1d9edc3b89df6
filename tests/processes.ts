/** Helpers for tests that start briefbot's processes and wait on them over 127.0.0.1. */
import { createServer } from 'node:net';

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Asks again every 100 ms until `probe` returns something; gives up after `tries` asks, saying what it waited for. */
export async function until<T>(probe: () => Promise<T | undefined>, what: string | (() => string) = 'a result', tries = 600): Promise<T> {
  for (let tried = 0; tried < tries; tried++) {
    const found = await probe();
    if (found !== undefined) return found;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting for ${typeof what === 'function' ? what() : what}`);
}
