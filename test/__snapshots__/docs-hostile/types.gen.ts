// Generated from test/fixtures/docs-hostile.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/items/{item_id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Create an <item> | `fast` *now* {{ x }} </script>
     * @description Creates *an* item. </script><script>window.__pwned = 3</script>
     *     Second line | with a pipe and a \ backslash.
     */
    post: operations['createItem'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    /**
     * @description Enum values that look like code: </script>, *\/, ${x}, {{ x }}.
     * @enum {string}
     */
    HostileEnum:
      | '</script>'
      | '*/'
      | '${x}'
      | 'a|b'
      | '`tick`'
      | '{{ x }}'
      | '<img src=x onerror="window.__pwned = 5">'
      | '# heading'
      | '[link](x)';
    /**
     * @description An item whose description has *emphasis*, `code`, <em>html</em>, a | pipe,
     *     {{ vue }}, {jsx}, ${template}, *\/ and </script>.
     */
    HostileItem: {
      /** @description Pipe in the key | and in the text */
      'a|b': string;
      /** @description Backtick key with ``` fence */
      '`tick`'?: string;
      /** @description Mustache key */
      '{{ name }}'?: string;
      nested?: {
        /** @description HTML-looking key <b> */
        '<b>'?: string;
      };
      kind?: components['schemas']['HostileEnum'];
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  createItem: {
    parameters: {
      query?: {
        /**
         * @description Line one
         *     Line two | piped
         *     # hash line
         */
        mode?:
          '</script>' | '*/' | '${x}' | 'a|b' | '`tick`' | '{{ x }}' | '**bold**' | '' | ' spaced ';
      };
      header?: never;
      path: {
        /** @description ID with `code` | pipe <b>bold</b> {{ id }} *\/ */
        item_id: string;
      };
      cookie?: never;
    };
    /** @description Body <details> with {braces} and ${template} */
    requestBody: {
      content: {
        /**
         * @example {
         *       "a|b": "</script><script>window.__pwned = 4</script>",
         *       "`tick`": "*\/ ${x} {{ x }}",
         *       "{{ name }}": "",
         *       "nested": {
         *         "<b>": "```"
         *       }
         *     }
         */
        'application/json': components['schemas']['HostileItem'];
      };
    };
    responses: {
      /** @description OK <b>bold</b> | piped `tick` {{ ok }} */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          /**
           * @example {
           *       "a|b": "</script>",
           *       "`tick`": "```js"
           *     }
           */
          'application/json': components['schemas']['HostileItem'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/ir/names.ts.
export type HostileEnum = components['schemas']['HostileEnum'];
export type HostileItem = components['schemas']['HostileItem'];
export type CreateItemBody = NonNullable<
  paths['/items/{item_id}']['post']['requestBody']
>['content']['application/json'];
export type CreateItemPathParams = NonNullable<
  paths['/items/{item_id}']['post']['parameters']['path']
>;
export type CreateItemQueryParams = NonNullable<
  paths['/items/{item_id}']['post']['parameters']['query']
>;
export type CreateItemResponse200 =
  paths['/items/{item_id}']['post']['responses'][200]['content']['application/json'];
