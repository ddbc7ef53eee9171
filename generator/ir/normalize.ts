import { compareStrings } from '../common/order.js';
import { fromPointer, toPointer } from '../diagnostics.js';
import { getAtPointer } from '../load/refs.js';
import { isObject } from '../load/walk.js';
import { readOperations } from './normalize-operation.js';
import { normalizeSchema, type SchemaContext } from './normalize-schema.js';
import { readSecuritySchemes } from './normalize-security.js';
import { readServers } from './normalize-servers.js';
import { readTags } from './normalize-tags.js';
import { isOpenApi32 } from '../common/path-item-operations.js';
import type { ApiIR, NamedSchemaIR, SchemaIR } from './types.js';

/**
 * Spec data (already validated) → IR, one file per spec object: operations (normalize-operation.ts),
 * bodies and responses (normalize-content.ts), schemas, security schemes, servers. Pure: same input,
 * same IR, whatever the key order of paths or schemas. Names and paths are the plan's, not the IR's.
 */
export function normalize(data: Record<string, unknown>, specFile: string): ApiIR {
  const is30 = String(data.openapi).startsWith('3.0');
  const pendingRefs = new Set<string>();
  const ctx: SchemaContext = { is30, is32: isOpenApi32(data.openapi), onRef: (p) => pendingRefs.add(p) };
  const schema = (raw: unknown, path: (string | number)[]) => normalizeSchema(raw, path, ctx);

  const components = isObject(data.components) ? data.components : {};
  const schemaMap = isObject(components.schemas) ? components.schemas : {};
  const schemas: NamedSchemaIR[] = Object.keys(schemaMap)
    .map((key) => ({ key, pointer: toPointer(['components', 'schemas', key]), schema: schema(schemaMap[key], ['components', 'schemas', key]) }))
    .sort((a, b) => compareStrings(a.key, b.key));
  const operations = readOperations(data, schema);

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
  return {
    specFile,
    openapiVersion: String(data.openapi),
    title: String(info.title ?? ''),
    version: String(info.version ?? ''),
    description: typeof info.description === 'string' ? info.description : undefined,
    sourceNote: typeof data['x-source-note'] === 'string' ? data['x-source-note'] : undefined,
    servers: readServers(data.servers, isOpenApi32(data.openapi)),
    tags: readTags(data.tags, isOpenApi32(data.openapi)),
    securitySchemes: readSecuritySchemes(components.securitySchemes, isOpenApi32(data.openapi)),
    operations,
    schemas,
    schemaIndex: sortKeys(schemaIndex),
  };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => compareStrings(a, b)));
}
