import { methodRank, pathItemOperations } from '../common/path-item-operations.js';
import { compareStrings } from '../common/order.js';
import { toPointer } from '../diagnostics.js';
import { isObject } from '../load/walk.js';
import { requestBody, response, statusRank, str } from './normalize-content.js';
import { deref, type Located, type SchemaReader } from './normalize-ref.js';
import type { JsonValue, OperationIR, ParameterIR, ParameterLocation } from './types.js';

type Doc = Record<string, unknown>;

/** Every Operation Object of the document → IR, sorted by path, then method in canonical order. */
export function readOperations(data: Doc, schema: SchemaReader): OperationIR[] {
  const docSecurity = Array.isArray(data.security) ? data.security : [];
  const out: OperationIR[] = [];
  const paths = isObject(data.paths) ? data.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    const itemParams = Array.isArray(item.parameters) ? item.parameters : [];
    for (const { method, requestMethod, at, op } of pathItemOperations(item, data.openapi)) {
      if (isObject(op)) out.push(operation({ data, path, method, requestMethod, at, op, itemParams, docSecurity, schema }));
    }
  }
  return out.sort((a, b) => compareStrings(a.path, b.path) || methodRank(a.method) - methodRank(b.method) || compareStrings(a.method, b.method));
}

interface OperationInput {
  data: Doc;
  path: string;
  method: string;
  requestMethod: string;
  /** Segments from the Path Item to the operation (`['get']`, `['additionalOperations', 'LINK']`). */
  at: string[];
  op: Doc;
  itemParams: unknown[];
  docSecurity: unknown[];
  schema: SchemaReader;
}

function operation({ data, path, method, requestMethod, at, op, itemParams, docSecurity, schema }: OperationInput): OperationIR {
  const opPath = ['paths', path, ...at];
  const resolve = (value: unknown, at: (string | number)[]) => deref(data, value, at);
  const parameters: Record<ParameterLocation, ParameterIR[]> = { path: [], query: [], header: [], cookie: [] };
  // Operation-level parameters override path-level ones with the same name and location (§4.8.10).
  const merged = new Map<string, ParameterIR>();
  const lists: [unknown[], (string | number)[]][] = [
    [itemParams, ['paths', path, 'parameters']],
    [Array.isArray(op.parameters) ? op.parameters : [], [...opPath, 'parameters']],
  ];
  for (const [list, listPath] of lists) {
    list.forEach((p, i) => {
      const param = parameter(resolve(p, [...listPath, i]), schema);
      if (param) merged.set(`${param.in}:${param.name}`, param);
    });
  }
  for (const p of merged.values()) parameters[p.in].push(p);

  const responseMap = isObject(op.responses) ? op.responses : {};
  const responses = Object.keys(responseMap)
    .map((status) => response(status, resolve(responseMap[status], [...opPath, 'responses', status]), schema, resolve))
    .sort((a, b) => statusRank(a.status) - statusRank(b.status) || compareStrings(a.status, b.status));
  const security = Array.isArray(op.security) ? op.security : docSecurity;
  return {
    operationId: typeof op.operationId === 'string' ? op.operationId : undefined,
    method,
    requestMethod,
    path,
    summary: str(op.summary),
    description: str(op.description),
    deprecated: op.deprecated === true,
    tags: Array.isArray(op.tags) ? op.tags.map(String) : [],
    parameters,
    body: requestBody(resolve(op.requestBody, [...opPath, 'requestBody']), schema, resolve),
    responses,
    security: security.filter(isObject).map((req) => Object.keys(req).sort(compareStrings)),
    sourceNote: str(op['x-source-note']),
    pointer: toPointer(opPath),
  };
}

/** A Parameter Object → IR; undefined when it is not one (no name, or an unknown `in`). */
function parameter(located: Located | undefined, schema: SchemaReader): ParameterIR | undefined {
  if (!located) return undefined;
  const { value: p, path } = located;
  const location = p.in;
  if (typeof p.name !== 'string' || !['path', 'query', 'header', 'cookie'].includes(String(location))) return undefined;
  const where = location as ParameterLocation;
  const style = typeof p.style === 'string' ? p.style : where === 'query' || where === 'cookie' ? 'form' : 'simple';
  // A parameter with `content` instead of `schema` (rare): its media schema is the parameter's schema.
  const media = isObject(p.content) ? Object.entries(p.content)[0] : undefined;
  const schemaNode = 'schema' in p
    ? schema(p.schema, [...path, 'schema'])
    : media && isObject(media[1])
      ? schema(media[1].schema, [...path, 'content', media[0], 'schema'])
      : { pointer: toPointer(path) };
  return {
    name: p.name,
    in: where,
    required: p.required === true || where === 'path',
    description: str(p.description),
    deprecated: p.deprecated === true ? true : undefined,
    style,
    explode: typeof p.explode === 'boolean' ? p.explode : style === 'form',
    allowReserved: p.allowReserved === true,
    schema: schemaNode,
    example: 'example' in p ? { value: p.example as JsonValue } : undefined,
    pointer: toPointer(path),
  };
}
