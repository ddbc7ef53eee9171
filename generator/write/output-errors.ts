import path from 'node:path';

/**
 * Problems with the output folder (not with a spec): coded, one line, exit code 2, never a stack trace.
 * A spec diagnostic points into a spec; these point at the output path.
 */
export const OUTPUT_ERROR_CATALOG = {
  OUTPUT_NOT_A_FOLDER: 'The output path (or a folder on the way to it) is a file: pass a folder to --out.',
  OUTPUT_NOT_WRITABLE: 'The output folder cannot be written (permissions or a read-only file system).',
  OUTPUT_NO_SPACE: 'The disk or quota is full; the previous output was kept.',
  OUTPUT_NAME_TOO_LONG: 'A path is longer than the file system allows; use a shorter --out or shorter spec names.',
  OUTPUT_LOCKED: 'Another run is writing this output folder; it was waited for, but did not finish in time.',
  OUTPUT_INTERRUPTED: 'The run was interrupted while writing; every API folder was left complete (old or new).',
  OUTPUT_WRITE_FAILED: 'Writing the output failed; the previous output of the API being written was kept.',
} as const;

export type OutputErrorCode = keyof typeof OUTPUT_ERROR_CATALOG;

export class OutputError extends Error {
  /** 2 (a usage problem) unless the run was interrupted by a signal (128 + its number). */
  exitCode = 2;

  constructor(
    readonly code: OutputErrorCode,
    /** The path the problem is about, absolute. */
    readonly target: string,
    message: string,
  ) {
    super(message);
    this.name = 'OutputError';
  }
}

/** `generated/x  error  OUTPUT_NOT_WRITABLE  message`, like a spec diagnostic without line and column. */
export function formatOutputError(error: OutputError, cwd: string): string {
  const where = path.relative(cwd, error.target) || '.';
  return `${where}  error  ${error.code}  ${error.message}`;
}

const BY_ERRNO: Record<string, OutputErrorCode> = {
  ENOTDIR: 'OUTPUT_NOT_A_FOLDER',
  EEXIST: 'OUTPUT_NOT_A_FOLDER',
  EACCES: 'OUTPUT_NOT_WRITABLE',
  EPERM: 'OUTPUT_NOT_WRITABLE',
  EROFS: 'OUTPUT_NOT_WRITABLE',
  ENOSPC: 'OUTPUT_NO_SPACE',
  EDQUOT: 'OUTPUT_NO_SPACE',
  ENAMETOOLONG: 'OUTPUT_NAME_TOO_LONG',
};

/**
 * A file-system error met while writing below `target` (the output folder), as an OutputError; other
 * errors (bugs) are returned unchanged so they still reach "internal error (please report)".
 */
export function asOutputError(error: unknown, target: string): unknown {
  if (error instanceof OutputError) return error;
  const errno = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof errno !== 'string' || !/^E[A-Z]+$/.test(errno)) return error;
  const code = BY_ERRNO[errno] ?? 'OUTPUT_WRITE_FAILED';
  const file = (error as NodeJS.ErrnoException).path ?? target;
  // A staged file is reported under the name it was going to have.
  const where = path.relative(target, file).split(path.sep).join('/').replace(/^\.gen-staging-(.+?)-\d+-\d+(?=\/|$)/, '$1') || '.';
  const reason = (error as Error).message.replace(/^E[A-Z]+: /, '').replace(/, \w+( '.*)?$/s, '');
  const message =
    code === 'OUTPUT_NOT_A_FOLDER'
      ? `${where === '.' ? 'the output path' : where} is a file, not a folder (${errno})`
      : code === 'OUTPUT_NAME_TOO_LONG'
        ? `file name too long for the file system: ${where} (${Buffer.byteLength(path.basename(file))} bytes in its last part); the previous output was kept`
        : `cannot write ${where === '.' ? 'the output folder' : where}: ${reason} (${errno}); the previous output was kept`;
  return new OutputError(code, target, message);
}
