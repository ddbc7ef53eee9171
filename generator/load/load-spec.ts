import { createHash } from 'node:crypto';
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { diagnostic, hasErrors, type Diagnostic } from '../diagnostics.js';
import { bundle, hasExternalRefs } from './bundle.js';
import { applyOverlay, type OverlayTarget } from './overlay/apply-overlay.js';
import { readOverlayActions } from './overlay/overlay-document.js';
import { parseSpecText, readSpec, type LoadedSpec } from './read.js';
import { SourceMap } from './source-map.js';
import { SpecFiles } from './spec-files.js';

/** What loading one spec needs: where it is, the working directory, and the overlays to apply in order. */
export interface LoadOptions {
  absPath: string;
  /** The spec's path relative to `cwd`, POSIX: how diagnostics name it. */
  file: string;
  cwd: string;
  /** Overlay files (absolute, or relative to `cwd`), applied in this order. */
  overlays?: readonly string[];
}

/** A loaded spec, with every file read besides the spec itself (absolute path → sha256 of the bytes read). */
export interface LoadResult {
  spec?: LoadedSpec;
  diagnostics: Diagnostic[];
  inputs: Record<string, string>;
}

/**
 * The load stage: the spec, the files its `$ref`s reach (bundle.ts), then its overlays, into the one
 * document validation reads. A single-file spec without overlays is read as before, with no copy.
 */
export async function loadSpec(options: LoadOptions): Promise<LoadResult> {
  const read = await readSpec(options.absPath, options.file);
  if (!read.spec) return { diagnostics: read.diagnostics, inputs: {} };
  let spec: LoadedSpec = read.spec;
  const diagnostics: Diagnostic[] = [];
  let inputs: Record<string, string> = {};
  let data = spec.data;
  let sourceMap: SourceMap | undefined;
  let unsettled: WeakSet<object> | undefined;

  if (hasExternalRefs(data)) {
    const root = { ...read.spec, abs: options.absPath, real: await realpath(options.absPath) };
    const files = new SpecFiles(options.cwd, root);
    const bundled = await bundle(files);
    diagnostics.push(...bundled.diagnostics);
    ({ data, sourceMap, unsettled } = bundled);
    inputs = files.inputs();
  }

  const overlays = options.overlays ?? [];
  if (overlays.length > 0) {
    const target: OverlayTarget = { data, sourceMap: sourceMap ?? new SourceMap(() => target.data, read.spec) };
    for (const overlayPath of overlays) {
      const abs = path.resolve(options.cwd, overlayPath);
      const file = path.relative(options.cwd, abs).split(path.sep).join('/');
      let bytes: Buffer;
      try {
        bytes = await readFile(abs);
      } catch (error) {
        diagnostics.push(diagnostic(file, 1, 1, '', 'SPEC_READ_FAILED', `cannot read overlay (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`));
        continue;
      }
      inputs[abs] = createHash('sha256').update(bytes).digest('hex');
      const parsed = parseSpecText(bytes.toString('utf8'), file);
      diagnostics.push(...parsed.diagnostics);
      if (!parsed.spec) continue;
      const { actions, diagnostics: shape } = readOverlayActions(parsed.spec);
      diagnostics.push(...shape);
      if (hasErrors(shape)) continue;
      diagnostics.push(...applyOverlay(target, parsed.spec, actions));
    }
    data = target.data;
    sourceMap = target.sourceMap;
  }

  if (sourceMap) {
    const map = sourceMap;
    spec = { file: options.file, data, position: (pointer) => map.position(pointer), unsettledRefs: unsettled };
  }
  return { spec, diagnostics, inputs };
}
