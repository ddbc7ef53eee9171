import { formatOutputError, OutputError } from '../write/output-errors.js';
import { main } from './cli.js';

/**
 * The CLI's entry: runs `main` on this process's arguments. Kept apart from cli.ts so importing the
 * CLI (tests, the compiled entry's chunks) never starts a run.
 */
main(process.argv.slice(2), process.cwd()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof OutputError) {
      // The output folder, not the generator: a coded line (write/write-guard.ts, write/output-errors.ts).
      console.error(formatOutputError(error, process.cwd()));
      process.exitCode = error.exitCode;
      return;
    }
    // Not a spec problem: a bug in the generator. Print the stack so it can be reported.
    console.error('internal error (please report):', error);
    process.exitCode = 1;
  },
);
