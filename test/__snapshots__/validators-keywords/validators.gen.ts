// Generated from test/fixtures/validators-keywords.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */
import type {
  Anything,
  CreateThingBody,
  CreateThingHeaders,
  CreateThingQueryParams,
  CreateThingResponse201,
  Named,
  Thing,
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

/** Validates a `Anything` (#/components/schemas/Anything) exactly as its JSON Schema says. */
export function validateAnything(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<Anything>;
export function validateAnything(value: unknown): ValidationResult<Anything> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Anything>(checkAnything(value, '', c, 0), value, c);
}

/** True when the value is a valid `Anything` (stops at the first error). */
export function isAnything(value: unknown): value is Anything {
  return _is(checkAnything, value);
}

/** Validates a `Named` (#/components/schemas/Named) exactly as its JSON Schema says. */
export function validateNamed(value: unknown, options?: ValidateOptions): ValidationResult<Named>;
export function validateNamed(value: unknown): ValidationResult<Named> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Named>(checkNamed(value, '', c, 0), value, c);
}

/** True when the value is a valid `Named` (stops at the first error). */
export function isNamed(value: unknown): value is Named {
  return _is(checkNamed, value);
}

/** Validates a `Thing` (#/components/schemas/Thing) exactly as its JSON Schema says. */
export function validateThing(value: unknown, options?: ValidateOptions): ValidationResult<Thing>;
export function validateThing(value: unknown): ValidationResult<Thing> {
  const c = _ctxOf(arguments[1], 0);
  return _result<Thing>(checkThing(value, '', c, 0), value, c);
}

/** True when the value is a valid `Thing` (stops at the first error). */
export function isThing(value: unknown): value is Thing {
  return _is(checkThing, value);
}

/** Validates the request body of `POST /things` (request mode: readOnly properties are rejected). */
export function validateCreateThingBody(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateThingBody>;
export function validateCreateThingBody(value: unknown): ValidationResult<CreateThingBody> {
  const c = _ctxOf(arguments[1], 1);
  return _result<CreateThingBody>(checkThing(value, '', c, 0), value, c);
}

/** Validates the query parameters of `POST /things` (an object keyed by parameter name). */
export function validateCreateThingQueryParams(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateThingQueryParams>;
export function validateCreateThingQueryParams(
  value: unknown,
): ValidationResult<CreateThingQueryParams> {
  const c = _ctxOf(arguments[1], 1);
  return _result<CreateThingQueryParams>(checkCreateThingQueryParams(value, '', c, 0), value, c);
}

/** Validates the header parameters of `POST /things` (an object keyed by parameter name). */
export function validateCreateThingHeaders(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateThingHeaders>;
export function validateCreateThingHeaders(value: unknown): ValidationResult<CreateThingHeaders> {
  const c = _ctxOf(arguments[1], 1);
  return _result<CreateThingHeaders>(checkCreateThingHeaders(value, '', c, 0), value, c);
}

/** Validates the 201 response body of `POST /things` (tolerant unless `strict`: unknown enum values and extra properties are warnings). */
export function validateCreateThingResponse201(
  value: unknown,
  options?: ValidateOptions,
): ValidationResult<CreateThingResponse201>;
export function validateCreateThingResponse201(
  value: unknown,
): ValidationResult<CreateThingResponse201> {
  const c = _ctxOf(arguments[1], 3);
  return _result<CreateThingResponse201>(checkThing(value, '', c, 0), value, c);
}

const _F_UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const _re1 = new RegExp('^\\p{L}', 'u');
const _re2 = new RegExp('^x-', 'u');
const _enum1 = new Set<unknown>([1, 2, 3, 'low', null]);
const _F_EMAIL =
  /^[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-zA-Z0-9]+(?:-+[a-zA-Z0-9]+)*(?:\.[a-zA-Z0-9]+(?:-+[a-zA-Z0-9]+)*)+$/;
const _branches1: readonly _Check[] = [checkThing$2, checkThing$3];
const _branches2: readonly _Check[] = [checkThing$4, checkThing$5];
const _keys1 = new Set<string>([
  'name',
  'size',
  'count',
  'tags',
  'point',
  'labels',
  'note',
  'kind',
  'level',
  'contact',
  'value',
  'choice',
  'notEmpty',
  'window',
  'parts',
  'base',
  'meta',
]);
const _re3 = new RegExp('^[a-f0-9]{8}$', 'u');
const _re4 = new RegExp('^[a-z]+$', 'u');

/** #/components/schemas/Anything */
function checkAnything(_v: unknown, _p: string, _c: _Ctx, _d: number): boolean {
  return true;
}

/** #/components/schemas/Named */
function checkNamed(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.id;
    if (v1 === undefined) {
      c.e = _err(c.e, p, 'required', 'id', "must have required property 'id'");
      if (c.ff) return false;
    } else {
      if (typeof v1 === 'string') {
        if (!_F_UUID.test(v1)) {
          c.e = _err(c.e, p + '/id', 'format', 'uuid', 'must match format "uuid"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/id', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Thing */
function checkThing(v: unknown, p: string, c: _Ctx, d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.name;
    if (v1 === undefined) {
      c.e = _err(c.e, p, 'required', 'name', "must have required property 'name'");
      if (c.ff) return false;
    } else {
      if (typeof v1 === 'string') {
        if (v1.length < 1) {
          c.e = _err(
            c.e,
            p + '/name',
            'minLength',
            '>= 1 characters',
            'must NOT have fewer than 1 characters',
          );
          if (c.ff) return false;
        }
        if (v1.length > 40 && _len(v1) > 40) {
          c.e = _err(
            c.e,
            p + '/name',
            'maxLength',
            '<= 40 characters',
            'must NOT have more than 40 characters',
          );
          if (c.ff) return false;
        }
        if (!_re1.test(v1)) {
          c.e = _err(c.e, p + '/name', 'pattern', '^\\p{L}', 'must match pattern "^\\p{L}"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/name', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
    const v2 = v.size;
    if (v2 === undefined) {
      c.e = _err(c.e, p, 'required', 'size', "must have required property 'size'");
      if (c.ff) return false;
    } else {
      if (typeof v2 === 'number') {
        if (v2 > 10) {
          c.e = _err(c.e, p + '/size', 'maximum', '<= 10', 'must be <= 10');
          if (c.ff) return false;
        }
        if (v2 <= 0) {
          c.e = _err(c.e, p + '/size', 'exclusiveMinimum', '> 0', 'must be > 0');
          if (c.ff) return false;
        }
        if (!Number.isInteger(v2 / 0.5)) {
          c.e = _err(c.e, p + '/size', 'multipleOf', 'multiple of 0.5', 'must be multiple of 0.5');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/size', 'type', 'number', 'must be number');
        if (c.ff) return false;
      }
    }
    const v3 = v.count;
    if (v3 !== undefined) {
      if (typeof v3 === 'number') {
        if (!Number.isInteger(v3)) {
          c.e = _err(c.e, p + '/count', 'type', 'integer', 'must be integer');
          if (c.ff) return false;
        }
        if (!(Number.isInteger(v3) && v3 >= -2147483648 && v3 <= 2147483647)) {
          c.e = _err(c.e, p + '/count', 'format', 'int32', 'must match format "int32"');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/count', 'type', 'integer', 'must be integer');
        if (c.ff) return false;
      }
    }
    const v4 = v.tags;
    if (v4 !== undefined) {
      if (Array.isArray(v4)) {
        if (v4.length < 1) {
          c.e = _err(
            c.e,
            p + '/tags',
            'minItems',
            '>= 1 items',
            'must NOT have fewer than 1 items',
          );
          if (c.ff) return false;
        }
        if (v4.length > 5) {
          c.e = _err(c.e, p + '/tags', 'maxItems', '<= 5 items', 'must NOT have more than 5 items');
          if (c.ff) return false;
        }
        for (let i5 = 0; i5 < v4.length; i5++) {
          const v6 = v4[i5];
          if (typeof v6 !== 'string') {
            c.e = _err(c.e, p + '/tags/' + i5, 'type', 'string', 'must be string');
            if (c.ff) return false;
          }
        }
        const d7 = _dup(v4);
        if (d7 !== undefined) {
          c.e = _errOf(c.e, p + '/tags', 'uniqueItems', d7);
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/tags', 'type', 'array', 'must be array');
        if (c.ff) return false;
      }
    }
    const v8 = v.point;
    if (v8 !== undefined) {
      if (Array.isArray(v8)) {
        if (v8.length > 0) {
          const v9 = v8[0];
          if (typeof v9 !== 'number') {
            c.e = _err(c.e, p + '/point/0', 'type', 'number', 'must be number');
            if (c.ff) return false;
          }
        }
        if (v8.length > 1) {
          const v10 = v8[1];
          if (typeof v10 !== 'number') {
            c.e = _err(c.e, p + '/point/1', 'type', 'number', 'must be number');
            if (c.ff) return false;
          }
        }
        if (v8.length > 2) {
          c.e = _err(c.e, p + '/point', 'items', '<= 2 items', 'must NOT have more than 2 items');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/point', 'type', 'array', 'must be array');
        if (c.ff) return false;
      }
    }
    const v12 = v.labels;
    if (v12 !== undefined) {
      if (_isObj(v12)) {
        for (const k13 in v12) {
          if (!checkThing$1(k13, p + '/labels', c, d + 1)) {
            c.e = _errOf(c.e, p + '/labels', 'propertyNames', k13);
            if (c.ff) return false;
          }
          const v14 = v12[k13];
          let known15 = false;
          if (_re2.test(k13)) {
            known15 = true;
            if (typeof v14 !== 'string') {
              c.e = _err(c.e, p + '/labels/' + _esc(k13), 'type', 'string', 'must be string');
              if (c.ff) return false;
            }
          }
          if (!known15) {
            if (!Number.isInteger(v14)) {
              c.e = _err(c.e, p + '/labels/' + _esc(k13), 'type', 'integer', 'must be integer');
              if (c.ff) return false;
            }
          }
        }
        if (Object.keys(v12).length > 8) {
          c.e = _err(
            c.e,
            p + '/labels',
            'maxProperties',
            '<= 8 properties',
            'must NOT have more than 8 properties',
          );
          if (c.ff) return false;
        }
        if (Object.keys(v12).length < 1) {
          c.e = _err(
            c.e,
            p + '/labels',
            'minProperties',
            '>= 1 properties',
            'must NOT have fewer than 1 properties',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/labels', 'type', 'object', 'must be object');
        if (c.ff) return false;
      }
    }
    const v16 = v.note;
    if (v16 !== undefined) {
      if (!(typeof v16 === 'string' || v16 === null)) {
        c.e = _err(c.e, p + '/note', 'type', 'string | null', 'must be string or null');
        if (c.ff) return false;
      }
    }
    const v17 = v.kind;
    if (v17 !== undefined) {
      if (v17 !== 'thing') {
        c.e = _err(c.e, p + '/kind', 'const', '"thing"', 'must be equal to constant');
        if (c.ff) return false;
      }
    }
    const v18 = v.level;
    if (v18 !== undefined) {
      if (!_enum1.has(v18)) {
        if (
          _tol(
            c,
            p + '/level',
            'enum',
            'one of 1, 2, 3, "low", null',
            'must be equal to one of the allowed values',
          ) &&
          c.ff
        )
          return false;
      }
    }
    const v19 = v.contact;
    if (v19 !== undefined) {
      if (_isObj(v19)) {
        const v20 = v19.name;
        if (v20 !== undefined) {
          if (typeof v20 !== 'string') {
            c.e = _err(c.e, p + '/contact/name', 'type', 'string', 'must be string');
            if (c.ff) return false;
          }
        }
        const v21 = v19.email;
        if (v21 !== undefined) {
          if (typeof v21 === 'string') {
            if (!_F_EMAIL.test(v21)) {
              c.e = _err(c.e, p + '/contact/email', 'format', 'email', 'must match format "email"');
              if (c.ff) return false;
            }
          } else {
            c.e = _err(c.e, p + '/contact/email', 'type', 'string', 'must be string');
            if (c.ff) return false;
          }
        }
        if (v19.email !== undefined) {
          if (v19.name === undefined) {
            c.e = _err(
              c.e,
              p + '/contact',
              'dependentRequired',
              'name',
              'must have property name when property email is present',
            );
            if (c.ff) return false;
          }
        }
      } else {
        c.e = _err(c.e, p + '/contact', 'type', 'object', 'must be object');
        if (c.ff) return false;
      }
    }
    const v22 = v.value;
    if (v22 !== undefined) {
      if (!_anyOf(v22, p + '/value', c, d + 1, _branches1)) {
        c.e = _err(c.e, p + '/value', 'anyOf', 'a matching branch', 'must match a schema in anyOf');
        if (c.ff) return false;
      }
    }
    const v23 = v.choice;
    if (v23 !== undefined) {
      if (!_oneOf(v23, p + '/choice', c, d + 1, _branches2)) {
        c.e = _err(
          c.e,
          p + '/choice',
          'oneOf',
          'exactly one matching branch',
          'must match exactly one schema in oneOf',
        );
        if (c.ff) return false;
      }
    }
    const v24 = v.notEmpty;
    if (v24 !== undefined) {
      if (_test(v24, p + '/notEmpty', c, d + 1, checkThing$6)) {
        c.e = _err(c.e, p + '/notEmpty', 'not', 'not the schema in not', 'must NOT be valid');
        if (c.ff) return false;
      }
    }
    const v25 = v.window;
    if (v25 !== undefined) {
      if (!_isObj(v25)) {
        c.e = _err(c.e, p + '/window', 'type', 'object', 'must be object');
        if (c.ff) return false;
      }
      if (_test(v25, p + '/window', c, d + 1, checkThing$7)) {
        if (!checkThing$8(v25, p + '/window', c, d + 1)) {
          c.e = _err(c.e, p + '/window', 'if', 'the "then" schema', 'must match "then" schema');
          if (c.ff) return false;
        }
      } else {
        if (!checkThing$9(v25, p + '/window', c, d + 1)) {
          c.e = _err(c.e, p + '/window', 'if', 'the "else" schema', 'must match "else" schema');
          if (c.ff) return false;
        }
      }
    }
    const v26 = v.parts;
    if (v26 !== undefined) {
      if (Array.isArray(v26)) {
        if (!_contains(v26, p + '/parts', c, d + 1, checkThing$10, 1, 1)) {
          c.e = _err(
            c.e,
            p + '/parts',
            'contains',
            '1..1 matching items',
            'must contain at least 1 and no more than 1 valid item(s)',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/parts', 'type', 'array', 'must be array');
        if (c.ff) return false;
      }
    }
    const v27 = v.base;
    if (v27 !== undefined) {
      if (!checkNamed(v27, p + '/base', c, d + 1) && c.ff) return false;
      if (_isObj(v27)) {
        const v28 = v27.extra;
        if (v28 !== undefined) {
          if (typeof v28 !== 'boolean') {
            c.e = _err(c.e, p + '/base/extra', 'type', 'boolean', 'must be boolean');
            if (c.ff) return false;
          }
        }
      } else {
        c.e = _err(c.e, p + '/base', 'type', 'object', 'must be object');
        if (c.ff) return false;
      }
    }
    const v29 = v.meta;
    if (v29 !== undefined) {
      if (!checkAnything(v29, p + '/meta', c, d + 1) && c.ff) return false;
    }
    for (const k30 in v) {
      if (!_keys1.has(k30)) {
        if (_tolOf(c, p, 'additionalProperties', k30) && c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** query parameters of POST /things */
function checkCreateThingQueryParams(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.limit;
    if (v1 !== undefined) {
      if (typeof v1 === 'number') {
        if (!Number.isInteger(v1)) {
          c.e = _err(c.e, p + '/limit', 'type', 'integer', 'must be integer');
          if (c.ff) return false;
        }
        if (v1 < 1) {
          c.e = _err(c.e, p + '/limit', 'minimum', '>= 1', 'must be >= 1');
          if (c.ff) return false;
        }
        if (v1 > 100) {
          c.e = _err(c.e, p + '/limit', 'maximum', '<= 100', 'must be <= 100');
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/limit', 'type', 'integer', 'must be integer');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** header parameters of POST /things */
function checkCreateThingHeaders(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v['X-Trace'];
    if (v1 === undefined) {
      c.e = _err(c.e, p, 'required', 'X-Trace', "must have required property 'X-Trace'");
      if (c.ff) return false;
    } else {
      if (typeof v1 === 'string') {
        if (!_re3.test(v1)) {
          c.e = _err(
            c.e,
            p + '/X-Trace',
            'pattern',
            '^[a-f0-9]{8}$',
            'must match pattern "^[a-f0-9]{8}$"',
          );
          if (c.ff) return false;
        }
      } else {
        c.e = _err(c.e, p + '/X-Trace', 'type', 'string', 'must be string');
        if (c.ff) return false;
      }
    }
  } else {
    c.e = _err(c.e, p, 'type', 'object', 'must be object');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Thing/properties/labels/propertyNames */
function checkThing$1(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (typeof v === 'string') {
    if (!_re4.test(v)) {
      c.e = _err(c.e, p, 'pattern', '^[a-z]+$', 'must match pattern "^[a-z]+$"');
      if (c.ff) return false;
    }
  }
  return c.e.length === e;
}

/** #/components/schemas/Thing/properties/value/anyOf/0 */
function checkThing$2(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    c.e = _err(c.e, p, 'type', 'string', 'must be string');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Thing/properties/value/anyOf/1 */
function checkThing$3(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (typeof v === 'number') {
    if (v < 0) {
      c.e = _err(c.e, p, 'minimum', '>= 0', 'must be >= 0');
      if (c.ff) return false;
    }
  } else {
    c.e = _err(c.e, p, 'type', 'number', 'must be number');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Thing/properties/choice/oneOf/0 */
function checkThing$4(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (typeof v === 'string') {
    if (v.length > 3 && _len(v) > 3) {
      c.e = _err(c.e, p, 'maxLength', '<= 3 characters', 'must NOT have more than 3 characters');
      if (c.ff) return false;
    }
  } else {
    c.e = _err(c.e, p, 'type', 'string', 'must be string');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Thing/properties/choice/oneOf/1 */
function checkThing$5(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (typeof v === 'string') {
    if (v.length < 5 || (v.length < 10 && _len(v) < 5)) {
      c.e = _err(c.e, p, 'minLength', '>= 5 characters', 'must NOT have fewer than 5 characters');
      if (c.ff) return false;
    }
  } else {
    c.e = _err(c.e, p, 'type', 'string', 'must be string');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Thing/properties/notEmpty/not */
function checkThing$6(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (v !== '') {
    c.e = _err(c.e, p, 'const', '""', 'must be equal to constant');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

/** #/components/schemas/Thing/properties/window/if */
function checkThing$7(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.unit;
    if (v1 !== undefined) {
      if (v1 !== 'days') {
        c.e = _err(c.e, p + '/unit', 'const', '"days"', 'must be equal to constant');
        if (c.ff) return false;
      }
    }
  }
  return c.e.length === e;
}

/** #/components/schemas/Thing/properties/window/then */
function checkThing$8(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.length;
    if (v1 !== undefined) {
      if (typeof v1 === 'number') {
        if (v1 > 31) {
          c.e = _err(c.e, p + '/length', 'maximum', '<= 31', 'must be <= 31');
          if (c.ff) return false;
        }
      }
    }
  }
  return c.e.length === e;
}

/** #/components/schemas/Thing/properties/window/else */
function checkThing$9(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (_isObj(v)) {
    const v1 = v.length;
    if (v1 !== undefined) {
      if (typeof v1 === 'number') {
        if (v1 > 24) {
          c.e = _err(c.e, p + '/length', 'maximum', '<= 24', 'must be <= 24');
          if (c.ff) return false;
        }
      }
    }
  }
  return c.e.length === e;
}

/** #/components/schemas/Thing/properties/parts/contains */
function checkThing$10(v: unknown, p: string, c: _Ctx, _d: number): boolean {
  const e = c.e.length;
  if (typeof v !== 'string') {
    c.e = _err(c.e, p, 'type', 'string', 'must be string');
    if (c.ff) return false;
  }
  if (v !== 'head') {
    c.e = _err(c.e, p, 'const', '"head"', 'must be equal to constant');
    if (c.ff) return false;
  }
  return c.e.length === e;
}

// Runtime: only what the checks above use.

/** State of one validation run. Problems are recorded finished (texts and all), so a run ends with no pass over them. */
interface _Ctx {
  /** Errors so far (`_NONE` until the first; `_SKIP` in type guards, which only need the verdict). */
  e: ValidationError[];
  /** Warnings so far (tolerant responses only; `_NONE` until the first). */
  w: ValidationError[];
  /** Stop at the first error. */
  ff: boolean;
  /** 0 schema, 1 request, 2 strict response, 3 tolerant response. */
  m: number;
  /** The deepest level a recursive check may enter (`maxDepth`). */
  md: number;
}

/**
 * A compiled check: true when `v` is valid; errors are pushed to `c` with pointers under `p`.
 * `d` is the nesting depth of `v` in the validated value.
 */
type _Check = (v: unknown, p: string, c: _Ctx, d: number) => boolean;

/** The lists of a run without problems: one frozen empty list, shared. */
const _NONE: readonly ValidationError[] = Object.freeze([]);

/** The error list of type guards: `_err` records nothing in it. */
const _SKIP: readonly ValidationError[] = Object.freeze([]);

/** The default `maxDepth`. */
const _MAX_DEPTH = 1000;

function _ctx(e: readonly ValidationError[], ff: boolean, m: number, md: number): _Ctx {
  return { e: e as ValidationError[], w: _NONE as ValidationError[], ff, m, md };
}

/**
 * The context of one validator call (`m`: its mode before options, `options`: the validator's
 * `arguments[1]`), its lists starting as `_NONE`.
 * Each call has its own: nothing to mark in use or restore when a getter of the value throws or
 * validates again. Each validator calls this, its check (through `_run` where checks recurse) and
 * `_result` itself, where V8 can see the whole call and keep the context out of the heap
 * (bench/validators.ts: ~25% on small bodies against one shared `_validate` function; one
 * allocation site, not one per branch, for the same reason).
 */
function _ctxOf(options: ValidateOptions | undefined, m: number): _Ctx {
  return _ctx(
    _NONE,
    options !== undefined && options.failFast === true,
    m === 3 && options !== undefined && options.strict === true ? 2 : m,
    options === undefined || options.maxDepth === undefined ? _MAX_DEPTH : options.maxDepth,
  );
}

/** The result of a run: its lists are handed out as they are (their errors are finished). */
function _result<T>(ok: boolean, value: unknown, c: _Ctx): ValidationResult<T> {
  return ok
    ? { ok: true, value: value as T, warnings: c.w }
    : { ok: false, errors: c.e, warnings: c.w };
}

/** The context of type guards: fail-fast, records nothing, so it never changes and is shared. */
const _G = _ctx(_SKIP, true, 0, _MAX_DEPTH);

/** A type guard: true when valid. */
function _is(check: _Check, value: unknown): boolean {
  return check(value, '', _G, 0);
}

/**
 * The error list `e` with one more error, its texts written at generation time (messages.ts); a
 * check stores it back (`c.e = _err(c.e, ...)`). It takes the list, not the context: V8 does not
 * inline a call the valid runs never make, and a context handed to a call that is not inlined is
 * allocated on every run, valid ones too (bench/validators.ts, small bodies: ~1.4x the time).
 */
function _err(
  e: ValidationError[],
  pointer: string,
  keyword: string,
  expected: string,
  message: string,
): ValidationError[] {
  return e === _SKIP ? e : _with(e, { pointer, keyword, expected, message });
}

/**
 * `list` with `r` appended. A run starts with the shared empty list and the first problem makes its
 * own: `[r]` allocates one small array, where a push onto `[]` grows a fresh array (V8: ~10x the cost).
 */
function _with(list: ValidationError[], r: ValidationError): ValidationError[] {
  if (list.length === 0) return [r];
  list.push(r);
  return list;
}

/** `_err` for a parameter `a` known only at run time: `_issue` writes the texts, when recorded. */
function _errOf(
  e: ValidationError[],
  pointer: string,
  keyword: string,
  a: unknown,
): ValidationError[] {
  return e === _SKIP ? e : _with(e, _issue(pointer, keyword, a));
}

/** A warning in a tolerant response (returns false: the value passes), an error otherwise (returns true). */
function _tol(
  c: _Ctx,
  pointer: string,
  keyword: string,
  expected: string,
  message: string,
): boolean {
  if (c.m === 3) {
    c.w = _with(c.w, { pointer, keyword, expected, message });
    return false;
  }
  c.e = _err(c.e, pointer, keyword, expected, message);
  return true;
}

/** `_tol` for a parameter `a` known only at run time. */
function _tolOf(c: _Ctx, pointer: string, keyword: string, a: unknown): boolean {
  if (c.m === 3) {
    c.w = _with(c.w, _issue(pointer, keyword, a));
    return false;
  }
  c.e = _errOf(c.e, pointer, keyword, a);
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

/** oneOf: exactly one branch passes; stops at the second pass (as ajv). Tolerance as in _anyOf. */
function _oneOf(v: unknown, p: string, c: _Ctx, d: number, branches: readonly _Check[]): boolean {
  const ne = c.e.length;
  const m = c.m;
  if (m === 3) c.m = 2;
  let n = _count(v, p, c, d, branches);
  if (n === 0 && m === 3) {
    _trim(c, ne, -1);
    c.m = 3;
    n = _count(v, p, c, d, branches);
  }
  c.m = m;
  if (n === 1) _trim(c, ne, -1);
  return n === 1;
}

function _count(v: unknown, p: string, c: _Ctx, d: number, branches: readonly _Check[]): number {
  let n = 0;
  for (let i = 0; i < branches.length; i++) {
    const nw = c.w.length;
    if (branches[i]!(v, p, c, d)) {
      if (++n > 1) break;
    } else _trim(c, -1, nw);
  }
  return n;
}

/** contains with min/maxContains: counts passing items (strictly); item errors stay only on failure. */
function _contains(
  a: readonly unknown[],
  p: string,
  c: _Ctx,
  d: number,
  check: _Check,
  min: number,
  max: number,
): boolean {
  const ne = c.e.length;
  const m = c.m;
  if (m === 3) c.m = 2;
  let n = 0;
  let ok = min === 0;
  for (let i = 0; i < a.length; i++) {
    if (!check(a[i], p + '/' + i, c, d + 1)) continue;
    n++;
    if (n > max) {
      ok = false;
      break;
    }
    if (n >= min) {
      ok = true;
      if (max === Infinity) break;
    }
  }
  c.m = m;
  if (ok) _trim(c, ne, -1);
  return ok;
}

/**
 * An error whose parameter `a` is known only at run time (its shape depends on the keyword). Errors
 * with a parameter the schema fixes got their texts at generation time.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function _issue(pointer: string, keyword: string, a: any): ValidationError {
  const r: ValidationError = { pointer, keyword, expected: '', message: '' };
  switch (keyword) {
    case 'uniqueItems':
      r.message =
        'must NOT have duplicate items (items ## ' + a[0] + ' and ' + a[1] + ' are identical)';
      r.expected = 'unique items';
      break;
    case 'additionalProperties':
      r.message = 'must NOT have additional property ' + JSON.stringify(a);
      r.expected = 'no property ' + JSON.stringify(a);
      break;
    case 'propertyNames':
      r.message = 'property name ' + JSON.stringify(a) + ' is invalid';
      r.expected = 'valid property names';
      break;
    default:
      r.message = 'must satisfy ' + r.keyword;
      r.expected = String(a);
  }
  return r;
}
