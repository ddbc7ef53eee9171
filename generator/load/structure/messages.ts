import type { DiagnosticCode } from '../../diagnostics.js';
import type { SchemaError } from './compiled.js';

/** One structural problem: where (a JSON pointer into the spec), which code, and what to tell a person. */
export interface StructureIssue {
  pointer: string;
  code: DiagnosticCode;
  message: string;
  /** From 3.1's unevaluatedProperties, which also flags known fields of an object that failed otherwise. */
  unevaluated?: boolean;
}

/** Swagger 2 fields met in OpenAPI 3 documents, with where their content goes now. */
const SWAGGER2_FIELDS: Record<string, string> = {
  swagger: 'Swagger 2 documents are not supported; convert the document to OpenAPI 3',
  definitions: 'Swagger 2: schemas go under `components.schemas` in OpenAPI 3',
  securityDefinitions: 'Swagger 2: use `components.securitySchemes`',
  host: 'Swagger 2: use `servers`',
  basePath: 'Swagger 2: use `servers`',
  schemes: 'Swagger 2: use `servers`',
  consumes: 'Swagger 2: media types are the keys of `requestBody.content` in OpenAPI 3',
  produces: 'Swagger 2: media types are the keys of a response\'s `content` in OpenAPI 3',
  collectionFormat: 'Swagger 2: use `style` and `explode`',
};

const PARAMETER_SCHEMA_FIELDS = new Set(['type', 'format', 'items', 'enum', 'default', 'minimum', 'maximum', 'pattern', 'minLength', 'maxLength']);

/** The message and code for one (non-composite) ajv error. */
export function describeIssue(e: SchemaError): StructureIssue {
  const at = e.instancePath;
  const field = subject(at);
  const p = e.params;
  switch (e.keyword) {
    case 'required':
      return { pointer: at, code: 'SPEC_MISSING_FIELD', message: `${field}${objectKind(e)} is missing the required field \`${String(p.missingProperty)}\`` };
    case 'type':
      return { pointer: at, code: 'SPEC_WRONG_TYPE', message: wrongType(e, field) };
    case 'enum':
    case 'const': {
      const allowed = e.keyword === 'const' ? [p.allowedValue] : ((p.allowedValues as unknown[]) ?? []);
      const list = allowed.map((v) => JSON.stringify(v)).join(', ');
      const expected = allowed.length === 1 ? `must be ${list}` : `must be one of ${list}`;
      return { pointer: at, code: 'SPEC_INVALID_VALUE', message: `${field} ${expected}, found ${show(e.data)}${valueHint(at, e.data)}` };
    }
    case 'pattern':
      return { pointer: at, code: 'SPEC_INVALID_VALUE', message: patternMessage(at, field, e.data, String(p.pattern)) };
    case 'additionalProperties':
    case 'unevaluatedProperties':
      return extraField(e, String(p.additionalProperty ?? p.unevaluatedProperty));
    case 'propertyNames':
      return {
        pointer: `${at}/${escape(String(p.propertyName))}`,
        code: 'SPEC_INVALID_KEY',
        message: `name ${show(p.propertyName)} in ${field} may only contain letters, digits, '.', '-' and '_'`,
      };
    case 'minItems':
    case 'minProperties':
      return {
        pointer: at,
        code: 'SPEC_INVALID_VALUE',
        message: Number(p.limit) === 1 ? `${field} must not be empty` : `${field} needs at least ${String(p.limit)} entries`,
      };
    case 'maxProperties':
    case 'maxItems':
      return { pointer: at, code: 'SPEC_INVALID_VALUE', message: `${field} may have at most ${String(p.limit)} ${Number(p.limit) === 1 ? 'entry' : 'entries'}` };
    case 'uniqueItems':
      return { pointer: at, code: 'SPEC_INVALID_VALUE', message: `${field} lists the same value twice (items ${String(p.j)} and ${String(p.i)})` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return { pointer: at, code: 'SPEC_INVALID_VALUE', message: `${field} must be ${String(p.comparison)} ${String(p.limit)}, found ${show(e.data)}` };
    case 'not':
      return { pointer: at, code: 'SPEC_INVALID_STRUCTURE', message: notMessage(e, field) };
    case 'false schema':
      return { pointer: at, code: 'SPEC_INVALID_STRUCTURE', message: `${field} is not allowed here` };
    default:
      return { pointer: at, code: 'SPEC_INVALID_STRUCTURE', message: `${field} ${e.message ?? 'is invalid'}` };
  }
}

/** `enum` must be a list, found a string. */
function wrongType(e: SchemaError, field: string): string {
  const wanted = (Array.isArray(e.params.type) ? e.params.type : String(e.params.type).split(',')).map(String);
  if (e.instancePath.endsWith('/type') && Array.isArray(e.data) && wanted.includes('string') && !wanted.includes('array')) {
    return 'OpenAPI 3.0 `type` must be a single string (use nullable: true for null)';
  }
  const words = [...new Set(wanted.map((t) => (t === 'boolean' && wanted.length > 1 ? 'a boolean' : typeWord(t))))];
  const expected = words.length === 1 ? words[0]! : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
  return `${field} must be ${expected}, found ${kindOf(e.data)}`;
}

function typeWord(type: string): string {
  return (
    { array: 'a list', object: 'an object (a map of fields)', string: 'a string', boolean: 'true or false', integer: 'an integer', number: 'a number', null: 'null' }[type] ??
    type
  );
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${show(value)}`;
  return `${typeof value === 'boolean' ? 'the boolean' : 'the number'} ${String(value)}`;
}

/** Unknown fields are warnings (nothing reads them); a key a map does not allow is an error. */
function extraField(e: SchemaError, key: string): StructureIssue {
  const pointer = `${e.instancePath}/${escape(key)}`;
  const patterns = Object.keys((e.parentSchema?.patternProperties as Record<string, unknown> | undefined) ?? {}).filter((p) => p !== '^x-');
  if (patterns.length > 0) {
    const pattern = patterns[0]!;
    if (pattern === '^\\/' || pattern === '^/') return { pointer, code: 'SPEC_INVALID_KEY', message: `path ${show(key)} must start with /` };
    if (pattern.startsWith('^[1-5]')) {
      return { pointer, code: 'SPEC_INVALID_KEY', message: `response key ${show(key)} is not a status code (100-599), a range like 4XX, or default` };
    }
    if (pattern.startsWith('^[a-zA-Z0-9')) {
      return { pointer, code: 'SPEC_INVALID_KEY', message: `name ${show(key)} may only contain letters, digits, '.', '-' and '_'` };
    }
    return { pointer, code: 'SPEC_INVALID_KEY', message: `key ${show(key)} must match ${pattern}` };
  }
  const hint = SWAGGER2_FIELDS[key] ?? (PARAMETER_SCHEMA_FIELDS.has(key) && /Parameter|Header/.test(objectName(e)) ? 'in OpenAPI 3 it belongs inside `schema`' : 'extensions must start with x-');
  return { pointer, code: 'SPEC_UNKNOWN_FIELD', unevaluated: e.keyword === 'unevaluatedProperties', message: `\`${key}\` is not a field${objectIn(e) ? objectIn(e).replace(' in ', ' of ') : ' here'} (${hint})` };
}

function patternMessage(at: string, field: string, value: unknown, pattern: string): string {
  if (at === '/openapi') return `\`openapi\` must be a version like 3.0.3 or 3.1.0, found ${show(value)}`;
  return `${field} ${show(value)} does not match ${pattern}`;
}

function notMessage(e: SchemaError, field: string): string {
  const required = ((e.schema as { required?: unknown[] } | undefined)?.required ?? []).map((k) => `\`${String(k)}\``);
  if (required.length >= 2) return `${field} cannot have both ${required.join(' and ')}`;
  if (required.length === 1) {
    const description = typeof e.parentSchema?.description === 'string' ? ` (${e.parentSchema.description})` : '';
    return `${required[0]} is not allowed in ${field} here${description}`;
  }
  return `${field} has a form that is not allowed here`;
}

/** Hints for values that come from Swagger 2. */
function valueHint(at: string, value: unknown): string {
  if (!/\/parameters\/[^/]+\/in$/.test(at)) return '';
  if (value === 'body') return ' (a Swagger 2 body parameter: in OpenAPI 3 the body is the operation\'s `requestBody`)';
  if (value === 'formData') return ' (Swagger 2 form fields: in OpenAPI 3 use a `requestBody` with application/x-www-form-urlencoded or multipart/form-data)';
  return '';
}

function objectName(e: SchemaError): string {
  const name = e.parentSchema?.['x-object'];
  return typeof name === 'string' ? name : '';
}

/** ` in a Parameter Object` */
function objectIn(e: SchemaError): string {
  const name = objectName(e);
  return name ? ` in ${article(name)} ${name}` : '';
}

/** ` (an Info Object)` */
function objectKind(e: SchemaError): string {
  const name = objectName(e);
  return name && name !== 'OpenAPI Object' ? ` (${article(name)} ${name})` : '';
}

function article(name: string): string {
  return /^[AEIOU]/.test(name) ? 'an' : 'a';
}

/** The field a pointer ends in: `enum`, `parameters[1]`, or the document. */
export function subject(pointer: string): string {
  if (pointer === '') return 'the document';
  const segments = pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const last = segments.at(-1)!;
  const parent = segments.at(-2);
  if (parent === 'responses') return `response \`${last}\``;
  if (/^\d+$/.test(last) && parent !== undefined) return `\`${parent}[${last}]\``;
  return `\`${last}\``;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
