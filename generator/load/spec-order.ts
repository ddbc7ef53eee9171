import path from 'node:path';
import { compareStrings } from '../common/order.js';

/**
 * The specs of a run in the order generate() processes them: relative to `cwd` (POSIX), each once,
 * sorted, so the result does not depend on the order they were given in. The CLI reads the first
 * one from here to start its second thread early.
 */
export function specOrder(cwd: string, specs: readonly string[]): string[] {
  return [...new Set(specs.map((s) => toRelative(cwd, s)))].sort(compareStrings);
}

function toRelative(cwd: string, spec: string): string {
  return path.relative(cwd, path.resolve(cwd, spec)).split(path.sep).join('/');
}
