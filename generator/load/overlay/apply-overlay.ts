import { exec } from 'jsonpath-rfc9535';
import { diagnosticAt, type Diagnostic, type SpecLocation } from '../../diagnostics.js';
import type { SourceMap } from '../source-map.js';
import { isObject } from '../walk.js';
import type { OverlayAction } from './overlay-document.js';

type Segment = string | number;

/** A document being changed by overlays: its root (an update on `$` merges into it) and its source map. */
export interface OverlayTarget {
  data: unknown;
  sourceMap: SourceMap;
}

/**
 * Applies an overlay's actions in order, each to the result of the one before (Overlay 1.0.0 §4.4.1).
 * Targets are RFC 9535 JSONPath queries, evaluated by jsonpath-rfc9535. `update` merges recursively
 * (Overlay 1.1.0 spelled out the rules 1.0.0 implied): a member only in the update is added, objects
 * merge, arrays are concatenated, a primitive replaces a primitive, and anything else is an error; a
 * `null` over an object or array changes nothing (the spec's own structured example writes `components:`
 * as an empty placeholder). On an array target the update is appended (an array update: its items).
 * `remove` takes every selected node out of its object or array. Every node an update inserts is
 * recorded in the source map as written in the overlay, so a problem it brings is reported there.
 */
export function applyOverlay(doc: OverlayTarget, overlay: SpecLocation, actions: readonly OverlayAction[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const action of actions) {
    const at = (suffix: string) => `${action.pointer}${suffix}`;
    const matches: { value: unknown; path: Segment[] }[] = [];
    try {
      exec(doc.data as never, action.target, (value, path) => matches.push({ value, path: [...path] }));
    } catch (error) {
      const reason = (error as Error).message.split('\n')[0];
      diagnostics.push(diagnosticAt(overlay, at('/target'), 'OVERLAY_TARGET_INVALID', `target ${JSON.stringify(action.target)} is not a JSONPath query: ${reason}`));
      continue;
    }
    if (matches.length === 0) {
      diagnostics.push(diagnosticAt(overlay, at('/target'), 'OVERLAY_TARGET_NO_MATCH', `target ${JSON.stringify(action.target)} matches nothing; the action changed nothing`));
      continue;
    }
    if (action.remove) {
      diagnostics.push(...removeAll(doc, overlay, action, matches));
      continue;
    }
    for (const match of matches) {
      const origin = { file: overlay, pointer: at('/update') };
      if (Array.isArray(match.value)) {
        appendTo(doc.sourceMap, match.value, action.update, origin);
      } else if (isObject(match.value)) {
        if (!isObject(action.update)) {
          diagnostics.push(diagnosticAt(overlay, at('/update'), 'OVERLAY_UPDATE_INCOMPATIBLE', `target ${JSON.stringify(action.target)} selects an object; the update must be an object to merge`));
          break;
        }
        diagnostics.push(...merge(doc.sourceMap, match.value, action.update, origin));
      } else {
        diagnostics.push(diagnosticAt(overlay, at('/target'), 'OVERLAY_UPDATE_INCOMPATIBLE', `target ${JSON.stringify(action.target)} selects a ${describe(match.value)}; Overlay 1.0 updates objects and arrays (select the object holding it)`));
        break;
      }
    }
  }
  return diagnostics;
}

function removeAll(doc: OverlayTarget, overlay: SpecLocation, action: OverlayAction, matches: { path: Segment[] }[]): Diagnostic[] {
  // Last first: removing an array item renumbers the items after it, never those before.
  for (const { path } of [...matches].reverse()) {
    if (path.length === 0) return [diagnosticAt(overlay, `${action.pointer}/target`, 'OVERLAY_UPDATE_INCOMPATIBLE', 'the target selects the whole document, which cannot be removed')];
    const parent = nodeAt(doc.data, path.slice(0, -1));
    const key = path.at(-1)!;
    if (Array.isArray(parent) && typeof key === 'number') {
      // The items after it move up one place: each keeps the position it was written at.
      const moved = parent.slice(key + 1).map((_, i) => doc.sourceMap.originOf([...path.slice(0, -1), key + 1 + i]));
      parent.splice(key, 1);
      moved.forEach((origin, i) => doc.sourceMap.set(parent, key + i, origin));
      doc.sourceMap.forget(parent, parent.length);
    } else if (isObject(parent) && typeof key === 'string') {
      delete parent[key];
      doc.sourceMap.forget(parent, key);
    }
  }
  return [];
}

function merge(sourceMap: SourceMap, target: Record<string, unknown>, update: Record<string, unknown>, origin: { file: SpecLocation; pointer: string }): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(update)) {
    const here = { file: origin.file, pointer: `${origin.pointer}/${escape(key)}` };
    const current = Object.hasOwn(target, key) ? target[key] : undefined;
    if (current === undefined) {
      set(target, key, copy(value));
      sourceMap.set(target, key, here);
    } else if (isObject(current) && isObject(value)) {
      diagnostics.push(...merge(sourceMap, current, value, here));
    } else if (Array.isArray(current) && Array.isArray(value)) {
      appendTo(sourceMap, current, value, here);
    } else if (value === null && (isObject(current) || Array.isArray(current))) {
      // An empty placeholder in a structured update: nothing to merge.
    } else if (!isContainer(current) && !isContainer(value)) {
      target[key] = value;
      sourceMap.set(target, key, here);
    } else {
      const message = `cannot merge a ${describe(value)} into the ${describe(current)} at "${key}"; remove it first to replace it`;
      diagnostics.push(diagnosticAt(origin.file, here.pointer, 'OVERLAY_UPDATE_INCOMPATIBLE', message));
    }
  }
  return diagnostics;
}

function appendTo(sourceMap: SourceMap, target: unknown[], update: unknown, origin: { file: SpecLocation; pointer: string }): void {
  const items = Array.isArray(update) ? update.map((item, i) => ({ item, pointer: `${origin.pointer}/${i}` })) : [{ item: update, pointer: origin.pointer }];
  for (const { item, pointer } of items) {
    target.push(copy(item));
    sourceMap.set(target, target.length - 1, { file: origin.file, pointer });
  }
}

function nodeAt(root: unknown, path: readonly Segment[]): unknown {
  let node = root;
  for (const segment of path) node = (node as Record<string | number, unknown>)[segment];
  return node;
}

/** Sets an own member even when it is named `__proto__` (plain assignment would set the prototype). */
function set(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
}

/** Each target gets its own copy of an update, so later actions change one place only. */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copy(v)]));
  return value;
}

function isContainer(value: unknown): boolean {
  return typeof value === 'object' && value !== null;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value === 'object' ? 'object' : typeof value;
}

function escape(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}
