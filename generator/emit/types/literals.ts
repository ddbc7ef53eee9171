/**
 * Number literals and name patterns as the types printer needs them (prettier's number
 * normalisation). Spec strings go through generator/escape/types-literal.ts.
 */

/** prettier's printNumber: lower case, no `+` or leading zeros in the exponent, no trailing zeros or dot. */
export function prettierNumber(raw: string): string {
  if (raw.length === 1) return raw;
  return raw
    .toLowerCase()
    .replace(/^([+-]?[\d.]+e)(?:\+|(-))?0*(?=\d)/, '$1$2')
    .replace(/^([+-]?[\d.]+)e[+-]?0+$/, '$1')
    .replace(/^([+-])?\./, '$10.')
    .replace(/(\.\d+?)0+(?=e|$)/, '$1')
    .replace(/\.(?=e|$)/, '');
}

/** A plain JavaScript number literal (what prettier's parser reads as a NumericLiteral). */
export const NUMBER_LITERAL = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
/** A JavaScript identifier (declaration and type names, which prettier prints as written). */
export const JS_IDENTIFIER = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;
/** An ASCII identifier name, the only kind openapi-typescript writes unquoted. */
export const IDENTIFIER = /^[A-Za-z_$][A-Za-z_$0-9]*$/;

