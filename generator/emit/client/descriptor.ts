import type { ApiIR, OperationIR, SecuritySchemeIR } from '../../ir/types.js';
import type { ApiPlan, ValidatorPlan } from '../../plan/types.js';
import { Code, type Literal } from './literal.js';
import { isMediaRange } from '../../common/media.js';
import { isBinaryBody, mediaKind } from './media.js';

/** A validator the plan lists as a reference to it (and an import), or undefined when there is none. */
export type ValidatorReference = (validator: ValidatorPlan | undefined) => Code | undefined;

/**
 * The runtime's `OperationSpec` for one operation, as a printable literal: method, path template,
 * parameter styles, body media, response media, validators and security alternatives.
 */
export function operationDescriptor(op: OperationIR, plan: ApiPlan, validator: ValidatorReference): Literal {
  const params = (['path', 'query', 'header', 'cookie'] as const).flatMap((where) =>
    op.parameters[where].map((p) => ({
      name: p.name,
      in: p.in,
      style: p.style,
      explode: p.explode,
      allowReserved: p.allowReserved ? true : undefined,
    })),
  );
  const validateParams = {
    path: validator(plan.validators.params(op, 'path')),
    query: validator(plan.validators.params(op, 'query')),
    header: validator(plan.validators.params(op, 'header')),
  };
  const hasParamValidators = Object.values(validateParams).some((v) => v !== undefined);
  const responses = Object.fromEntries(
    op.responses.map((r) => {
      // A streamed body is left unread here: runtime.callStream reads it item by item (streams.ts).
      const media = r.primary?.stream ? 'none' : mediaKind(r.primary?.contentType);
      // A Blob is not what the body's schema describes (openapi-typescript's `string`): binary bodies are not validated.
      const checked = media === 'json' || media === 'text' || media === 'any';
      return [r.status, { media, validate: checked ? validator(plan.validators.response(op, r)) : undefined }];
    }),
  );
  return {
    method: op.requestMethod,
    path: op.path,
    params,
    body: op.body
      ? {
          // A wildcard (`*/*`) is no content type to send; such bodies are structured values, sent as JSON.
          contentType: isMediaRange(op.body.primary.contentType) ? 'application/json' : op.body.primary.contentType,
          validate: isBinaryBody(op) ? undefined : validator(plan.validators.body(op)),
        }
      : undefined,
    validateParams: hasParamValidators ? validateParams : undefined,
    responses,
    security: op.security,
  };
}

/** The runtime's `SecuritySchemeSpec` list: how each scheme's credential is attached. */
export function securityDescriptors(api: ApiIR, plan: ApiPlan): Literal {
  return api.securitySchemes.map((s) => ({ key: s.key, option: plan.credentialOption(s), ...attachment(s) }));
}

function attachment(s: SecuritySchemeIR): { scheme: string; in?: string; name?: string } {
  if (s.kind === 'apiKey') return { scheme: 'apiKey', in: s.in, name: s.paramName };
  if (s.kind === 'http') return { scheme: s.scheme.toLowerCase() };
  // oauth2 / openIdConnect: the caller obtains an access token; it is sent as a bearer token.
  return { scheme: 'bearer' };
}
