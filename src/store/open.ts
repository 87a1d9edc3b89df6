/** Opens the store the configuration asks for (digests, feeds): Postgres with DATABASE_URL, else SQLite in DATA_DIR. */
import { join, resolve } from 'node:path';
import type { Config } from '../config.ts';
import { ConfigError } from '../config.ts';
import { StoreUnavailableError } from '../core/digest/store.ts';
import { openPostgresStore, serverOf, type PostgresTimeouts } from './postgres.ts';
import { openSqliteStore } from './sqlite.ts';
import type { SqlDigestStore } from './sqlStore.ts';

export const SQLITE_FILE = 'briefbot.sqlite';

const PROBLEM = 'Configuration problem (check your .env or environment):';

/** SQLite's codes for a file that is not, or no longer, a sound database. */
const DAMAGED = new Set(['SQLITE_CORRUPT', 'SQLITE_NOTADB']);

export async function openStore(config: Pick<Config, 'DATABASE_URL' | 'DATA_DIR'>, options: { postgresTimeouts?: PostgresTimeouts } = {}): Promise<SqlDigestStore> {
  if (config.DATABASE_URL) {
    try {
      return await openPostgresStore(config.DATABASE_URL, options.postgresTimeouts);
    } catch (thrown) {
      const host = serverOf(config.DATABASE_URL);
      const error = thrown instanceof StoreUnavailableError ? thrown.cause : thrown;
      // Accepted the connection, then silence: a wrong port, a proxy, or a server that hangs.
      if (thrown instanceof StoreUnavailableError && /timeout/i.test(thrown.message)) {
        throw new ConfigError(
          `${PROBLEM}\n  DATABASE_URL: the Postgres server at ${host} did not answer in time; check that the host and port are a running Postgres server reachable from here, or unset DATABASE_URL to use SQLite in DATA_DIR`,
        );
      }
      throw new ConfigError(`${PROBLEM}\n  DATABASE_URL: cannot open the Postgres database at ${host} (${reason(error)}); check the host, port, user and password, or unset it to use SQLite in DATA_DIR`);
    }
  }
  const file = join(config.DATA_DIR, SQLITE_FILE);
  try {
    return await openSqliteStore(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code && DAMAGED.has(code)) {
      // Not a permission problem: pointing DATA_DIR elsewhere would silently start afresh.
      throw new ConfigError(
        `The SQLite database ${resolve(file)} is damaged (${code}: ${(error as Error).message}). Stop briefbot, move the file aside (with any ${SQLITE_FILE}-wal and -shm next to it) and start again: briefbot makes a new, empty database, so digest subscriptions must be made again, or restore the file from a backup`,
      );
    }
    throw new ConfigError(`${PROBLEM}\n  DATA_DIR: cannot open the SQLite database ${file} (${reason(error)}); point DATA_DIR at a folder briefbot can write to`);
  }
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  return code ?? (error instanceof Error ? error.message.split('\n')[0]!.slice(0, 120) : 'unknown error');
}
