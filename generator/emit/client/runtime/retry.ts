// When to try again and how long to wait.
import type { RetryOptions } from './contract.js';

/** The retry policy when neither the client nor the call says otherwise. */
export const DEFAULT_RETRY: Required<RetryOptions> = {
  retries: 2,
  baseDelayMs: 500,
  maxDelayMs: 8_000,
  retryAfterCapMs: 60_000,
  retryNonIdempotent: false,
};
/** Methods retried without an opt-in: repeating them has the same effect as sending once (RFC 9110 §9.2.2). */
export const IDEMPOTENT = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE']);

/** Statuses worth another attempt: request timeout, rate limited, server errors. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** Delay before the next attempt: `Retry-After` when present (undefined = over the cap, stop), else backoff. */
export function retryDelay(
  headers: Headers,
  retry: Required<RetryOptions>,
  attempt: number,
): number | undefined {
  const after = parseRetryAfter(headers, Date.now());
  if (after === undefined) return backoff(retry, attempt);
  return after <= retry.retryAfterCapMs ? after : undefined;
}

/** `Retry-After` (delta-seconds or HTTP date, RFC 9110 §10.2.3) or `retry-after-ms`, in ms; undefined if absent or invalid. */
export function parseRetryAfter(headers: Headers, now: number): number | undefined {
  const ms = headers.get('retry-after-ms')?.trim();
  if (ms && /^\d+(\.\d+)?$/.test(ms)) return Number(ms);
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+$/.test(value)) return Number(value) * 1000;
  // An HTTP date always names a weekday or month; without letters, Date.parse would accept '-1' as a year.
  const date = /[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with "equal jitter": half the delay fixed, half random, so clients spread out. */
export function backoff(retry: Required<RetryOptions> | undefined, attempt: number): number {
  if (!retry) return 0;
  const delay = Math.min(retry.maxDelayMs, retry.baseDelayMs * 2 ** (attempt - 1));
  return delay / 2 + Math.random() * (delay / 2);
}

/** setTimeout's largest delay; longer ones fire at once. */
export const MAX_TIMER_MS = 2_147_483_647;

/** Waits `ms`; resolves false at once if the caller's signal aborts first. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<boolean> {
  if (signal?.aborted) return Promise.resolve(false);
  // setTimeout fires at once for delays past 2^31 - 1 ms; clamp instead.
  ms = Math.min(ms, MAX_TIMER_MS);
  return new Promise((resolve) => {
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
