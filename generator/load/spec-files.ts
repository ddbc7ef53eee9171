import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, DiagnosticCode } from '../diagnostics.js';
import { parseSpecText, type LoadedSpec } from './read.js';

/** One file of a multi-file spec: where it is, what it holds, and the sha256 of the bytes read. */
export interface SpecFile extends LoadedSpec {
  /** Absolute path as the reference spelled it (diagnostics and the up-to-date record use it). */
  abs: string;
  /** The real path (symbolic links resolved): one file, one entry, however it is reached. */
  real: string;
  /** sha256 of the bytes read; undefined for the root spec, which the CLI records itself. */
  sha256?: string;
}

/** Why a file could not be used: a coded message for the `$ref` that named it, or none when the file's own syntax error says it. */
export interface FileRefusal {
  code?: DiagnosticCode;
  message: string;
}

/**
 * The files one spec may read, and only those. A spec can be written by an attacker, so a `$ref` may
 * reach a file only inside the root spec's folder tree, judged on real paths so that neither `..` nor
 * a symbolic link leads out of it (no /etc/passwd, no ~/.ssh, no project secrets beside the specs
 * folder), and only a regular file (a FIFO or a device would hang or never end). Each file is read and
 * parsed once; its syntax errors are reported once, in that file.
 */
export class SpecFiles {
  private readonly byReal = new Map<string, Promise<SpecFile | FileRefusal>>();
  /** Syntax errors of referenced files, reported in those files. */
  readonly diagnostics: Diagnostic[] = [];
  private readonly allowedRoot: Promise<string>;

  constructor(
    private readonly cwd: string,
    readonly root: SpecFile,
  ) {
    this.allowedRoot = realpath(path.dirname(root.abs));
    this.byReal.set(root.real, Promise.resolve(root));
  }

  /** The file a relative reference in `from` names, or why it cannot be read. */
  async open(from: SpecFile, relative: string): Promise<SpecFile | FileRefusal> {
    const abs = path.resolve(path.dirname(from.abs), relative);
    let real: string;
    try {
      real = await realpath(abs);
    } catch (error) {
      return { code: 'SPEC_REF_NOT_FOUND', message: `file ${relative} not found (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` };
    }
    if (!isInside(await this.allowedRoot, real)) {
      return { code: 'SPEC_REF_OUTSIDE_ROOT', message: `file ${relative} is outside the folder of ${this.root.file}; it is not read` };
    }
    let loading = this.byReal.get(real);
    if (!loading) {
      loading = this.read(abs, real, relative);
      this.byReal.set(real, loading);
    }
    return loading;
  }

  /** Every file read besides the root spec: absolute path → sha256 of its bytes (the up-to-date record's inputs). */
  async inputs(): Promise<Record<string, string>> {
    const out: Record<string, string> = {};
    for (const loading of this.byReal.values()) {
      const file = await loading;
      if ('sha256' in file && file.sha256 !== undefined) out[file.abs] = file.sha256;
    }
    return out;
  }

  private async read(abs: string, real: string, relative: string): Promise<SpecFile | FileRefusal> {
    let bytes: Buffer;
    try {
      if (!(await stat(real)).isFile()) return { code: 'SPEC_REF_NOT_FOUND', message: `${relative} is not a regular file` };
      bytes = await readFile(real);
    } catch (error) {
      return { code: 'SPEC_REF_NOT_FOUND', message: `file ${relative} cannot be read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` };
    }
    const file = path.relative(this.cwd, abs).split(path.sep).join('/');
    const parsed = parseSpecText(bytes.toString('utf8'), file);
    this.diagnostics.push(...parsed.diagnostics);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (!parsed.spec) return { message: `${relative} cannot be parsed` };
    return { ...parsed.spec, abs, real, sha256 };
  }
}

/** True when `file` is `dir` itself or below it. */
export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
