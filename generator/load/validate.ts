import { isKnownFormat } from '../common/formats.js';
import { pathItemOperations } from '../common/path-item-operations.js';
import { isJsonType, isValidPattern } from '../common/json-schema.js';
import { diagnosticAt, toPointer, type Diagnostic } from '../diagnostics.js';
import type { LoadedSpec } from './read.js';
import { check32 } from './check-32.js';
import { checkTagParents } from './check-tags.js';
import { checkRefCycles, checkRefs, getAtPointer, refToPointer } from './refs.js';
import { forEachSchemaRoot } from './schema-roots.js';
import { checkStructure, type OpenApiMinor } from './structure.js';
import { isObject, walkSchema } from './walk.js';

/**
 * Keywords the generated validators cannot honour. They are warnings, not errors, because real specs
 * carry them and the types are still right; the warning says the validators do not check them.
 */
const UNSUPPORTED_KEYWORDS = [
  '$dynamicRef', '$dynamicAnchor', '$recursiveRef', '$recursiveAnchor', 'unevaluatedProperties',
  'unevaluatedItems', 'dependentSchemas', '$anchor',
];

/**
 * Checks over a parsed spec: its shape against the official OpenAPI schema (structure.ts), then what a
 * schema cannot say (refs, cycles, duplicate operationIds, path parameters, patterns, types and keywords
 * the emitters cannot handle). Collects every problem; a non-OpenAPI document stops at once.
 */
export function validateSpec(spec: LoadedSpec): Diagnostic[] {
  const doc = spec.data;
  const version = isObject(doc) ? doc.openapi : undefined;
  if (!isObject(doc) || typeof version !== 'string' || !/^3\.[012]\.\d+/.test(version)) {
    const found = isObject(doc) && 'swagger' in doc ? `swagger ${String(doc.swagger)}` : `openapi ${JSON.stringify(version ?? null)}`;
    return [diagnosticAt(spec, isObject(doc) && 'openapi' in doc ? '/openapi' : '', 'SPEC_NOT_OPENAPI', `not an OpenAPI 3.0/3.1/3.2 document (found ${found})`)];
  }
  const { sites, diagnostics } = checkRefs(spec);
  diagnostics.push(...checkRefCycles(spec, sites));
  diagnostics.push(...checkOperations(spec, doc));
  diagnostics.push(...checkSchemas(spec, doc));
  diagnostics.push(...checkTagParents(spec, doc));
  diagnostics.push(...check32(spec, doc));
  diagnostics.push(...checkStructure(spec, version.slice(0, 3) as OpenApiMinor, diagnostics));
  return diagnostics;
}

/** Resolves a Parameter Object that may be a local `$ref`. */
function deref(spec: LoadedSpec, value: unknown): unknown {
  if (isObject(value) && typeof value.$ref === 'string') {
    const pointer = refToPointer(value.$ref);
    return pointer === undefined ? undefined : getAtPointer(spec.data, pointer);
  }
  return value;
}

function checkOperations(spec: LoadedSpec, doc: Record<string, unknown>): Diagnostic[] {
  const out: Diagnostic[] = [];
  const seenIds = new Map<string, string>();
  const paths = isObject(doc.paths) ? doc.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const template = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!);
    for (const { requestMethod, at, op } of pathItemOperations(item, doc.openapi)) {
      const opPointer = toPointer(['paths', path, ...at]);
      if (!isObject(op)) continue; // the structural check reports it
      if (typeof op.operationId === 'string') {
        const first = seenIds.get(op.operationId);
        if (first) out.push(diagnosticAt(spec, `${opPointer}/operationId`, 'SPEC_DUPLICATE_OPERATION_ID', `operationId "${op.operationId}" is already used by ${first}`));
        else seenIds.set(op.operationId, `${requestMethod} ${path}`);
      }
      out.push(...checkPathParams(spec, { path, template, item, op, opPointer }));
    }
  }
  return out;
}

interface PathParamCheck {
  path: string;
  template: string[];
  item: Record<string, unknown>;
  op: Record<string, unknown>;
  opPointer: string;
}

/** Template variables and `in: path` parameters must match one to one (OpenAPI 3.1 §4.8.12.1). */
function checkPathParams(spec: LoadedSpec, c: PathParamCheck): Diagnostic[] {
  const out: Diagnostic[] = [];
  const declared = new Map<string, string>();
  const lists: [unknown, string][] = [
    [c.item.parameters, toPointer(['paths', c.path, 'parameters'])],
    [c.op.parameters, `${c.opPointer}/parameters`],
  ];
  for (const [list, listPointer] of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((raw, i) => {
      const param = deref(spec, raw);
      if (!isObject(param) || param.in !== 'path' || typeof param.name !== 'string') return;
      const pointer = `${listPointer}/${i}`;
      declared.set(param.name, pointer);
      if (!c.template.includes(param.name)) {
        out.push(diagnosticAt(spec, pointer, 'SPEC_PATH_PARAM_NOT_IN_PATH', `path parameter "${param.name}" is declared but ${c.path} has no {${param.name}}`));
      } else if (param.required !== true) {
        out.push(diagnosticAt(spec, pointer, 'SPEC_PATH_PARAM_NOT_REQUIRED', `path parameter "${param.name}" must be required: true`));
      }
    });
  }
  for (const name of c.template) {
    if (!declared.has(name)) {
      out.push(diagnosticAt(spec, c.opPointer, 'SPEC_PATH_PARAM_UNDECLARED', `{${name}} in ${c.path} has no matching in: path parameter`));
    }
  }
  return out;
}

function checkSchemas(spec: LoadedSpec, doc: Record<string, unknown>): Diagnostic[] {
  const out: Diagnostic[] = [];
  forEachSchemaRoot(doc, (root, rootPath) =>
    walkSchema(root, rootPath, (schema, path) => {
      // Built only for a schema that has something to report: GitHub has ~300k schema nodes.
      let cached: string | undefined;
      const at = (keyword: string) => `${(cached ??= toPointer(path))}/${keyword}`;
      const types = Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
      for (const type of types) {
        if (!isJsonType(type)) {
          out.push(diagnosticAt(spec, at('type'), 'SPEC_UNSUPPORTED_TYPE', `type ${JSON.stringify(type)} is not a JSON Schema type`));
        }
      }
      if (typeof schema.format === 'string' && !isKnownFormat(schema.format)) {
        out.push(diagnosticAt(spec, at('format'), 'SPEC_UNKNOWN_FORMAT', `format "${schema.format}" is not known; validators will not check it`));
      }
      if (typeof schema.pattern === 'string' && !isValidPattern(schema.pattern)) {
        out.push(diagnosticAt(spec, at('pattern'), 'SPEC_INVALID_PATTERN', `pattern ${JSON.stringify(schema.pattern)} is not a valid unicode regular expression`));
      }
      if (Array.isArray(schema.allOf)) {
        // openapi-typescript 7 crashes on a boolean member of allOf (valid JSON Schema, but `true` adds nothing).
        schema.allOf.forEach((member, i) => {
          if (typeof member === 'boolean') out.push(diagnosticAt(spec, `${at('allOf')}/${i}`, 'SPEC_TYPES_FAILED', `boolean schema ${member} in allOf cannot be emitted as a type`));
        });
      }
      for (const keyword of UNSUPPORTED_KEYWORDS) {
        if (keyword in schema) {
          out.push(diagnosticAt(spec, at(keyword), 'SPEC_UNSUPPORTED_KEYWORD', `${keyword} is not supported; validators ignore it`));
        }
      }
    }),
  );
  return out;
}
