/** Postgres, for several bot processes on more than one machine (DATABASE_URL). */
import pg from 'pg';
import { StoreUnavailableError } from '../core/digest/store.ts';
import { networkFailure } from '../startupError.ts';
import { SqlDigestStore, type SqlDriver } from './sqlStore.ts';

/** Any constant works: it names the lock that serialises migrations across processes. */
const MIGRATION_LOCK = 4_242_001;

export interface PostgresTimeouts {
  /** To open a connection, handshake and authentication included; also to wait for a free pooled one. */
  connectMs: number;
  /** For one statement's answer. */
  queryMs: number;
}

/**
 * Long enough for a distant or busy server, short enough that one which
 * accepts connections but never answers is noticed: without them pg waits
 * forever, and so did start-up. DATABASE_URL's own `connect_timeout`
 * (seconds, as libpq reads it) and `query_timeout` (milliseconds, as pg
 * reads it) take precedence.
 */
export const DEFAULT_TIMEOUTS: PostgresTimeouts = { connectMs: 10_000, queryMs: 15_000 };

/** Closing waits for pooled connections; one stuck on a silent server must not hold up a stop for ever. */
const CLOSE_WAIT_MS = 5_000;

export function timeoutsOf(connectionString: string): PostgresTimeouts {
  let connectSeconds = NaN;
  try {
    connectSeconds = Number(new URL(connectionString).searchParams.get('connect_timeout') ?? NaN);
  } catch {
    // An unparsable URL fails on connecting, with its own message.
  }
  return { ...DEFAULT_TIMEOUTS, ...(connectSeconds > 0 ? { connectMs: connectSeconds * 1000 } : {}) };
}

export function postgresDriver(connectionString: string, timeouts: PostgresTimeouts = timeoutsOf(connectionString)): SqlDriver {
  const pool = new pg.Pool({ connectionString, max: 4, connectionTimeoutMillis: timeouts.connectMs, query_timeout: timeouts.queryMs });
  // An idle client that loses its connection must not crash the bot.
  pool.on('error', () => {});
  const where = serverOf(connectionString);
  const unavailable = (error: unknown) => (isUnavailable(error) ? new StoreUnavailableError(`the Postgres database at ${where} did not answer (${describe(error)})`, { cause: error }) : error);
  return {
    async query(sql, params = []) {
      try {
        return (await pool.query(sql, params)).rows;
      } catch (error) {
        throw unavailable(error);
      }
    },
    async migrate(migrations) {
      const client = await pool.connect().catch((error: unknown) => Promise.reject(unavailable(error)));
      let failure: unknown;
      try {
        await client.query('BEGIN');
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
        await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
        const done = new Set((await client.query('SELECT version FROM schema_migrations')).rows.map((r: { version: number }) => r.version));
        for (const [i, sql] of migrations.entries()) {
          if (done.has(i + 1)) continue;
          await client.query(sql);
          await client.query('INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)', [i + 1, new Date().toISOString()]);
        }
        await client.query('COMMIT');
      } catch (error) {
        failure = error;
        // A server that stopped answering would not answer this either.
        if (!isUnavailable(error)) await client.query('ROLLBACK').catch(() => {});
        throw unavailable(error);
      } finally {
        // A connection that failed is not given back to the pool: it may be stuck.
        client.release(failure instanceof Error ? failure : undefined);
      }
    },
    async close() {
      await Promise.race([pool.end(), new Promise<void>((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref())]);
    },
  };
}

export function openPostgresStore(connectionString: string, timeouts?: PostgresTimeouts): Promise<SqlDigestStore> {
  return SqlDigestStore.open(postgresDriver(connectionString, timeouts));
}

/** Host and port only: the URL's password must never reach a message. */
export function serverOf(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || 5432}`;
  } catch {
    return 'the configured host';
  }
}

/** pg's own words for "no answer in time" and "the connection went". */
const UNAVAILABLE_MESSAGES = [/timeout/i, /Connection terminated/i, /not queryable/i, /ECONNRESET/];

/**
 * No answer, or no connection, as opposed to a statement Postgres refused.
 * SQLSTATE class 08 is "connection exception"; 57P01-57P03 are a server
 * shutting down or starting up.
 */
function isUnavailable(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (/^08/.test(code) || /^57P0[123]$/.test(code))) return true;
  if (networkFailure(error)) return true;
  return typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message));
}

function describe(error: unknown): string {
  const network = networkFailure(error);
  if (network) return network.detail;
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
