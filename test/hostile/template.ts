/**
 * The template spec the property test fills: one operation with every parameter location, one with a
 * body and its own security, three component schemas (object, enum, nested), two security schemes,
 * a server with a variable and a tag. Every string a spec author writes is a slot, filled in order,
 * so the same slots can be filled with hostile strings or with neutral ones (`n0`, `n1`, ...).
 *
 * Slot kinds: `text` (any string), `key` (a map key or a name: any string, made unique in its map),
 * `component` (a components key, which OpenAPI limits to `^[a-zA-Z0-9.\-_]+$`).
 */
export type SlotKind = 'text' | 'key' | 'component';

export interface Slots {
  next(kind: SlotKind): string;
}

/** Builds an object with own properties only: `__proto__` as a key stays a key (JSON.stringify writes it). */
const obj = (entries: [string, unknown][]): Record<string, unknown> => Object.fromEntries(entries);

/** Keys already used per map; a repeated key gets its slot number, so no map loses an entry. */
class UniqueKeys {
  private readonly used = new Map<string, Set<string>>();
  private n = 0;
  take(map: string, key: string): string {
    const seen = this.used.get(map) ?? new Set<string>();
    this.used.set(map, seen);
    let k = key;
    while (seen.has(k)) k = `${key}_${++this.n}`;
    seen.add(k);
    return k;
  }
}

/** A regular expression matching `text` literally (valid with the `u` flag). */
export function literalPattern(text: string): string {
  return `^${text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/[\n\r\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}$`;
}

export function templateSpec(slots: Slots): Record<string, unknown> {
  const u = new UniqueKeys();
  const text = () => slots.next('text');
  const key = (map: string) => u.take(map, slots.next('key'));
  const component = (map: string) => u.take(map, slots.next('component'));

  const [schemaA, schemaB, schemaC] = [component('schemas'), component('schemas'), component('schemas')];
  const [schemeHeader, schemeQuery] = [component('schemes'), component('schemes')];
  const tag = key('tags');
  const variable = key('variables');
  const variableDefault = text();
  const enumC = [u.take('enumC', text()), u.take('enumC', text()), u.take('enumC', text())];
  const queryEnum = [u.take('queryEnum', text()), u.take('queryEnum', text())];
  const pathParam = key('params');
  const [query, header, cookie] = [key('params'), key('params'), key('params')];
  const responseHeader = key('responseHeaders');
  const [propA1, propA2, propA3] = [key('propsA'), key('propsA'), key('propsA')];
  const [propB1, propB2] = [key('propsB'), key('propsB')];
  const patternKey = literalPattern(text());
  const nestedProp = key('nested');
  const exampleA = text();

  const schemaARef = { $ref: `#/components/schemas/${schemaA}` };
  return {
    openapi: '3.1.0',
    info: { title: text(), version: text(), description: text() },
    servers: [
      {
        url: `https://{${variable}}.example.com/${text()}`,
        description: text(),
        variables: obj([[variable, { default: variableDefault, enum: [u.take('variableEnum', variableDefault), u.take('variableEnum', text())], description: text() }]]),
      },
    ],
    tags: [{ name: tag, description: text() }],
    security: [obj([[schemeHeader, []]])],
    paths: obj([
      [
        `/${text()}/{${pathParam}}`,
        {
          get: {
            operationId: key('operationIds'),
            summary: text(),
            description: text(),
            tags: [tag],
            parameters: [
              { name: pathParam, in: 'path', required: true, description: text(), schema: { type: 'string' }, example: text() },
              { name: query, in: 'query', description: text(), schema: { type: 'string', enum: queryEnum, default: queryEnum[0] } },
              { name: header, in: 'header', description: text(), schema: { type: 'string', example: text() } },
              { name: cookie, in: 'cookie', description: text(), schema: { type: 'string' } },
            ],
            responses: {
              '200': {
                description: text(),
                headers: obj([[responseHeader, { description: text(), schema: { type: 'string' } }]]),
                content: { 'application/json': { schema: schemaARef, example: obj([[propA1, exampleA]]) } },
              },
              default: { description: text() },
            },
          },
        },
      ],
      [
        `/${text()}`,
        {
          post: {
            operationId: key('operationIds'),
            summary: text(),
            description: text(),
            tags: [tag],
            security: [obj([[schemeQuery, []]])],
            requestBody: {
              description: text(),
              required: true,
              content: { 'application/json': { schema: { $ref: `#/components/schemas/${schemaB}` }, example: obj([[propB1, enumC[0]]]) } },
            },
            responses: {
              '201': { description: text(), content: { 'application/json': { schema: { type: 'array', items: schemaARef } } } },
            },
          },
        },
      ],
    ]),
    components: {
      schemas: obj([
        [
          schemaA,
          {
            type: 'object',
            description: text(),
            required: [propA1],
            properties: obj([
              [propA1, { type: 'string', description: text(), default: text(), example: exampleA }],
              [propA2, { type: 'integer', description: text() }],
              [propA3, { $ref: `#/components/schemas/${schemaC}` }],
            ]),
            patternProperties: obj([[patternKey, { type: 'object', properties: obj([[nestedProp, { type: 'string', description: text() }]]) }]]),
          },
        ],
        [
          schemaB,
          {
            type: 'object',
            description: text(),
            properties: obj([
              [propB1, { $ref: `#/components/schemas/${schemaC}` }],
              [propB2, { type: 'array', items: schemaARef, description: text() }],
            ]),
            additionalProperties: false,
          },
        ],
        [schemaC, { type: 'string', description: text(), enum: enumC }],
      ]),
      securitySchemes: obj([
        [schemeHeader, { type: 'apiKey', in: 'header', name: key('credentialNames'), description: text() }],
        [schemeQuery, { type: 'apiKey', in: 'query', name: key('credentialNames'), description: text() }],
      ]),
    },
  };
}

/** The kinds of the template's slots, in the order it fills them. */
export function slotKinds(): SlotKind[] {
  const kinds: SlotKind[] = [];
  templateSpec({ next: (kind) => (kinds.push(kind), `s${kinds.length}`) });
  return kinds;
}

/** Fills the slots from a list, in order. */
export function fromList(values: readonly string[]): Slots {
  let i = 0;
  return { next: () => values[i++]! };
}

/** The same spec with neutral text: slot i holds `n<i>`. */
export function neutralSlots(): Slots {
  let i = 0;
  return { next: () => `n${i++}` };
}
