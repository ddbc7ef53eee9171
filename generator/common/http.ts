/** The HTTP methods an OpenAPI Path Item can hold. */
export type HttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace' | 'query';

/** HTTP methods in the canonical order used everywhere output order depends on methods. */
export const HTTP_METHODS: readonly Exclude<HttpMethod, 'query'>[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
