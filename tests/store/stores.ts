/**
 * Real databases for tests: SQLite on a temporary file, and Postgres — PGlite,
 * the Postgres engine compiled to WebAssembly — served over the wire protocol
 * on 127.0.0.1 so that `pg` talks to it exactly as it would to a server.
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DigestStore } from '../../src/core/digest/store.ts';
import { openPostgresStore } from '../../src/store/postgres.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';

export interface StoreFactory {
  name: string;
  /** For Postgres, the connection URL a bot process would be given as DATABASE_URL. */
  url?: string;
  /** Opens another connection to the same database: what a second bot process would do. */
  open(): Promise<DigestStore>;
  dispose(): Promise<void>;
}

export function sqliteFactory(): StoreFactory {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-store-'));
  const file = join(dir, 'briefbot.sqlite');
  const opened: DigestStore[] = [];
  return {
    name: 'SQLite',
    async open() {
      const store = await openSqliteStore(file);
      opened.push(store);
      return store;
    },
    async dispose() {
      for (const store of opened) await store.close().catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function postgresFactory(): Promise<StoreFactory> {
  const db = await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: 16 });
  await server.start();
  const url = `postgres://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
  const opened: DigestStore[] = [];
  return {
    name: 'Postgres',
    url,
    async open() {
      const store = await openPostgresStore(url);
      opened.push(store);
      return store;
    },
    async dispose() {
      for (const store of opened) await store.close().catch(() => {});
      await server.stop();
      await db.close();
    },
  };
}
