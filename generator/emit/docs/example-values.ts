import { asNeededKey, type Expr, objectExpr, type ValuePrinter, type ValueStyle, valueExpr } from '../print/value-layout.js';
import { printDoc } from '../print/doc.js';

/**
 * Example values (JSON data) in prettier's layout (print/value-layout.ts), so the docs' code blocks
 * need no prettier pass: as JSON (prettier's `json` parser, for the text JSON.stringify writes) and
 * as TypeScript expressions (`babel-ts`). `expanded` says whether the source prettier would format
 * wrote the objects broken (JSON.stringify with an indent) or on one line.
 */

/** Thrown for a value whose printing we cannot vouch for; the caller then leaves the block to prettier. */
export class NotPrintable extends Error {}

/**
 * `JSON.stringify(value, null, 2)` as prettier's `json` parser prints it (the docs' JSON examples),
 * or undefined for a value we cannot vouch for.
 */
export function printedJson(value: unknown): string | undefined {
  try {
    return printDoc(jsonExpr(value, 'json', true).doc, PRINT_WIDTH);
  } catch (error) {
    if (error instanceof NotPrintable) return undefined;
    throw error;
  }
}

/** Prettier's print width (format.ts pins it). */
const PRINT_WIDTH = 100;

/** A JSON value as an expression, as prettier prints the text JSON.stringify writes for it. */
export function jsonExpr(value: unknown, syntax: ValueStyle['syntax'], expanded: boolean): Expr {
  return valueExpr(value, examplePrinter(syntax, expanded));
}

/** A TypeScript object literal of keys and printed values, keys printed as jsonExpr prints them. */
export function exampleObject(entries: readonly (readonly [key: string, value: Expr])[], expanded: boolean): Expr {
  return objectExpr(entries, examplePrinter('typescript', expanded));
}

function examplePrinter(syntax: ValueStyle['syntax'], expanded: boolean): ValuePrinter {
  const printer: ValuePrinter = {
    syntax,
    expanded,
    key: syntax === 'json' ? (key) => JSON.stringify(key) : typescriptKey,
    other(value) {
      // JSON.stringify writes `null` for a number without a literal (YAML's .nan and .inf).
      if (typeof value === 'number') return valueExpr(null, printer);
      throw new NotPrintable(`not JSON data: ${typeof value}`);
    },
  };
  return printer;
}

/**
 * A TypeScript key where we vouch for prettier's choice: not one asNeededKey leaves undecided, nor
 * `__proto__` (quoted in JSON.stringify's text; unquoting it makes it set the prototype instead).
 */
function typescriptKey(key: string): string {
  const printed = key === '__proto__' ? undefined : asNeededKey(key);
  if (printed === undefined) throw new NotPrintable(`key ${JSON.stringify(key)}`);
  return printed;
}
