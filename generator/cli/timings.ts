import type { ApiOutput } from '../index.js';

/**
 * Each spec's wall time, for the summary lines (`exante: 14 files, 0 written (212 ms)`; never written
 * to output). generate() calls `lap` as each spec's result is ready; a spec's time is the time since the
 * previous one (or since the timings were reset).
 */
export class SpecTimings {
  private readonly ms = new Map<ApiOutput, number>();
  private last = performance.now();

  /** Starts the clock for the next generate() call. */
  reset(): void {
    this.last = performance.now();
  }

  readonly lap = (api: ApiOutput): void => {
    const now = performance.now();
    this.ms.set(api, now - this.last);
    this.last = now;
  };

  /** Rounded milliseconds of a spec's result (0 when it was not timed). */
  of(api: ApiOutput): number {
    return Math.round(this.ms.get(api) ?? 0);
  }
}
