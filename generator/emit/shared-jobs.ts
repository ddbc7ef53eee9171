/**
 * Emitter work either thread of a large spec may do (emit/second-thread.ts). The second thread emits
 * types.gen.ts, which takes openapi-typescript seconds on a large spec, then takes jobs from the end
 * of this list while the main thread takes them from the front, each job going to whichever thread
 * claims it first. On GitHub's and Stripe's specs the second thread ends up with the client and a
 * share of the docs pages (nearly half on GitHub, in one run).
 */
/** Stripe's docs take the threads ~2 s: parts of ~0.1 s leave the one done first at most about that idle. */
export const DOCS_PARTS = 16;

export type SharedJob = 'validators' | 'client' | `docs ${number}`;

/**
 * The main thread's order; the second thread goes from the end. Each thread starts with one large job
 * (the main thread the validators; the second thread, after the types, the client, whose type printing
 * needs the TypeScript it has loaded anyway), and the small docs parts in the middle go to whichever
 * thread is free, so the two finish close together.
 */
export const SHARED_JOBS: readonly SharedJob[] = [
  'validators',
  ...Array.from({ length: DOCS_PARTS }, (_, part): SharedJob => `docs ${part}`),
  'client',
];
