import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv04Module from 'ajv-draft-04';
import addFormatsModule from 'ajv-formats';
import type { ErrorObject } from 'ajv';

/** The vendored OASIS schema (test/vendor/sarif/README.md says where it comes from). */
export const SARIF_SCHEMA_FILE = path.resolve(import.meta.dirname, '../vendor/sarif/sarif-schema-2.1.0.json');

// Both packages are CommonJS with a default export; under ESM interop they may arrive wrapped.
type AjvLike = { compile(schema: object): ((data: unknown) => boolean) & { errors?: ErrorObject[] | null } };
const Ajv04 = ((Ajv04Module as unknown as { default?: unknown }).default ?? Ajv04Module) as new (options: object) => AjvLike;
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: AjvLike) => AjvLike;

let validate: ReturnType<AjvLike['compile']> | undefined;

/**
 * Validates a SARIF log against the official schema: JSON Schema draft-04 (its `$schema`), so ajv's
 * draft-04 build, with the formats it names (uri, uri-reference, date-time) checked. Returns the
 * errors, [] when valid.
 */
export function sarifErrors(log: unknown): string[] {
  if (!validate) {
    // strict: false because ajv's strict mode rejects a valid draft-04 idiom the schema uses
    // (`required` inside `anyOf` branches naming properties declared one level up).
    const ajv = new Ajv04({ allErrors: true, strict: false });
    addFormats(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(SARIF_SCHEMA_FILE, 'utf8')) as object);
  }
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}
