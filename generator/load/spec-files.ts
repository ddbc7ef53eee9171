import { createHash } from 'node:crypto';
import { readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic, DiagnosticCode } from '../diagnostics.js';
import { parseSpecText, type LoadedSpec } from './read.js';

/** One file of a multi-file spec: where it is and what it holds. */
export interface SpecFile extends LoadedSpec {
  /** Absolute path as the reference spelled it (diagnostics and the up-to-date record use it). */
  abs: string;
  /** The real path (symbolic links resolved): one file, one entry, however it is reached. */
  real: string;
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
  /** Every file read (absolute path as referenced → sha256 of its bytes), parsed or not; '' for one that does not exist. */
  private readonly readHashes = new Map<string, string>();
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
      // Inside the folder, its appearing later changes the spec (watch mode regenerates it then).
      if (isInside(path.dirname(this.root.abs), abs)) this.readHashes.set(abs, '');
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

  /**
   * Every file read besides the root spec, parsed or not: absolute path → sha256 of its bytes ('' for
   * a referenced file that does not exist). The up-to-date record and watch mode depend on them.
   */
  inputs(): Record<string, string> {
    return Object.fromEntries([...this.readHashes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
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
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    this.readHashes.set(abs, sha256);
    const parsed = parseSpecText(bytes.toString('utf8'), file);
    this.diagnostics.push(...parsed.diagnostics);
    if (!parsed.spec) return { message: `${relative} cannot be parsed` };
    return { ...parsed.spec, abs, real };
  }
}

/** True when `file` is `dir` itself or below it. */
export function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}
