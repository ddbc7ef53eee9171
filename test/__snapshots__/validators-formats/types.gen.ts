// Generated from test/fixtures/validators-formats.yaml by openapi-profile-gen. Do not edit: run `npm run generate`.
/* eslint-disable */

export type paths = Record<string, never>;
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    Formats: {
      /** Format: date-time */
      dateTime?: string;
      /** Format: date */
      date?: string;
      /** Format: time */
      time?: string;
      /** Format: duration */
      duration?: string;
      /** Format: email */
      email?: string;
      /** Format: idn-email */
      idnEmail?: string;
      /** Format: hostname */
      hostname?: string;
      /** Format: idn-hostname */
      idnHostname?: string;
      /** Format: ipv4 */
      ipv4?: string;
      /** Format: ipv6 */
      ipv6?: string;
      /** Format: uri */
      uri?: string;
      /** Format: uri-reference */
      uriReference?: string;
      /** Format: iri */
      iri?: string;
      /** Format: iri-reference */
      iriReference?: string;
      /** Format: uri-template */
      uriTemplate?: string;
      /** Format: url */
      url?: string;
      /** Format: uuid */
      uuid?: string;
      /** Format: ulid */
      ulid?: string;
      /** Format: json-pointer */
      jsonPointer?: string;
      /** Format: relative-json-pointer */
      relativeJsonPointer?: string;
      /** Format: regex */
      regex?: string;
      /** Format: byte */
      byte?: string;
      /** Format: int32 */
      int32?: number;
      /** Format: int64 */
      int64?: number;
      /** Format: float */
      float?: number;
      /** Format: double */
      double?: number;
      /** Format: password */
      password?: string;
      /** Format: binary */
      binary?: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;

// Named exports, decided once in generator/ir/names.ts.
export type Formats = components['schemas']['Formats'];
