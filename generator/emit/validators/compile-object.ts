import type { PropertyIR, SchemaIR } from '../../ir/types.js';
import { callCheck, checkCall, childPlace, fail, failOf, Fn, lit, num, readProperty, tolerantFailOf, when, type Place } from './code.js';
import { compileSchema } from './compile-schema.js';

/** Object keywords; `x` is known to be a plain object (`Record<string, unknown>`). */
export function compileObject(fn: Fn, s: SchemaIR, at: Place): string[] {
  return [...compileProperties(fn, s, at), ...compileKeyLoop(fn, s, at), ...compileCounts(fn, s, at), ...compileDependentRequired(fn, s, at)];
}

/**
 * An object with more properties than this checks them in helpers of at most this many: one function
 * for hundreds of properties (DocuSign's accountSettingsInformation has 674) is more than tsc's
 * control flow analysis takes (TS2563), and the checks read no better in one piece.
 */
export const PROPERTIES_PER_FUNCTION = 100;

/** properties + required, reading each property once. */
function compileProperties(fn: Fn, s: SchemaIR, at: Place): string[] {
  const props = s.properties ?? [];
  const required = new Set([...(s.required ?? []), ...props.filter((p) => p.required).map((p) => p.name)]);
  const out: string[] = [];
  if (props.length <= PROPERTIES_PER_FUNCTION) {
    out.push(...propertyChecks(fn, props, required, at));
  } else {
    // Slices of equal size: 102 properties become 51 + 51, not 100 + 2.
    const size = Math.ceil(props.length / Math.ceil(props.length / PROPERTIES_PER_FUNCTION));
    for (let i = 0; i < props.length; i += size) {
      const slice = props.slice(i, i + size);
      const helper = fn.module.helper(`${fn.name}$props`, (name) => {
        const sliceFn = new Fn(fn.module, name);
        const checks = propertyChecks(sliceFn, slice, required, { v: 'v', path: [] });
        return {
          doc: `#${s.pointer}: properties ${i + 1} to ${i + slice.length}`,
          params: sliceFn.params(true, checks.length === 0),
          statements: checks.length === 0 ? ['return true;'] : ['const e = c.e.length;', ...checks, 'return c.e.length === e;'],
        };
      });
      out.push(...callCheck(fn, helper, at));
    }
  }
  const declared = new Set(props.map((p) => p.name));
  for (const name of required) {
    if (declared.has(name)) continue;
    out.push(`if (${readProperty(fn, at.v, name)} === undefined) {`, ...missing(fn, at, name, {}), '}');
  }
  return out;
}

/** The checks of `props` on the object in `at.v`. */
function propertyChecks(fn: Fn, props: readonly PropertyIR[], required: ReadonlySet<string>, at: Place): string[] {
  const out: string[] = [];
  for (const prop of props) {
    const v = fn.local('v');
    const body = compileSchema(fn, prop.schema, childPlace(at, v, prop.name));
    const isRequired = required.has(prop.name);
    if (!isRequired && body.length === 0) continue;
    out.push(`const ${v} = ${readProperty(fn, at.v, prop.name)};`);
    if (!isRequired) {
      out.push(`if (${v} !== undefined) {`, ...body, '}');
      continue;
    }
    out.push(`if (${v} === undefined) {`, ...missing(fn, at, prop.name, accessOf(fn, prop)));
    out.push(...(body.length > 0 ? ['} else {', ...body, '}'] : ['}']));
  }
  return out;
}

/**
 * A missing required property. OpenAPI: a required readOnly property is required in responses only,
 * a required writeOnly property in requests only (3.1 §4.8.24 readOnly/writeOnly).
 */
function missing(fn: Fn, at: Place, name: string, access: { readOnly?: boolean; writeOnly?: boolean }): string[] {
  const error = fail(fn, at, 'required', name);
  if (access.readOnly && access.writeOnly) return ['if (c.m === 0) {', ...error, '}'];
  if (access.readOnly) return ['if (c.m !== 1) {', ...error, '}'];
  if (access.writeOnly) return ['if (c.m < 2) {', ...error, '}'];
  return error;
}

function accessOf(fn: Fn, prop: PropertyIR): { readOnly?: boolean; writeOnly?: boolean } {
  const target = prop.schema.ref !== undefined ? fn.module.plan.resolve(prop.schema.ref) : undefined;
  return {
    readOnly: prop.schema.readOnly || target?.readOnly,
    writeOnly: prop.schema.writeOnly || target?.writeOnly,
  };
}

/** propertyNames, patternProperties and additionalProperties: one pass over the keys. */
function compileKeyLoop(fn: Fn, s: SchemaIR, at: Place): string[] {
  if (!s.additionalProperties && !s.patternProperties && !s.propertyNames) return [];
  const k = fn.local('k');
  const value = fn.local('v');
  const place: Place = { v: value, path: [...at.path, { expr: `_esc(${k})` }] };
  const additional = compileAdditional(fn, s, at, k, place);
  const patterns = (s.patternProperties ?? []).map((pp) => ({
    // Hoisted only when the loop is emitted (a getter, so an unused pattern leaves no constant behind).
    get re(): string {
      return fn.module.constant('_re', `new RegExp(${lit(pp.pattern)}, 'u')`);
    },
    body: compileSchema(fn, pp.schema, place),
  }));
  const names = compilePropertyNames(fn, s, at, k);
  const patternsMatter = additional.length > 0 || patterns.some((p) => p.body.length > 0);
  if (!patternsMatter && names.length === 0) return [];

  const body: string[] = [...names];
  const readsValue = (additional.length > 0 && s.additionalProperties?.bool !== false) || patterns.some((p) => p.body.length > 0);
  if (readsValue) {
    // Only a value below the key needs the key escaped into its pointer.
    fn.module.use('_esc');
    body.push(`const ${value} = ${at.v}[${k}];`);
  }
  const props = s.properties ?? [];
  if (additional.length > 0 && patterns.length === 0) {
    const known = props.length === 0 ? '' : knownKey(fn, props, k);
    body.push(...(props.length === 0 ? additional : when(known.includes(' ') ? `!(${known})` : `!${known}`, additional)));
  } else if (patternsMatter) {
    const known = fn.local('known');
    if (additional.length > 0) body.push(`let ${known} = ${props.length === 0 ? 'false' : knownKey(fn, props, k)};`);
    for (const p of patterns) {
      const mark = additional.length > 0 ? [`${known} = true;`] : [];
      if (mark.length + p.body.length > 0) body.push(`if (${p.re}.test(${k})) {`, ...mark, ...p.body, '}');
    }
    if (additional.length > 0) body.push(`if (!${known}) {`, ...additional, '}');
  }
  return [`for (const ${k} in ${at.v}) {`, ...body, '}'];
}

function compileAdditional(fn: Fn, s: SchemaIR, at: Place, k: string, place: Place): string[] {
  const ap = s.additionalProperties;
  if (!ap) return [];
  if (ap.bool === false) {
    // Pointer at the object, as ajv's instancePath; the message names the property.
    return tolerantFailOf(fn, at, 'additionalProperties', k);
  }
  return compileSchema(fn, ap, place);
}

/** Declared property names: a chain of comparisons for a few, a hoisted Set for many. */
function knownKey(fn: Fn, props: PropertyIR[], k: string): string {
  if (props.length <= 8) return props.map((p) => `${k} === ${lit(p.name)}`).join(' || ');
  const set = fn.module.constant('_keys', `new Set<string>([${props.map((p) => lit(p.name)).join(', ')}])`);
  return `${set}.has(${k})`;
}

function compilePropertyNames(fn: Fn, s: SchemaIR, at: Place, k: string): string[] {
  const pn = s.propertyNames;
  if (!pn || pn.bool === true) return [];
  const check = fn.module.branchCheck(fn.name, pn);
  // ajv reports the name's errors and this one at the object itself.
  return [
    `if (!${checkCall(fn, check, at, k)}) {`,
    ...failOf(fn, at, 'propertyNames', k),
    '}',
  ];
}

function compileCounts(fn: Fn, s: SchemaIR, at: Place): string[] {
  const out: string[] = [];
  const count = `Object.keys(${at.v}).length`;
  if (s.maxProperties !== undefined) {
    const n = s.maxProperties;
    out.push(`if (${count} > ${num(n)}) {`, ...fail(fn, at, 'maxProperties', n), '}');
  }
  if (s.minProperties !== undefined && s.minProperties > 0) {
    const n = s.minProperties;
    out.push(`if (${count} < ${num(n)}) {`, ...fail(fn, at, 'minProperties', n), '}');
  }
  return out;
}

function compileDependentRequired(fn: Fn, s: SchemaIR, at: Place): string[] {
  const out: string[] = [];
  for (const dep of s.dependentRequired ?? []) {
    const checks = dep.requires.flatMap((name) =>
      when(`${readProperty(fn, at.v, name)} === undefined`, fail(fn, at, 'dependentRequired', [name, dep.name])),
    );
    out.push(...when(`${readProperty(fn, at.v, dep.name)} !== undefined`, checks));
  }
  return out;
}
