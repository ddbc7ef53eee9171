// @ts-check
// Plain JavaScript, like bin.mjs, which calls it before any TypeScript can run.
import { existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { CACHE_DIR, sourcesHash } from './up-to-date.mjs';

const GENERATOR_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The compiled entries and their sources, relative to generator/. */
export const ENTRIES = { cli: 'cli/main.ts', diff: 'diff/main.ts', secondThread: 'emit/second-thread-worker.ts' };

/**
 * The CLI compiled to JavaScript by esbuild (what tsx uses underneath), built once per version of the
 * generator's sources and kept under node_modules/.cache. Running it needs no loader hooks: tsx's
 * cost its start (~0.3 s) plus a hooks thread that every one of the pipeline's ~600 module loads went
 * through. Packages stay external (loaded from node_modules as usual); dynamic imports stay separate
 * chunks, so `--help` still loads nothing heavy. Undefined when it cannot be built: bin.mjs then
 * runs the entry through tsx, with the same result. One build holds every entry (`cli`: npm run
 * generate, `diff`: npm run diff, `secondThread`: the worker emit/second-thread.ts starts), sharing their chunks.
 * @param {keyof typeof ENTRIES} [name]
 * @returns {Promise<string | undefined>} file URL of the compiled entry
 */
export async function compiledCli(name = 'cli') {
  const dir = path.join(CACHE_DIR, `cli-${sourcesHash().slice(0, 16)}`);
  const entry = path.join(dir, `${name}.mjs`);
  if (existsSync(entry)) return pathToFileURL(entry).href;
  const temp = `${dir}.${process.pid}.tmp`;
  try {
    const esbuild = await import('esbuild');
    await esbuild.build({
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([key, file]) => [key, path.join(GENERATOR_DIR, file)])),
      outdir: temp,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      logLevel: 'silent',
      plugins: [sourceLocations, requirePackages],
    });
    removeOtherBuilds(dir);
    if (!existsSync(entry)) renameSync(temp, dir); // another run may have published the same build meanwhile
    return pathToFileURL(entry).href;
  } catch {
    return undefined;
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Modules find templates and runtime sources relative to `import.meta.url`; in the bundle that URL
 * is the bundle's, so each module's own source URL is put in its place.
 * @type {import('esbuild').Plugin}
 */
const sourceLocations = {
  name: 'source-locations',
  setup(build) {
    build.onLoad({ filter: /\.(ts|mjs)$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href)),
      loader: args.path.endsWith('.ts') ? 'ts' : 'js',
    }));
  },
};

/**
 * TypeScript and openapi-typescript (which imports TypeScript) are loaded with require. Imported
 * from an ES module, Node scans TypeScript's 9 MB file twice more, to detect its syntax and to list
 * its exports: ~0.8 s in each thread that loads it, against ~0.3 s for require. Each becomes a small
 * module that requires the package and re-exports what it exports (its names read here, at build
 * time). Node ≥ 20.19 lets openapi-typescript's CommonJS build require its ES-module dependencies.
 * @type {import('esbuild').Plugin}
 */
const requirePackages = {
  name: 'require-packages',
  setup(build) {
    const from = path.join(GENERATOR_DIR, 'index.ts');
    build.onResolve({ filter: /^(typescript|openapi-typescript)$/ }, (args) => ({ path: args.path, namespace: 'require-package' }));
    build.onLoad({ filter: /.*/, namespace: 'require-package' }, (args) => {
      const loaded = createRequire(from)(args.path);
      const names = Object.keys(loaded).filter((name) => name !== 'default' && /^[A-Za-z_$][\w$]*$/.test(name));
      return {
        contents: [
          "import { createRequire } from 'node:module';",
          `const loaded = createRequire(${JSON.stringify(from)})(${JSON.stringify(args.path)});`,
          'export default loaded.__esModule ? loaded.default : loaded;',
          `export const { ${names.join(', ')} } = loaded;`,
        ].join('\n'),
        loader: 'js',
      };
    });
  },
};

/** Builds of older sources; only the current one is kept. @param {string} keep */
function removeOtherBuilds(keep) {
  if (!existsSync(CACHE_DIR)) return;
  for (const name of readdirSync(CACHE_DIR)) {
    const full = path.join(CACHE_DIR, name);
    if (name.startsWith('cli-') && !name.endsWith('.tmp') && full !== keep) rmSync(full, { recursive: true, force: true });
  }
}
