// The entry of `npm run diff` (run compiled by generator/cli/diff-bin.mjs). Loads no emitter, formatter or
// TypeScript: only the load, validate and IR stages, so it starts in a fraction of a second.
import { diffCommand } from './cli.js';

diffCommand(process.argv.slice(2), process.cwd(), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('internal error (please report):', error);
    process.exitCode = 1;
  },
);
