/**
 * A package loaded the first time it is used rather than when the module
 * naming it is. Reading articles needs yaml (front matter) and chrono-node
 * (dates); a start from an up-to-date snapshot reads none, and a one-shot
 * `npm run ask` should not pay for loading them. (Node 20 cannot import an ES
 * module synchronously, so these load through require: both packages ship
 * CommonJS builds of the same code.)
 */
import { createRequire } from 'node:module';
import { once } from './once.ts';

const requireHere = createRequire(import.meta.url);

export function lazyPackage<T>(name: string): () => T {
  return once(() => requireHere(name) as T);
}
