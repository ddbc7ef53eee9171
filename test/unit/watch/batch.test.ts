import { describe, expect, it } from 'vitest';
import { ChangeBatcher } from '../../../generator/cli/watch/batch.js';

/** Resolves when `condition` holds (polled), so the test waits on outcomes, not on fixed delays. */
async function until(condition: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('ChangeBatcher', () => {
  it('joins changes that come within the quiet spell into one run', async () => {
    const runs: string[][] = [];
    const batcher = new ChangeBatcher(50, async (paths) => void runs.push([...paths].sort()));
    batcher.add('a');
    batcher.add('b');
    batcher.add('a');
    await until(() => runs.length === 1);
    expect(runs).toEqual([['a', 'b']]);
    await batcher.close();
  });

  it('never overlaps runs: changes during a run wait for it and then run once', async () => {
    const runs: string[][] = [];
    let release!: () => void;
    let active = 0;
    let maxActive = 0;
    const batcher = new ChangeBatcher(10, async (paths) => {
      active++;
      maxActive = Math.max(maxActive, active);
      runs.push([...paths].sort());
      if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve));
      active--;
    });
    batcher.add('first');
    await until(() => runs.length === 1);
    batcher.add('second');
    batcher.add('third');
    // The first run is still busy: nothing else may start, however long we let the timers fire.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(runs).toHaveLength(1);
    release();
    await until(() => runs.length === 2);
    expect(runs[1]).toEqual(['second', 'third']);
    expect(maxActive).toBe(1);
    await batcher.close();
  });

  it('drops pending changes on close and waits for the run in progress', async () => {
    let finished = false;
    let started = false;
    const batcher = new ChangeBatcher(10, async () => {
      started = true;
      await new Promise((resolve) => setTimeout(resolve, 30));
      finished = true;
    });
    batcher.add('x');
    await until(() => started);
    batcher.add('y');
    await batcher.close();
    expect(finished).toBe(true);
    batcher.add('z'); // ignored after close
  });
});
