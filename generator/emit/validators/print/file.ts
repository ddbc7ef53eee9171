import { commentLine } from '../../../escape/typescript.js';
import { group, ifBreak, indent, join, line, printDoc, softline } from '../../print/doc.js';
import { printBody, printLine, WIDTH, type TextOut } from './body.js';

/**
 * Text builders for the top level of validators.gen.ts, each printing exactly what prettier prints
 * (so the file skips the format step): documentation comments, functions with their signatures, and
 * `import type` lists.
 */
// eslint-disable-next-line no-control-regex
const ASCII = /^[\x20-\x7e]*$/;

/** A one-line documentation comment; spec text in it (pointers, paths) goes through commentLine. */
export function docComment(text: string, level = 0): string {
  return `${'  '.repeat(level)}/** ${commentLine(text)} */`;
}

/**
 * `<prefix>(<params>): <returns> {` (`;` ending an overload signature): on one line when it fits,
 * else one parameter per line with a trailing comma (prettier's function signature layout).
 */
export function signature(prefix: string, params: readonly string[], returns: string, end: ' {' | ';' = ' {'): string {
  const flat = `${prefix}(${params.join(', ')}): ${returns}${end}`;
  if (flat.length <= WIDTH && ASCII.test(flat)) return flat;
  const paramDocs = params.flatMap((p, i) => (i === 0 ? [p] : [',', line, p]));
  return printDoc([prefix, group([group(['(', indent([softline, ...paramDocs]), ifBreak(','), softline, ')']), `: ${returns}`]), end], WIDTH);
}

/** An overload signature on its own, documented: what callers see of a function whose implementation declares fewer parameters. */
export function overloadText(out: TextOut, doc: string, prefix: string, params: readonly string[], returns: string): void {
  out.lines.push(docComment(doc), signature(prefix, params, returns, ';'));
}

/** A function declaration without a doc comment (it follows its documented overload). */
export function implementationText(out: TextOut, prefix: string, params: readonly string[], returns: string, body: readonly string[]): void {
  out.lines.push(signature(prefix, params, returns));
  printBody(body, 1, out);
  out.lines.push('}');
}

/** A function declaration: doc comment, signature, body statements (one per entry, blocks by braces). */
export function functionText(out: TextOut, doc: string, prefix: string, params: readonly string[], returns: string, body: readonly string[]): void {
  out.lines.push(docComment(doc));
  implementationText(out, prefix, params, returns, body);
}

/** `import type { A, B } from '<from>';`, broken one name per line when it does not fit. */
export function importType(names: readonly string[], from: string): string {
  const flat = `import type { ${names.join(', ')} } from ${from};`;
  if ((flat.length <= WIDTH && ASCII.test(flat)) || names.length === 1) return flat;
  return printDoc(['import type ', group(['{', indent([line, join([',', line], [...names])]), ifBreak(','), line, '}']), ` from ${from};`], WIDTH);
}

/** A top-level `const` declaration; `layout`: through the layout even when it fits (nested lists). */
export function constText(out: TextOut, name: string, type: string | undefined, initializer: string, layout = false): void {
  out.lines.push(printLine(`const ${name}${type ? `: ${type}` : ''} = ${initializer};`, 0, out, layout));
}
