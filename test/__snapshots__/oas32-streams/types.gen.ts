// Generated from test/fixtures/oas32-streams.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export interface paths {
  '/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Server-Sent Events, one per change */
    get: operations['watchEvents'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/logs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['tailLogs'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/logs/ndjson': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['tailLogsNdjson'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/logs/seq': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get: operations['tailLogsSeq'];
    put?: never;
    post?: never;
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
    LogEntry: {
      /** @enum {string} */
      level: 'info' | 'warn' | 'error';
      message: string;
    };
    Problem: {
      title?: string;
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
  watchEvents: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description A stream of change events */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'text/event-stream': {
            /** @enum {string} */
            event?: 'created' | 'deleted';
            data: string;
            id?: string;
            retry?: number;
          };
        };
      };
      /** @description No such feed */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['Problem'];
        };
      };
    };
  };
  tailLogs: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description JSON Lines, one log entry per line */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/jsonl': components['schemas']['LogEntry'];
        };
      };
    };
  };
  tailLogsNdjson: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The same entries as NDJSON */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/x-ndjson': components['schemas']['LogEntry'];
        };
      };
    };
  };
  tailLogsSeq: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description The same entries as a JSON text sequence */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json-seq': components['schemas']['LogEntry'];
        };
      };
    };
  };
}

// Named exports, decided once in generator/plan/.
export type LogEntry = components['schemas']['LogEntry'];
export type Problem = components['schemas']['Problem'];
export type WatchEventsResponse200 =
  paths['/events']['get']['responses'][200]['content']['text/event-stream'];
export type WatchEventsResponse404 =
  paths['/events']['get']['responses'][404]['content']['application/json'];
export type TailLogsResponse200 =
  paths['/logs']['get']['responses'][200]['content']['application/jsonl'];
export type TailLogsNdjsonResponse200 =
  paths['/logs/ndjson']['get']['responses'][200]['content']['application/x-ndjson'];
export type TailLogsSeqResponse200 =
  paths['/logs/seq']['get']['responses'][200]['content']['application/json-seq'];
