import { CHILD_KEYWORDS } from '../common/json-schema.js';
import { HTTP_METHODS } from '../common/http.js';

/**
 * What kind of OpenAPI object sits at a place in a document, as far as bundling needs to know: whether
 * a `$ref` found there names a schema (which becomes a named component, so its type keeps a name and
 * may be recursive) or something else (inlined where it is used). A small table of the OpenAPI 3.x
 * object model; a place it does not describe is 'unknown', and what a `$ref` there names is inlined.
 */
export type RefKind =
  | 'document' | 'paths' | 'pathItem' | 'operation' | 'components' | 'parameter' | 'header' | 'requestBody'
  | 'mediaType' | 'encoding' | 'response' | 'callback' | 'schema' | 'unknown'
  | `map:${string}` | `list:${string}`;

const METHOD_FIELDS: Record<string, RefKind> = Object.fromEntries([...HTTP_METHODS, 'query'].map((m) => [m, 'operation' as RefKind]));

const FIELDS: Partial<Record<RefKind, Record<string, RefKind>>> = {
  document: { paths: 'paths', webhooks: 'map:pathItem', components: 'components' },
  components: {
    schemas: 'map:schema', responses: 'map:response', parameters: 'map:parameter', requestBodies: 'map:requestBody',
    headers: 'map:header', callbacks: 'map:callback', pathItems: 'map:pathItem', mediaTypes: 'map:mediaType',
  },
  pathItem: { ...METHOD_FIELDS, parameters: 'list:parameter', additionalOperations: 'map:operation' },
  operation: { parameters: 'list:parameter', requestBody: 'requestBody', responses: 'map:response', callbacks: 'map:callback' },
  parameter: { schema: 'schema', content: 'map:mediaType' },
  header: { schema: 'schema', content: 'map:mediaType' },
  requestBody: { content: 'map:mediaType' },
  mediaType: { schema: 'schema', itemSchema: 'schema', encoding: 'map:encoding' },
  encoding: { headers: 'map:header' },
  response: { headers: 'map:header', content: 'map:mediaType' },
};

/** The component section a kind is kept in (`components/<section>`), for the kinds bundling names. */
export const COMPONENT_SECTION_KINDS: Record<string, RefKind> = {
  schemas: 'schema', responses: 'response', parameters: 'parameter', requestBodies: 'requestBody', headers: 'header',
  callbacks: 'callback', pathItems: 'pathItem', mediaTypes: 'mediaType', examples: 'unknown', links: 'unknown', securitySchemes: 'unknown',
};

/** The kind one step below `kind`, through `segment`. */
export function childKind(kind: RefKind, segment: string): RefKind {
  if (kind.startsWith('map:') || kind.startsWith('list:')) return kind.slice(kind.indexOf(':') + 1) as RefKind;
  // Path keys start with `/`; a callback's keys are runtime expressions (`{$request.body#/url}`).
  if (kind === 'paths') return segment.startsWith('/') ? 'pathItem' : 'unknown';
  if (kind === 'callback') return 'pathItem';
  if (kind === 'schema') {
    const shape = (CHILD_KEYWORDS as Record<string, { shape: string }>)[segment]?.shape;
    if (shape === 'map' || shape === 'list') return `${shape}:schema`;
    // `items` may also be a draft-4 tuple (a list of schemas): its members are schemas too.
    if (shape === 'schema') return 'schema';
    return 'unknown';
  }
  return FIELDS[kind]?.[segment] ?? 'unknown';
}

/** The kind at the end of a path of segments below `kind`. */
export function kindAt(kind: RefKind, segments: readonly string[]): RefKind {
  let current = kind;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    // A tuple `items: [...]`: its numbered members are schemas.
    if (current === 'schema' && segment === 'items' && /^\d+$/.test(segments[i + 1] ?? '')) {
      current = 'schema';
      i++;
      continue;
    }
    current = childKind(current, segment);
    if (current === 'unknown') return current;
  }
  return current;
}
