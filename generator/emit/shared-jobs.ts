/**
 * Emitter work either thread of a large spec may do (emit/second-thread.ts). The second thread emits
 * types.gen.ts, which takes openapi-typescript seconds on a large spec; when it is done before the
 * main thread, it takes jobs from the end of this list while the main thread takes them from the
 * front, each job going to whichever thread claims it first. On GitHub's and Stripe's specs the
 * second thread ends up with a share of the docs pages (nearly half on GitHub, in one run).
 */
/** Stripe's docs take the threads ~2 s: parts of ~0.1 s leave the one done first at most about that idle. */
export const DOCS_PARTS = 16;

export type SharedJob = 'validators' | `docs ${number}`;

/**
 * The main thread's order; the second thread goes from the end. The one large job comes first and the
 * small docs parts last, so whichever thread is done first takes small pieces of what is left, and
 * the two finish close together.
 */
export const SHARED_JOBS: readonly SharedJob[] = ['validators', ...Array.from({ length: DOCS_PARTS }, (_, part): SharedJob => `docs ${part}`)];
