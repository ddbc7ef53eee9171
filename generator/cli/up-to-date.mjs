// @ts-check
// Plain JavaScript, unlike the rest of the generator: bin.mjs runs this before any TypeScript can be
// loaded, so a run with nothing to do ends in ~0.2 s instead of paying for the CLI's start and the
// pipeline's ~3 s of module loading.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The "up to date" record of one successful run: every fact its output depended on, and the output it
 * left. A later run with the same arguments may skip all work only when every fact still holds and the
 * output on disk is byte-for-byte what this run left. Kept under node_modules/.cache (never in the
 * output directory), so a fresh clone always runs the whole pipeline.
 *
 * @typedef {object} RunRecord
 * @property {number} version
 * @property {string} key          sha256 of cwd, arguments, the generator's own sources and the installed packages
 * @property {Record<string, string | null>} inputs   absolute file path → sha256 (null: must not exist)
 * @property {Record<string, string[]>} listings      absolute directory → the spec file names it held
 * @property {string} outDir       absolute output directory
 * @property {string[]} scopes     output subtrees this run owns ('' = the whole output directory)
 * @property {Record<string, string>} outputs        POSIX path under outDir → sha256
 * @property {string[]} stderr     diagnostics the run printed (warnings), printed again when skipped
 * @property {string} [report]     with --format json, sarif or github: the report the run printed on stdout, printed again
 * @property {boolean} quiet
 * @property {{ slug: string, files: number }[]} apis
 */

const RECORD_VERSION = 1;
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The generator's cache folder: run records here, and prettier's answers (format-cache.ts). */
export const CACHE_DIR = path.join(REPO_ROOT, 'node_modules/.cache/openapi-profile-gen');
/** What the generator's output depends on besides its inputs: its code, templates and installed packages. */
const GENERATOR_SOURCES = ['generator', 'templates'];
const INSTALL_FILES = ['package-lock.json', 'node_modules/.package-lock.json'];

/**
 * @param {string} cwd
 * @param {readonly string[]} argv
 * @returns {string}
 */
function runKey(cwd, argv) {
  const hash = createHash('sha256').update(JSON.stringify([RECORD_VERSION, cwd, keyArgs(argv)])).update(sourcesHash());
  for (const file of INSTALL_FILES) hash.update(`\0${file}\0`).update(hashOrNull(path.join(REPO_ROOT, file)) ?? '');
  return hash.digest('hex');
}

/** @type {string | undefined} */
let sources;

/**
 * sha256 of the generator's own sources and templates (computed once per process).
 * @returns {string}
 */
export function sourcesHash() {
  if (sources) return sources;
  const hash = createHash('sha256');
  for (const dir of GENERATOR_SOURCES) {
    for (const file of listFiles(path.join(REPO_ROOT, dir))) hash.update(`\0${dir}/${file}\0`).update(readFileSync(path.join(REPO_ROOT, dir, file)));
  }
  return (sources = hash.digest('hex'));
}

/**
 * The record kept for this cwd and output directory, when every fact in it still holds; else undefined.
 * @param {string} cwd
 * @param {readonly string[]} argv
 * @returns {RunRecord | undefined}
 */
export function upToDateRecord(cwd, argv) {
  const record = readRecord(cwd, argv);
  if (!record || record.version !== RECORD_VERSION || record.key !== runKey(cwd, argv)) return undefined;
  for (const [file, hash] of Object.entries(record.inputs)) if (hashOrNull(file) !== hash) return undefined;
  for (const [dir, names] of Object.entries(record.listings)) {
    if (JSON.stringify(specNames(dir)) !== JSON.stringify(names)) return undefined;
  }
  // A run killed mid-write left temp folders (write/write-guard.ts): the full run reports (--check) or clears them.
  if (existsSync(record.outDir) && readdirSync(record.outDir).some((name) => /^\.gen-(staging|old)-/.test(name))) return undefined;
  const outputs = hashOutputs(record.outDir, record.scopes);
  return sameEntries(outputs, record.outputs) ? record : undefined;
}

/**
 * Saves the record of a successful run (written through a temp file and a rename).
 * @param {string} cwd
 * @param {readonly string[]} argv
 * @param {Omit<RunRecord, 'version' | 'key' | 'outputs'>} facts
 */
export function saveRecord(cwd, argv, facts) {
  /** @type {RunRecord} */
  const record = { version: RECORD_VERSION, key: runKey(cwd, argv), ...facts, outputs: hashOutputs(facts.outDir, facts.scopes) };
  const file = recordPath(cwd, argv);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.${process.pid}.tmp`, JSON.stringify(record));
  renameSync(`${file}.${process.pid}.tmp`, file);
  pruneRecords(path.dirname(file));
}

/** Records kept at most; every scratch output folder (tests) gets its own, so the oldest go. */
const MAX_RECORDS = 64;

/** @param {string} dir */
function pruneRecords(dir) {
  const records = readdirSync(dir)
    .filter((n) => n.startsWith('run-') && n.endsWith('.json'))
    // A record another run pruned meanwhile has no mtime: it counts as the oldest (rmSync is forced).
    .map((n) => ({ file: path.join(dir, n), mtime: statSync(path.join(dir, n), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
    .sort((a, b) => b.mtime - a.mtime);
  for (const { file } of records.slice(MAX_RECORDS)) rmSync(file, { force: true });
}

/**
 * sha256 of a file's bytes; null when it does not exist.
 * @param {string} file
 * @returns {string | null}
 */
export function hashOrNull(file) {
  return existsSync(file) ? createHash('sha256').update(readFileSync(file)).digest('hex') : null;
}

/**
 * Spec file names directly in a folder, sorted (the same rule as the CLI's spec discovery).
 * @param {string} dir
 * @returns {string[]}
 */
export function specNames(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((n) => /\.(ya?ml|json)$/i.test(n))
    .sort();
}

/**
 * @param {string} cwd
 * @param {readonly string[]} argv
 * @returns {RunRecord | undefined}
 */
function readRecord(cwd, argv) {
  try {
    return JSON.parse(readFileSync(recordPath(cwd, argv), 'utf8'));
  } catch {
    return undefined; // none yet, or unreadable: run the pipeline
  }
}

/**
 * The arguments a record is kept under: `--check` and a plain run verify the same facts, so either
 * may use the other's record.
 * @param {readonly string[]} argv
 */
function keyArgs(argv) {
  return argv.filter((a) => a !== '--check');
}

/**
 * One record per cwd and argument list.
 * @param {string} cwd
 * @param {readonly string[]} argv
 */
function recordPath(cwd, argv) {
  const id = createHash('sha256').update(JSON.stringify([cwd, keyArgs(argv)])).digest('hex').slice(0, 16);
  return path.join(CACHE_DIR, `run-${id}.json`);
}

/**
 * sha256 of every file in the given subtrees of outDir (dot-entries, e.g. staging folders, skipped).
 * @param {string} outDir
 * @param {readonly string[]} scopes
 * @returns {Record<string, string>}
 */
function hashOutputs(outDir, scopes) {
  /** @type {Record<string, string>} */
  const out = {};
  for (const scope of scopes) {
    for (const file of listFiles(path.join(outDir, scope))) {
      const rel = scope === '' ? file : `${scope}/${file}`;
      out[rel] = /** @type {string} */ (hashOrNull(path.join(outDir, rel)));
    }
  }
  return out;
}

/**
 * Files below `dir` as sorted POSIX relative paths, skipping names that start with a dot.
 * @param {string} dir
 * @returns {string[]}
 */
function listFiles(dir) {
  if (!existsSync(dir)) return [];
  /** @type {string[]} */
  const files = [];
  const visit = (/** @type {string} */ rel) => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) visit(child);
      else if (entry.isFile()) files.push(child);
    }
  };
  visit('');
  return files.sort();
}

/**
 * @param {Record<string, string>} a
 * @param {Record<string, string>} b
 */
function sameEntries(a, b) {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}
