/**
 * src/runBundled.mjs (`npm run ask`): a TypeScript entry runs from one bundle
 * of it and what it imports, made the first time and again when a source
 * changes, kept in the temporary folder; each module keeps its own
 * import.meta.url, and the entry sees its arguments as if node had run it.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LAUNCHER = join(ROOT, 'src', 'runBundled.mjs');
/** The temporary folder the launcher keeps its bundles in, for these tests only. */
const TEMP = mkdtempSync(join(tmpdir(), 'briefbot-run-'));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

function run(entry: string, args: string[] = [], temp = TEMP) {
  const result = spawnSync(process.execPath, [LAUNCHER, entry, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, TMPDIR: temp } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Every bundle kept: the folders (named by the version of their sources) holding an entry.mjs. */
function bundles(temp = TEMP): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (entry.name === 'entry.mjs' && /^[0-9a-f]{16}$/.test(dir.split('/').pop()!)) found.push(dir);
    }
  };
  walk(temp);
  return found.sort();
}

/** Sources saved a minute ago: one saved this very second may still be changing, and its bundle is used once, not kept. */
function savedEarlier(...files: string[]): void {
  const earlier = new Date(Date.now() - 60_000);
  for (const file of files) utimesSync(file, earlier, earlier);
}

/** A two-module program in a folder of its own: it prints its arguments, its own URL and its helper's. */
function program() {
  const dir = mkdtempSync(join(TEMP, 'program-'));
  mkdirSync(join(dir, 'lib'));
  writeFileSync(join(dir, 'lib', 'helper.ts'), "export const greeting: string = 'hello';\nexport const helperUrl: string = import.meta.url;\n");
  writeFileSync(
    join(dir, 'main.ts'),
    "import { greeting, helperUrl } from './lib/helper.ts';\nconst own: string = import.meta.url;\nconsole.log(JSON.stringify({ argv: process.argv.slice(1), greeting, own, helperUrl }));\n",
  );
  savedEarlier(join(dir, 'main.ts'), join(dir, 'lib', 'helper.ts'));
  return dir;
}

describe('running a TypeScript entry from a bundle', () => {
  it('runs it with its arguments, each module keeping its own import.meta.url', () => {
    const dir = program();
    const { code, stdout, stderr } = run(join(dir, 'main.ts'), ['/brief', 'isis-k']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toEqual({
      argv: [join(dir, 'main.ts'), '/brief', 'isis-k'],
      greeting: 'hello',
      own: pathToFileURL(join(dir, 'main.ts')).href,
      helperUrl: pathToFileURL(join(dir, 'lib', 'helper.ts')).href,
    });
  });

  it('makes the bundle once, and again only when a source changes', () => {
    const dir = program();
    const before = bundles();
    run(join(dir, 'main.ts'));
    const made = bundles().filter((b) => !before.includes(b));
    expect(made).toHaveLength(1);
    const written = statSync(join(made[0]!, 'entry.mjs')).mtimeMs;
    expect(JSON.parse(run(join(dir, 'main.ts')).stdout).greeting).toBe('hello');
    expect(bundles().filter((b) => !before.includes(b))).toEqual(made);
    expect(statSync(join(made[0]!, 'entry.mjs')).mtimeMs).toBe(written);
    // An edit, saved later.
    writeFileSync(join(dir, 'lib', 'helper.ts'), "export const greeting: string = 'hej!!';\nexport const helperUrl: string = import.meta.url;\n");
    utimesSync(join(dir, 'lib', 'helper.ts'), new Date(Date.now() - 30_000), new Date(Date.now() - 30_000));
    expect(JSON.parse(run(join(dir, 'main.ts')).stdout).greeting).toBe('hej!!');
    expect(bundles().filter((b) => !before.includes(b))).toHaveLength(2);
  });

  it('runs npm run ask: packages are imported from node_modules, where the sources are', () => {
    const { code, stdout, stderr } = run('src/adapters/cli/ask.ts', ['--help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Usage: npm run ask/);
  });

  it('never runs a bundle from a cache folder others may write to: the entry runs under tsx instead', () => {
    const shared = mkdtempSync(join(TEMP, 'shared-'));
    const cache = join(shared, `briefbot-bundles-${process.getuid?.() ?? 'user'}`);
    mkdirSync(cache);
    chmodSync(cache, 0o777);
    const dir = program();
    const { code, stdout } = run(join(dir, 'main.ts'), [], shared);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).greeting).toBe('hello');
    expect(bundles(shared)).toEqual([]);
  });

  it('a source that does not compile is reported as tsx reports it, and no bundle is kept', () => {
    const dir = mkdtempSync(join(TEMP, 'broken-'));
    writeFileSync(join(dir, 'main.ts'), 'const x: number = ;\n');
    savedEarlier(join(dir, 'main.ts'));
    const before = bundles();
    const { code, stderr } = run(join(dir, 'main.ts'));
    expect(code).not.toBe(0);
    expect(stderr).toContain('main.ts');
    expect(bundles()).toEqual(before);
  });
});
