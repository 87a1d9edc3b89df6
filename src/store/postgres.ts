/** Postgres, for several bot processes on more than one machine (DATABASE_URL). */
import pg from 'pg';
import { SqlDigestStore, type SqlDriver } from './sqlStore.ts';

/** Any constant works: it names the lock that serialises migrations across processes. */
const MIGRATION_LOCK = 4_242_001;

export function postgresDriver(connectionString: string): SqlDriver {
  const pool = new pg.Pool({ connectionString, max: 4 });
  // An idle client that loses its connection must not crash the bot.
  pool.on('error', () => {});
  return {
    async query(sql, params = []) {
      const result = await pool.query(sql, params);
      return result.rows;
    },
    async migrate(migrations) {
      const client = await pool.connect();
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
        await client.query('ROLLBACK').catch(() => {});
        throw error;
      } finally {
        client.release();
      }
    },
    async close() {
      await pool.end();
    },
  };
}

export function openPostgresStore(connectionString: string): Promise<SqlDigestStore> {
  return SqlDigestStore.open(postgresDriver(connectionString));
}
