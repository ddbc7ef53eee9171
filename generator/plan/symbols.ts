import type { ParameterLocation } from '../ir/types.js';
import { statusSuffix } from './names.js';

/**
 * How every exported symbol is spelled from the name it derives from: the one place that composes
 * them. The name table (name-table.ts) reserves exactly these, so they never collide.
 */

/** types.gen.ts aliases (and client.gen.ts types) an operation derives from its PascalCase base name. */
export const OPERATION_TYPE_SUFFIXES = {
  body: 'Body',
  pathParams: 'PathParams',
  queryParams: 'QueryParams',
  headerParams: 'Headers',
  cookieParams: 'Cookies',
  request: 'Request',
  result: 'Result',
} as const;

/** The suffix key of each parameter location's alias. */
export const PARAMS_SUFFIX: Record<ParameterLocation, keyof typeof OPERATION_TYPE_SUFFIXES> = {
  path: 'pathParams',
  query: 'queryParams',
  header: 'headerParams',
  cookie: 'cookieParams',
};

/** The alias of one response body: `UpdateProfileResponse200`, `...Response4XX`, `...ResponseDefault`. */
export function responseTypeName(base: string, status: string): string {
  return `${base}Response${statusSuffix(status)}`;
}

/** Every type name an operation with this base owns (they share the types.gen.ts namespace with schemas). */
export function operationTypeNames(base: string, statuses: readonly string[]): string[] {
  return [...Object.values(OPERATION_TYPE_SUFFIXES).map((suffix) => base + suffix), ...statuses.map((s) => responseTypeName(base, s))];
}

/** validators.gen.ts: the validator of a type (`validateProfile`). */
export function validatorName(typeName: string): string {
  return `validate${typeName}`;
}

/** validators.gen.ts: the type guard of a component schema type (`isProfile`). */
export function guardName(typeName: string): string {
  return `is${typeName}`;
}

/** validators.gen.ts: the internal check function behind a type's validator (`checkProfile`). */
export function checkName(typeName: string): string {
  return `check${typeName}`;
}
