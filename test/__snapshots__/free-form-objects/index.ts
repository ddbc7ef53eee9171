// Generated from test/fixtures/free-form-objects.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export * from './types.gen.js';
export * from './client.gen.js';
export * from './validators.gen.js';
