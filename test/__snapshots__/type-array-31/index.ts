// Generated from test/fixtures/type-array-31.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export * from './types.gen.js';
export * from './client.gen.js';
export * from './validators.gen.js';
