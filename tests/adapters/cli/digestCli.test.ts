import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SNAPSHOT_FILE } from '../../../src/briefbot.ts';
import { ReplySchema } from '../../../src/core/reply.ts';
import { FIXTURE_DIR } from '../../helpers.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'briefbot-digest-cli-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

/** As npm run digest runs it: from a bundle of the sources (src/runBundled.mjs). */
function digest(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, ['src/runBundled.mjs', 'src/adapters/cli/digestCli.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: FIXTURE_DIR, DATA_DIR: dataDir, DATABASE_URL: '', ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run digest -- --now', () => {
  it('prints today’s digest for the console, every line cited', () => {
    const { code, stdout } = digest(['--now', '--topics', 'cables']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Daily digest · \w{3}, \d{1,2} \w{3} \d{4} \(preview\)\n {2}New: Storm Cables: How the North Sea Grid Rode Out Winter\n/);
    expect(stdout).toContain('\n  cables\n');
    expect(stdout).toMatch(/\nSources\n {2}\[1\] /);
  });

  it('prints JSON that validates against the reply contract', () => {
    const { code, stdout } = digest(['--now', '--json']);
    expect(code).toBe(0);
    expect(ReplySchema.parse(JSON.parse(stdout)).kind).toBe('digest');
  });

  it('explains its usage, and refuses bad arguments and bad configuration clearly', () => {
    expect(digest([]).code).toBe(2);
    expect(digest([]).stdout).toMatch(/^Usage: npm run digest -- --now/);
    expect(digest(['--now', '--platform', 'irc']).stderr).toMatch(/^Unknown --platform irc; use console, discord or slack\./);
    const bad = digest(['--now'], { DATABASE_URL: 'postgres://briefbot:hunter2-pw@127.0.0.1:1/briefbot' });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/DATABASE_URL: cannot open the Postgres database at 127\.0\.0\.1:1 \(ECONNREFUSED\)/);
    expect(bad.stderr).not.toContain('hunter2');
  });
});

describe('npm run digest starts as npm start does', () => {
  it('from the knowledge snapshot in DATA_DIR: the first call writes it, the next reads it and prints the same digest', () => {
    const ownData = mkdtempSync(join(dataDir, 'snapshot-'));
    const snapshot = join(ownData, SNAPSHOT_FILE);
    const first = digest(['--now', '--json'], { DATA_DIR: ownData });
    expect(first.code).toBe(0);
    expect(existsSync(snapshot)).toBe(true);
    const written = statSync(snapshot).mtimeMs;
    const second = digest(['--now', '--json'], { DATA_DIR: ownData });
    expect(second).toEqual(first);
    // Restored as it was, so not written again (a build would write it).
    expect(statSync(snapshot).mtimeMs).toBe(written);
  });
});
