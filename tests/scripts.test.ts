/**
 * Every script in package.json that runs one of briefbot's programs answers
 * --help with its usage on stdout and exit code 0, without loading the
 * configuration, opening a port or doing its work.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const { scripts, version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; version: string };
/**
 * The scripts that run a program of this repository (tsx or node on a .ts entry), not tools such as vitest or tsc.
 * start:prod runs the built JavaScript, which exists only after a build: tests/build.test.ts asks it for --help.
 */
const programs = Object.entries(scripts).filter(([, command]) => /\s[\w./-]+\.ts$/.test(command));

/** Two at a time: each is a Node process compiling TypeScript, on a machine with two cores. */
let running = 0;
const waiting: (() => void)[] = [];
async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  try {
    return await work();
  } finally {
    running--;
    waiting.shift()?.();
  }
}

/** Runs a script's command as npm would (node_modules/.bin on the PATH), with extra arguments. */
function runScript(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return inTurn(() => spawnScript(command, args));
}

function spawnScript(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(`${command} ${args.join(' ')}`, {
    cwd: ROOT,
    shell: true,
    // No chat tokens or ports from the runner's environment: --help must not need them anyway.
    env: { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}${delimiter}${process.env.PATH}`, DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '', HEALTH_PORT: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
}

describe('every script', () => {
  it('is covered: the programs named in the issue are all here', () => {
    expect(programs.map(([name]) => name)).toEqual(expect.arrayContaining(['start', 'ask', 'add', 'digest', 'feeds', 'register', 'manifest', 'bench', 'extract', 'eval', 'eval:extract', 'build', 'start:sharded']));
  });

  it.concurrent.each(programs)('%s --help prints its usage and exits 0', async (name, command) => {
    const { code, stdout, stderr } = await runScript(command, ['--help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toMatch(/^Usage: npm (run|start)/);
    const npmName = name === 'start' ? 'npm start' : `npm run (--silent )?${name}`;
    expect(stdout.split('\n')[0]).toMatch(new RegExp(`^Usage: ${npmName}\\b`));
  }, 120_000);
});

describe('npm start -- --version', () => {
  it('prints the version from package.json and exits 0', async () => {
    const { code, stdout } = await runScript(scripts.start!, ['--version']);
    expect(code).toBe(0);
    expect(stdout).toBe(`briefbot ${version}\n`);
  }, 120_000);
});
