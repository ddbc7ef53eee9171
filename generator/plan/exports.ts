/**
 * Names the generated modules export whatever the spec says: the one list. The emitters print these
 * names from here, and the name table keeps every spec-derived name off them.
 */
export const MODULE_EXPORTS = {
  /** openapi-typescript's own top-level types in types.gen.ts. */
  types: ['paths', 'components', 'operations', 'webhooks', '$defs'],
  /** client.gen.ts's own declarations. */
  client: ['createClient', 'Client', 'ClientOptions', 'ServerVariables'],
  /** Values client.gen.ts re-exports from client-runtime.gen.ts. */
  runtimeValues: ['ClientError'],
  /** Types client.gen.ts re-exports from client-runtime.gen.ts. */
  runtimeTypes: ['Credential', 'Fetch', 'RequestOptions', 'RetryOptions', 'TransportError'],
  /** validators.gen.ts's public types. */
  validators: ['ValidationError', 'ValidationResult', 'ValidateOptions'],
} as const;

/**
 * Reserved since the first release although no module exports them: freeing them now would rename a
 * user's `ApiResponse_` type to `ApiResponse` and break code that imports it.
 */
const RESERVED_SINCE_FIRST_RELEASE = ['ApiResult', 'ApiResponse', 'ValidationMode'];

/** Names spec-derived names must not take: every fixed export, plus the reserved ones above. */
export const FIXED_EXPORTS: ReadonlySet<string> = new Set([...Object.values(MODULE_EXPORTS).flat(), ...RESERVED_SINCE_FIRST_RELEASE]);
