import { fromPointer, toPointer } from '../diagnostics.js';
import { getAtPointer, refToPointer } from '../load/refs.js';
import { isObject } from '../load/walk.js';
import { buildNameTable, type NameTable, type Rename } from './name-table.js';
import { compareStrings, slugFromFile, statusSuffix } from './names.js';
import { normalizeSchema, type SchemaContext } from './normalize-schema.js';
import { readSecuritySchemes } from './normalize-security.js';
import {
  HTTP_METHODS, type ApiIR, type JsonValue, type MediaIR, type NamedSchemaIR, type OperationIR, type ParameterIR,
  type ParameterLocation, type RequestBodyIR, type ResponseIR, type SchemaIR, type ServerIR,
} from './types.js';

type Doc = Record<string, unknown>;

/** Spec data (already validated) → IR. Pure: same input, same IR, whatever the key order of paths or schemas. */
export function normalize(data: Doc, specFile: string): { api: ApiIR; renames: Rename[] } {
  const is30 = String(data.openapi).startsWith('3.0');
  const pendingRefs = new Set<string>();
  const ctx: SchemaContext = { is30, onRef: (p) => pendingRefs.add(p) };
  const schema = (raw: unknown, path: (string | number)[]) => normalizeSchema(raw, path, ctx);

  const components = isObject(data.components) ? data.components : {};
  const schemaMap = isObject(components.schemas) ? components.schemas : {};
  const rawOps = collectOperations(data);
  const table = buildNameTable(Object.keys(schemaMap), rawOps.map((o) => ({ ...o, statuses: Object.keys(o.responses), pointer: toPointer(['paths', o.path, o.method, ...(o.operationId ? ['operationId'] : [])]) })));

  const schemas: NamedSchemaIR[] = Object.keys(schemaMap)
    .map((key) => namedSchema(key, table, schema(schemaMap[key], ['components', 'schemas', key])))
    .sort((a, b) => compareStrings(a.typeName, b.typeName));
  const security = Array.isArray(data.security) ? data.security : [];
  const operations = rawOps
    .map((raw) => operation({ raw, data, table, schema, docSecurity: security }))
    .sort((a, b) => compareStrings(a.path, b.path) || HTTP_METHODS.indexOf(a.method) - HTTP_METHODS.indexOf(b.method));

  // Index every $ref target (components and any other local pointer), following refs found on the way.
  const schemaIndex: Record<string, SchemaIR> = {};
  for (const s of schemas) schemaIndex[s.pointer] = s.schema;
  while (pendingRefs.size > 0) {
    const [next] = pendingRefs;
    pendingRefs.delete(next!);
    if (next! in schemaIndex) continue;
    schemaIndex[next!] = schema(getAtPointer(data, next!), fromPointer(next!));
  }
  const info = isObject(data.info) ? data.info : {};
  const api: ApiIR = {
    slug: slugFromFile(specFile),
    specFile,
    openapiVersion: String(data.openapi),
    title: String(info.title ?? ''),
    version: String(info.version ?? ''),
    description: typeof info.description === 'string' ? info.description : undefined,
    sourceNote: typeof data['x-source-note'] === 'string' ? data['x-source-note'] : undefined,
    servers: readServers(data.servers),
    securitySchemes: readSecuritySchemes(components.securitySchemes),
    operations,
    schemas,
    schemaIndex: sortKeys(schemaIndex),
    namedByPointer: Object.fromEntries(schemas.map((s) => [s.pointer, s])),
  };
  return { api, renames: table.renames };
}

function namedSchema(key: string, table: NameTable, schema: SchemaIR): NamedSchemaIR {
  const typeName = table.schemaTypes.get(key)!;
  return {
    key,
    pointer: toPointer(['components', 'schemas', key]),
    typeName,
    validatorName: `validate${typeName}`,
    guardName: `is${typeName}`,
    docPath: `schemas/${typeName}.md`,
    schema,
  };
}

interface RawOperation {
  key: string;
  method: (typeof HTTP_METHODS)[number];
  path: string;
  operationId?: string;
  op: Doc;
  itemParams: unknown[];
  responses: Doc;
}

function collectOperations(data: Doc): RawOperation[] {
  const out: RawOperation[] = [];
  const paths = isObject(data.paths) ? data.paths : {};
  for (const [path, item] of Object.entries(paths)) {
    if (!isObject(item)) continue;
    for (const method of HTTP_METHODS) {
      const op = item[method];
      if (!isObject(op)) continue;
      out.push({
        key: `${method.toUpperCase()} ${path}`,
        method,
        path,
        operationId: typeof op.operationId === 'string' ? op.operationId : undefined,
        op,
        itemParams: Array.isArray(item.parameters) ? item.parameters : [],
        responses: isObject(op.responses) ? op.responses : {},
      });
    }
  }
  return out;
}

interface OperationInput {
  raw: RawOperation;
  data: Doc;
  table: NameTable;
  schema: (raw: unknown, path: (string | number)[]) => SchemaIR;
  docSecurity: unknown[];
}

function operation({ raw, data, table, schema, docSecurity }: OperationInput): OperationIR {
  const { method, base } = table.operations.get(raw.key)!;
  const opPath = ['paths', raw.path, raw.method];
  const resolve = (value: unknown, path: (string | number)[]) => deref(data, value, path);
  const parameters: Record<ParameterLocation, ParameterIR[]> = { path: [], query: [], header: [], cookie: [] };
  // Operation-level parameters override path-level ones with the same name and location (§4.8.10).
  const merged = new Map<string, ParameterIR>();
  const lists: [unknown[], (string | number)[]][] = [
    [raw.itemParams, ['paths', raw.path, 'parameters']],
    [Array.isArray(raw.op.parameters) ? raw.op.parameters : [], [...opPath, 'parameters']],
  ];
  for (const [list, listPath] of lists) {
    list.forEach((p, i) => {
      const param = parameter(resolve(p, [...listPath, i]), schema);
      if (param) merged.set(`${param.in}:${param.name}`, param);
    });
  }
  for (const p of merged.values()) parameters[p.in].push(p);

  const body = requestBody(resolve(raw.op.requestBody, [...opPath, 'requestBody']), schema);
  const responses = Object.keys(raw.responses)
    .map((status) => response(status, resolve(raw.responses[status], [...opPath, 'responses', status]), base, schema))
    .sort((a, b) => statusRank(a.status) - statusRank(b.status) || compareStrings(a.status, b.status));
  const security = Array.isArray(raw.op.security) ? raw.op.security : docSecurity;
  return {
    operationId: raw.operationId,
    method: raw.method,
    path: raw.path,
    names: {
      method,
      base,
      body: `${base}Body`,
      pathParams: `${base}PathParams`,
      queryParams: `${base}QueryParams`,
      headerParams: `${base}Headers`,
      cookieParams: `${base}Cookies`,
      request: `${base}Request`,
      result: `${base}Result`,
      validateBody: `validate${base}Body`,
      validatePathParams: `validate${base}PathParams`,
      validateQueryParams: `validate${base}QueryParams`,
      validateHeaderParams: `validate${base}Headers`,
      docPath: `operations/${method}.md`,
    },
    summary: str(raw.op.summary),
    description: str(raw.op.description),
    deprecated: raw.op.deprecated === true,
    tags: Array.isArray(raw.op.tags) ? raw.op.tags.map(String) : [],
    parameters,
    body,
    responses,
    security: security.filter(isObject).map((req) => Object.keys(req).sort(compareStrings)),
    sourceNote: str(raw.op['x-source-note']),
    pointer: toPointer(opPath),
  };
}

/** A resolved object with the pointer it really lives at (a `$ref`'s target, or where it stands). */
interface Located {
  value: Doc;
  path: (string | number)[];
}

function deref(data: Doc, value: unknown, path: (string | number)[], depth = 0): Located | undefined {
  if (isObject(value) && typeof value.$ref === 'string' && depth < 32) {
    const pointer = refToPointer(value.$ref);
    if (pointer === undefined) return undefined;
    return deref(data, getAtPointer(data, pointer), fromPointer(pointer), depth + 1);
  }
  return isObject(value) ? { value, path } : undefined;
}

function parameter(located: Located | undefined, schema: OperationInput['schema']): ParameterIR | undefined {
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

function mediaList(holder: Doc, path: (string | number)[], schema: OperationInput['schema']): MediaIR[] {
  const content = isObject(holder.content) ? holder.content : {};
  return Object.entries(content).map(([contentType, raw]) => {
    const media = isObject(raw) ? raw : {};
    const out: MediaIR = { contentType };
    if ('schema' in media) out.schema = schema(media.schema, [...path, 'content', contentType, 'schema']);
    const example = firstExample(media);
    if (example) out.example = example;
    return out;
  });
}

function firstExample(media: Doc): { value: JsonValue } | undefined {
  if ('example' in media) return { value: media.example as JsonValue };
  if (isObject(media.examples)) {
    const first = Object.values(media.examples)[0];
    // Example Objects that are $refs are left alone: examples are data and never resolved.
    if (isObject(first) && 'value' in first) return { value: first.value as JsonValue };
  }
  return undefined;
}

/** JSON first (what the client sends and parses by default), then the first listed. */
function primaryMedia(content: MediaIR[]): MediaIR | undefined {
  return content.find((m) => isJsonMedia(m.contentType)) ?? content[0];
}

/** `application/json`, `application/problem+json`, `application/json; charset=utf-8` ... */
function isJsonMedia(contentType: string): boolean {
  return /^application\/(?:[\w.+-]+\+)?json(?:\s*;.*)?$/i.test(contentType);
}

function requestBody(located: Located | undefined, schema: OperationInput['schema']): RequestBodyIR | undefined {
  if (!located) return undefined;
  const content = mediaList(located.value, located.path, schema);
  const primary = primaryMedia(content);
  if (!primary) return undefined;
  return { required: located.value.required === true, description: str(located.value.description), content, primary, pointer: toPointer(located.path) };
}

function response(status: string, located: Located | undefined, base: string, schema: OperationInput['schema']): ResponseIR {
  const value = located?.value ?? {};
  const path = located?.path ?? [];
  const content = mediaList(value, path, schema);
  const headers = isObject(value.headers)
    ? Object.entries(value.headers).map(([name, h]) => {
        const header = isObject(h) ? h : {};
        return {
          name,
          required: header.required === true,
          description: str(header.description),
          schema: schema(header.schema, [...path, 'headers', name, 'schema']),
        };
      })
    : [];
  return {
    status,
    description: str(value.description) ?? '',
    content,
    primary: primaryMedia(content),
    headers,
    pointer: toPointer(path),
    typeName: `${base}Response${statusSuffix(status)}`,
    validatorName: `validate${base}Response${statusSuffix(status)}`,
  };
}

/** 200 < 404 < 2XX < 4XX < default: exact statuses first, then ranges, then default. */
function statusRank(status: string): number {
  if (/^\d{3}$/.test(status)) return Number(status);
  if (/^\dXX$/i.test(status)) return 1000 + Number(status[0]);
  return 2000;
}

function readServers(raw: unknown): ServerIR[] {
  if (!Array.isArray(raw)) return [];
  return raw.filter(isObject).map((s) => ({
    url: String(s.url ?? '/'),
    description: str(s.description),
    variables: isObject(s.variables)
      ? Object.entries(s.variables).map(([name, v]) => {
          const variable = isObject(v) ? v : {};
          return {
            name,
            default: String(variable.default ?? ''),
            enum: Array.isArray(variable.enum) ? variable.enum.map(String) : undefined,
            description: str(variable.description),
          };
        })
      : [],
  }));
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}


function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStrings(a, b)));
}
