/** The embedded default: SQLite in DATA_DIR, in WAL mode so several processes on one machine share it safely. */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { SqlDigestStore, type Row, type SqlDriver } from './sqlStore.ts';

export function sqliteDriver(file: string): SqlDriver {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  try {
    // The first read of the file: a damaged one fails here (SQLITE_NOTADB, SQLITE_CORRUPT).
    db.pragma('journal_mode = WAL');
    // Another process may hold the write lock for a moment; wait rather than fail.
    db.pragma('busy_timeout = 5000');
  } catch (error) {
    db.close();
    throw error;
  }
  const statements = new Map<string, { statement: Database.Statement; order: number[] }>();

  // SQLite's numbered placeholders do not bind positionally in better-sqlite3, so
  // $n becomes ? and the parameters are laid out in the order they appear.
  function prepared(sql: string) {
    let entry = statements.get(sql);
    if (!entry) {
      const order: number[] = [];
      const statement = db.prepare(sql.replace(/\$(\d+)/g, (_, n: string) => (order.push(Number(n) - 1), '?')));
      entry = { statement, order };
      statements.set(sql, entry);
    }
    return entry;
  }

  return {
    async query(sql, params = []) {
      const { statement, order } = prepared(sql);
      const values = order.map((i) => params[i]);
      if (statement.reader) return statement.all(...values) as Row[];
      statement.run(...values);
      return [];
    },
    async migrate(migrations) {
      db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)');
      // IMMEDIATE takes the write lock first, so two processes never both apply a step.
      const apply = db.transaction(() => {
        const done = new Set((db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version));
        migrations.forEach((sql, i) => {
          if (done.has(i + 1)) return;
          db.exec(sql);
          db.prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)').run(i + 1, new Date().toISOString());
        });
      });
      apply.immediate();
    },
    async close() {
      db.close();
    },
  };
}

export function openSqliteStore(file: string): Promise<SqlDigestStore> {
  return SqlDigestStore.open(sqliteDriver(file));
}
