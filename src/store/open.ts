/** Opens the digest store the configuration asks for: Postgres with DATABASE_URL, else SQLite in DATA_DIR. */
import { join } from 'node:path';
import type { Config } from '../config.ts';
import { ConfigError } from '../config.ts';
import type { DigestStore } from '../core/digest/store.ts';
import { openPostgresStore } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';

export const SQLITE_FILE = 'briefbot.sqlite';

export async function openStore(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>): Promise<DigestStore> {
  if (config.DATABASE_URL) {
    try {
      return await openPostgresStore(config.DATABASE_URL);
    } catch (error) {
      const host = safeHost(config.DATABASE_URL);
      throw new ConfigError(
        `Configuration problem (check your .env or environment):\n  DATABASE_URL: cannot open the Postgres database at ${host} (${reason(error)}); check the host, port, user and password, or unset it to use SQLite in DATA_DIR`,
      );
    }
  }
  const file = join(config.DATA_DIR, SQLITE_FILE);
  try {
    return await openSqliteStore(file);
  } catch (error) {
    throw new ConfigError(`Configuration problem (check your .env or environment):\n  DATA_DIR: cannot open the SQLite database ${file} (${reason(error)}); point DATA_DIR at a folder briefbot can write to`);
  }
}

/** Host and port only: the URL's password must never reach a message. */
function safeHost(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}`;
  } catch {
    return 'the configured host';
  }
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code ?? (error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : 'unknown error');
}
