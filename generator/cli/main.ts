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
    // Not a spec problem: a bug in the generator. Print the stack so it can be reported.
    console.error('internal error (please report):', error);
    process.exitCode = 1;
  },
);
