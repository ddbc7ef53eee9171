import type { Pair } from './compare-schema.js';
import { member } from './report.js';
import { access, extraKeys, propertyMap, type PropertyView } from './schema-view.js';

/**
 * The structure of objects and arrays, for one pair under comparison: properties by name (present,
 * required, readOnly/writeOnly, then their schemas), `additionalProperties`, `items` and `prefixItems`.
 */
export function compareObject(pair: Pair): void {
  const { o, n } = pair;
  const { old: oldApi, new: newApi } = pair.comparer.apis;
  const before = propertyMap(o);
  const after = propertyMap(n);
  const names = [...new Set([...before.keys(), ...after.keys()])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  for (const name of names) {
    const a = before.get(name);
    const b = after.get(name);
    const sym = member(pair.sym, name);
    if (a && !b) {
      pair.change(pair.request ? 'REQUEST_PROPERTY_REMOVED' : 'RESPONSE_PROPERTY_REMOVED', 'old', a.schema.pointer, `${sym} removed`, sym);
      continue;
    }
    if (!a && b) {
      if (pair.request && (b.required || b.typed)) pair.change('REQUEST_PROPERTY_ADDED_REQUIRED', 'new', b.schema.pointer, `${sym} added as required${b.required ? '' : ' (its default makes it required in the generated type)'}`, sym);
      else pair.change('PROPERTY_ADDED', 'new', b.schema.pointer, `${sym} added${b.required ? ' (required)' : ''}`, sym);
      continue;
    }
    if (!a || !b) continue;
    // Required-ness has two readers: the validators (`required`) and the TypeScript type (`typed`).
    const gained = (!a.required && b.required) || (!a.typed && b.typed);
    const lost = (a.required && !b.required) || (a.typed && !b.typed);
    const why = (x: PropertyView, y: PropertyView) => (x.required === y.required ? ' in the generated type (openapi-typescript makes a property with a default non-optional)' : '');
    if (gained) {
      if (pair.request) pair.change('REQUEST_PROPERTY_MADE_REQUIRED', 'new', b.schema.pointer, `${sym} is now required${why(a, b)}`, sym);
      else pair.change('PROPERTY_MADE_REQUIRED', 'new', b.schema.pointer, `${sym} is now always present${why(a, b)}`, sym);
    }
    if (lost) {
      if (pair.request) pair.change('PROPERTY_MADE_OPTIONAL', 'new', b.schema.pointer, `${sym} is now optional${why(a, b)}`, sym);
      else pair.change('RESPONSE_PROPERTY_MADE_OPTIONAL', 'new', b.schema.pointer, `${sym} is now optional${why(a, b)}`, sym);
    }
    compareAccess(pair, access(oldApi, a.schema), access(newApi, b.schema), b.schema.pointer, sym);
    pair.comparer.child(a.schema, b.schema, sym, pair.walk);
  }
  compareExtraKeys(pair);
}

function compareAccess(pair: Pair, a: { readOnly: boolean; writeOnly: boolean }, b: { readOnly: boolean; writeOnly: boolean }, pointer: string, sym: string): void {
  if (a.readOnly === b.readOnly && a.writeOnly === b.writeOnly) return;
  if (pair.request && b.readOnly && !a.readOnly) {
    pair.change('REQUEST_PROPERTY_MADE_READ_ONLY', 'new', pointer, `${sym} is now readOnly; the request validators refuse it`, sym);
  } else if (!pair.request && b.writeOnly && !a.writeOnly) {
    pair.change('RESPONSE_PROPERTY_MADE_WRITE_ONLY', 'new', pointer, `${sym} is now writeOnly; responses no longer carry it`, sym);
  } else {
    const flags = (x: typeof a) => (x.readOnly ? 'readOnly' : x.writeOnly ? 'writeOnly' : 'read-write');
    pair.change('ACCESS_CHANGED', 'new', pointer, `${sym}: ${flags(a)} → ${flags(b)}`, sym);
  }
}

/**
 * `additionalProperties`. TypeScript gives an index signature only when it is `true` or a schema;
 * the validators refuse extra keys only when it is `false` (a value with extra keys still compiles
 * when it is not an object literal, so a request may carry them).
 */
function compareExtraKeys(pair: Pair): void {
  const { o, n } = pair;
  const a = extraKeys(o);
  const b = extraKeys(n);
  const sym = `${pair.sym}[string]`;
  const pointer = n.additionalProperties?.pointer ?? n.pointer;
  const text = `${pair.sym}: additionalProperties ${a} → ${b}`;
  const indexed = (k: typeof a) => k === 'any' || k === 'typed';
  if (a === b) {
    if (a === 'typed') pair.comparer.child(o.additionalProperties!, n.additionalProperties!, sym, pair.walk);
    return;
  }
  if (pair.request) {
    if (b === 'none' || (b === 'absent' && indexed(a))) pair.change('REQUEST_ADDITIONAL_PROPERTIES_REFUSED', 'new', pointer, `${text}; extra keys are refused`);
    else if (b === 'typed' && a !== 'none') pair.comparer.child({ pointer: o.pointer }, n.additionalProperties!, sym, pair.walk);
    else pair.change('ADDITIONAL_PROPERTIES_CHANGED', 'new', pointer, text);
    return;
  }
  if (indexed(a) && !indexed(b)) pair.change('RESPONSE_TYPE_CHANGED', 'new', pointer, `${text}; the index signature is gone`);
  else if (a === 'none') pair.change('RESPONSE_CONSTRAINT_RELAXED', 'new', pointer, `${text}; strict response validation of old clients refuses extra keys`);
  else if (a === 'typed' && b === 'any') pair.comparer.child(o.additionalProperties!, { pointer }, sym, pair.walk);
  else if (a === 'any' && b === 'typed') pair.comparer.child({ pointer: o.pointer }, n.additionalProperties!, sym, pair.walk);
  else pair.change('ADDITIONAL_PROPERTIES_CHANGED', 'new', pointer, text);
}

export function compareArray(pair: Pair): void {
  const { o, n } = pair;
  const sym = `${pair.sym}[]`;
  if (o.items || n.items) pair.comparer.child(o.items ?? { pointer: o.pointer }, n.items ?? { pointer: n.pointer }, sym, pair.walk);
  const a = o.prefixItems ?? [];
  const b = n.prefixItems ?? [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) pair.comparer.child(a[i]!, b[i]!, `${pair.sym}[${i}]`, pair.walk);
  if (a.length !== b.length) pair.change('SCHEMA_NOT_COMPARED', 'new', n.pointer, `${pair.sym}: prefixItems ${a.length} → ${b.length}; not judged, check by hand`);
}
