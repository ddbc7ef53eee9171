import path from 'node:path';
import { compareStrings } from '../common/order.js';
import { diagnosticAt, fromPointer, toPointer, type Diagnostic, type DiagnosticCode } from '../diagnostics.js';
import { COMPONENT_SECTION_KINDS, kindAt, type RefKind } from './ref-kinds.js';
import { localRef, parseRefTarget } from './ref-target.js';
import { getAtPointer } from './refs.js';
import { SourceMap, type Origin } from './source-map.js';
import type { SpecFile, SpecFiles } from './spec-files.js';
import { collectRefs, isObject, someRef } from './walk.js';

/** The root spec with every file it references assembled into one document, and the way back to each node's file. */
export interface Bundled {
  data: unknown;
  sourceMap: SourceMap;
  diagnostics: Diagnostic[];
  /** Objects whose `$ref` could not be followed: already reported here, so validation does not report them again. */
  unsettled: WeakSet<object>;
}

interface Target {
  file: SpecFile;
  pointer: string;
}

/** Inlined copies one spec may make (a path item, a response or a parameter per use). */
export const MAX_INLINED = 20_000;

type Resolution = { target: Target } | { problem?: { code: DiagnosticCode; message: string } } | { local: true };

/** True when a document has a `$ref` to another file or a URL (outside examples and extensions). */
export function hasExternalRefs(data: unknown): boolean {
  return someRef(data, (ref) => !ref.startsWith('#'));
}

/**
 * Assembles a multi-file spec into the single document the rest of the pipeline reads, as a bundler
 * would, offline and without fetching anything:
 *
 * - a root component that is only a `$ref` to another file (`Profile: { $ref: ./schemas.yaml#/Profile }`)
 *   takes that file's content, and every other `$ref` to the same node becomes `#/components/schemas/Profile`:
 *   splitting a spec into files changes none of its names, so its output is the bundled spec's, byte for byte;
 * - any other schema a `$ref` reaches in another file becomes a component named after its last pointer
 *   segment or its file name (`user.yaml` → `user`), a number added on a clash. The names are given in
 *   file and pointer order after every file was read, so they do not depend on the order of reading;
 * - anything else (a path item, a response, a parameter) is inlined where it is used, each use a copy.
 *
 * Refs in a file resolve against that file. Problems are reported in the file and at the line of the
 * `$ref` that has them (files.ts refuses files outside the root's folder). Validation then sees one
 * document, and the source map leads each of its nodes back to the file it was written in.
 */
export async function bundle(files: SpecFiles): Promise<Bundled> {
  const root = files.root;
  const diagnostics: Diagnostic[] = [];
  const resolutions = new Map<string, Resolution>();
  const resolve = async (from: SpecFile, ref: string): Promise<Resolution> => {
    const cacheKey = `${from.real}\0${ref}`;
    let resolution = resolutions.get(cacheKey);
    if (!resolution) resolutions.set(cacheKey, (resolution = await resolveRef(files, from, ref)));
    return resolution;
  };

  // Root components that are only a reference to another file claim that file's node.
  const claims = new Map<string, string>();
  const claimSites = new Map<string, { target: Target; kind: RefKind }>();
  const components = isObject(root.data) && isObject(root.data.components) ? root.data.components : {};
  for (const [section, kind] of Object.entries(COMPONENT_SECTION_KINDS)) {
    const entries = components[section];
    if (!isObject(entries)) continue;
    for (const [name, value] of Object.entries(entries)) {
      if (!isObject(value) || Object.keys(value).length !== 1 || typeof value.$ref !== 'string' || value.$ref.startsWith('#')) continue;
      const resolution = await resolve(root, value.$ref);
      if (!('target' in resolution) || resolution.target.file === root || claims.has(keyOf(resolution.target))) continue;
      const pointer = toPointer(['components', section, name]);
      claims.set(keyOf(resolution.target), pointer);
      claimSites.set(pointer, { target: resolution.target, kind });
    }
  }
  const claimed = (target: Target): string | undefined => {
    for (let p = target.pointer; ; p = p.slice(0, p.lastIndexOf('/'))) {
      const pointer = claims.get(`${target.file.real}#${p}`);
      if (pointer !== undefined) return pointer + target.pointer.slice(p.length);
      if (p === '') return undefined;
    }
  };

  // Discovery: every file and node reachable, with what kind of object each `$ref` stands for.
  const units: { target: Target; kind: RefKind }[] = [{ target: { file: root, pointer: '' }, kind: 'document' }, ...claimSites.values()];
  const visited = new Set<string>();
  const schemaTargets = new Map<string, Target>();
  for (let i = 0; i < units.length; i++) {
    const { target, kind } = units[i]!;
    if (visited.has(`${keyOf(target)}|${kind}`)) continue;
    visited.add(`${keyOf(target)}|${kind}`);
    for (const site of collectRefs(getAtPointer(target.file.data, target.pointer))) {
      if (target.file === root && claimSites.has(site.at)) continue;
      const resolution = await resolve(target.file, site.ref);
      if ('local' in resolution) continue;
      if (!('target' in resolution)) {
        const problem = resolution.problem;
        if (problem) diagnostics.push(diagnosticAt(target.file, `${target.pointer}${site.at}/$ref`, problem.code, problem.message));
        continue;
      }
      const found = resolution.target;
      if (found.file === root || claimed(found) !== undefined) continue;
      const siteKind = kindAt(kind, fromPointer(site.at));
      if (siteKind === 'schema') schemaTargets.set(keyOf(found), found);
      units.push({ target: found, kind: siteKind });
    }
  }

  // Names for the schemas no root component claims, in file and pointer order.
  const used = new Set(isObject(components.schemas) ? Object.keys(components.schemas) : []);
  const added: { name: string; target: Target }[] = [];
  const pending = [...schemaTargets.values()].sort((a, b) => compareStrings(a.file.file, b.file.file) || compareStrings(a.pointer, b.pointer));
  for (const target of pending) {
    if (claimed(target) !== undefined) continue; // inside a schema named just before
    const name = freeName(baseName(target), used);
    used.add(name);
    claims.set(keyOf(target), toPointer(['components', 'schemas', name]));
    added.push({ name, target });
  }

  // Assembly: copies of each file's nodes with every `$ref` pointing into the one document.
  const unsettled = new WeakSet<object>();
  let inlined = 0;
  const sourceMap = new SourceMap(() => data, root);
  const materialize = (target: Target, kind: RefKind, stack: readonly string[]): { value: unknown; origin: Origin } => {
    let copy = deepCopy(getAtPointer(target.file.data, target.pointer));
    let origin: Origin = { file: target.file, pointer: target.pointer };
    const replaced: string[] = [];
    for (const site of collectRefs(copy)) {
      if (replaced.some((r) => site.at.startsWith(`${r}/`))) continue;
      const segments = fromPointer(site.at);
      const holder = getAtPointer(copy, site.at) as Record<string, unknown>;
      const claim = target.file === root && target.pointer === '' ? claimSites.get(site.at) : undefined;
      let placed: { value: unknown; origin: Origin } | undefined;
      if (claim) {
        placed = materialize(claim.target, claim.kind, [...stack, keyOf(claim.target)]);
      } else {
        const resolution = resolutions.get(`${target.file.real}\0${site.ref}`);
        if (!resolution || 'local' in resolution) continue;
        if (!('target' in resolution)) {
          unsettled.add(holder);
          continue;
        }
        const found = resolution.target;
        const local = found.file === root ? found.pointer : claimed(found);
        if (local !== undefined) {
          holder.$ref = localRef(local);
          continue;
        }
        if (stack.includes(keyOf(found))) {
          const message = `$ref ${site.ref} leads back to itself through files; only schemas may be recursive`;
          diagnostics.push(diagnosticAt(target.file, `${target.pointer}${site.at}/$ref`, 'SPEC_REF_CYCLE', message));
          unsettled.add(holder);
          continue;
        }
        // Each use is a copy, so refs that fan out through files could multiply into billions of nodes
        // (the YAML alias bomb, by $ref): past a budget no real spec needs, stop with a diagnostic.
        if (++inlined > MAX_INLINED) {
          if (inlined === MAX_INLINED + 1) {
            const message = `$refs to other files expand into more than ${MAX_INLINED} inlined copies; refer to the repeated object through a root component instead`;
            diagnostics.push(diagnosticAt(target.file, `${target.pointer}${site.at}/$ref`, 'SPEC_REF_EXPANSION', message));
          }
          unsettled.add(holder);
          continue;
        }
        placed = materialize(found, kindAt(kind, segments), [...stack, keyOf(found)]);
        overrideSummary(placed.value, holder, { file: target.file, pointer: `${target.pointer}${site.at}` }, sourceMap);
      }
      replaced.push(site.at);
      if (segments.length === 0) {
        copy = placed.value;
        origin = placed.origin;
        continue;
      }
      const parent = getAtPointer(copy, toPointer(segments.slice(0, -1))) as Record<string, unknown>;
      parent[segments.at(-1)!] = placed.value;
      sourceMap.set(parent, segments.at(-1)!, placed.origin);
    }
    return { value: copy, origin };
  };
  let data: unknown = materialize({ file: root, pointer: '' }, 'document', [keyOf({ file: root, pointer: '' })]).value;

  if (added.length > 0 && isObject(data)) {
    const document = data;
    if (document.components === undefined) document.components = {};
    const section = isObject(document.components) ? document.components : undefined;
    if (section && section.schemas === undefined) section.schemas = {};
    const schemas = section && isObject(section.schemas) ? section.schemas : undefined;
    for (const { name, target } of schemas ? added : []) {
      const placed = materialize(target, 'schema', [keyOf(target)]);
      schemas![name] = placed.value;
      sourceMap.set(schemas!, name, placed.origin);
    }
    data = document;
  }
  diagnostics.push(...files.diagnostics);
  return { data, sourceMap, diagnostics: dedupe(diagnostics), unsettled };
}

async function resolveRef(files: SpecFiles, from: SpecFile, ref: string): Promise<Resolution> {
  const parsed = parseRefTarget(ref);
  if (parsed.kind === 'url') return { problem: { code: 'SPEC_EXTERNAL_REF', message: `$ref ${ref} is a URL; URLs are never fetched` } };
  let file = from;
  if (parsed.kind === 'local') {
    if (from === files.root) return { local: true };
  } else {
    const opened = await files.open(from, parsed.path);
    if (!('data' in opened)) return { problem: opened.code ? { code: opened.code, message: opened.message } : undefined };
    file = opened;
  }
  if (parsed.pointer === undefined || getAtPointer(file.data, parsed.pointer) === undefined) {
    return { problem: { code: 'SPEC_REF_NOT_FOUND', message: `${ref} not found${file === from ? '' : ` in ${file.file}`}` } };
  }
  return { target: { file, pointer: parsed.pointer } };
}

function keyOf(target: Target): string {
  return `${target.file.real}#${target.pointer}`;
}

/** A schema's component name: the last pointer segment, or the file's name without its extension. */
function baseName(target: Target): string {
  const last = fromPointer(target.pointer).at(-1);
  const name = last ?? path.basename(target.file.abs).replace(/\.(ya?ml|json)$/i, '');
  return name === '' ? 'Schema' : name;
}

function freeName(base: string, used: ReadonlySet<string>): string {
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}${n}`)) return `${base}${n}`;
}

/** OpenAPI 3.1 Reference Object: a `summary` or `description` beside `$ref` overrides the referenced one. */
function overrideSummary(value: unknown, holder: Record<string, unknown>, at: Origin, sourceMap: SourceMap): void {
  if (!isObject(value)) return;
  for (const field of ['summary', 'description']) {
    if (typeof holder[field] !== 'string') continue;
    value[field] = holder[field];
    sourceMap.set(value, field, { file: at.file, pointer: `${at.pointer}/${field}` });
  }
}

function deepCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(deepCopy);
  // fromEntries keeps a `__proto__` key as an own property (assigning it would set the prototype).
  if (isObject(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deepCopy(v)]));
  return value;
}

function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.file}:${d.line}:${d.col}:${d.code}:${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
