import { stringLiteral } from '../../../escape/typescript.js';
import { asNeededKey, codeExpr, valueExpr, type Expr, type ValuePrinter } from '../../print/value-layout.js';
import type { Doc } from '../../print/doc.js';
import { Code, type Literal } from '../literal.js';
import type { Guard } from './guard.js';

/**
 * A literal value in prettier's layout (print/value-layout.ts), for the source our printer would
 * otherwise hand it: objects and arrays written flat, so only width decides where they break. What
 * the layout does not reproduce (code other than names, keys prettier may unquote) is noted on the guard.
 */
export function literalDoc(value: Literal, g: Guard): Doc {
  return literalExpr(value, g).doc;
}

/** The same with its layout after a key, for a literal that is a property's value. */
export function literalExpr(value: Literal, g: Guard): Expr {
  return valueExpr(value, clientPrinter(g));
}

function clientPrinter(g: Guard): ValuePrinter {
  return {
    syntax: 'typescript',
    expanded: false,
    key: (key) => objectKeyText(key, g),
    other(value) {
      if (value instanceof Code) {
        if (!REFERENCE.test(value.text)) g.unsure(`code \`${value.text}\``);
        return codeExpr(value.text);
      }
      // NaN and ±Infinity: names (or a negated one) to prettier.
      if (typeof value === 'number') return codeExpr(String(value));
      throw new TypeError(`not a literal: ${String(value)}`);
    },
  };
}

/** An identifier or a member chain on one (`options.token`): code whose layout value-layout.ts knows. */
const REFERENCE = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;

/** A key as prettier prints it (asNeededKey), `__proto__` computed so it stays an own property. */
export function objectKeyText(key: string, g: Guard): string {
  if (key === '__proto__') return `[${stringLiteral(key)}]`;
  const printed = asNeededKey(key);
  if (printed === undefined) g.unsure('a non-ASCII object key');
  return printed ?? stringLiteral(key);
}
