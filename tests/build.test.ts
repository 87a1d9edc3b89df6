/**
 * `npm run build` and what it builds: the JavaScript that `npm run start:prod`,
 * the Dockerfile and the systemd unit start with plain node, no tsx. Built once,
 * into a folder of its own, with the project's packages beside it as in the
 * container image.
 */
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR } from './helpers.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; version: string };
/** `node --enable-source-maps dist/src/main.js` → its node flags, and the entry point inside dist/. */
const startProd = packageJson.scripts['start:prod']!.split(/\s+/);
const NODE_FLAGS = startProd.slice(1, -1);
const ENTRY_IN_DIST = relative('dist', startProd.at(-1)!);

const OUT = mkdtempSync(join(tmpdir(), 'briefbot-build-'));
const DATA_DIR = mkdtempSync(join(tmpdir(), 'briefbot-build-data-'));
/** Every file the build wrote, relative to OUT. */
let built: string[] = [];

beforeAll(() => {
  const build = spawnSync('npm', ['run', '--silent', 'build', '--', '--out', OUT], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}${build.stderr}`);
  built = listFiles(OUT);
  // Packages are found in node_modules beside the build, as in the image (/app/dist beside /app/node_modules).
  symlinkSync(join(ROOT, 'node_modules'), join(OUT, 'node_modules'), 'dir');
}, 240_000);
afterAll(() => {
  rmSync(OUT, { recursive: true, force: true });
  rmSync(DATA_DIR, { recursive: true, force: true });
});

function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name), base) : [relative(base, join(dir, entry.name))],
  );
}

/** Runs the built entry point as start:prod does, with no tsx anywhere, the console fed these lines. */
async function builtConsole(lines: string[]) {
  const child = spawn(process.execPath, [...NODE_FLAGS, join(OUT, ENTRY_IN_DIST)], {
    cwd: OUT,
    env: { ...process.env, NODE_OPTIONS: '', CONTENT_DIR: SEED_DIR, DATA_DIR, LOG_LEVEL: 'info' },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  child.stdin.end(`${lines.join('\n')}\n`);
  const code = await new Promise((resolve) => child.on('exit', resolve));
  return { code, output };
}

describe('npm run build', () => {
  it('compiles every module to JavaScript that imports .js, never .ts', () => {
    expect(built).toContain(ENTRY_IN_DIST);
    expect(built).toContain(join('src', 'knowledgeWorker.js'));
    expect(built).toContain(join('commands', 'index.js'));
    expect(built.filter((file) => /\.(?:ts|mts|mjs)$/.test(file))).toEqual([]);
    const tsImports = built
      .filter((file) => file.endsWith('.js'))
      .filter((file) => /(?:from\s*|import\s*\(\s*)['"]\.{1,2}\/[^'"]*\.ts['"]/.test(readFileSync(join(OUT, file), 'utf8')));
    expect(tsImports).toEqual([]);
  });

  it('puts the data files the code reads beside it, and says the .js files are ES modules', () => {
    expect(built).toContain(join('src', 'core', 'knowledge', 'data', 'person-nouns.txt'));
    expect(readFileSync(join(OUT, 'src/core/knowledge/data/person-nouns.txt'), 'utf8')).toBe(readFileSync(join(ROOT, 'src/core/knowledge/data/person-nouns.txt'), 'utf8'));
    expect(JSON.parse(readFileSync(join(OUT, 'package.json'), 'utf8'))).toMatchObject({ type: 'module' });
  });

  it('refuses to build over the sources', () => {
    const build = spawnSync('npm', ['run', '--silent', 'build', '--', '--out', '.'], { cwd: ROOT, encoding: 'utf8' });
    expect(build.status).toBe(1);
    expect(build.stderr).toContain('holds the sources; choose a folder of its own');
    expect(existsSync(join(ROOT, 'src', 'main.ts'))).toBe(true);
  });
});

describe('the built entry point (npm run start:prod)', () => {
  it('answers --help with its usage and --version with the version, exit code 0, without starting', () => {
    const run = (flag: string) => spawnSync(process.execPath, [...NODE_FLAGS, join(OUT, ENTRY_IN_DIST), flag], { cwd: OUT, env: { ...process.env, NODE_OPTIONS: '', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', HEALTH_PORT: '' }, encoding: 'utf8' });
    const help = run('--help');
    expect({ status: help.status, stderr: help.stderr }).toEqual({ status: 0, stderr: '' });
    expect(help.stdout).toMatch(/^Usage: npm start \[-- --version \| --help\]\n/);
    const version = run('--version');
    expect({ status: version.status, stdout: version.stdout }).toEqual({ status: 0, stdout: `briefbot ${packageJson.version}\n` });
  });

  it('answers /brief isis-k in the console, then starts from its knowledge snapshot while the compiled core is unchanged', async () => {
    const first = await builtConsole(['/brief isis-k']);
    expect(first.code).toBe(0);
    expect(first.output).toContain('content indexed articles=1');
    expect(first.output).toContain('from="build"');
    expect(first.output).toContain('Isis-K — Isis-Khorasan');
    expect(first.output).toContain('[1] ¶1 — ISIS-K: From Afghanistan to the World’s Capitals');

    // The snapshot is keyed by the compiled core's own code, so the next start reuses it.
    const second = await builtConsole(['/who lodhi']);
    expect(second.code).toBe(0);
    expect(second.output).toContain('from="snapshot"');
    expect(second.output).toContain('Maleeha Lodhi');

    // …and a change to that code means a fresh build, as a change to the .ts source does under tsx.
    appendFileSync(join(OUT, 'src', 'core', 'summary.js'), '\n// changed\n');
    const third = await builtConsole(['/who lodhi']);
    expect(third.output).toContain('from="build"');
  });

  it('rebuilds knowledge aside on a worker thread started from the compiled worker', () => {
    const script = [
      `import { buildAside } from ${JSON.stringify(pathToFileURL(join(OUT, 'src', 'buildAside.js')).href)};`,
      `const built = await buildAside(${JSON.stringify(SEED_DIR)});`,
      `console.log(JSON.stringify({ threadId: built.threadId, articles: built.kb.articles.map((a) => a.title) }));`,
    ].join('\n');
    // A file, not --eval: workers inherit the parent's node flags, and --input-type would refuse their file.
    writeFileSync(join(DATA_DIR, 'build-aside.mjs'), script);
    const run = spawnSync(process.execPath, [join(DATA_DIR, 'build-aside.mjs')], { cwd: OUT, env: { ...process.env, NODE_OPTIONS: '' }, encoding: 'utf8' });
    expect(run.status).toBe(0);
    // The worker's log lines reach the main thread's log.
    expect(run.stderr).toContain('content indexed articles=1');
    const result = JSON.parse(run.stdout) as { threadId: number; articles: string[] };
    expect(result.threadId).toBeGreaterThan(0);
    expect(result.articles).toEqual(['ISIS-K: From Afghanistan to the World’s Capitals']);
  });
});
