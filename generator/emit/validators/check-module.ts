import type { EmitContext } from '../emitted-file.js';
import type { ApiIR, SchemaIR } from '../../ir/types.js';
import type { ApiPlan } from '../../plan/types.js';
import { schemaKey } from './schema-key.js';

/** One compiled check function: `function name(v: unknown, p: string, c: _Ctx): boolean`. */
export interface CheckFunction {
  name: string;
  doc: string;
  statements: string[];
}

/** A module-level constant hoisted out of the checks (regexes, enum sets, branch lists). */
export interface HoistedConstant {
  name: string;
  type?: string;
  initializer: string;
}

type Compile = (module: CheckModule, name: string, schema: SchemaIR) => string[];

/**
 * What one validators.gen.ts accumulates while its checks are compiled: one check function per `$ref`
 * target (so recursive schemas terminate) and per inline branch, hoisted constants, and the runtime
 * snippets used. Everything is created in a deterministic order: the order checks are first asked for.
 */
export class CheckModule {
  readonly functions: CheckFunction[] = [];
  readonly constants: HoistedConstant[] = [];
  readonly snippets = new Set<string>(['_Ctx']);
  /** Keywords the checks report, so `_issue` carries only their messages. */
  readonly keywords = new Set<string>();
  private readonly constantsByInit = new Map<string, string>();
  private readonly checksByPointer = new Map<string, string>();
  private readonly queue: { name: string; schema: SchemaIR; doc: string }[] = [];
  private readonly counters = new Map<string, number>();
  private readonly checksByKey = new Map<string, string>();
  private readonly namedConstants = new Set<string>();

  constructor(
    readonly api: ApiIR,
    readonly plan: ApiPlan,
    readonly report: EmitContext['report'],
  ) {}

  /** The check for a `$ref` target, queued for compilation the first time it is asked for. */
  refCheck(pointer: string): string {
    const known = this.checksByPointer.get(pointer);
    if (known) return known;
    const name = this.plan.validators.schemaCheck(pointer) ?? `checkRef${this.next('checkRef')}`;
    this.checksByPointer.set(pointer, name);
    const schema = this.plan.resolve(pointer);
    if (!schema) {
      // normalize indexes every ref target; a miss is a generator bug, but the file must still compile.
      this.report({ code: 'SPEC_UNSUPPORTED_CONSTRUCT', pointer, message: `$ref target #${pointer} is not in the schema index; it is not checked` });
    }
    this.queue.push({ name, schema: schema ?? { pointer, bool: true }, doc: `#${pointer}` });
    return name;
  }

  /** A check named `name` for `schema` (request bodies, parameters, responses); a pure `$ref` reuses the target's. */
  schemaCheck(name: string, schema: SchemaIR, doc: string): string {
    if (isPureRef(schema)) return this.refCheck(schema.ref!);
    this.queue.push({ name, schema, doc });
    return name;
  }

  /**
   * A check for an inline subschema (a composition branch, `not`, a nested object ...), named after the
   * check that first needs it and shared by every inline schema that validates the same way.
   */
  branchCheck(parent: string, schema: SchemaIR): string {
    if (isPureRef(schema)) return this.refCheck(schema.ref!);
    const key = schemaKey(schema);
    const known = this.checksByKey.get(key);
    if (known) return known;
    const name = `${parent}$${this.next(parent)}`;
    this.checksByKey.set(key, name);
    this.queue.push({ name, schema, doc: `#${schema.pointer}` });
    return name;
  }

  /** A hoisted constant, shared when the same initializer is asked for twice. */
  constant(prefix: string, initializer: string, type?: string): string {
    const key = `${type ?? ''}:${initializer}`;
    const known = this.constantsByInit.get(key);
    if (known) return known;
    const name = `${prefix}${this.next(prefix)}`;
    this.constantsByInit.set(key, name);
    this.constants.push({ name, type, initializer });
    return name;
  }

  /** A hoisted constant with a fixed name (format regexes), declared once. */
  namedConstant(name: string, initializer: string): string {
    if (!this.namedConstants.has(name)) {
      this.namedConstants.add(name);
      this.constants.push({ name, initializer });
    }
    return name;
  }

  /** Marks a runtime snippet as used. */
  use(...names: string[]): void {
    for (const name of names) this.snippets.add(name);
  }

  /** Compiles queued checks (which may queue more) until none are left. */
  drain(compile: Compile): void {
    // An index, not shift(): the queue of a large spec holds thousands of checks.
    for (let i = 0; i < this.queue.length; i++) {
      const job = this.queue[i]!;
      this.functions.push({ name: job.name, doc: job.doc, statements: compile(this, job.name, job.schema) });
    }
    this.queue.length = 0;
  }

  private next(prefix: string): number {
    const n = (this.counters.get(prefix) ?? 0) + 1;
    this.counters.set(prefix, n);
    return n;
  }
}

const ANNOTATIONS = new Set<keyof SchemaIR>([
  'pointer', 'title', 'description', 'default', 'examples', 'deprecated', 'sourceNote',
]);

/** A schema that is only a `$ref` (plus annotations): its check is the target's check. */
export function isPureRef(schema: SchemaIR): boolean {
  if (schema.ref === undefined) return false;
  return (Object.keys(schema) as (keyof SchemaIR)[]).every((k) => k === 'ref' || ANNOTATIONS.has(k) || schema[k] === undefined);
}

/** A schema with no assertion at all (`true`, `{}`, or only annotations). */
export function isAlwaysValid(schema: SchemaIR): boolean {
  if (schema.bool !== undefined) return schema.bool;
  return (Object.keys(schema) as (keyof SchemaIR)[]).every((k) => ANNOTATIONS.has(k) || schema[k] === undefined);
}
