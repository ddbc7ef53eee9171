/**
 * Emitter work either thread of a large spec may do (emit/second-thread.ts). The second thread emits
 * types.gen.ts, which takes openapi-typescript seconds on a large spec; when it is done before the
 * main thread, it takes jobs from the end of this list while the main thread takes them from the
 * front, each job going to whichever thread claims it first. GitHub's types take longer than the
 * main thread's share, so the main thread keeps every job; on Stripe the second thread takes part of
 * the docs.
 */
export const DOCS_PARTS = 8;

export type SharedJob = 'validators' | `docs ${number}`;

/**
 * The main thread's order; the second thread goes from the end. The one large job comes first and the
 * small docs parts last, so whichever thread is done first takes small pieces of what is left, and
 * the two finish close together.
 */
export const SHARED_JOBS: readonly SharedJob[] = ['validators', ...Array.from({ length: DOCS_PARTS }, (_, part): SharedJob => `docs ${part}`)];
