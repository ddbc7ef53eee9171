import type { OperationIR, ParameterLocation } from '../../ir/types.js';
import type { OperationPlan } from '../../plan/types.js';
import { commentText } from '../../escape/typescript.js';
import { isBinaryBody } from './media.js';
import type { PropertyMember } from './print/declarations.js';

/** Where each parameter group goes in the method's argument (its type is the group's types.gen.ts alias). */
const GROUPS: { in: ParameterLocation; key: string; doc: string }[] = [
  { in: 'path', key: 'path', doc: 'Path parameters, percent-encoded into the URL.' },
  { in: 'query', key: 'query', doc: 'Query parameters, serialised with their documented style/explode.' },
  { in: 'header', key: 'headers', doc: 'Header parameters, plus any extra headers for this call (e.g. `Idempotency-Key`).' },
  { in: 'cookie', key: 'cookies', doc: 'Cookie parameters, sent in the `Cookie` header.' },
];

/**
 * The argument of an operation's method: `{ path, query, headers, cookies, body }` typed from the
 * spec, required where the spec requires them, plus `signal`, `timeoutMs` and `retry` from
 * `RequestOptions`. Extra headers stay allowed because callers need them (`Idempotency-Key`, tracing).
 */
export function requestInterface(
  op: OperationIR,
  names: OperationPlan,
  useType: (name: string) => string,
): { doc: string; name: string; extends: string; members: PropertyMember[] } {
  const properties: PropertyMember[] = [];
  for (const group of GROUPS) {
    const params = op.parameters[group.in];
    const aliasName = names.params[group.in];
    if (aliasName === undefined) {
      if (group.in === 'header') {
        properties.push({
          name: 'headers',
          optional: true,
          type: 'Record<string, string | undefined>',
          doc: 'Extra headers for this call (e.g. `Idempotency-Key`).',
        });
      }
      continue;
    }
    const alias = useType(aliasName);
    // Header parameters may be numbers or booleans, so extra headers are `unknown` rather than `string`.
    const type = group.in === 'header' ? `${alias} & Record<string, unknown>` : alias;
    properties.push({ name: group.key, optional: !params.some((p) => p.required), type, doc: group.doc });
  }
  if (op.body && names.body) {
    // Binary bodies are sent as given (Blob, ArrayBuffer, stream); openapi-typescript would say `string`.
    const binary = isBinaryBody(op);
    properties.push({
      name: 'body',
      optional: !op.body.required,
      type: binary ? 'runtime.FetchBody' : useType(names.body),
      doc: `Request body, sent as \`${commentText(op.body.primary.contentType)}\`.`,
    });
  }
  return {
    name: names.request,
    extends: 'runtime.RequestOptions',
    members: properties,
    doc: `The argument of \`${names.method}\`.`,
  };
}

/** True when the method's argument cannot be omitted: a path parameter, required parameter or required body. */
export function requestRequired(op: OperationIR): boolean {
  const params = Object.values(op.parameters).flat();
  return params.some((p) => p.required) || op.body?.required === true;
}
