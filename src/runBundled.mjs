// Runs a TypeScript entry point from one JavaScript bundle of it and the
// modules it imports: `node src/runBundled.mjs src/adapters/cli/ask.ts ARGS…`
// (`npm run ask`). Under tsx each of the ~120 modules a start loads is
// resolved and compiled through tsx's loader thread, which cost `npm run ask`
// more than a second; the bundle is one file, loaded as plain JavaScript.
//
// The bundle is made by esbuild (the one tsx itself runs on) the first time,
// and again whenever a file it was made from changes (size or modification
// time), and kept in the system's temporary folder, as tsx keeps its cache.
// Packages stay outside it, imported from node_modules as usual; every module
// keeps its own import.meta.url, so data files, the snapshot's code hash and
// worker scripts are found where they are. Without esbuild, or when bundling
// fails, the entry runs under tsx as `node --import tsx` would.
//
// Stack traces name the bundle's lines; NODE_OPTIONS=--enable-source-maps maps them
// back to the TypeScript.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import module, { createRequire, isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Bumped when the way bundles are made changes, so none made the old way is used. */
const LAYOUT = 2;
/** Bundles of other versions older than this are removed: a process imports what it needs of its bundle within its first seconds. */
const UNUSED_AFTER_MS = 10 * 60_000;
const SELF = fileURLToPath(import.meta.url);

const [, , entryArgument] = process.argv;
if (!entryArgument) {
  process.stderr.write('Usage: node src/runBundled.mjs ENTRY.ts [ARGS…]\n');
  process.exit(2);
}
const entry = resolve(entryArgument);
// The entry sees the arguments as if node had run it: process.argv[1] is the entry, its own arguments follow.
process.argv.splice(1, 2, entry);

const userId = typeof process.getuid === 'function' ? process.getuid() : undefined;
const cache = join(tmpdir(), `briefbot-bundles-${userId ?? 'user'}`);
const home = join(cache, sha256(`${LAYOUT}\n${entry}`).slice(0, 16));

function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

/** What the files a bundle was made from look like now: a name for that version of them, or undefined if one is gone. */
function versionOf(inputs) {
  const hash = createHash('sha256');
  try {
    for (const path of inputs) {
      const stat = statSync(path, { bigint: true });
      hash.update(`${path}\0${stat.size}\0${stat.mtimeNs}\n`);
    }
  } catch {
    return undefined;
  }
  return hash.digest('hex').slice(0, 16);
}

/** The folder of the bundle made from the files as they are now, if there is one. */
function readyBundle() {
  try {
    if (!cacheIsOurs()) return undefined;
    const { inputs } = JSON.parse(readFileSync(join(home, 'inputs.json'), 'utf8'));
    const version = versionOf(inputs);
    if (!version) return undefined;
    const folder = join(home, version);
    statSync(join(folder, 'entry.mjs'));
    return folder;
  } catch {
    return undefined;
  }
}

/**
 * What is in the cache is run: it must be this user's folder, which no one
 * else may write to (the temporary folder is shared), or it is not used.
 */
function cacheIsOurs() {
  const stat = statSync(cache, { throwIfNoEntry: false });
  return stat !== undefined && stat.isDirectory() && (userId === undefined || stat.uid === userId) && (stat.mode & 0o022) === 0;
}

/** The esbuild tsx depends on, so that its version is always the one tsx was tested with. */
function loadEsbuild() {
  return createRequire(createRequire(import.meta.url).resolve('tsx/package.json'))('esbuild');
}

async function makeBundle() {
  const esbuild = loadEsbuild();
  const started = Date.now();
  mkdirSync(home, { recursive: true, mode: 0o700 });
  if (!cacheIsOurs()) throw new Error(`${cache} belongs to someone else`);
  const staging = join(home, `build-${randomBytes(6).toString('hex')}`);
  let result;
  try {
    result = await esbuild.build({
      entryPoints: [entry],
      bundle: true,
      // Dynamic imports (discord.js's renderer, only for --format discord) stay separate files, loaded when asked.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // As tsx does: names of functions and classes stay what the source calls them.
      keepNames: true,
      sourcemap: 'linked',
      outdir: staging,
      entryNames: 'entry',
      chunkNames: 'chunk-[hash]',
      outExtension: { '.js': '.mjs' },
      metafile: true,
      logLevel: 'silent',
      plugins: [englishOnlyZod, packagesWhereTheyAre, ownImportMeta],
    });
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  // esbuild reads tsconfig.json; and another esbuild or another launcher makes another bundle. (zod's
  // English-only list of locales is made here, from no file.)
  const files = Object.keys(result.metafile.inputs).filter((path) => !path.startsWith(`${englishOnlyZod.name}:`));
  const inputs = [...files.map((path) => resolve(path)), join(dirname(SELF), '..', 'tsconfig.json'), SELF, esbuildManifest()];
  const version = versionOf(inputs);
  // A file changed while it was bundled would leave a bundle that looks current but is not: used once, not kept.
  const changedMeanwhile = !version || inputs.some((path) => statSync(path).mtimeMs >= started - 1000);
  if (changedMeanwhile) return staging;
  const folder = join(home, version);
  try {
    renameSync(staging, folder);
  } catch {
    // Another start made the same bundle meanwhile: that one is used.
    rmSync(staging, { recursive: true, force: true });
  }
  const list = join(home, `inputs.${randomBytes(6).toString('hex')}.json`);
  writeFileSync(list, JSON.stringify({ inputs }));
  renameSync(list, join(home, 'inputs.json'));
  removeOldBundles(folder);
  return folder;
}

function esbuildManifest() {
  return createRequire(createRequire(import.meta.url).resolve('tsx/package.json')).resolve('esbuild/package.json');
}

/** Bundles of older versions of the files, and builds that never finished, once no process can still be loading them. */
function removeOldBundles(current) {
  for (const name of readdirSync(home)) {
    const path = join(home, name);
    if (path === current || name === 'inputs.json') continue;
    try {
      if (Date.now() - statSync(path).mtimeMs > UNUSED_AFTER_MS) rmSync(path, { recursive: true, force: true });
    } catch {
      // Gone already.
    }
  }
}

/** zod goes into the bundle: its 95 modules load faster as part of one file. */
const BUNDLED_PACKAGES = /^zod(?:\/|$)/;

/**
 * Other packages are imported from node_modules as they would be without a
 * bundle: resolved where the importing source file is, and imported by that
 * file's URL (the bundle itself is in the temporary folder, with no node_modules).
 */
const packagesWhereTheyAre = {
  name: 'packages-where-they-are',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, async (args) => {
      if (isBuiltin(args.path) || BUNDLED_PACKAGES.test(args.path) || args.pluginData === packagesWhereTheyAre) return undefined;
      const found = await build.resolve(args.path, { kind: args.kind, resolveDir: args.resolveDir, pluginData: packagesWhereTheyAre });
      if (found.errors.length > 0) return { errors: found.errors };
      return { path: pathToFileURL(found.path).href, external: true };
    });
  },
};

/**
 * zod's namespace carries its 60-odd locales (z.locales), a third of the
 * bundle's code, parsed at every start; briefbot speaks English (zod's
 * default, which its schemas load themselves), so only that one is bundled.
 */
const englishOnlyZod = {
  name: 'english-only-zod',
  setup(build) {
    build.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) => {
      if (!/[\\/]zod[\\/]v4[\\/](?:classic|core)$/.test(args.resolveDir)) return undefined;
      return { path: join(args.resolveDir, '..', 'locales', 'index.js'), namespace: 'english-only-zod' };
    });
    build.onLoad({ filter: /.*/, namespace: 'english-only-zod' }, (args) => ({
      contents: 'export { default as en } from "./en.js";\n',
      resolveDir: dirname(args.path),
      loader: 'js',
    }));
  },
};

/** import.meta.url (and .filename, .dirname) of each source file stays its own, not the bundle's. */
const ownImportMeta = {
  name: 'own-import-meta',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?ts$/ }, (args) => {
      const own = { url: pathToFileURL(args.path).href, filename: args.path, dirname: dirname(args.path) };
      const source = readFileSync(args.path, 'utf8').replace(/\bimport\.meta\.(url|filename|dirname)\b/g, (_, key) => JSON.stringify(own[key]));
      return { contents: source, loader: 'ts' };
    });
  },
};

/**
 * Node 22.1 and later keep V8's compiled code of the modules a process loads
 * (module.enableCompileCache), so the next start skips parsing the bundle;
 * Node 20 has no such cache for ES modules, and runs without it.
 */
function enableCompileCache() {
  try {
    if (typeof module.enableCompileCache === 'function' && cacheIsOurs()) module.enableCompileCache(join(home, 'compiled'));
  } catch {
    // Only a cache: without it the bundle is compiled as usual.
  }
}

const bundle = readyBundle() ?? (await makeBundle().catch(() => undefined));
enableCompileCache();
if (bundle) await import(pathToFileURL(join(bundle, 'entry.mjs')).href);
else {
  await import('tsx');
  await import(pathToFileURL(entry).href);
}
