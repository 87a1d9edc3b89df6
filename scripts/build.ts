/**
 * `npm run build`: compiles src/ and commands/ to JavaScript (tsconfig.build.json)
 * and puts beside it what the compiled code needs to run with plain node:
 * the data files it reads (anything under src/ or commands/ that is not code)
 * and a package.json saying the .js files are ES modules.
 *
 *   npm run build [-- --out DIR]    (default dist/; the tests build into a temporary folder)
 *
 * Then `node dist/src/main.js` is `npm start` without tsx (`npm run start:prod`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** The folders compiled; dist/ mirrors them, so relative paths between them stay the same. */
export const SOURCE_DIRS = ['src', 'commands'];
/** Source only tsx runs: TypeScript, and the loader that registers tsx in worker threads. */
const SOURCE_ONLY = /\.(?:ts|mts|cts|mjs)$/;

export function build(outDir: string): void {
  // Only what a build writes is removed, so a mistyped --out cannot wipe anything else; never the sources themselves.
  if (ROOT.startsWith(join(resolve(outDir), '/'))) throw new Error(`--out ${outDir} holds the sources; choose a folder of its own, e.g. --out dist`);
  for (const dir of SOURCE_DIRS) rmSync(join(outDir, dir), { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const compiled = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', outDir], { cwd: ROOT, stdio: 'inherit' });
  if (compiled.status !== 0) throw new Error(`tsc failed (exit code ${compiled.status ?? compiled.signal})`);
  for (const dir of SOURCE_DIRS) copyDataFiles(join(ROOT, dir), join(outDir, dir));
  // Without it node would guess the module type of every .js file; name and version stay readable from dist/.
  const { name, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
  writeFileSync(join(outDir, 'package.json'), `${JSON.stringify({ name, version, private: true, type: 'module' }, null, 2)}\n`);
}

function copyDataFiles(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) copyDataFiles(join(from, entry.name), join(to, entry.name));
    else if (entry.isFile() && !SOURCE_ONLY.test(entry.name)) cpSync(join(from, entry.name), join(to, entry.name));
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) {
    process.stdout.write('Usage: npm run build [-- --out DIR]\n  Compiles src/ and commands/ into DIR (default dist/); then run node dist/src/main.js.\n');
  } else {
    const outDir = resolve(values.out);
    try {
      build(outDir);
      process.stdout.write(`built ${outDir} (start it with: node ${join(outDir, 'src', 'main.js')})\n`);
    } catch (error) {
      process.stderr.write(`build: ${(error as Error).message}\n`);
      process.exitCode = 1;
    }
  }
}
