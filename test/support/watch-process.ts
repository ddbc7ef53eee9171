import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './cli.js';

/**
 * The real CLI in watch mode (`node generator/cli/bin.mjs --watch ...`), with its output collected as it
 * comes. Tests wait on what it prints or writes (`waitFor` polls a condition until a deadline), never
 * on a fixed sleep: a loaded 2-core machine may take many seconds per run.
 */
export class WatchProcess {
  stdout = '';
  stderr = '';
  private readonly child: ChildProcess;
  private readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(args: string[], cwd: string) {
    this.child = spawn(process.execPath, [path.join(repoRoot, 'generator/cli/bin.mjs'), '--watch', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (this.stdout += chunk));
    this.child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (this.stderr += chunk));
    this.exited = new Promise((resolve) => this.child.on('exit', (code, signal) => resolve({ code, signal })));
  }

  /** Both streams' length now, to look at what a later step printed (`since`). */
  mark(): { stdout: number; stderr: number } {
    return { stdout: this.stdout.length, stderr: this.stderr.length };
  }

  since(mark: { stdout: number; stderr: number }): { stdout: string; stderr: string } {
    return { stdout: this.stdout.slice(mark.stdout), stderr: this.stderr.slice(mark.stderr) };
  }

  /** Polls `condition` every 25 ms until it holds; fails with everything printed so far after `timeoutMs`. */
  async waitFor(what: string, condition: () => boolean, timeoutMs = 120_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (this.child.exitCode !== null || this.child.signalCode !== null) throw new Error(`watch exited while waiting for ${what}\n${this.dump()}`);
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}\n${this.dump()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  }

  /** Sends `signal` and waits for the exit. */
  async stop(signal: NodeJS.Signals): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    this.child.kill(signal);
    return this.exited;
  }

  /** Ends the process if a failed test left it running. */
  kill(): void {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill('SIGKILL');
  }

  private dump(): string {
    return `--- stdout ---\n${this.stdout}\n--- stderr ---\n${this.stderr}`;
  }
}
