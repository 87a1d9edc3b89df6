/**
 * briefbot's version, read from its package.json: the one place it is
 * written, so `npm start -- --version`, /help and /metrics never disagree
 * with a release. Found by walking up from this file, so it is the same
 * whether briefbot runs from src/ or from a compiled copy.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const VERSION: string = readVersion(dirname(fileURLToPath(import.meta.url)));

function readVersion(from: string): string {
  for (let dir = from; ; dir = dirname(dir)) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        const { name, version } = JSON.parse(readFileSync(file, 'utf8')) as { name?: unknown; version?: unknown };
        if (name === 'briefbot' && typeof version === 'string') return version;
      } catch {
        // Not a package.json we can read: keep looking further up.
      }
    }
    if (dirname(dir) === dir) return 'unknown';
  }
}
