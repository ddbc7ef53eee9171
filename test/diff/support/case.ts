import type { FindingCode } from '../../../generator/diff/findings.js';

/** A spec as plain data, mutated freely by a case. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Spec = Record<string, any>;

/** The client the wire probe calls: methods by name, each taking the request object. */
export type AnyClient = Record<string, (request?: object) => Promise<{ ok: boolean; status: number }>>;

/**
 * How a case is checked against generated clients (test/diff/probe.test.ts):
 * - `compile`: consumer code written against the old client (`client` and the module `api` in scope);
 *   it must compile against the old client, and fail against the new one exactly when the case breaks.
 * - `validate`: a value the old validator (an export of validators.gen.ts) accepts; the new one must
 *   refuse it exactly when the case breaks.
 * - `wire`: a call made with the old and the new client against a recording server that answers
 *   `reply`; the requests sent (or the results read) must differ exactly when the case breaks.
 */
export type Probe =
  | { compile: string }
  | { validate: string; value: unknown }
  | {
      wire: (client: AnyClient) => Promise<unknown>;
      reply?: { status: number; body?: unknown; headers?: Record<string, string> };
      /** createClient options instead of the default set (every credential the fixtures use). */
      options?: Record<string, unknown>;
    };

/** One labelled spec pair: a base spec (seed or fixture) and a change to it. */
export interface DiffCase {
  /** Unique, kebab-case. */
  name: string;
  /** Repo-relative spec the pair starts from. */
  base: string;
  /** Applied to both versions first, when the old version is not the base file itself. */
  prepare?: (spec: Spec) => void;
  /** Turns (a copy of) the old version into the new one. */
  change: (spec: Spec) => void;
  /** The label: does a user of the generated client break? */
  breaking: boolean;
  /** Codes the diff must report. Every breaking finding's code must be one of these. */
  codes: FindingCode[];
  probe?: Probe;
}

export const schemaOf = (spec: Spec, name: string): Spec => spec.components.schemas[name];
export const propOf = (spec: Spec, schema: string, prop: string): Spec => spec.components.schemas[schema].properties[prop];
export const opOf = (spec: Spec, path: string, method: string): Spec => spec.paths[path][method];
