import { lineCommentText } from '../escape/typescript.js';
import type { ApiIR } from '../ir/types.js';

/**
 * The first lines of every generated TypeScript file. Names the spec by its repo-relative path and
 * nothing else that varies (no date, version or absolute path), so output is byte-stable.
 */
export function generatedHeader(api: ApiIR): string {
  return [
    `// Generated from ${lineCommentText(api.specFile)} by openapi-profile-gen. Do not edit: run \`npm run generate\`.`,
    '/* eslint-disable */',
    '',
  ].join('\n');
}
