// Per-attempt timeouts, combined with the caller's signal, at the lowest cost per call.
import { MAX_TIMER_MS } from './retry.js';

/** One attempt's signal, and after the attempt, whether it timed out or the caller aborted. */
export interface AttemptSignal {
  /** Undefined when there is neither a timeout nor a caller signal: fetch then gets none. */
  signal: AbortSignal | undefined;
  kind(): 'timeout' | 'aborted' | undefined;
  /** The attempt is over (response read or failed): stop its timer. */
  done(): void;
}

const NO_SIGNAL: AttemptSignal = {
  signal: undefined,
  kind: () => undefined,
  done: () => undefined,
};

/**
 * The signal for one attempt. With a caller signal: a controller of its own that aborts on either,
 * remembering which (`AbortSignal.any` would not say). Without one, attempts share a timeout bucket:
 * creating an AbortSignal costs Node tens of microseconds, a real part of a loopback call.
 */
export function attemptSignal(caller: AbortSignal | undefined, timeoutMs: number): AttemptSignal {
  const timed = timeoutMs > 0 && timeoutMs <= MAX_TIMER_MS;
  if (!caller) return timed ? sharedTimeout(timeoutMs) : NO_SIGNAL;
  const controller = new AbortController();
  let kind: 'timeout' | 'aborted' | undefined;
  const onAbort = () => {
    kind ??= 'aborted';
    controller.abort(caller.reason);
  };
  const timer = timed
    ? setTimeout(() => {
        kind ??= 'timeout';
        controller.abort(timeoutError(timeoutMs));
      }, timeoutMs)
    : undefined;
  if (caller.aborted) onAbort();
  else caller.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    kind: () => kind,
    done: () => {
      clearTimeout(timer);
      caller.removeEventListener('abort', onAbort);
    },
  };
}

interface Bucket {
  controller: AbortController;
  /** Attempts in flight. */
  pending: number;
  /** Attempts ever assigned; capped (see BUCKET_CAPACITY). */
  assigned: number;
  /** When the window closes (ms since epoch); no attempt joins after. */
  closes: number;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** Per timeout value, the bucket attempts join now. */
const OPEN = new Map<number, Bucket>();
// Node's fetch adds an abort listener per request that stays until the request is garbage-collected,
// and lists the signal's listeners on every new request: a few per signal keep that cheap.
const BUCKET_CAPACITY = 16;

/**
 * Attempts that start within the same short window (1/64 of the timeout, at most 1 s) and have the
 * same timeout share one controller and one timer, which fires when the last of them is due: every
 * attempt still in flight then is past its own deadline, so a timeout lands between `timeoutMs` and
 * `timeoutMs` + 1/64. A bucket whose attempts all finished is dropped without aborting anything.
 */
function sharedTimeout(timeoutMs: number): AttemptSignal {
  const now = Date.now();
  let bucket = OPEN.get(timeoutMs);
  if (!bucket || now >= bucket.closes || bucket.assigned >= BUCKET_CAPACITY)
    bucket = openBucket(timeoutMs, now);
  const mine = bucket;
  mine.pending++;
  mine.assigned++;
  let finished = false;
  return {
    signal: mine.controller.signal,
    kind: () => (mine.controller.signal.aborted ? 'timeout' : undefined),
    done: () => {
      if (finished) return;
      finished = true;
      // Nobody joins a bucket whose window has closed: once it is idle, drop it and its timer.
      if (--mine.pending === 0 && Date.now() >= mine.closes) closeBucket(timeoutMs, mine);
    },
  };
}

function openBucket(timeoutMs: number, now: number): Bucket {
  const width = Math.min(1000, Math.max(1, Math.floor(timeoutMs / 64)));
  const closes = (Math.floor(now / width) + 1) * width;
  const bucket: Bucket = {
    controller: new AbortController(),
    pending: 0,
    assigned: 0,
    closes,
    timer: undefined,
  };
  bucket.timer = setTimeout(
    () => {
      if (bucket.pending > 0) bucket.controller.abort(timeoutError(timeoutMs));
      closeBucket(timeoutMs, bucket);
    },
    closes - now + timeoutMs,
  );
  // In Node, the timer alone must not keep the process alive: an attempt in flight has a socket that does.
  (bucket.timer as { unref?: () => void }).unref?.();
  OPEN.set(timeoutMs, bucket);
  return bucket;
}

function closeBucket(timeoutMs: number, bucket: Bucket): void {
  clearTimeout(bucket.timer);
  if (OPEN.get(timeoutMs) === bucket) OPEN.delete(timeoutMs);
}

function timeoutError(timeoutMs: number): DOMException {
  return new DOMException(`timed out after ${timeoutMs} ms`, 'TimeoutError');
}
