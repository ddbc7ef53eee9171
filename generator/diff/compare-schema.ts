import { fromPointer } from '../diagnostics.js';
import type { ApiIR, SchemaIR } from '../ir/types.js';
import { compareArray, compareObject } from './compare-structure.js';
import { constraintChanges } from './constraints.js';
import type { FindingCode } from './findings.js';
import { quote, type Change, type Report } from './report.js';
import { describeTypes, flatten, isPureUnion, resolve, sameValue, shape, typesMissing, typesOf, valuesOf, variantsOf } from './schema-view.js';
import { matchVariants } from './variants.js';

/**
 * Which way values flow. `request`: the client sends them, so the new schema must accept everything the
 * old one did. `response`: the client receives them, so the old types must still describe everything
 * the new schema allows. A schema used both ways is compared both ways.
 */
export type Direction = 'request' | 'response';

/** Where a comparison starts: the direction, the operation it is reached through, and the export it belongs to. */
export interface SchemaWalk {
  report: Report;
  dir: Direction;
  operation?: string;
  /** Parameters report type changes as PARAMETER_TYPE_CHANGED. */
  parameter?: boolean;
}

/** Keywords the diff does not judge; any change to them is reported for a human to check. */
const UNJUDGED = ['not', 'if', 'then', 'else', 'patternProperties', 'propertyNames', 'contains', 'minContains', 'maxContains', 'dependentRequired'] as const;

/**
 * Compares two versions of a schema in one direction, reporting every difference. Pairs already
 * compared in this direction are skipped, so recursive and shared schemas are visited once.
 */
export class SchemaComparer {
  private readonly done = new WeakMap<SchemaIR, WeakMap<SchemaIR, Set<Direction>>>();

  constructor(
    private readonly oldApi: ApiIR,
    private readonly newApi: ApiIR,
  ) {}

  /** True when this pair has been compared in some direction (components no operation reaches are compared at the end). */
  visited(oRaw: SchemaIR, nRaw: SchemaIR): boolean {
    const o = resolve(this.oldApi, oRaw).identity;
    const n = resolve(this.newApi, nRaw).identity;
    return (this.done.get(o)?.get(n)?.size ?? 0) > 0;
  }

  compare(oRaw: SchemaIR, nRaw: SchemaIR, symbol: string, walk: SchemaWalk): void {
    const o = resolve(this.oldApi, oRaw);
    const n = resolve(this.newApi, nRaw);
    let byNew = this.done.get(o.identity);
    if (!byNew) this.done.set(o.identity, (byNew = new WeakMap()));
    let dirs = byNew.get(n.identity);
    if (!dirs) byNew.set(n.identity, (dirs = new Set()));
    if (dirs.has(walk.dir)) return;
    dirs.add(walk.dir);

    // Inside a component schema, findings name that component's type (`Address.street`).
    const sym = n.named ?? symbol;
    const os = flatten(this.oldApi, o.schema);
    const ns = flatten(this.newApi, n.schema);
    const ctx = new Pair(this, os, ns, sym, walk);
    ctx.annotations();
    ctx.discriminator();
    const ov = variantsOf(os);
    const nv = variantsOf(ns);
    if (!ov && !nv) {
      ctx.values();
      return;
    }
    if ((!ov || isPureUnion(os)) && (!nv || isPureUnion(ns))) {
      // Unions (a plain schema facing one is a union of one): match the alternatives, compare each pair.
      this.compareVariants(ov ?? [os], nv ?? [ns], ctx);
      return;
    }
    // A union with keywords of its own (`type: object` + `anyOf` of required sets): the shared part,
    // then the alternatives (a side without any has one that allows everything).
    ctx.values();
    this.compareVariants(ov ?? [{ pointer: os.pointer }], nv ?? [{ pointer: ns.pointer }], ctx);
  }

  private compareVariants(olds: SchemaIR[], news: SchemaIR[], ctx: Pair): void {
    const { dir } = ctx.walk;
    const { pairs, onlyOld, onlyNew } = matchVariants(this.oldApi, this.newApi, olds, news);
    for (const v of onlyOld) {
      const label = variantLabel(this.oldApi, v);
      if (dir === 'request') ctx.change('REQUEST_VARIANT_REMOVED', 'old', v.pointer, `${ctx.sym}: variant ${label} removed; values of that shape are refused`);
      else ctx.change('VARIANT_REMOVED', 'old', v.pointer, `${ctx.sym}: variant ${label} no longer returned`);
    }
    for (const v of onlyNew) {
      const label = variantLabel(this.newApi, v);
      if (dir === 'response') ctx.change('RESPONSE_VARIANT_ADDED', 'new', v.pointer, `${ctx.sym}: response may now be variant ${label}`);
      else ctx.change('VARIANT_ADDED', 'new', v.pointer, `${ctx.sym}: variant ${label} now accepted`);
    }
    for (const [a, b] of pairs) this.compare(a, b, ctx.sym, ctx.walk);
  }

  /** Entry for the per-keyword checks of one pair (see `Pair`). */
  child(o: SchemaIR, n: SchemaIR, symbol: string, walk: SchemaWalk): void {
    this.compare(o, n, symbol, walk);
  }

  get apis(): { old: ApiIR; new: ApiIR } {
    return { old: this.oldApi, new: this.newApi };
  }
}

function variantLabel(api: ApiIR, v: SchemaIR): string {
  const r = resolve(api, v);
  return r.named ?? describeTypes(typesOf(flatten(api, r.schema)));
}

/** One resolved, flattened pair under comparison; compare-structure.ts reads it too. */
export class Pair {
  constructor(
    readonly comparer: SchemaComparer,
    readonly o: SchemaIR,
    readonly n: SchemaIR,
    readonly sym: string,
    readonly walk: SchemaWalk,
  ) {}

  change(code: FindingCode, at: Change['at'], pointer: string, message: string, symbol = this.sym): void {
    this.walk.report.add({ code, at, pointer, message, operation: this.walk.operation, symbol });
  }

  get request(): boolean {
    return this.walk.dir === 'request';
  }

  /** Descriptions, defaults, deprecation: the same whichever way values flow. */
  annotations(): void {
    const { o, n } = this;
    if ((o.description ?? '') !== (n.description ?? '')) {
      this.change('DESCRIPTION_CHANGED', 'new', n.pointer, `${this.sym}: description changed`);
    }
    if (n.deprecated && !o.deprecated) this.change('DEPRECATED', 'new', n.pointer, `${this.sym} is deprecated`);
    if (this.request && !sameValue(o.default, n.default)) {
      this.change('DEFAULT_CHANGED', 'new', n.pointer, `${this.sym}: default ${o.default ? quote(o.default.value) : 'none'} → ${n.default ? quote(n.default.value) : 'none'}`);
    }
  }

  /**
   * openapi-typescript writes each mapped alternative's tag into its type (`kind: "cat"`), so a tag
   * value that changes breaks both code that builds the value and code that switches on it.
   */
  discriminator(): void {
    const a = this.o.discriminator;
    const b = this.n.discriminator;
    if (!a && !b) return;
    const pointer = this.n.pointer;
    if (!a || !b || a.propertyName !== b.propertyName) {
      const show = (d: typeof a) => (d ? quote(d.propertyName) : 'none');
      this.change('DISCRIMINATOR_CHANGED', 'new', pointer, `${this.sym}: discriminator ${show(a)} → ${show(b)}`);
      return;
    }
    for (const m of a.mapping) {
      const now = b.mapping.find((x) => x.ref === m.ref);
      if (now && now.value !== m.value) this.change('DISCRIMINATOR_CHANGED', 'new', pointer, `${this.sym}: tag ${quote(m.value)} → ${quote(now.value)} for ${quote(fromPointer(m.ref).pop() ?? m.ref)}`);
    }
  }

  /** Types, closed value lists, constraints, then object and array structure. */
  values(): void {
    const { o, n } = this;
    const ot = typesOf(o);
    const nt = typesOf(n);
    const lost = typesMissing(nt, ot); // accepted before, not now
    const gained = typesMissing(ot, nt); // accepted now, not before
    const from = describeTypes(ot);
    const to = describeTypes(nt);
    if (this.request) {
      if (lost.length > 0) {
        const code = this.walk.parameter ? 'PARAMETER_TYPE_CHANGED' : 'REQUEST_TYPE_CHANGED';
        this.change(code, 'new', n.pointer, `${this.sym}: type ${from} → ${to}; ${lost.join(', ')} no longer accepted`);
      } else if (gained.length > 0) this.change('TYPE_WIDENED', 'new', n.pointer, `${this.sym}: type ${from} → ${to}`);
    } else if (gained.length > 0) {
      // integer → number: the TypeScript type is `number` either way; only response validation sees it.
      const onlyNumber = gained.length === 1 && gained[0] === 'number' && ot !== 'any' && ot.has('integer');
      if (onlyNumber) this.change('RESPONSE_CONSTRAINT_RELAXED', 'new', n.pointer, `${this.sym}: integer widened to number`);
      else this.change('RESPONSE_TYPE_CHANGED', 'new', n.pointer, `${this.sym}: type ${from} → ${to}; ${gained.join(', ')} may now be returned`);
    } else if (lost.length > 0) this.change('TYPE_NARROWED', 'new', n.pointer, `${this.sym}: type ${from} → ${to}`);

    this.closedValues();
    for (const c of constraintChanges(o, n)) {
      if (this.request) this.change(c.way === 'tightened' ? 'REQUEST_CONSTRAINT_TIGHTENED' : 'CONSTRAINT_RELAXED', 'new', n.pointer, `${this.sym}: ${c.text}`);
      else this.change(c.way === 'relaxed' ? 'RESPONSE_CONSTRAINT_RELAXED' : 'CONSTRAINT_TIGHTENED', 'new', n.pointer, `${this.sym}: ${c.text}`);
    }
    for (const key of UNJUDGED) {
      if (shape(o[key]) !== shape(n[key])) this.change('SCHEMA_NOT_COMPARED', 'new', n.pointer, `${this.sym}: ${key} changed; not judged, check by hand`);
    }
    const objects = (t: typeof ot) => t === 'any' || t.has('object');
    if (objects(ot) && objects(nt) && (o.properties || n.properties || o.additionalProperties || n.additionalProperties || o.required || n.required)) compareObject(this);
    const arrays = (t: typeof ot) => t === 'any' || t.has('array');
    if (arrays(ot) && arrays(nt)) compareArray(this);
  }

  /** `enum` and `const`: an open type restricted, a closed list changed, or a closed list opened. */
  private closedValues(): void {
    const { o, n } = this;
    const a = valuesOf(o);
    const b = valuesOf(n);
    if (!a && !b) return;
    if (a && b) {
      const removed = a.filter((v) => !b.some((w) => sameValue(v, w)));
      const added = b.filter((v) => !a.some((w) => sameValue(v, w)));
      for (const v of removed) {
        if (this.request) this.change('REQUEST_ENUM_VALUE_REMOVED', 'new', n.pointer, `${this.sym}: value ${quote(v)} no longer accepted`);
        else this.change('RESPONSE_ENUM_VALUE_REMOVED', 'new', n.pointer, `${this.sym}: value ${quote(v)} removed from the closed union`);
      }
      for (const v of added) {
        if (this.request) this.change('ENUM_VALUE_ADDED', 'new', n.pointer, `${this.sym}: value ${quote(v)} now accepted`);
        else this.change('RESPONSE_ENUM_VALUE_ADDED', 'new', n.pointer, `${this.sym}: value ${quote(v)} may now be returned`);
      }
      return;
    }
    if (b) {
      if (this.request) this.change('REQUEST_VALUES_RESTRICTED', 'new', n.pointer, `${this.sym}: now only ${b.map(quote).join(', ')}`);
      else this.change('VALUES_RESTRICTED', 'new', n.pointer, `${this.sym}: now only ${b.map(quote).join(', ')}`);
      return;
    }
    if (this.request) this.change('VALUES_UNRESTRICTED', 'new', n.pointer, `${this.sym}: no longer limited to ${a!.map(quote).join(', ')}`);
    else this.change('RESPONSE_VALUES_UNRESTRICTED', 'new', n.pointer, `${this.sym}: no longer limited to ${a!.map(quote).join(', ')}`);
  }
}
