import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { diagnostic } from '../../../generator/diagnostics.js';
import type { EmitContext } from '../../../generator/emit/emitted-file.js';
import { emitValidators } from '../../../generator/emit/validators.js';
import { formatFile } from '../../../generator/format/format.js';
import { normalize } from '../../../generator/ir/normalize.js';
import { parseSpecText } from '../../../generator/load/read.js';
import { validateSpec } from '../../../generator/load/validate.js';
import { planApi } from '../../../generator/plan/plan.js';
import { importValidators, repoRoot, type ValidatorModule } from './load.js';

/** One JSON-Schema-Test-Suite case: a schema and the values it must accept or reject. */
export interface SuiteCase {
  description: string;
  schema: unknown;
  tests: { description: string; data: unknown; valid: boolean }[];
}

const suiteDir = path.join(repoRoot, 'test/vendor/json-schema-test-suite/draft2020-12');

/** Vendored suite files (relative to draft2020-12/), sorted. */
export function suiteFiles(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(path.join(suiteDir, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(path.posix.join(dir, e.name)) : e.name.endsWith('.json') ? [path.posix.join(dir, e.name)] : [],
    );
  return walk('').sort();
}

/** The cases of one vendored file. */
export function readSuiteFile(file: string): SuiteCase[] {
  return JSON.parse(readFileSync(path.join(suiteDir, file), 'utf8')) as SuiteCase[];
}

/** Keywords whose meaning needs schema resources or annotations the generator does not model. */
const UNSUPPORTED = ['$id', '$anchor', '$dynamicRef', '$dynamicAnchor', '$recursiveRef', 'unevaluatedProperties', 'unevaluatedItems', 'dependentSchemas', '$vocabulary'];

/** Why a case cannot be expressed as a local-ref OpenAPI schema, or undefined when it can. */
export function unsupportedReason(schema: unknown): string | undefined {
  let reason: string | undefined;
  walkSchema(schema, (node) => {
    for (const k of UNSUPPORTED) if (k in node && !reason) reason = `uses ${k}`;
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#') && !reason) reason = `remote $ref ${node.$ref}`;
  });
  return reason;
}

/**
 * The schema as `components/schemas/<key>` of an OpenAPI 3.1 document: `#...` refs are relative to
 * the schema resource, so `#/$defs/x` becomes `#/components/schemas/<key>/$defs/x` and `#` the schema.
 */
export function relocate(schema: unknown, key: string): unknown {
  const copy = structuredClone(schema);
  walkSchema(copy, (node) => {
    if (typeof node.$ref === 'string') node.$ref = `#/components/schemas/${key}${node.$ref.slice(1)}`;
    delete node.$schema;
  });
  return copy;
}

const SCHEMA_MAPS = ['properties', 'patternProperties', '$defs', 'definitions'];
const SCHEMA_LISTS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_VALUES = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties'];

/** Visits every schema object, knowing which keys hold schemas (so a property named `$id` is not a keyword). */
function walkSchema(schema: unknown, visit: (node: Record<string, unknown>) => void): void {
  if (typeof schema !== 'object' || schema === null || Array.isArray(schema)) return;
  const node = schema as Record<string, unknown>;
  visit(node);
  for (const k of SCHEMA_MAPS) {
    const map = node[k];
    if (typeof map === 'object' && map !== null) for (const v of Object.values(map)) walkSchema(v, visit);
  }
  for (const k of SCHEMA_LISTS) if (Array.isArray(node[k])) for (const v of node[k] as unknown[]) walkSchema(v, visit);
  for (const k of SCHEMA_VALUES) walkSchema(node[k], visit);
}

/** A case the generator refused, with its diagnostic. */
export interface Rejected {
  index: number;
  reason: string;
}

/**
 * Runs one document holding every supported case of a suite file (as `Case<i>`) through the
 * generator's own stages — parse, validate, normalize, the validators emitter, prettier — and loads the
 * validators. Not through generate(): openapi-typescript (the types emitter) throws on some valid
 * suite schemas (boolean subschemas, empty pointer tokens), which says nothing about the validators.
 * Cases the generator rejects with an error are left out (and returned) so one does not hide the others.
 */
export async function compileCases(file: string, cases: SuiteCase[], indices: number[]): Promise<{ validators: ValidatorModule; names: Map<number, string>; rejected: Rejected[] }> {
  const rejected: Rejected[] = [];
  let included = indices;
  const specFile = `test/.tmp/suite/${file.replace(/[/.]/g, '_')}.json`;
  for (;;) {
    const doc = {
      openapi: '3.1.0',
      info: { title: `suite ${file}`, version: '1' },
      paths: {},
      components: { schemas: Object.fromEntries(included.map((i) => [`Case${i}`, relocate(cases[i]!.schema, `Case${i}`)])) },
    };
    const { spec, diagnostics } = parseSpecText(JSON.stringify(doc, null, 2), specFile);
    if (!spec) throw new Error(`${file}: ${diagnostics.map((d) => d.message).join('; ')}`);
    diagnostics.push(...validateSpec(spec));
    const api = normalize(spec.data as Record<string, unknown>, specFile);
    const plan = planApi(api);
    const report: EmitContext['report'] = (d) => void diagnostics.push(diagnostic(specFile, 0, 0, d.pointer, d.code, d.message));
    const emitted = await emitValidators(api, plan, { report });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    if (errors.length === 0) {
      const source = (await formatFile(emitted[0]!)).content;
      const names = new Map(plan.validators.all.flatMap((v) => (v.subject.kind === 'schema' ? [[Number(v.subject.schema.named.key.slice(4)), v.name] as const] : [])));
      return { validators: await importValidators(source), names, rejected };
    }
    const bad = new Map<number, string>();
    for (const e of errors) {
      const m = /^\/components\/schemas\/Case(\d+)/.exec(e.pointer);
      if (!m) throw new Error(`${file}: ${e.code} ${e.message}`);
      bad.set(Number(m[1]), `generator error ${e.code}: ${e.message}`);
    }
    for (const [index, reason] of bad) rejected.push({ index, reason });
    included = included.filter((i) => !bad.has(i));
  }
}
