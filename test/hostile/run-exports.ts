import { execFileSync } from 'node:child_process';
import { symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import type { ApiOutput } from '../../generator/index.js';
import { OUTPUT_FILES } from '../../generator/plan/files.js';

/** One generated API on disk: `outDir` holds its files (the runtime may be a link to another API's). */
export interface WrittenApi {
  name: string;
  outDir: string;
  output: ApiOutput;
}

/**
 * Compiles the APIs' TypeScript to JavaScript with esbuild (one call), then imports each API's
 * index.js in one child process (run-exports.mjs) and calls every export: validators on sample
 * values, every client method against a stub fetch. Returns each API's problems (a throw, a call of
 * process.exit, the canary set); an empty list everywhere means no spec text ran.
 * `sharedRuntime`: the API whose compiled runtime the others link to (see hostile.test.ts).
 */
export async function runExports(apis: readonly WrittenApi[], workDir: string, sharedRuntime?: WrittenApi): Promise<{ name: string; problems: string[] }[]> {
  const outbase = path.dirname(apis[0]!.outDir);
  const jsDir = path.join(workDir, 'js');
  const runtimeJs = OUTPUT_FILES.runtime.replace(/\.ts$/, '.js');
  await build({
    entryPoints: apis.flatMap((a) =>
      a.output.files
        .filter((f) => f.path.endsWith('.ts') && (!sharedRuntime || a === sharedRuntime || f.path !== OUTPUT_FILES.runtime))
        .map((f) => path.join(a.outDir, f.path)),
    ),
    outdir: jsDir,
    outbase,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
  if (sharedRuntime) {
    for (const a of apis) if (a !== sharedRuntime) symlinkSync(path.join(jsDir, sharedRuntime.name, runtimeJs), path.join(jsDir, a.name, runtimeJs));
  }
  const jobs = apis.map((a) => ({ name: a.name, dir: path.join(jsDir, path.relative(outbase, a.outDir)), ...callsOf(a.output) }));
  const jobsFile = path.join(workDir, 'jobs.json');
  writeFileSync(jobsFile, JSON.stringify(jobs));
  const stdout = execFileSync(process.execPath, [path.join(import.meta.dirname, 'run-exports.mjs'), jobsFile], { encoding: 'utf8', maxBuffer: 1 << 26 });
  return JSON.parse(stdout) as { name: string; problems: string[] }[];
}

/** For run-exports.mjs: one request per client method (every parameter set), credentials and a sample body. */
function callsOf(api: ApiOutput): { calls: Record<string, unknown>; credentials: Record<string, string>; example: unknown } {
  const calls: Record<string, unknown> = {};
  let example: unknown = {};
  for (const op of api.api!.operations) {
    const group = (location: 'path' | 'query' | 'header' | 'cookie') => Object.fromEntries(op.parameters[location].map((p) => [p.name, 'v']));
    const request: Record<string, unknown> = { path: group('path'), query: group('query'), headers: group('header'), cookies: group('cookie') };
    if (op.body) {
      request.body = op.body.primary.example?.value ?? {};
      example = request.body;
    }
    calls[api.plan!.operation(op).method] = request;
  }
  const credentials = Object.fromEntries(api.api!.securitySchemes.map((s) => [api.plan!.credentialOption(s), 'secret']));
  return { calls, credentials, example };
}
