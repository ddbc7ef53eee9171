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

/** The outcome of a validator: the value typed as `T`, or every error (the first one with `failFast`). `warnings` is read-only: results without warnings share one frozen empty list. */
export type ValidationResult<T> =
  | { ok: true; value: T; warnings: readonly ValidationError[] }
  | { ok: false; errors: ValidationError[]; warnings: readonly ValidationError[] };

/** Options of every validator. */
export interface ValidateOptions {
  /** Stop at the first error (default: report all errors). */
  failFast?: boolean;
  /** Response validators only: unknown enum values, extra properties and writeOnly properties are errors instead of warnings. */
  strict?: boolean;
  /** How deep a value may nest where the schema recurses (default 1000): deeper is a `maxDepth` error, not a stack overflow. */
  maxDepth?: number;
}

/** Validates a `Address` (#/components/schemas/Address) exactly as its JSON Schema says. */
export function validateAddress(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Address> {
  return _validate<Address>(checkAddress, value, options, 0);
}

/** True when the value is a valid `Address` (stops at the first error). */
export function isAddress(value: unknown): value is Address {
  return _is(checkAddress, value);
}

/** Validates a `Order` (#/components/schemas/Order) exactly as its JSON Schema says. */
export function validateOrder(value: unknown, options?: ValidateOptions): ValidationResult<Order> {
  return _validate<Order>(checkOrder, value, options, 0);
}

/** True when the value is a valid `Order` (stops at the first error). */
export function isOrder(value: unknown): value is Order {
  return _is(checkOrder, value);
}

/** Validates a `OrderBase` (#/components/schemas/OrderBase) exactly as its JSON Schema says. */
export function validateOrderBase(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<OrderBase> {
  return _validate<OrderBase>(checkOrderBase, value, options, 0);
}

/** True when the value is a valid `OrderBase` (stops at the first error). */
export function isOrderBase(value: unknown): value is OrderBase {
  return _is(checkOrderBase, value);
}

/** Validates a `Problem` (#/components/schemas/Problem) exactly as its JSON Schema says. */
export function validateProblem(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Problem> {
  return _validate<Problem>(checkProblem, value, options, 0);
}

/** True when the value is a valid `Problem` (stops at the first error). */
export function isProblem(value: unknown): value is Problem {
  return _is(checkProblem, value);
}

/** Validates a `Product` (#/components/schemas/Product) exactly as its JSON Schema says. */
export function validateProduct(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Product> {
  return _validate<Product>(checkProduct, value, options, 0);
}

/** True when the value is a valid `Product` (stops at the first error). */
export function isProduct(value: unknown): value is Product {
  return _is(checkProduct, value);
}

/** Validates a `Shape` (#/components/schemas/Shape) exactly as its JSON Schema says. */
export function validateShape(value: unknown, options?: ValidateOptions): ValidationResult<Shape> {
  return _validate<Shape>(checkShape, value, options, 0);
}

/** True when the value is a valid `Shape` (stops at the first error). */
export function isShape(value: unknown): value is Shape {
  return _is(checkShape, value);
}

/** Validates a `Status` (#/components/schemas/Status) exactly as its JSON Schema says. */
export function validateStatus(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Status> {
  return _validate<Status>(checkStatus, value, options, 0);
}

/** True when the value is a valid `Status` (stops at the first error). */
export function isStatus(value: unknown): value is Status {
  return _is(checkStatus, value);
}

/** Validates the request body of `PUT /orders/{order_id}/attachment` (request mode: readOnly properties are rejected). */
export function validateUploadAttachmentBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UploadAttachmentBody> {
  return _validate<UploadAttachmentBody>(checkUploadAttachmentBody, value, options, 1);
}

/** Validates the path parameters of `PUT /orders/{order_id}/attachment` (an object keyed by parameter name). */
export function validateUploadAttachmentPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<UploadAttachmentPathParams> {
  return _validate<UploadAttachmentPathParams>(checkUploadAttachmentPathParams, value, options, 1);
}

/** Validates the request body of `PUT /orders/{order_id}/lines` (request mode: readOnly properties are rejected). */
export function validateReplaceOrderLinesBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceOrderLinesBody> {
  return _validate<ReplaceOrderLinesBody>(checkReplaceOrderLinesBody, value, options, 1);
}

/** Validates the path parameters of `PUT /orders/{order_id}/lines` (an object keyed by parameter name). */
export function validateReplaceOrderLinesPathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceOrderLinesPathParams> {
  return _validate<ReplaceOrderLinesPathParams>(
    checkReplaceOrderLinesPathParams,
    value,
    options,
    1,
  );
}

/** Validates the query parameters of `PUT /orders/{order_id}/lines` (an object keyed by parameter name). */
export function validateReplaceOrderLinesQueryParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceOrderLinesQueryParams> {
  return _validate<ReplaceOrderLinesQueryParams>(
    checkReplaceOrderLinesQueryParams,
    value,
    options,
    1,
  );
}

/** Validates the header parameters of `PUT /orders/{order_id}/lines` (an object keyed by parameter name). */
export function validateReplaceOrderLinesHeaders(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceOrderLinesHeaders> {
  return _validate<ReplaceOrderLinesHeaders>(checkReplaceOrderLinesHeaders, value, options, 1);
}

/** Validates the 200 response body of `PUT /orders/{order_id}/lines` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateReplaceOrderLinesResponse200(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceOrderLinesResponse200> {
  return _validate<ReplaceOrderLinesResponse200>(checkOrder, value, options, 3);
}

/** Validates the 4XX response body of `PUT /orders/{order_id}/lines` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateReplaceOrderLinesResponse4XX(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<ReplaceOrderLinesResponse4XX> {
  return _validate<ReplaceOrderLinesResponse4XX>(checkProblem, value, options, 3);
}

/** Validates the request body of `POST /orders/{order_id}/notes` (request mode: readOnly properties are rejected). */
export function validateAddNoteBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AddNoteBody> {
  return _validate<AddNoteBody>(checkAddNoteBody, value, options, 1);
}

/** Validates the path parameters of `POST /orders/{order_id}/notes` (an object keyed by parameter name). */
export function validateAddNotePathParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<AddNotePathParams> {
  return _validate<AddNotePathParams>(checkAddNotePathParams, value, options, 1);
}

const _re1 = new RegExp('^[A-Z]{3}-\\d{4}$', 'u');
const _branches1: readonly _Check[] = [checkShape$1, checkShape$2];
const _re2 = new RegExp('^[A-Za-z0-9-]+$', 'u');

/** #/components/schemas/Address */
function checkAddress(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkOrder(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (!checkOrderBase(v, p, c, d) && c.ff) return false;
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
              if (!checkProduct(v4, p + '/lines/' + i2 + '/product', c, d + 3) && c.ff)
                return false;
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
        if (_test(v6, p + '/shipping', c, d + 1, checkAddress)) {
          if (_err(c, p + '/shipping', 'oneOf')) return false;
        }
      } else if (!checkAddress(v6, p + '/shipping', c, d + 1)) {
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
function checkOrderBase(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkProblem(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkProduct(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkShape(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (!_anyOf(v, p, c, d, _branches1)) {
    if (_err(c, p, 'anyOf')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Status */
function checkStatus(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkUploadAttachmentBody(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
  }
  return c.e.length === e;
}

/** path parameters of PUT /orders/{order_id}/attachment */
function checkUploadAttachmentPathParams(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkReplaceOrderLinesBody(v: unknown, p: string, c: _Ctx, d: number): boolean {
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
          if (!checkReplaceOrderLinesBody$1(v3, p + '/lines/' + i2, c, d + 2) && c.ff) return false;
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
function checkReplaceOrderLinesPathParams(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkReplaceOrderLinesQueryParams(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkReplaceOrderLinesHeaders(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkAddNoteBody(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkAddNotePathParams(v: unknown, p: string, c: _Ctx, _d: number): boolean {
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
function checkShape$1(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    if (_err(c, p, 'type', 'string')) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Shape/anyOf/1 */
function checkShape$2(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (!Number.isInteger(v)) {
    if (_err(c, p, 'type', 'integer')) return false;
  }
  return c.e.length === e;
}

/** #/paths/~1orders~1{order_id}~1lines/put/requestBody/content/application~1json/schema/properties/lines/items */
function checkReplaceOrderLinesBody$1(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.product;
    if (v1 === undefined) {
      if (_err(c, p, 'required', 'product')) return false;
    } else {
      if (!checkProduct(v1, p + '/product', c, d + 1) && c.ff) return false;
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
  /** Errors so far (`_NONE` until the first). */
  e: _Raw[];
  /** Warnings so far (tolerant responses only; `_NONE` until the first). */
  w: _Raw[];
  /** Stop at the first error. */
  ff: boolean;
  /** 0 schema, 1 request, 2 strict response, 3 tolerant response. */
  m: number;
  /** The deepest level a recursive check may enter (`maxDepth`). */
  md: number;
  /** Record problems (false for type guards, which only need the verdict). */
  r: boolean;
  /** In use by a run. */
  b: boolean;
}

/** An error before `_issue` wrote its message: `expected` still holds the keyword's parameter. */
interface _Raw {
  pointer: string;
  keyword: string;
  expected: unknown;
  message: string;
}

/**
 * A compiled check: true when `v` is valid; errors are pushed to `c` with pointers under `p`.
 * `d` is the nesting depth of `v` in the validated value.
 */
type _Check = (v: unknown, p: string, c: _Ctx, d: number) => boolean;

/** The lists of a run without problems: one frozen empty list, shared. */
const _NONE: readonly ValidationError[] = Object.freeze([]);

/** The default `maxDepth`. */
const _MAX_DEPTH = 1000;

function _ctx(r: boolean, ff: boolean, m: number, md: number): _Ctx {
  return { e: _NONE as _Raw[], w: _NONE as _Raw[], ff, m, md, r, b: false };
}

/**
 * The contexts runs use, by mode and fail-fast (index `2 * mode + failFast`): set up once, so a call
 * without options writes nothing but the in-use mark. A call finding its context in use (a getter of
 * the value validating) or asking for another `maxDepth` gets a context of its own.
 */
const _CS: readonly _Ctx[] = [0, 1, 2, 3].flatMap((m) => [
  _ctx(true, false, m, _MAX_DEPTH),
  _ctx(true, true, m, _MAX_DEPTH),
]);

/**
 * One validator call: one run, on a reused context whose lists start as `_NONE`, so valid input
 * allocates nothing but its result, and invalid input is checked once.
 */
function _validate<T>(
  check: _Check,
  value: unknown,
  options: ValidateOptions | undefined,
  m: number,
): ValidationResult<T> {
  let c: _Ctx;
  if (options === undefined) {
    c = _CS[2 * m]!;
  } else {
    const mode = m === 3 && options.strict === true ? 2 : m;
    const ff = options.failFast === true;
    c =
      options.maxDepth === undefined
        ? _CS[2 * mode + (ff ? 1 : 0)]!
        : _ctx(true, ff, mode, options.maxDepth);
  }
  if (c.b) c = _ctx(true, c.ff, c.m, c.md);
  c.b = true;
  const ok = _run(check, value, c);
  c.b = false;
  if (ok && c.w === _NONE) return { ok: true, value: value as T, warnings: _NONE };
  const errors = c.e;
  const warnings = c.w === _NONE ? _NONE : _issues(c.w);
  c.e = c.w = _NONE as _Raw[];
  return ok
    ? { ok: true, value: value as T, warnings }
    : { ok: false, errors: _issues(errors), warnings };
}

/** Runs a check from the root; past `maxDepth` the run stops with that error. */
function _run(check: _Check, value: unknown, c: _Ctx): boolean {
  try {
    return check(value, '', c, 0);
  } catch (x) {
    if (x instanceof _Deep) {
      _add(c, { pointer: x.p, keyword: 'maxDepth', expected: c.md, message: '' });
      return false;
    }
    // A getter of the value threw: leave the context as it was found.
    c.e = c.w = _NONE as _Raw[];
    c.b = false;
    throw x;
  }
}

/** Writes the messages of the raw problems in place: the arrays are handed out, never copied. */
function _issues(list: _Raw[]): ValidationError[] {
  for (let i = 0; i < list.length; i++) _issue(list[i]!);
  return list as ValidationError[];
}

/** The context of type guards: fail-fast, records nothing, so it never changes and is shared. */
const _G = _ctx(false, true, 0, _MAX_DEPTH);

/** A type guard: true when valid; too deep is invalid. */
function _is(check: _Check, value: unknown): boolean {
  try {
    return check(value, '', _G, 0);
  } catch (x) {
    if (x instanceof _Deep) return false;
    throw x;
  }
}

/** Thrown by a recursive check entered deeper than `maxDepth`; the validator turns it into an error at `p`. */
class _Deep {
  p: string;
  constructor(p: string) {
    this.p = p;
  }
}

/** Records an error; true when the run should stop (fail-fast). */
function _err(c: _Ctx, pointer: string, keyword: string, a?: unknown): boolean {
  if (!c.r) return true;
  _add(c, { pointer, keyword, expected: a, message: '' });
  return c.ff;
}

/**
 * Appends an error. A run starts with the shared empty list and the first error makes its own:
 * `[r]` allocates one small array, where a push onto `[]` grows a fresh array (V8: ~10x the cost).
 */
function _add(c: _Ctx, r: _Raw): void {
  if (c.e.length === 0) c.e = [r];
  else c.e.push(r);
}

/** A warning in a tolerant response (returns false: the value passes), an error otherwise (returns true). */
function _tol(c: _Ctx, pointer: string, keyword: string, a?: unknown): boolean {
  if (c.m === 3) {
    const r: _Raw = { pointer, keyword, expected: a, message: '' };
    if (c.w.length === 0) c.w = [r];
    else c.w.push(r);
    return false;
  }
  if (c.r) _add(c, { pointer, keyword, expected: a, message: '' });
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
function _test(v: unknown, p: string, c: _Ctx, d: number, check: _Check): boolean {
  const ne = c.e.length;
  const nw = c.w.length;
  const m = c.m;
  const ff = c.ff;
  c.ff = true;
  if (m === 3) c.m = 2;
  const ok = check(v, p, c, d);
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
function _anyOf(v: unknown, p: string, c: _Ctx, d: number, branches: readonly _Check[]): boolean {
  const ne = c.e.length;
  const nw = c.w.length;
  const m = c.m;
  if (m === 3) c.m = 2;
  let ok = _some(v, p, c, d, branches, nw);
  if (!ok && m === 3) {
    _trim(c, ne, nw);
    c.m = 3;
    ok = _some(v, p, c, d, branches, nw);
  }
  c.m = m;
  if (ok) _trim(c, ne, -1);
  return ok;
}

function _some(
  v: unknown,
  p: string,
  c: _Ctx,
  d: number,
  branches: readonly _Check[],
  nw: number,
): boolean {
  for (let i = 0; i < branches.length; i++) {
    if (branches[i]!(v, p, c, d)) return true;
    _trim(c, -1, nw);
  }
  return false;
}

/**
 * Writes the message of a raw problem, in place: until now `expected` held the keyword's parameter
 * `a` (its shape depends on the keyword), so an error costs one object.
 */
function _issue(r: _Raw): void {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const a: any = r.expected;
  switch (r.keyword) {
    case 'type':
      r.message = 'must be ' + (a.length > 7 ? a.split(' | ').join(' or ') : a);
      r.expected = a;
      break;
    case 'required':
      r.message = "must have required property '" + a + "'";
      r.expected = a;
      break;
    case 'readOnly':
      r.message = 'is read-only and must not be sent';
      r.expected = 'absent in requests';
      break;
    case 'minLength':
      r.message = 'must NOT have fewer than ' + a + ' characters';
      r.expected = '>= ' + a + ' characters';
      break;
    case 'maxLength':
      r.message = 'must NOT have more than ' + a + ' characters';
      r.expected = '<= ' + a + ' characters';
      break;
    case 'pattern':
      r.message = 'must match pattern "' + a + '"';
      r.expected = a;
      break;
    case 'format':
      r.message = 'must match format "' + a + '"';
      r.expected = a;
      break;
    case 'minimum':
      r.message = 'must be >= ' + a;
      r.expected = '>= ' + a;
      break;
    case 'maximum':
      r.message = 'must be <= ' + a;
      r.expected = '<= ' + a;
      break;
    case 'exclusiveMinimum':
      r.message = 'must be > ' + a;
      r.expected = '> ' + a;
      break;
    case 'exclusiveMaximum':
      r.message = 'must be < ' + a;
      r.expected = '< ' + a;
      break;
    case 'multipleOf':
      r.message = 'must be multiple of ' + a;
      r.expected = 'multiple of ' + a;
      break;
    case 'minItems':
      r.message = 'must NOT have fewer than ' + a + ' items';
      r.expected = '>= ' + a + ' items';
      break;
    case 'maxItems':
      r.message = 'must NOT have more than ' + a + ' items';
      r.expected = '<= ' + a + ' items';
      break;
    case 'uniqueItems':
      r.message =
        'must NOT have duplicate items (items ## ' + a[0] + ' and ' + a[1] + ' are identical)';
      r.expected = 'unique items';
      break;
    case 'enum':
      r.message = 'must be equal to one of the allowed values';
      r.expected = a;
      break;
    case 'anyOf':
      r.message = 'must match a schema in anyOf';
      r.expected = 'a matching branch';
      break;
    case 'oneOf':
      r.message = 'must match exactly one schema in oneOf';
      r.expected = 'exactly one matching branch';
      break;
    default:
      r.message = 'must satisfy ' + r.keyword;
      r.expected = String(a);
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
