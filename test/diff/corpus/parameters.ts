import { opOf, type DiffCase, type Spec } from '../support/case.js';

const PARAMS = 'test/fixtures/client-params.yaml';
const search = (s: Spec) => opOf(s, '/search/{id}/{label}/{matrix}', 'get');
const param = (s: Spec, name: string) => search(s).parameters.find((p: Spec) => p.name === name);
const drop = (s: Spec, name: string) => (search(s).parameters = search(s).parameters.filter((p: Spec) => p.name !== name));
/** The path part every call of `search` needs. */
const PATH = `const path = { id: [1], label: ['a'], matrix: { k: 'v' } };`;
const call = (query: string, extra = '') => `${PATH} await client.search({ path, query: ${query}${extra} });`;

/** Parameters: presence, required-ness, type, serialisation; matched by location and name. */
export const parameterCases: DiffCase[] = [
  {
    name: 'query-parameter-removed',
    base: PARAMS,
    change: (s) => drop(s, 'redirect'),
    breaking: true,
    codes: ['PARAMETER_REMOVED'],
    probe: { compile: call(`{ q: 'x', redirect: '/a' }`) },
  },
  {
    name: 'query-parameter-added-required',
    base: PARAMS,
    change: (s) => search(s).parameters.push({ name: 'page', in: 'query', required: true, schema: { type: 'integer' } }),
    breaking: true,
    codes: ['PARAMETER_ADDED_REQUIRED'],
    probe: { compile: call(`{ q: 'x' }`) },
  },
  {
    name: 'query-parameter-added-optional',
    base: PARAMS,
    change: (s) => search(s).parameters.push({ name: 'page', in: 'query', schema: { type: 'integer' } }),
    breaking: false,
    codes: ['PARAMETER_ADDED'],
    probe: { compile: call(`{ q: 'x', tags: ['t'] }`) },
  },
  {
    name: 'query-parameter-made-required',
    base: PARAMS,
    change: (s) => (param(s, 'tags').required = true),
    breaking: true,
    codes: ['PARAMETER_MADE_REQUIRED'],
    probe: { compile: call(`{ q: 'x' }`) },
  },
  {
    name: 'query-parameter-made-optional',
    base: PARAMS,
    change: (s) => (param(s, 'q').required = false),
    breaking: false,
    codes: ['PARAMETER_MADE_OPTIONAL'],
    probe: { compile: call(`{ q: 'x' }`) },
  },
  {
    name: 'query-parameter-type-changed',
    base: PARAMS,
    change: (s) => (param(s, 'redirect').schema = { type: 'integer' }),
    breaking: true,
    codes: ['PARAMETER_TYPE_CHANGED'],
    probe: { compile: call(`{ q: 'x', redirect: '/a' }`) },
  },
  {
    name: 'header-parameter-type-widened',
    base: PARAMS,
    change: (s) => (param(s, 'X-Trace').schema = { type: ['integer', 'string'] }),
    breaking: false,
    codes: ['TYPE_WIDENED'],
    probe: { compile: call(`{ q: 'x' }`, `, headers: { 'X-Trace': 7 }`) },
  },
  {
    name: 'query-parameter-enum-value-removed',
    base: PARAMS,
    prepare: (s) => (param(s, 'tags').schema.items.enum = ['a', 'b', 'c']),
    change: (s) => (param(s, 'tags').schema.items.enum = ['a', 'b']),
    breaking: true,
    codes: ['REQUEST_ENUM_VALUE_REMOVED'],
    probe: { compile: call(`{ q: 'x', tags: ['c'] }`) },
  },
  {
    name: 'query-parameter-enum-value-added',
    base: PARAMS,
    prepare: (s) => (param(s, 'tags').schema.items.enum = ['a', 'b']),
    change: (s) => (param(s, 'tags').schema.items.enum = ['a', 'b', 'c']),
    breaking: false,
    codes: ['ENUM_VALUE_ADDED'],
    probe: { compile: call(`{ q: 'x', tags: ['a', 'b'] }`) },
  },
  {
    name: 'query-parameter-explode-changed',
    base: PARAMS,
    change: (s) => (param(s, 'csv').explode = true),
    breaking: true,
    codes: ['PARAMETER_SERIALIZATION_CHANGED'],
    probe: { wire: (c) => c.search!({ path: { id: [1], label: ['a'], matrix: { k: 'v' } }, query: { q: 'x', csv: ['a', 'b'] } }) },
  },
  {
    name: 'path-parameter-style-changed',
    base: PARAMS,
    change: (s) => delete param(s, 'label').style,
    breaking: true,
    codes: ['PARAMETER_SERIALIZATION_CHANGED'],
    probe: { wire: (c) => c.search!({ path: { id: [1], label: ['a', 'b'], matrix: { k: 'v' } }, query: { q: 'x' } }) },
  },
  {
    name: 'query-parameter-explicit-default-style',
    base: PARAMS,
    change: (s) => Object.assign(param(s, 'tags'), { style: 'form', explode: true }),
    breaking: false,
    codes: [],
    probe: { wire: (c) => c.search!({ path: { id: [1], label: ['a'], matrix: { k: 'v' } }, query: { q: 'x', tags: ['a', 'b'] } }) },
  },
  {
    name: 'header-parameter-removed',
    base: PARAMS,
    prepare: (s) => search(s).parameters.push({ name: 'X-Request-Id', in: 'header', schema: { type: 'string' } }),
    change: (s) => drop(s, 'X-Request-Id'),
    breaking: false,
    codes: ['HEADER_PARAMETER_REMOVED'],
    probe: { compile: call(`{ q: 'x' }`, `, headers: { 'X-Trace': 1, 'X-Request-Id': 'r1' }`) },
  },
  {
    name: 'last-header-parameter-removed',
    base: PARAMS,
    change: (s) => drop(s, 'X-Trace'),
    breaking: true,
    codes: ['HEADER_PARAMETER_REMOVED', 'EXPORT_REMOVED'],
    probe: { compile: `const h: api.SearchHeaders = { 'X-Trace': 1 }; void h;` },
  },
  {
    name: 'path-parameter-renamed',
    base: 'test/fixtures/client-statuses.yaml',
    change: (s) => {
      const item = s.paths['/items/{id}'];
      item.parameters[0].name = 'itemId';
      s.paths['/items/{itemId}'] = item;
      delete s.paths['/items/{id}'];
    },
    breaking: true,
    codes: ['PARAMETER_REMOVED', 'PARAMETER_ADDED_REQUIRED'],
    probe: { compile: `await client.getItem({ path: { id: 1 } });` },
  },
  {
    name: 'parameter-deprecated',
    base: PARAMS,
    change: (s) => (param(s, 'csv').deprecated = true),
    breaking: false,
    codes: ['DEPRECATED'],
    probe: { compile: call(`{ q: 'x', csv: ['a'] }`) },
  },
  {
    name: 'parameters-reordered',
    base: PARAMS,
    change: (s) => search(s).parameters.reverse(),
    breaking: false,
    codes: [],
    probe: { wire: (c) => c.search!({ path: { id: [1, 2], label: ['a'], matrix: { k: 'v' } }, query: { q: 'x', tags: ['t'], csv: ['a', 'b'] }, headers: { 'X-Trace': 5 } }) },
  },
  {
    name: 'header-parameter-minimum-added',
    base: PARAMS,
    change: (s) => (param(s, 'X-Trace').schema.minimum = 0),
    breaking: true,
    codes: ['REQUEST_CONSTRAINT_TIGHTENED'],
    probe: { validate: 'validateSearchHeaders', value: { 'X-Trace': -1 } },
  },
];
