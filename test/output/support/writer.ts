import { readFileSync } from 'node:fs';
import type { GenerateResult } from '../../../generator/index.js';
import { formatOutputError, OutputError } from '../../../generator/write/output-errors.js';
import { writeOutputs } from '../../../generator/write/write.js';
import { tree } from './tree.js';

/**
 * A child process that writes a generated result with the real write path (write.ts), so tests can run
 * several writers at once, kill one mid-write, or run one in another user or mount namespace without
 * paying for the whole CLI each time. Run with `node --import tsx`:
 *   writer.ts write <result.json> <outDir>   one write; an OutputError prints its line and sets the exit code as the CLI does
 *   writer.ts serve                          over IPC: {result, outDir} → {code, stderr}, one write per message
 *   writer.ts tree <dir>                     prints every entry below dir (dot entries too) as JSON
 */
async function write(resultFile: string, outDir: string): Promise<{ code: number; stderr: string }> {
  const result = JSON.parse(readFileSync(resultFile, 'utf8')) as GenerateResult;
  try {
    await writeOutputs(result, { outDir, fullRun: true });
    return { code: 0, stderr: '' };
  } catch (error) {
    if (error instanceof OutputError) return { code: error.exitCode, stderr: formatOutputError(error, process.cwd()) };
    return { code: 1, stderr: `internal error: ${(error as Error).stack}` };
  }
}

const [command, ...args] = process.argv.slice(2);
if (command === 'write') {
  const { code, stderr } = await write(args[0]!, args[1]!);
  if (stderr) console.error(stderr);
  process.exitCode = code;
} else if (command === 'tree') {
  console.log(JSON.stringify(tree(args[0]!)));
} else if (command === 'serve') {
  process.on('message', (message: { resultFile: string; outDir: string }) => {
    void write(message.resultFile, message.outDir).then((reply) => process.send!(reply));
  });
  process.send!('ready');
}
