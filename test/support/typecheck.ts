import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const repoRoot = path.resolve(import.meta.dirname, '../..');

/**
 * The one type-check every test uses, for generated code and for test files that exercise it.
 *
 * The options are the strictest the generated code satisfies, so it compiles in a consumer project
 * whatever that project turns on. Left out, each with its reason: `noPropertyAccessFromIndexSignature`
 * (a style rule: `x.name` on an index signature is correct code), `skipLibCheck: false` (checks
 * TypeScript's and @types' own declarations, not ours).
 */
const STRICT_OPTIONS = {
  target: 'ES2022',
  strict: true,
  noUncheckedIndexedAccess: true,
  exactOptionalPropertyTypes: true,
  noUnusedLocals: true,
  noUnusedParameters: true,
  noImplicitReturns: true,
  noImplicitOverride: true,
  noFallthroughCasesInSwitch: true,
  verbatimModuleSyntax: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
} as const;

/**
 * The consumer projects generated code must compile in: a browser project (DOM libs, no @types/node),
 * a Node-only project (`lib: es2022`, `types: node`, NodeNext modules, no DOM), and one with both.
 */
export const CONSUMER_SETUPS = {
  dom: { module: 'ESNext', moduleResolution: 'Bundler', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: [] },
  node: { module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022'], types: ['node'] },
  'dom+node': { module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: ['node'] },
} as const;

export type ConsumerSetup = keyof typeof CONSUMER_SETUPS;

export interface TypecheckOptions {
  /** The consumer set-up to compile under. Default: `dom`. */
  setup?: ConsumerSetup;
  /** Report only diagnostics in files this accepts (e.g. only the snippets, not the code they import). */
  reportFor?: (fileName: string) => boolean;
  /** Paths in messages are relative to this folder. Default: the repository root. */
  relativeTo?: string;
  /**
   * Run tsc in a child process with a large heap, writing its tsconfig into this folder: for outputs
   * of whole published specs, whose program outgrows a test worker's heap.
   */
  childProcessIn?: string;
}

/** Every `.ts` file under the given folders (generated outputs), sorted. */
export function tsFilesIn(dirs: readonly string[]): string[] {
  return dirs
    .flatMap((dir) => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)))
    .sort();
}

/** The tsconfig `compilerOptions` of one set-up, as JSON. */
export function compilerOptionsJson(setup: ConsumerSetup): Record<string, unknown> {
  return { ...STRICT_OPTIONS, ...CONSUMER_SETUPS[setup] };
}

/**
 * Type-checks the given root files (and what they import) as one program and returns the
 * diagnostics, one line each (`file:line:col TSnnnn message`); an empty list means they compile.
 * Batch everything one test needs into one call: a program costs far more to start than to grow.
 */
export function typecheck(roots: readonly string[], options: TypecheckOptions = {}): string[] {
  const setup = options.setup ?? 'dom';
  const relativeTo = options.relativeTo ?? repoRoot;
  if (options.childProcessIn) return typecheckInChild(roots, setup, options.childProcessIn, relativeTo);
  const { options: compilerOptions, errors } = ts.convertCompilerOptionsFromJson(compilerOptionsJson(setup), repoRoot);
  if (errors.length > 0) throw new Error(errors.map((e) => ts.flattenDiagnosticMessageText(e.messageText, '\n')).join('\n'));
  const host = cachingHost(compilerOptions, JSON.stringify(compilerOptionsJson(setup)));
  const program = ts.createProgram({ rootNames: [...roots], options: compilerOptions, host });
  const report = options.reportFor ?? (() => true);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => !d.file || report(path.resolve(d.file.fileName)))
    .map((d) => formatDiagnostic(d, relativeTo));
}

function formatDiagnostic(d: ts.Diagnostic, relativeTo: string): string {
  const message = `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
  if (!d.file) return message;
  const { line, character } = d.file.getLineAndCharacterOfPosition(d.start ?? 0);
  return `${path.relative(relativeTo, d.file.fileName).split(path.sep).join('/')}:${line + 1}:${character + 1} ${message}`;
}

/**
 * Declaration files under node_modules (TypeScript's libs, @types/node, vitest) never change during
 * a run, so their parsed source files are shared by the programs a test worker builds with the same
 * options: parsing lib.dom.d.ts alone costs more than checking a small generated API.
 */
const libCache = new Map<string, ts.SourceFile>();

function cachingHost(compilerOptions: ts.CompilerOptions, optionsKey: string): ts.CompilerHost {
  const host = ts.createCompilerHost(compilerOptions);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreate) => {
    if (!fileName.includes('/node_modules/')) return getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreate);
    const v = languageVersionOrOptions;
    const parse = typeof v === 'object' ? `${v.languageVersion}|${v.impliedNodeFormat}|${v.jsDocParsingMode}` : String(v);
    const key = `${optionsKey}|${fileName}|${parse}`;
    let file = libCache.get(key);
    if (!file) {
      file = getSourceFile(fileName, languageVersionOrOptions, onError, shouldCreate);
      if (file) libCache.set(key, file);
    }
    return file;
  };
  return host;
}

function typecheckInChild(roots: readonly string[], setup: ConsumerSetup, dir: string, relativeTo: string): string[] {
  mkdirSync(dir, { recursive: true });
  const config = path.join(dir, 'tsconfig.json');
  writeFileSync(config, JSON.stringify({ compilerOptions: compilerOptionsJson(setup), files: roots.map((r) => path.resolve(r)) }, null, 2));
  const tsc = path.join(repoRoot, 'node_modules/typescript/bin/tsc');
  const run = spawnSync(process.execPath, ['--max-old-space-size=8192', tsc, '-p', config, '--pretty', 'false'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  if (run.error) throw run.error;
  const lines = `${run.stdout}${run.stderr}`.split('\n').filter((l) => l.trim() !== '');
  if (run.status !== 0 && lines.length === 0) throw new Error(`tsc exited with ${run.status} and no output`);
  // tsc prints `file(line,col): error TSnnnn: message`; make it the in-process form.
  return lines.map((l) =>
    l.replace(/^(.+?)\((\d+),(\d+)\): error (TS\d+): /, (_m, file: string, line, col, code) => `${path.relative(relativeTo, path.resolve(file)).split(path.sep).join('/')}:${line}:${col} ${code} `),
  );
}
