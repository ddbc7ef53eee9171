import type { HttpMethod } from '../common/http.js';
import type { JsonType } from '../common/json-schema.js';

/**
 * The intermediate representation every emitter reads. Emitters import this file, never YAML types.
 *
 * One deliberate departure from a purely kind-tagged IR: `SchemaIR` keeps the JSON Schema keywords
 * themselves (normalised), because the validators must agree with ajv keyword by keyword and a
 * kind-tagged node would lose constraints that apply to untyped schemas. `schemaKind()` in
 * `ir/schema-kind.ts` gives the kind view that the client and docs emitters want.
 */

/** JSON value as it appears in a spec (examples, defaults, enum members). */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

export type { HttpMethod } from '../common/http.js';
export type { JsonType } from '../common/json-schema.js';

export interface PropertyIR {
  /** Property key exactly as in the spec (never renamed; emitters quote it when needed). */
  name: string;
  required: boolean;
  schema: SchemaIR;
}

/**
 * A schema with its keywords normalised:
 * - `types` merges `type` (string or array) and OpenAPI 3.0 `nullable` (adds 'null').
 * - 3.0 boolean `exclusiveMinimum/Maximum` become the 3.1 numeric form.
 * - `properties` is an array in spec order, with `required` folded in.
 * - a local `$ref` is kept as `ref` (a JSON pointer into the same document); its target lives in
 *   `ApiIR.schemaIndex` so recursion stays finite.
 * - `bool` is set for the boolean schemas `true` / `false`.
 */
export interface SchemaIR {
  /** JSON pointer of this schema in the spec document, for diagnostics. */
  pointer: string;
  bool?: boolean;
  /** JSON pointer of the referenced schema (`#/components/schemas/Profile` → '/components/schemas/Profile'). */
  ref?: string;
  types?: JsonType[];
  format?: string;
  enum?: JsonValue[];
  const?: { value: JsonValue };

  // objects
  properties?: PropertyIR[];
  /** Names listed in `required`, including ones with no entry in `properties`. */
  required?: string[];
  additionalProperties?: SchemaIR;
  patternProperties?: { pattern: string; schema: SchemaIR }[];
  propertyNames?: SchemaIR;
  minProperties?: number;
  maxProperties?: number;
  dependentRequired?: { name: string; requires: string[] }[];

  // arrays
  items?: SchemaIR;
  prefixItems?: SchemaIR[];
  contains?: SchemaIR;
  minContains?: number;
  maxContains?: number;
  minItems?: number;
  maxItems?: number;
  uniqueItems?: boolean;

  // strings
  minLength?: number;
  maxLength?: number;
  pattern?: string;

  // numbers
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  multipleOf?: number;

  // composition
  allOf?: SchemaIR[];
  anyOf?: SchemaIR[];
  oneOf?: SchemaIR[];
  not?: SchemaIR;
  if?: SchemaIR;
  then?: SchemaIR;
  else?: SchemaIR;
  /** `defaultRef`: 3.2 `defaultMapping`, the schema for a tag value the mapping does not list (or no tag). */
  discriminator?: { propertyName: string; mapping: { value: string; ref: string }[]; defaultRef?: string };

  // annotations
  title?: string;
  description?: string;
  default?: { value: JsonValue };
  examples?: JsonValue[];
  readOnly?: boolean;
  writeOnly?: boolean;
  deprecated?: boolean;
  /** `x-source-note` from the spec: where the transcription chose a reading. */
  sourceNote?: string;
}

/** A component schema. Its names are the plan's (plan/plan.ts). */
export interface NamedSchemaIR {
  /** Key under components/schemas, as in the spec. */
  key: string;
  /** Pointer of the schema ('/components/schemas/<key>' escaped). */
  pointer: string;
  schema: SchemaIR;
}

export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';

export interface ParameterIR {
  name: string;
  in: ParameterLocation;
  required: boolean;
  description?: string;
  deprecated?: boolean;
  /** Serialization style; defaults filled in (path/header: simple, query/cookie: form). */
  style: string;
  explode: boolean;
  allowReserved: boolean;
  schema: SchemaIR;
  example?: { value: JsonValue };
  pointer: string;
}

/** How a streamed body is split into items (OpenAPI 3.2 `itemSchema`; ir/stream-media.ts). */
export type StreamFormat = 'sse' | 'jsonl' | 'json-seq';

export interface MediaIR {
  contentType: string;
  /** The body's schema; for a streamed body (`stream` set), the schema of one item (3.2 `itemSchema`). */
  schema?: SchemaIR;
  /** Set when the body is a stream of items the client reads one by one. */
  stream?: StreamFormat;
  /** The first example found (media `example`, first of `examples`, or schema example). */
  example?: { value: JsonValue };
}

export interface RequestBodyIR {
  required: boolean;
  description?: string;
  /** All media types in spec order; `primary` is the one the client sends (JSON preferred). */
  content: MediaIR[];
  primary: MediaIR;
  pointer: string;
}

export interface ResponseIR {
  /** '200', '404', '4XX' or 'default'. */
  status: string;
  /** 3.2: a short summary of the response. */
  summary?: string;
  description: string;
  content: MediaIR[];
  /** JSON media type preferred; undefined when the response has no body. */
  primary?: MediaIR;
  headers: { name: string; required: boolean; description?: string; schema: SchemaIR }[];
  pointer: string;
}

export interface OperationIR {
  operationId?: string;
  /** The Path Item key naming it: a fixed field (`get`, 3.2 `query`) or a 3.2 `additionalOperations` key. */
  method: string;
  /** The method sent: `GET`, `QUERY`, or an additional operation's key exactly as written (`LINK`). */
  requestMethod: string;
  path: string;
  summary?: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  parameters: Record<ParameterLocation, ParameterIR[]>;
  body?: RequestBodyIR;
  /** Sorted: numeric statuses ascending, then 1XX..5XX ranges, then 'default'. */
  responses: ResponseIR[];
  /** Effective security requirements (operation-level or document-level); [] = no auth. */
  security: SecurityRequirementIR[];
  sourceNote?: string;
  pointer: string;
}

/** One alternative of a security requirement: all the named schemes apply together. */
export type SecurityRequirementIR = string[];

export type SecuritySchemeIR = (
  | { key: string; kind: 'http'; scheme: 'bearer' | 'basic' | string; bearerFormat?: string; description?: string }
  | { key: string; kind: 'apiKey'; in: 'query' | 'header' | 'cookie'; paramName: string; description?: string }
  | { key: string; kind: 'oauth2' | 'openIdConnect'; description?: string; oauth2?: OAuth2Details }
) & {
  /** 3.2: the scheme is deprecated (the API will stop accepting it). */
  deprecated?: true;
};

/** 3.2 additions to an OAuth 2 scheme the docs mention (set only when the spec has one). */
export interface OAuth2Details {
  /** The RFC 8414 authorization server metadata URL. */
  metadataUrl?: string;
  /** The device authorization flow's endpoint (RFC 8628). */
  deviceAuthorizationUrl?: string;
}

/** A top-level Tag Object (3.2 adds `summary`, `parent` and `kind`), in spec order. */
export interface TagIR {
  name: string;
  summary?: string;
  description?: string;
  /** 3.2: the name of the tag this one is nested under. */
  parent?: string;
  /** 3.2: what the tag is for (`nav`, `badge`, `audience`, ...); only navigation tags group the docs. */
  kind?: string;
}

export interface ServerIR {
  url: string;
  /** 3.2: a short name for the server (`production`). */
  name?: string;
  description?: string;
  variables: { name: string; default: string; enum?: string[]; description?: string }[];
}

/** One API as the emitters read it. What each thing is called and where it goes is the plan's (plan/). */
export interface ApiIR {
  /** Spec path relative to the repo root, POSIX separators (never absolute). */
  specFile: string;
  openapiVersion: string;
  title: string;
  version: string;
  description?: string;
  sourceNote?: string;
  servers: ServerIR[];
  /** Top-level `tags` in spec order. */
  tags: TagIR[];
  securitySchemes: SecuritySchemeIR[];
  operations: OperationIR[];
  /** components/schemas sorted by key. */
  schemas: NamedSchemaIR[];
  /** Every schema reachable through a `ref`, keyed by pointer (components and any other local target); read it through the plan's `resolve`. */
  schemaIndex: Record<string, SchemaIR>;
}
