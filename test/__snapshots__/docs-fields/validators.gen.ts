// Generated from test/fixtures/docs-fields.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  AddNoteBody,
  AddNotePathParams,
  Address,
  Order,
  OrderBase,
  Problem,
  Product,
  ReplaceOrderLinesBody,
  ReplaceOrderLinesHeaders,
  ReplaceOrderLinesPathParams,
  ReplaceOrderLinesQueryParams,
  ReplaceOrderLinesResponse200,
  ReplaceOrderLinesResponse4XX,
  Shape,
  Status,
  UploadAttachmentBody,
  UploadAttachmentPathParams,
} from './types.gen.js';

/** One problem found in a value. */
export interface ValidationError {
  /** JSON pointer of the offending value (`/data/user/timezone`); the object itself for `required` and `additionalProperties`. */
  pointer: string;
  /** The JSON Schema keyword that failed, named as ajv names it (`type`, `required`, `format` ...). */
  keyword: string;
  /** What the schema asks for, e.g. `string | null`, `>= 1 characters`, `date-time`. */
  expected: string;
  /** A readable sentence. */
  message: string;
}

/** The outcome of a validator: the value typed as `T`, or every error (the first one with `failFast`). */
export type ValidationResult<T> =
  | { ok: true; value: T; warnings: ValidationError[] }
  | { ok: false; errors: ValidationError[]; warnings: ValidationError[] };

/** Options of every validator. */
export interface ValidateOptions {
  /** Stop at the first error (default: report all errors). */
  failFast?: boolean;
  /** Response validators only: unknown enum values, extra properties and writeOnly properties are errors instead of warnings. */
  strict?: boolean;
}

/** Validates a `Address` (#/components/schemas/Address) exactly as its JSON Schema says. */
export function validateAddress(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Address> {
  const c = _ctx(options, 0);
  return _result<Address>(checkAddress(value, '', c), value, c);
}

/** True when the value is a valid `Address` (stops at the first error). */
export function isAddress(value: unknown): value is Address {
  return checkAddress(value, '', _ctx(_FAST, 0));
}

/** Validates a `Order` (#/components/schemas/Order) exactly as its JSON Schema says. */
export function validateOrder(value: unknown, options?: ValidateOptions): ValidationResult<Order> {
  const c = _ctx(options, 0);
  return _result<Order>(checkOrder(value, '', c), value, c);
}

/** True when the value is a valid `Order` (stops at the first error). */
export function isOrder(value: unknown): value is Order {
  return checkOrder(value, '', _ctx(_FAST, 0));
}

/** Validates a `OrderBase` (#/components/schemas/OrderBase) exactly as its JSON Schema says. */
export function validateOrderBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<OrderBase> {
  const c = _ctx(options, 0);
  return _result<OrderBase>(checkOrderBase(value, '', c), value, c);
}

/** True when the value is a valid `OrderBase` (stops at the first error). */
export function isOrderBase(value: unknown): value is OrderBase {
  return checkOrderBase(value, '', _ctx(_FAST, 0));
}

/** Validates a `Problem` (#/components/schemas/Problem) exactly as its JSON Schema says. */
export function validateProblem(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Problem> {
  const c = _ctx(options, 0);
  return _result<Problem>(checkProblem(value, '', c), value, c);
}

/** True when the value is a valid `Problem` (stops at the first error). */
export function isProblem(value: unknown): value is Problem {
  return checkProblem(value, '', _ctx(_FAST, 0));
}

/** Validates a `Product` (#/components/schemas/Product) exactly as its JSON Schema says. */
export function validateProduct(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Product> {
  const c = _ctx(options, 0);
  return _result<Product>(checkProduct(value, '', c), value, c);
}

/** True when the value is a valid `Product` (stops at the first error). */
export function isProduct(value: unknown): value is Product {
  return checkProduct(value, '', _ctx(_FAST, 0));
}

/** Validates a `Shape` (#/components/schemas/Shape) exactly as its JSON Schema says. */
export function validateShape(value: unknown, options?: ValidateOptions): ValidationResult<Shape> {
  const c = _ctx(options, 0);
  return _result<Shape>(checkShape(value, '', c), value, c);
}

/** True when the value is a valid `Shape` (stops at the first error). */
export function isShape(value: unknown): value is Shape {
  return checkShape(value, '', _ctx(_FAST, 0));
}

/** Validates a `Status` (#/components/schemas/Status) exactly as its JSON Schema says. */
export function validateStatus(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Status> {
  const c = _ctx(options, 0);
  return _result<Status>(checkStatus(value, '', c), value, c);
}

/** True when the value is a valid `Status` (stops at the first error). */
export function isStatus(value: unknown): value is Status {
  return checkStatus(value, '', _ctx(_FAST, 0));
}

/** Validates the request body of `PUT /orders/{order_id}/attachment` (request mode: readOnly properties are rejected). */
export function validateUploadAttachmentBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UploadAttachmentBody> {
  const c = _ctx(options, 1);
  return _result<UploadAttachmentBody>(checkUploadAttachmentBody(value, '', c), value, c);
}

/** Validates the path parameters of `PUT /orders/{order_id}/attachment` (an object keyed by parameter name). */
export function validateUploadAttachmentPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UploadAttachmentPathParams> {
  const c = _ctx(options, 1);
  return _result<UploadAttachmentPathParams>(
    checkUploadAttachmentPathParams(value, '', c),
    value,
    c,
  );
}

/** Validates the request body of `PUT /orders/{order_id}/lines` (request mode: readOnly properties are rejected). */
export function validateReplaceOrderLinesBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceOrderLinesBody> {
  const c = _ctx(options, 1);
  return _result<ReplaceOrderLinesBody>(checkReplaceOrderLinesBody(value, '', c), value, c);
}

/** Validates the path parameters of `PUT /orders/{order_id}/lines` (an object keyed by parameter name). */
export function validateReplaceOrderLinesPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceOrderLinesPathParams> {
  const c = _ctx(options, 1);
  return _result<ReplaceOrderLinesPathParams>(
    checkReplaceOrderLinesPathParams(value, '', c),
    value,
    c,
  );
}

/** Validates the query parameters of `PUT /orders/{order_id}/lines` (an object keyed by parameter name). */
export function validateReplaceOrderLinesQueryParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceOrderLinesQueryParams> {
  const c = _ctx(options, 1);
  return _result<ReplaceOrderLinesQueryParams>(
    checkReplaceOrderLinesQueryParams(value, '', c),
    value,
    c,
  );
}

/** Validates the header parameters of `PUT /orders/{order_id}/lines` (an object keyed by parameter name). */
export function validateReplaceOrderLinesHeaders(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceOrderLinesHeaders> {
  const c = _ctx(options, 1);
  return _result<ReplaceOrderLinesHeaders>(checkReplaceOrderLinesHeaders(value, '', c), value, c);
}

/** Validates the 200 response body of `PUT /orders/{order_id}/lines` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateReplaceOrderLinesResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceOrderLinesResponse200> {
  const c = _ctx(options, 3);
  return _result<ReplaceOrderLinesResponse200>(checkOrder(value, '', c), value, c);
}

/** Validates the 4XX response body of `PUT /orders/{order_id}/lines` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateReplaceOrderLinesResponse4XX(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceOrderLinesResponse4XX> {
  const c = _ctx(options, 3);
  return _result<ReplaceOrderLinesResponse4XX>(checkProblem(value, '', c), value, c);
}

/** Validates the request body of `POST /orders/{order_id}/notes` (request mode: readOnly properties are rejected). */
export function validateAddNoteBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AddNoteBody> {
  const c = _ctx(options, 1);
  return _result<AddNoteBody>(checkAddNoteBody(value, '', c), value, c);
}

/** Validates the path parameters of `POST /orders/{order_id}/notes` (an object keyed by parameter name). */
export function validateAddNotePathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AddNotePathParams> {
  const c = _ctx(options, 1);
  return _result<AddNotePathParams>(checkAddNotePathParams(value, '', c), value, c);
}

const _re1 = new RegExp('^[A-Z]{3}-\\d{4}$', 'u');
const _branches1: readonly _Check[] = [checkShape$1, checkShape$2];
const _re2 = new RegExp('^[A-Za-z0-9-]+$', 'u');

/** #/components/schemas/Address */
function checkAddress(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.street;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/street', 'type', 'string')) return false;
      }
    }
    const v2 = v.country;
    if (v2 !== undefined) {
      if (typeof v2 === 'string') {
        if (v2.length < 2 || (v2.length < 4 && _len(v2) < 2)) {
          if (_err(c, p + '/country', 'minLength', 2)) return false;
        }
        if (v2.length > 2 && _len(v2) > 2) {
          if (_err(c, p + '/country', 'maxLength', 2)) return false;
        }
      } else {
        if (_err(c, p + '/country', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Order */
function checkOrder(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (!checkOrderBase(v, p, c) && c.ff) return false;
  if (_isObj(v)) {
    const v1 = v.lines;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'lines')) return false;
    } else {
      if (Array.isArray(v1)) {
        for (let i2 = 0; i2 < v1.length; i2++) {
          const v3 = v1[i2];
          if (_isObj(v3)) {
            const v4 = v3.product;
            if (v4 !== undefined) {
              if (!checkProduct(v4, p + '/lines/' + i2 + '/product', c) && c.ff) return false;
            }
            const v5 = v3.quantity;
            if (v5 !== undefined) {
              if (!Number.isInteger(v5)) {
                if (_err(c, p + '/lines/' + i2 + '/quantity', 'type', 'integer')) return false;
              }
            }
          } else {
            if (_err(c, p + '/lines/' + i2, 'type', 'object')) return false;
          }
        }
      } else {
        if (_err(c, p + '/lines', 'type', 'array')) return false;
      }
    }
    const v6 = v.shipping;
    if (v6 !== undefined) {
      if (v6 === null) {
        if (_test(v6, p + '/shipping', c, checkAddress)) {
          if (_err(c, p + '/shipping', 'oneOf')) return false;
        }
      } else if (!checkAddress(v6, p + '/shipping', c)) {
        if (_err(c, p + '/shipping', 'type', 'null')) return false;
        if (_err(c, p + '/shipping', 'oneOf')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/OrderBase */
function checkOrderBase(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.id;
    if (v1 === undefined) {
      if (c.m !== 1) {
        if (_err(c, p, 'required', 'id')) return false;
      }
    } else {
      if (c.m === 1) {
        if (_err(c, p + '/id', 'readOnly')) return false;
      }
      if (typeof v1 === 'number') {
        if (!Number.isInteger(v1)) {
          if (_err(c, p + '/id', 'type', 'integer')) return false;
        }
        if (!Number.isSafeInteger(v1)) {
          if (_err(c, p + '/id', 'format', 'int64')) return false;
        }
      } else {
        if (_err(c, p + '/id', 'type', 'integer')) return false;
      }
    }
    const v2 = v.created_at;
    if (v2 !== undefined) {
      if (c.m === 1) {
        if (_err(c, p + '/created_at', 'readOnly')) return false;
      }
      if (typeof v2 === 'string') {
        if (!_fmtDateTime(v2)) {
          if (_err(c, p + '/created_at', 'format', 'date-time')) return false;
        }
      } else {
        if (_err(c, p + '/created_at', 'type', 'string')) return false;
      }
    }
    const v3 = v.metadata;
    if (v3 !== undefined) {
      if (_isObj(v3)) {
        for (const k4 in v3) {
          const v5 = v3[k4];
          if (typeof v5 !== 'string') {
            if (_err(c, p + '/metadata/' + _esc(k4), 'type', 'string')) return false;
          }
        }
      } else {
        if (_err(c, p + '/metadata', 'type', 'object')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Problem */
function checkProblem(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.title;
    if (v1 !== undefined) {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/title', 'type', 'string')) return false;
      }
    }
    const v2 = v.status;
    if (v2 !== undefined) {
      if (typeof v2 === 'number') {
        if (!Number.isInteger(v2)) {
          if (_err(c, p + '/status', 'type', 'integer')) return false;
        }
        if (v2 <= 399) {
          if (_err(c, p + '/status', 'exclusiveMinimum', 399)) return false;
        }
        if (v2 >= 600) {
          if (_err(c, p + '/status', 'exclusiveMaximum', 600)) return false;
        }
      } else {
        if (_err(c, p + '/status', 'type', 'integer')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Product */
function checkProduct(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.sku;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'sku')) return false;
    } else {
      if (typeof v1 === 'string') {
        if (!_re1.test(v1)) {
          if (_err(c, p + '/sku', 'pattern', '^[A-Z]{3}-\\d{4}$')) return false;
        }
      } else {
        if (_err(c, p + '/sku', 'type', 'string')) return false;
      }
    }
    const v2 = v.variant;
    if (v2 !== undefined) {
      if (typeof v2 !== 'string') {
        if (_err(c, p + '/variant', 'type', 'string')) return false;
      }
      if (v2 !== 'small' && v2 !== 'medium' && v2 !== 'large') {
        if (_tol(c, p + '/variant', 'enum', 'one of "small", "medium", "large"') && c.ff)
          return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Shape */
function checkShape(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (!_anyOf(v, p, c, _branches1)) {
    if (_err(c, p, 'anyOf')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Status */
function checkStatus(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
  }
  if (v !== 'open' && v !== 'closed') {
    if (_tol(c, p, 'enum', 'one of "open", "closed"') && c.ff) return false;
  }
  return c.e.length === e;
}

/** request body of PUT /orders/{order_id}/attachment */
function checkUploadAttachmentBody(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
  }
  return c.e.length === e;
}

/** path parameters of PUT /orders/{order_id}/attachment */
function checkUploadAttachmentPathParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.order_id;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'order_id')) return false;
    } else {
      if (!Number.isInteger(v1)) {
        if (_err(c, p + '/order_id', 'type', 'integer')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** request body of PUT /orders/{order_id}/lines */
function checkReplaceOrderLinesBody(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.lines;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'lines')) return false;
    } else {
      if (Array.isArray(v1)) {
        if (v1.length < 1) {
          if (_err(c, p + '/lines', 'minItems', 1)) return false;
        }
        if (v1.length > 100) {
          if (_err(c, p + '/lines', 'maxItems', 100)) return false;
        }
        for (let i2 = 0; i2 < v1.length; i2++) {
          const v3 = v1[i2];
          if (!checkReplaceOrderLinesBody$1(v3, p + '/lines/' + i2, c) && c.ff) return false;
        }
      } else {
        if (_err(c, p + '/lines', 'type', 'array')) return false;
      }
    }
    const v4 = v.comment;
    if (v4 !== undefined) {
      if (typeof v4 !== 'string') {
        if (_err(c, p + '/comment', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** path parameters of PUT /orders/{order_id}/lines */
function checkReplaceOrderLinesPathParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.order_id;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'order_id')) return false;
    } else {
      if (typeof v1 === 'number') {
        if (!Number.isInteger(v1)) {
          if (_err(c, p + '/order_id', 'type', 'integer')) return false;
        }
        if (v1 < 1) {
          if (_err(c, p + '/order_id', 'minimum', 1)) return false;
        }
        if (!Number.isSafeInteger(v1)) {
          if (_err(c, p + '/order_id', 'format', 'int64')) return false;
        }
      } else {
        if (_err(c, p + '/order_id', 'type', 'integer')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** query parameters of PUT /orders/{order_id}/lines */
function checkReplaceOrderLinesQueryParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.dry_run;
    if (v1 !== undefined) {
      if (typeof v1 !== 'boolean') {
        if (_err(c, p + '/dry_run', 'type', 'boolean')) return false;
      }
    }
    const v2 = v.fields;
    if (v2 === undefined) {
      if (_err(c, p, 'required', 'fields')) return false;
    } else {
      if (Array.isArray(v2)) {
        if (v2.length < 1) {
          if (_err(c, p + '/fields', 'minItems', 1)) return false;
        }
        for (let i3 = 0; i3 < v2.length; i3++) {
          const v4 = v2[i3];
          if (typeof v4 !== 'string') {
            if (_err(c, p + '/fields/' + i3, 'type', 'string')) return false;
          }
          if (v4 !== 'id' && v4 !== 'total') {
            if (_tol(c, p + '/fields/' + i3, 'enum', 'one of "id", "total"') && c.ff) return false;
          }
        }
        const d5 = _dup(v2);
        if (d5 !== undefined) {
          if (_err(c, p + '/fields', 'uniqueItems', d5)) return false;
        }
      } else {
        if (_err(c, p + '/fields', 'type', 'array')) return false;
      }
    }
    const v6 = v.legacy;
    if (v6 !== undefined) {
      if (typeof v6 !== 'string') {
        if (_err(c, p + '/legacy', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** header parameters of PUT /orders/{order_id}/lines */
function checkReplaceOrderLinesHeaders(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v['Idempotency-Key'];
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'Idempotency-Key')) return false;
    } else {
      if (typeof v1 === 'string') {
        if (v1.length < 8 || (v1.length < 16 && _len(v1) < 8)) {
          if (_err(c, p + '/Idempotency-Key', 'minLength', 8)) return false;
        }
        if (v1.length > 64 && _len(v1) > 64) {
          if (_err(c, p + '/Idempotency-Key', 'maxLength', 64)) return false;
        }
        if (!_re2.test(v1)) {
          if (_err(c, p + '/Idempotency-Key', 'pattern', '^[A-Za-z0-9-]+$')) return false;
        }
      } else {
        if (_err(c, p + '/Idempotency-Key', 'type', 'string')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** request body of POST /orders/{order_id}/notes */
function checkAddNoteBody(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.text;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'text')) return false;
    } else {
      if (typeof v1 !== 'string') {
        if (_err(c, p + '/text', 'type', 'string')) return false;
      }
    }
    const v2 = v.tags;
    if (v2 !== undefined) {
      if (Array.isArray(v2)) {
        for (let i3 = 0; i3 < v2.length; i3++) {
          const v4 = v2[i3];
          if (typeof v4 !== 'string') {
            if (_err(c, p + '/tags/' + i3, 'type', 'string')) return false;
          }
        }
      } else {
        if (_err(c, p + '/tags', 'type', 'array')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** path parameters of POST /orders/{order_id}/notes */
function checkAddNotePathParams(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.order_id;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'order_id')) return false;
    } else {
      if (!Number.isInteger(v1)) {
        if (_err(c, p + '/order_id', 'type', 'integer')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Shape/anyOf/0 */
function checkShape$1(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Shape/anyOf/1 */
function checkShape$2(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (!Number.isInteger(v)) {
    if (_err(c, p, 'type', 'integer')) return false;
  }
  return c.e.length === e;
}

/** #/paths/~1orders~1{order_id}~1lines/put/requestBody/content/application~1json/schema/properties/lines/items */
function checkReplaceOrderLinesBody$1(v: unknown, p: string, c: _Ctx): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.product;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'product')) return false;
    } else {
      if (!checkProduct(v1, p + '/product', c) && c.ff) return false;
    }
    const v2 = v.quantity;
    if (v2 === undefined) {
      if (_err(c, p, 'required', 'quantity')) return false;
    } else {
      if (typeof v2 === 'number') {
        if (!Number.isInteger(v2)) {
          if (_err(c, p + '/quantity', 'type', 'integer')) return false;
        }
        if (v2 < 1) {
          if (_err(c, p + '/quantity', 'minimum', 1)) return false;
        }
        if (v2 > 999) {
          if (_err(c, p + '/quantity', 'maximum', 999)) return false;
        }
        if (!Number.isInteger(v2 / 1)) {
          if (_err(c, p + '/quantity', 'multipleOf', 1)) return false;
        }
      } else {
        if (_err(c, p + '/quantity', 'type', 'integer')) return false;
      }
    }
    const v3 = v.note;
    if (v3 !== undefined) {
      if (typeof v3 === 'string') {
        if (v3.length > 140 && _len(v3) > 140) {
          if (_err(c, p + '/note', 'maxLength', 140)) return false;
        }
      } else if (v3 !== null) {
        if (_err(c, p + '/note', 'type', 'string | null')) return false;
      }
    }
    const v4 = v.gift;
    if (v4 !== undefined) {
      if (_isObj(v4)) {
        const v5 = v4.wrap;
        if (v5 !== undefined) {
          if (typeof v5 !== 'boolean') {
            if (_err(c, p + '/gift/wrap', 'type', 'boolean')) return false;
          }
        }
        const v6 = v4.message;
        if (v6 !== undefined) {
          if (typeof v6 === 'string') {
            if (v6.length > 200 && _len(v6) > 200) {
              if (_err(c, p + '/gift/message', 'maxLength', 200)) return false;
            }
          } else {
            if (_err(c, p + '/gift/message', 'type', 'string')) return false;
          }
        }
      } else {
        if (_err(c, p + '/gift', 'type', 'object')) return false;
      }
    }
  } else {
    if (_err(c, p, 'type', 'object')) return false;
  }
  return c.e.length === e;
}

// Runtime: only what the checks above use.

/** State of one validation run. Problems are kept raw; `_issue` writes their messages at the end. */
interface _Ctx {
  /** Errors so far. */
  e: _Raw[];
  /** Warnings so far (tolerant responses only). */
  w: _Raw[];
  /** Stop at the first error. */
  ff: boolean;
  /** 0 schema, 1 request, 2 strict response, 3 tolerant response. */
  m: number;
}

/** A problem before it has a message: pointer, keyword and the keyword's parameter. */
interface _Raw {
  p: string;
  k: string;
  a: unknown;
}

/** A compiled check: true when `v` is valid; errors are pushed to `c` with pointers under `p`. */
type _Check = (v: unknown, p: string, c: _Ctx) => boolean;

function _ctx(options: ValidateOptions | undefined, m: number): _Ctx {
  return {
    e: [],
    w: [],
    ff: options?.failFast === true,
    m: m === 3 && options?.strict === true ? 2 : m,
  };
}

/** Options of a type guard: stop at the first error. */
const _FAST: ValidateOptions = { failFast: true };

function _result<T>(ok: boolean, value: unknown, c: _Ctx): ValidationResult<T> {
  const warnings = _issues(c.w);
  return ok
    ? { ok: true, value: value as T, warnings }
    : { ok: false, errors: _issues(c.e), warnings };
}

/** Turns the raw problems into errors in place: the context's arrays are handed out, never copied. */
function _issues(list: _Raw[]): ValidationError[] {
  const out = list as unknown as ValidationError[];
  for (let i = 0; i < list.length; i++) out[i] = _issue(list[i]!);
  return out;
}

/** Records an error; true when the run should stop (fail-fast). */
function _err(c: _Ctx, pointer: string, keyword: string, a?: unknown): boolean {
  c.e.push({ p: pointer, k: keyword, a });
  return c.ff;
}

/** A warning in a tolerant response (returns false: the value passes), an error otherwise (returns true). */
function _tol(c: _Ctx, pointer: string, keyword: string, a?: unknown): boolean {
  if (c.m === 3) {
    c.w.push({ p: pointer, k: keyword, a });
    return false;
  }
  c.e.push({ p: pointer, k: keyword, a });
  return true;
}

function _isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A property name as a JSON pointer segment (RFC 6901). */
function _esc(k: string): string {
  return k.includes('~') || k.includes('/') ? k.replace(/~/g, '~0').replace(/\//g, '~1') : k;
}

/** Length in code points, as JSON Schema counts (a surrogate pair is one character). */
function _len(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    n++;
    const ch = s.charCodeAt(i);
    if (
      ch >= 0xd800 &&
      ch <= 0xdbff &&
      i + 1 < s.length &&
      (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
    )
      i++;
  }
  return n;
}

/** JSON equality: same type, same array items in order, same object keys and values. */
function _equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null)
    return a !== a && b !== b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!_equal(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    if (
      !Object.hasOwn(b, k) ||
      !_equal((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k])
    )
      return false;
  }
  return true;
}

/** Indices of the first two equal items, or undefined (uniqueItems). */
function _dup(a: readonly unknown[]): [number, number] | undefined {
  const seen = new Map<unknown, number>();
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    if (typeof x !== 'object' || x === null) {
      const j = seen.get(x);
      if (j !== undefined) return [j, i];
      seen.set(x, i);
    } else {
      for (let j = 0; j < i; j++) if (_equal(a[j], x)) return [j, i];
    }
  }
  return undefined;
}

/** Drops problems recorded after `ne` errors / `nw` warnings (-1: keep). pop(), as setting length is slow in V8. */
function _trim(c: _Ctx, ne: number, nw: number): void {
  if (ne >= 0) while (c.e.length > ne) c.e.pop();
  if (nw >= 0) while (c.w.length > nw) c.w.pop();
}

/** Runs a check only for its answer (not, if): strict, fail-fast, and leaves no errors behind. */
function _test(v: unknown, p: string, c: _Ctx, check: _Check): boolean {
  const ne = c.e.length,
    nw = c.w.length,
    m = c.m,
    ff = c.ff;
  c.ff = true;
  if (m === 3) c.m = 2;
  const ok = check(v, p, c);
  _trim(c, ne, nw);
  c.m = m;
  c.ff = ff;
  return ok;
}

/**
 * anyOf: branches in order until one passes. In a tolerant response the branch is chosen strictly
 * first, then tolerantly, so tolerance never makes a wrong branch win. Branch errors stay only when
 * no branch passes (as ajv reports them).
 */
function _anyOf(v: unknown, p: string, c: _Ctx, branches: readonly _Check[]): boolean {
  const ne = c.e.length,
    nw = c.w.length,
    m = c.m;
  if (m === 3) c.m = 2;
  let ok = _some(v, p, c, branches, nw);
  if (!ok && m === 3) {
    _trim(c, ne, nw);
    c.m = 3;
    ok = _some(v, p, c, branches, nw);
  }
  c.m = m;
  if (ok) _trim(c, ne, -1);
  return ok;
}

function _some(v: unknown, p: string, c: _Ctx, branches: readonly _Check[], nw: number): boolean {
  for (let i = 0; i < branches.length; i++) {
    if (branches[i]!(v, p, c)) return true;
    _trim(c, -1, nw);
  }
  return false;
}

/** The error a raw problem describes; `a` is the keyword's parameter (its shape depends on the keyword). */
function _issue(r: _Raw): ValidationError {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const a: any = r.a;
  switch (r.k) {
    case 'type':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: a,
        message: 'must be ' + (a.includes('|') ? a.split(' | ').join(' or ') : a),
      };
    case 'required':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: a,
        message: "must have required property '" + a + "'",
      };
    case 'readOnly':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: 'absent in requests',
        message: 'is read-only and must not be sent',
      };
    case 'minLength':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: '>= ' + a + ' characters',
        message: 'must NOT have fewer than ' + a + ' characters',
      };
    case 'maxLength':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: '<= ' + a + ' characters',
        message: 'must NOT have more than ' + a + ' characters',
      };
    case 'pattern':
      return { pointer: r.p, keyword: r.k, expected: a, message: 'must match pattern "' + a + '"' };
    case 'format':
      return { pointer: r.p, keyword: r.k, expected: a, message: 'must match format "' + a + '"' };
    case 'minimum':
      return { pointer: r.p, keyword: r.k, expected: '>= ' + a, message: 'must be >= ' + a };
    case 'maximum':
      return { pointer: r.p, keyword: r.k, expected: '<= ' + a, message: 'must be <= ' + a };
    case 'exclusiveMinimum':
      return { pointer: r.p, keyword: r.k, expected: '> ' + a, message: 'must be > ' + a };
    case 'exclusiveMaximum':
      return { pointer: r.p, keyword: r.k, expected: '< ' + a, message: 'must be < ' + a };
    case 'multipleOf':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: 'multiple of ' + a,
        message: 'must be multiple of ' + a,
      };
    case 'minItems':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: '>= ' + a + ' items',
        message: 'must NOT have fewer than ' + a + ' items',
      };
    case 'maxItems':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: '<= ' + a + ' items',
        message: 'must NOT have more than ' + a + ' items',
      };
    case 'uniqueItems':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: 'unique items',
        message:
          'must NOT have duplicate items (items ## ' + a[0] + ' and ' + a[1] + ' are identical)',
      };
    case 'enum':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: a,
        message: 'must be equal to one of the allowed values',
      };
    case 'anyOf':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: 'a matching branch',
        message: 'must match a schema in anyOf',
      };
    case 'oneOf':
      return {
        pointer: r.p,
        keyword: r.k,
        expected: 'exactly one matching branch',
        message: 'must match exactly one schema in oneOf',
      };
    default:
      return { pointer: r.p, keyword: r.k, expected: String(a), message: 'must satisfy ' + r.k };
  }
}

/** Two ASCII digits at `i` as a number, or -1. */
function _d2(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/** `YYYY-MM-DD` at `i` with a real day of month (RFC 3339 §5.6, leap years per appendix C). */
function _date(s: string, i: number): boolean {
  const y1 = _d2(s, i);
  const y2 = _d2(s, i + 2);
  const m = _d2(s, i + 5);
  const d = _d2(s, i + 8);
  if (
    y1 < 0 ||
    y2 < 0 ||
    s.charCodeAt(i + 4) !== 45 ||
    s.charCodeAt(i + 7) !== 45 ||
    m < 1 ||
    m > 12 ||
    d < 1
  )
    return false;
  const y = y1 * 100 + y2;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  return d <= (m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31);
}

/** `hh:mm:ss[.frac](Z|±hh[[:]mm])` from `i` to the end, with ajv-formats' range and leap-second rules. */
function _time(s: string, i: number): boolean {
  const h = _d2(s, i);
  const min = _d2(s, i + 3);
  const whole = _d2(s, i + 6);
  if (h < 0 || min < 0 || whole < 0 || s.charCodeAt(i + 2) !== 58 || s.charCodeAt(i + 5) !== 58)
    return false;
  let j = i + 8;
  let sec = whole;
  if (s.charCodeAt(j) === 46) {
    const start = ++j;
    while (j < s.length && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57) j++;
    if (j === start) return false;
    sec = +s.slice(i + 6, j);
  }
  const z = s.charCodeAt(j);
  let sign = 1;
  let tzH = 0;
  let tzM = 0;
  if (z === 90 || z === 122) {
    j++;
  } else if (z === 43 || z === 45) {
    sign = z === 45 ? -1 : 1;
    tzH = _d2(s, j + 1);
    if (tzH < 0) return false;
    j += 3;
    if (s.charCodeAt(j) === 58) j++;
    if (j < s.length) {
      tzM = _d2(s, j);
      if (tzM < 0) return false;
      j += 2;
    } else if (s.charCodeAt(j - 1) === 58) return false;
  } else return false;
  if (j !== s.length || tzH > 23 || tzM > 59) return false;
  if (h <= 23 && min <= 59 && sec < 60) return true;
  const utcMin = min - tzM * sign;
  const utcHr = h - tzH * sign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

/** Separators ajv-formats accepts between date and time: `T`, `t` or any whitespace (its split on /t|\s/i). */
const _DT_SEP = /[t\s]/i;

/** format: date-time */
function _fmtDateTime(s: string): boolean {
  const sep = s.charCodeAt(10);
  return (sep === 84 || sep === 116 || _DT_SEP.test(s.charAt(10))) && _date(s, 0) && _time(s, 11);
}
