/**
 * The deployment files (Dockerfile, .dockerignore, compose.yaml, deploy/briefbot.service)
 * checked against the project they deploy. No Docker engine runs here, so these files
 * would otherwise only be tested by the first operator who uses them: every script,
 * file, setting name and port they name must exist, and the container's health check
 * is run against a server.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ConfigSchema, loadConfig } from '../src/config.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const packageJson = JSON.parse(read('package.json')) as { scripts: Record<string, string>; engines: { node: string } };

/** `npm run start:prod`: node's flags and the built entry point, which every deployment runs. */
const START_PROD = packageJson.scripts['start:prod']!.split(/\s+/);
const ENTRY = START_PROD.at(-1)!;

/** Variables for Node itself, not briefbot's settings. */
const RUNTIME_VARIABLES = ['NODE_ENV'];
const isSetting = (name: string) => name in ConfigSchema.shape;
const DEFAULT_PORT = loadConfig({}).PORT;

// --- Dockerfile ---

interface Instruction {
  keyword: string;
  args: string;
}

/** The Dockerfile's instructions, comments dropped and continued lines joined. */
function dockerfile(): Instruction[] {
  const text = read('Dockerfile')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [, keyword, args] = /^(\w+)\s+(.*)$/.exec(line)!;
      return { keyword: keyword!.toUpperCase(), args: args!.trim() };
    });
}

/** The instructions of the last stage: what the image that runs is made of. */
function runtimeStage(instructions: Instruction[]): Instruction[] {
  const lastFrom = instructions.map((i) => i.keyword).lastIndexOf('FROM');
  return instructions.slice(lastFrom);
}

const all = (instructions: Instruction[], keyword: string) => instructions.filter((i) => i.keyword === keyword);
const one = (instructions: Instruction[], keyword: string) => {
  const found = all(instructions, keyword);
  expect(found, `one ${keyword}`).toHaveLength(1);
  return found[0]!;
};
const execForm = (instruction: Instruction) => JSON.parse(instruction.args) as string[];

/** KEY=value pairs of ENV instructions (the `ENV KEY=value KEY=value` form). */
function envOf(instructions: Instruction[]): Record<string, string> {
  return Object.fromEntries(all(instructions, 'ENV').flatMap((i) => [...i.args.matchAll(/(\w+)=(\S+)/g)].map((m) => [m[1]!, m[2]!])));
}

/** Patterns of .dockerignore (none here negates). */
function dockerIgnored(path: string): boolean {
  const patterns = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  expect(patterns.filter((p) => p.startsWith('!'))).toEqual([]);
  return patterns.some((pattern) => {
    const regex = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(?:/.*)?$`);
    // Docker matches from the context's root: `data` is ./data and everything under it.
    return regex.test(path);
  });
}

describe('Dockerfile', () => {
  const instructions = dockerfile();
  const runtime = runtimeStage(instructions);

  it('builds from the official Node image, in a version package.json’s engines accepts', () => {
    const nodeVersion = /^NODE_VERSION=(\d+)$/.exec(one(instructions, 'ARG').args)?.[1];
    const minimum = /^>=(\d+)$/.exec(packageJson.engines.node)?.[1];
    expect(Number(nodeVersion)).toBeGreaterThanOrEqual(Number(minimum));
    const froms = all(instructions, 'FROM').map((i) => i.args);
    expect(froms).toHaveLength(2);
    for (const from of froms) expect(from).toMatch(/^node:\$\{NODE_VERSION\}-[\w-]*slim\b/);
    expect(froms[0]).toMatch(/ AS build$/);
  });

  it('installs what better-sqlite3 needs to build before installing, and runs only scripts that exist', () => {
    const runs = all(instructions, 'RUN').map((i) => i.args);
    const buildTools = runs.findIndex((run) => /apt-get install .*\bpython3\b/.test(run) && /\bmake\b/.test(run) && /\bg\+\+/.test(run));
    const install = runs.findIndex((run) => /\bnpm ci\b/.test(run));
    expect(buildTools).toBeGreaterThanOrEqual(0);
    expect(install).toBeGreaterThan(buildTools);
    const scripts = runs.flatMap((run) => [...run.matchAll(/npm run (\S+)/g)].map((m) => m[1]!));
    expect(scripts).toContain('build');
    for (const script of scripts) expect(Object.keys(packageJson.scripts)).toContain(script);
    // The compiler stays in the build stage.
    expect(runtime.filter((i) => i.keyword === 'RUN' && /g\+\+|npm ci|npm install/.test(i.args))).toEqual([]);
  });

  it('copies into the build only files that exist and that .dockerignore lets through', () => {
    const sources = all(instructions, 'COPY')
      .filter((i) => !i.args.startsWith('--from'))
      .flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(sources).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'tsconfig.build.json', 'src', 'commands']));
    for (const source of sources) {
      expect(existsSync(join(ROOT, source)), source).toBe(true);
      expect(dockerIgnored(source), `${source} is in .dockerignore`).toBe(false);
    }
    // …and keeps out secrets, local data and binaries built for the host.
    for (const kept of ['.env', 'node_modules', 'data', 'dist', '.git']) expect(dockerIgnored(kept), kept).toBe(true);
  });

  it('runs the built entry point as npm run start:prod does, under tini, as a user who is not root', () => {
    expect(execForm(one(runtime, 'CMD'))).toEqual(START_PROD);
    expect(ENTRY).toMatch(/^dist\/.*\.js$/);
    // dist/src/main.js is compiled from src/main.ts (tsconfig.build.json mirrors the tree).
    expect(existsSync(join(ROOT, ENTRY.replace(/^dist\//, '').replace(/\.js$/, '.ts')))).toBe(true);
    expect(all(runtime, 'COPY').map((i) => i.args)).toContain('--from=build /app/dist dist');
    expect(execForm(one(runtime, 'ENTRYPOINT'))).toEqual(['/usr/bin/tini', '--']);
    expect(runtime.some((i) => i.keyword === 'RUN' && /apt-get install .*\btini\b/.test(i.args))).toBe(true);
    const user = one(runtime, 'USER').args;
    expect(user).not.toMatch(/^(root|0)(:|$)/);
    expect(runtime.findIndex((i) => i.keyword === 'USER')).toBeLessThan(runtime.findIndex((i) => i.keyword === 'CMD'));
  });

  it('sets only settings briefbot has, with valid values, and keeps its folders in volumes', () => {
    const env = envOf(runtime);
    for (const name of Object.keys(env)) expect(isSetting(name) || RUNTIME_VARIABLES.includes(name), `${name} is not a setting`).toBe(true);
    expect(() => loadConfig(Object.fromEntries(Object.entries(env).filter(([name]) => name in ConfigSchema.shape)))).not.toThrow();
    const volumes = execForm(one(runtime, 'VOLUME'));
    expect(volumes).toEqual(expect.arrayContaining([env.CONTENT_DIR, env.DATA_DIR]));
    // Relative folders (the defaults, .env.example's, as `--env-file .env` passes them) resolve there too.
    const workdir = one(runtime, 'WORKDIR').args;
    const defaults = loadConfig({});
    expect(volumes).toEqual(expect.arrayContaining([posix.join(workdir, defaults.CONTENT_DIR), posix.join(workdir, defaults.DATA_DIR)]));
    // The node user must be able to write there.
    expect(runtime.some((i) => i.keyword === 'RUN' && i.args.includes(`chown node:node ${env.CONTENT_DIR} ${env.DATA_DIR}`))).toBe(true);
  });

  it('exposes the health port and Slack’s default HTTP port', () => {
    const exposed = one(runtime, 'EXPOSE').args.split(/\s+/).map(Number);
    expect(exposed).toEqual(expect.arrayContaining([Number(envOf(runtime).HEALTH_PORT), DEFAULT_PORT]));
  });

  describe('HEALTHCHECK', () => {
    const healthcheck = one(runtime, 'HEALTHCHECK').args;
    const command = execForm({ keyword: 'CMD', args: healthcheck.replace(/^.*?\bCMD\s+/, '') });
    const servers: Server[] = [];
    afterAll(() => servers.forEach((server) => server.close()));

    /** A server that answers every request with `status`, and remembers the paths asked. */
    async function healthServer(status: number) {
      const paths: string[] = [];
      const server = createServer((req, res) => {
        paths.push(req.url ?? '');
        res.writeHead(status).end(status === 200 ? 'ok' : 'not ok');
      });
      servers.push(server);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      return { port: (server.address() as AddressInfo).port, paths };
    }

    /** The check as Docker runs it inside the container (node is on its PATH); not spawnSync, which would block the server. */
    const runCheck = async (port: number) => {
      expect(command[0]).toBe('node');
      const child = spawn(process.execPath, command.slice(1), { env: { ...process.env, NODE_OPTIONS: '', HEALTH_PORT: String(port) }, stdio: 'ignore' });
      return new Promise<number | null>((resolve) => child.on('exit', resolve));
    };

    it('asks /livez on HEALTH_PORT and is healthy when it answers 200', async () => {
      const { port, paths } = await healthServer(200);
      expect(await runCheck(port)).toBe(0);
      expect(paths).toEqual(['/livez']);
    });

    it('is unhealthy when /livez fails or nothing listens', async () => {
      const failing = await healthServer(503);
      expect(await runCheck(failing.port)).toBe(1);
      const gone = await healthServer(200);
      await new Promise((resolve) => servers.pop()!.close(resolve));
      expect(await runCheck(gone.port)).toBe(1);
    });

    it('gives the first start time to index, and a timeout of its own', () => {
      expect(healthcheck).toMatch(/--start-period=\d+m/);
      expect(healthcheck).toMatch(/--timeout=\d+s/);
    });
  });
});

// --- compose.yaml ---

/** Compose's interpolation of ${NAME}, ${NAME:-default} and ${NAME:?error} from `env`. */
function interpolate(value: string, env: Record<string, string>): string {
  return value.replace(/\$\{(\w+)(?::([-?])([^}]*))?\}/g, (_, name: string, kind?: string, rest?: string) => {
    if (env[name]) return env[name]!;
    if (kind === '-') return rest ?? '';
    throw new Error(kind === '?' ? rest : `${name} is not set`);
  });
}

interface ComposeService {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  volumes?: string[];
  ports?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
  env_file?: { path: string; required: boolean }[];
}

describe('compose.yaml', () => {
  const compose = parseYaml(read('compose.yaml')) as { services: Record<string, ComposeService>; volumes: Record<string, unknown> };
  const { postgres, briefbot } = compose.services as { postgres: ComposeService; briefbot: ComposeService };
  const env = { POSTGRES_PASSWORD: 'secret123' };
  const briefbotEnv = Object.fromEntries(Object.entries(briefbot.environment ?? {}).map(([name, value]) => [name, interpolate(String(value), env)]));

  it('refuses to start without a Postgres password, instead of using an empty one', () => {
    expect(() => interpolate(postgres.environment!.POSTGRES_PASSWORD!, {})).toThrow('set POSTGRES_PASSWORD in .env');
  });

  it('starts briefbot from this Dockerfile once Postgres answers pg_isready over TCP', () => {
    expect(briefbot.build).toBe('.');
    expect(postgres.image).toMatch(/^postgres:\d+/);
    const test = postgres.healthcheck!.test;
    expect(test.slice(0, 2)).toEqual(['CMD', 'pg_isready']);
    expect(test.join(' ')).toContain('-h 127.0.0.1');
    expect(test.join(' ')).toContain(`-U ${postgres.environment!.POSTGRES_USER}`);
    expect(briefbot.depends_on).toEqual({ postgres: { condition: 'service_healthy' } });
  });

  it('gives briefbot only settings it has, valid, with DATABASE_URL pointing at that Postgres', () => {
    for (const name of Object.keys(briefbotEnv)) expect(isSetting(name), `${name} is not a setting`).toBe(true);
    const config = loadConfig(Object.fromEntries(Object.entries(briefbotEnv).filter(([name]) => name in ConfigSchema.shape)));
    const url = new URL(config.DATABASE_URL!);
    expect(url.hostname).toBe('postgres');
    expect(url.port).toBe('5432');
    expect(url.username).toBe(postgres.environment!.POSTGRES_USER);
    expect(url.password).toBe(env.POSTGRES_PASSWORD);
    expect(url.pathname).toBe(`/${postgres.environment!.POSTGRES_DB}`);
    // The chat tokens come from .env, which may be missing for `docker compose config`.
    expect(briefbot.env_file).toEqual([{ path: '.env', required: false }]);
  });

  it('keeps content/ and DATA_DIR in volumes, at the paths the image uses', () => {
    const image = envOf(runtimeStage(dockerfile()));
    expect(briefbotEnv.CONTENT_DIR).toBe(image.CONTENT_DIR);
    expect(briefbotEnv.DATA_DIR).toBe(image.DATA_DIR);
    const mounts = Object.fromEntries(briefbot.volumes!.map((volume) => volume.split(':')).map(([source, target]) => [target!, source!]));
    expect(mounts[briefbotEnv.CONTENT_DIR!]).toBe('./content');
    expect(existsSync(join(ROOT, 'content'))).toBe(true);
    const dataVolume = mounts[briefbotEnv.DATA_DIR!]!;
    expect(Object.keys(compose.volumes)).toContain(dataVolume);
  });

  it('publishes the ports the container listens on: Slack’s PORT, and HEALTH_PORT to this host only', () => {
    const published = briefbot.ports!.map((port) => port.split(':'));
    const containerPorts = published.map((parts) => Number(parts.at(-1)));
    expect(containerPorts).toEqual([Number(briefbotEnv.PORT), Number(briefbotEnv.HEALTH_PORT)]);
    expect(published.find((parts) => Number(parts.at(-1)) === Number(briefbotEnv.HEALTH_PORT))![0]).toBe('127.0.0.1');
    const exposed = one(runtimeStage(dockerfile()), 'EXPOSE').args.split(/\s+/).map(Number);
    expect(exposed).toEqual(expect.arrayContaining(containerPorts));
  });
});

// --- deploy/briefbot.service ---

/** A unit file's sections: each key's values in order (Environment= and others repeat). */
function unitFile(text: string): Record<string, Record<string, string[]>> {
  const sections: Record<string, Record<string, string[]>> = {};
  let section: Record<string, string[]> | undefined;
  for (const line of text.split('\n').map((l) => l.trim())) {
    if (!line || line.startsWith('#') || line.startsWith(';')) continue;
    const header = /^\[(\w+)\]$/.exec(line);
    if (header) section = sections[header[1]!] = {};
    else {
      const [, key, value] = /^(\w+)=(.*)$/.exec(line)!;
      (section![key!] ??= []).push(value!);
    }
  }
  return sections;
}

describe('deploy/briefbot.service', () => {
  const text = read('deploy/briefbot.service');
  const unit = unitFile(text);
  const service = unit.Service!;

  it('runs the built entry point of the installed copy as npm run start:prod does, as a user who is not root', () => {
    const [binary, ...args] = service.ExecStart![0]!.split(/\s+/);
    expect(binary).toMatch(/^\/.*\/node$/);
    const entry = args.pop()!;
    expect(['node', ...args, ENTRY]).toEqual(START_PROD);
    expect(entry).toMatch(new RegExp(`^/[\\w/]+/${ENTRY.replace(/\./g, '\\.')}$`));
    expect(service.User![0]).not.toBe('root');
  });

  it('sets only settings briefbot has, and keeps content and data in its state directory', () => {
    const environment = Object.fromEntries(service.Environment!.map((pair) => pair.split('=') as [string, string]));
    for (const name of Object.keys(environment)) expect(isSetting(name) || RUNTIME_VARIABLES.includes(name), `${name} is not a setting`).toBe(true);
    const stateDirs = service.StateDirectory![0]!.split(/\s+/).map((dir) => posix.join('/var/lib', dir));
    expect(stateDirs).toEqual(expect.arrayContaining([environment.CONTENT_DIR, environment.DATA_DIR]));
    // Relative folders (the defaults, .env.example's) resolve there too.
    const defaults = loadConfig({});
    expect(stateDirs).toEqual(expect.arrayContaining([posix.join(service.WorkingDirectory![0]!, defaults.CONTENT_DIR), posix.join(service.WorkingDirectory![0]!, defaults.DATA_DIR)]));
    expect(service.EnvironmentFile![0]).toMatch(/^\//);
  });

  it('restarts on failure, but stops retrying a configuration that keeps failing', () => {
    expect(service.Restart).toEqual(['on-failure']);
    expect(unit.Unit!.StartLimitBurst).toBeDefined();
    expect(unit.Install!.WantedBy).toEqual(['multi-user.target']);
  });

  const systemdAnalyze = spawnSync('systemd-analyze', ['--version']).status === 0;
  it.runIf(systemdAnalyze)('passes systemd-analyze verify', () => {
    // The one line that depends on the machine: where node is installed.
    const dir = mkdtempSync(join(tmpdir(), 'briefbot-unit-'));
    try {
      const file = join(dir, 'briefbot.service');
      writeFileSync(file, text.replace(/^ExecStart=\S+/m, `ExecStart=${process.execPath}`));
      const verify = spawnSync('systemd-analyze', ['verify', file], { encoding: 'utf8' });
      expect(verify.stderr).toBe('');
      expect(verify.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

// --- README ---

describe('README, "Run it as a service"', () => {
  const readme = read('README.md');
  const section = readme.slice(readme.indexOf('## Run it as a service'), readme.indexOf('\n## ', readme.indexOf('## Run it as a service') + 1));

  it('names only scripts that exist, and built files whose source exists', () => {
    expect(section.length).toBeGreaterThan(500);
    const scripts = [...section.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    expect(scripts).toEqual(expect.arrayContaining(['build', 'start:prod']));
    for (const script of scripts) expect(Object.keys(packageJson.scripts), script).toContain(script);
    const built = [...section.matchAll(/\bdist\/[\w/.-]+\.js\b/g)].map((m) => m[0]);
    expect(built).toContain(ENTRY);
    for (const file of built) expect(existsSync(join(ROOT, file.replace(/^dist\//, '').replace(/\.js$/, '.ts'))), file).toBe(true);
  });

  it('says which Node versions are supported: engines’ minimum, and the one the image runs', () => {
    const minimum = /^>=(\d+)$/.exec(packageJson.engines.node)![1];
    expect(section).toContain(`**Node.js.** ${minimum} or later (\`engines\`)`);
    const imageNode = /^NODE_VERSION=(\d+)$/.exec(one(dockerfile(), 'ARG').args)![1];
    expect(section).toContain(`\`node:${imageNode}-bookworm-slim\``);
    expect(section).toContain(`the Docker image uses ${imageNode}`);
  });

  it('names the build tools a source install of better-sqlite3 needs: those the image installs before npm ci', () => {
    const install = all(dockerfile(), 'RUN').find((run) => /\bg\+\+/.test(run.args))!.args;
    const tools = /apt-get install -y --no-install-recommends ([^&]+?)\s*&&/.exec(install)![1]!.split(/\s+/);
    expect(tools).toEqual(expect.arrayContaining(['python3', 'make', 'g++']));
    expect(section).toContain(`\`apt-get install ${tools.join(' ')}\``);
    expect(section).toMatch(/better-sqlite3 .* node-gyp/);
  });
});

describe('the Node versions of the dependencies', () => {
  /** The installed copy's package.json, as npm ci put it in node_modules. */
  const installed = (name: string) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')) as { version: string; engines?: { node?: string } };
  const minimum = Number(/^>=(\d+)$/.exec(packageJson.engines.node)![1]);

  it('runs Slack on Bolt 5, the current major, which supports the oldest Node briefbot accepts', () => {
    const { dependencies } = JSON.parse(read('package.json')) as { dependencies: Record<string, string> };
    expect(dependencies['@slack/bolt']).toMatch(/^\^5\./);
    const bolt = installed('@slack/bolt');
    expect(bolt.version).toMatch(/^5\./);
    expect(Number(/^>=(\d+)$/.exec(bolt.engines!.node!)![1])).toBeLessThanOrEqual(minimum);
  });
});
