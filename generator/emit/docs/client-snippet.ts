import type { JsonValue } from '../../ir/types.js';
import { objectKey, stringLiteral } from '../../escape/typescript.js';
import { stringWidth } from '../../common/string-width.js';
import { type Doc, printDoc } from '../print/doc.js';
import { codeExpr, type Expr } from '../print/value-layout.js';
import { exampleObject, jsonExpr, NotPrintable } from './example-values.js';

/**
 * The TypeScript examples (create a client; on an operation page, call one method), written two
 * ways from one description: `rawSnippet`, the source prettier formats, and `printedSnippet`, that
 * source already in prettier's layout (or undefined where we cannot vouch for it).
 */
export interface ClientSnippet {
  /** Module specifier of the generated client. */
  clientImport: string;
  /** `export const client` (the index page's quick start) instead of `const client`. */
  exportClient: boolean;
  /** `createClient` options: a string each, or an object of strings (`serverVariables`). */
  options: readonly ClientOption[];
  call?: SnippetCall;
}

export type ClientOption = readonly [name: string, value: string | readonly (readonly [string, string])[]];

export interface SnippetCall {
  method: string;
  /** Parameter values by name, per location that has any. */
  params: readonly (readonly ['path' | 'query' | 'headers', readonly (readonly [string, JsonValue])[]])[];
  /** The typed body value, or the text of a file body (sent as a Blob). */
  body?: { json: JsonValue } | { file: string };
  /** Every success response is a stream: the example iterates `res.data`. */
  streams: boolean;
}

const PRINT_WIDTH = 100;
const ASCII_IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The example's source as the page used to hold it for prettier (objects on one line, bodies as indented JSON). */
export function rawSnippet(s: ClientSnippet): string {
  const options = s.options.map(([name, value]) => `${name}: ${typeof value === 'string' ? JSON.stringify(value) : objectLiteral(value)}`);
  const lines = [
    `import { createClient } from ${JSON.stringify(s.clientImport)};`,
    '',
    `${s.exportClient ? 'export ' : ''}const client = createClient({ ${options.join(', ')} });`,
  ];
  if (!s.call) return lines.join('\n');
  const args = s.call.params.map(([key, entries]) => `${key}: ${objectLiteral(entries)}`);
  const body = s.call.body;
  if (body) args.push(`body: ${'json' in body ? JSON.stringify(body.json, null, 2) : `new Blob([${JSON.stringify(body.file)}])`}`);
  const call = args.length ? `{\n${args.map((a) => `  ${a},`).join('\n')}\n}` : '{}';
  return [...lines, '', `const res = await client.${s.call.method}(${call});`, ...resultLines(s.call)].join('\n');
}

/**
 * The same source in prettier's layout (`babel-ts`, the pinned options): literals and objects by
 * example-values.ts, each statement by the Doc printer. A call whose `name({` does not fit on its
 * line, a file body that does not fit on its line (prettier would hug the Blob's array), and keys
 * example-values.ts refuses give undefined.
 */
export function printedSnippet(s: ClientSnippet): string | undefined {
  try {
    const options = s.options.map(([name, value]): [string, Expr] => {
      // The raw source writes option names as they are: only identifiers mean the same printed.
      if (!ASCII_IDENTIFIER.test(name)) throw new NotPrintable(`option ${name}`);
      return [name, typeof value === 'string' ? jsonExpr(value, 'typescript', false) : entriesExpr(value)];
    });
    const statements = [
      `import { createClient } from ${stringLiteral(s.clientImport)};`,
      '',
      statement(`${s.exportClient ? 'export ' : ''}const client = createClient(`, exampleObject(options, false), ');'),
    ];
    if (!s.call) return statements.join('\n');
    const { method, params, body } = s.call;
    if (!ASCII_IDENTIFIER.test(method)) throw new NotPrintable(`method ${method}`);
    const args: [string, Expr][] = params.map(([key, entries]) => [key, entriesExpr(entries)]);
    if (body && 'json' in body) args.push(['body', jsonExpr(body.json, 'typescript', true)]);
    if (body && 'file' in body) {
      const blob = `new Blob([${stringLiteral(body.file)}])`;
      // `  body: new Blob([...]),` on one line; prettier breaks a longer one inside the call's brackets.
      if (stringWidth(`  body: ${blob},`) > PRINT_WIDTH) throw new NotPrintable('long file body');
      args.push(['body', codeExpr(blob)]);
    }
    const prefix = `const res = await client.${method}(`;
    // The call's only argument is an object prettier hugs (`name({` then its lines) when `name({`
    // fits on the line; an empty one is `({})`, here the whole statement must fit.
    if (stringWidth(prefix) + (args.length ? 1 : 4) > PRINT_WIDTH) throw new NotPrintable('long call');
    statements.push('', statement(prefix, exampleObject(args, true), ');'), ...resultLines(s.call));
    return statements.join('\n');
  } catch (error) {
    if (error instanceof NotPrintable) return undefined;
    throw error;
  }
}

/**
 * `prefix(object);` as prettier prints a call whose only argument is an object literal: on one line
 * when it fits, else hugged (`prefix({`, the properties, `});`). Prettier chooses between the two
 * with a conditional group; a group around the object makes the same choice once `prefix({` fits,
 * which the callers check.
 */
function statement(prefix: string, object: Expr, end: string): string {
  const doc: Doc = [prefix, object.doc, end];
  return printDoc(doc, PRINT_WIDTH);
}

/** Keys to values as an object literal on one line in the source (prettier decides where it breaks). */
function entriesExpr(entries: readonly (readonly [string, JsonValue])[]): Expr {
  return exampleObject(
    entries.map(([k, v]) => [k, jsonExpr(v, 'typescript', false)]),
    false,
  );
}

/** What the example does with the result; already in prettier's layout. */
function resultLines(call: SnippetCall): string[] {
  return [
    'if (res.ok) {',
    ...(call.streams
      ? ['  for await (const item of res.data) console.log(item);', '  if (res.data.error) console.error(res.data.error.message);']
      : ['  console.log(res.status, res.data);']),
    '} else {',
    '  console.error(res.status);',
    '}',
  ];
}

function objectLiteral(entries: readonly (readonly [string, JsonValue])[]): string {
  return `{ ${entries.map(([k, v]) => `${objectKey(k)}: ${typeof v === 'string' ? stringLiteral(v) : JSON.stringify(v)}`).join(', ')} }`;
}
