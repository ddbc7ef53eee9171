/**
 * Runs `task` on every item with at most `limit` running at once, and settles only when every started
 * task has: a caller that cleans up after a failure (write.ts removes its staging folder) must not
 * race tasks still in flight. Stops starting tasks at the first failure and rethrows it. Hand-written:
 * p-map and p-limit either reject before in-flight tasks settle or wrap the error.
 */
export async function forEachConcurrently<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failure: { error: unknown } | undefined;
  const lane = async () => {
    while (failure === undefined && next < items.length) {
      const item = items[next++]!;
      try {
        await task(item);
      } catch (error) {
        failure ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
  if (failure) throw failure.error;
}
