/**
 * Collects changed paths and runs one job per quiet spell: a save that arrives as several events
 * (truncate then write, or write a temp file then rename it) becomes one run, and changes made while
 * a run is busy wait for the next. Runs never overlap.
 */
export class ChangeBatcher {
  private pending = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private lastChange = 0;
  private firstChange = 0;
  private closed = false;

  constructor(
    private readonly quietMs: number,
    /** `since`: when the first change of the batch was noticed (performance.now()), for the latency shown. */
    private readonly run: (paths: ReadonlySet<string>, since: number) => Promise<void>,
  ) {}

  /** Notes a change; the run starts once no change has come for `quietMs`. */
  add(path: string): void {
    if (this.closed) return;
    if (this.pending.size === 0) this.firstChange = performance.now();
    this.pending.add(path);
    this.lastChange = performance.now();
    this.schedule(this.quietMs);
  }

  /** Runs `job` now, or after the run in progress; later changes wait for it. */
  async runNow(job: () => Promise<void>): Promise<void> {
    while (this.running) await this.running;
    await this.track(job());
  }

  /** Drops pending changes and waits for the run in progress, if any. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.pending.clear();
    while (this.running) await this.running;
  }

  private schedule(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.flush(), Math.max(0, delayMs));
  }

  private async flush(): Promise<void> {
    if (this.running || this.closed || this.pending.size === 0) return; // a busy run flushes again when it ends
    const batch = this.pending;
    this.pending = new Set();
    await this.track(this.run(batch, this.firstChange));
  }

  private async track(job: Promise<void>): Promise<void> {
    const running = job.finally(() => {
      this.running = undefined;
      // Changes that came during the run: wait out the rest of their quiet spell, then run again.
      if (this.pending.size > 0 && !this.closed) this.schedule(this.lastChange + this.quietMs - performance.now());
    });
    this.running = running;
    await running;
  }
}
