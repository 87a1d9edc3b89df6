/** Opening the store when it is broken: each failure is one message naming the setting or the file, and what to do. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config.ts';
import { openStore, SQLITE_FILE } from '../../src/store/open.ts';
import { timeoutsOf } from '../../src/store/postgres.ts';
import { silentServer } from './silentServers.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefbot-open-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('Postgres that accepts connections but never answers', () => {
  it('fails start-up with a message naming DATABASE_URL, never its password', async () => {
    const server = await silentServer();
    try {
      const url = `postgres://briefbot:s3cret-pass@127.0.0.1:${server.port}/briefbot`;
      const error = await openStore({ DATABASE_URL: url, DATA_DIR: tempDir() }, { postgresTimeouts: { connectMs: 300, queryMs: 300 } }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toContain(`DATABASE_URL: the Postgres server at 127.0.0.1:${server.port} did not answer in time`);
      expect((error as Error).message).not.toContain('s3cret-pass');
    } finally {
      await server.close();
    }
  }, 10_000);

  it('waits ten seconds to connect and fifteen for a statement, unless DATABASE_URL’s connect_timeout says otherwise', () => {
    expect(timeoutsOf('postgres://u:p@db:5432/briefbot')).toEqual({ connectMs: 10_000, queryMs: 15_000 });
    expect(timeoutsOf('postgres://u:p@db:5432/briefbot?connect_timeout=3')).toEqual({ connectMs: 3_000, queryMs: 15_000 });
  });
});

describe('a damaged SQLite file', () => {
  it.each([
    ['not a database at all', Buffer.from('these bytes were never a database\n'.repeat(200))],
    ['a database whose pages were overwritten', undefined],
  ])('says the file is damaged, where it is, and what to do (%s)', async (_kind, bytes) => {
    const dir = tempDir();
    const file = join(dir, SQLITE_FILE);
    if (bytes) writeFileSync(file, bytes);
    else {
      const store = await openStore({ DATA_DIR: dir });
      await store.saveSubscription({ platform: 'console', channelId: 'c', time: '08:00', timeZone: 'UTC', topics: [], whenEmpty: 'say', createdBy: 'u', createdAt: '2026-01-01T00:00:00.000Z' });
      await store.close();
      // Everything after SQLite's 100-byte header: schema and rows become noise.
      const damaged = readFileSync(file);
      damaged.fill(0x5a, 100);
      writeFileSync(file, damaged);
      rmSync(`${file}-wal`, { force: true });
    }
    const error = await openStore({ DATA_DIR: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain(`The SQLite database ${resolve(file)} is damaged (SQLITE_`);
    expect(message).toMatch(/move the file aside .* digest subscriptions must be made again, or restore the file from a backup/);
    expect(message).not.toContain('point DATA_DIR at a folder');
  });
});
