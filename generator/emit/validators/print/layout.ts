import {
  conditionalGroup, fill, group, ifBreak, indent, indentIfBreak, line, lineSuffixBoundary, printDoc, softline, type Doc,
} from '../../print/doc.js';
import { parseExpression, precedence, Unsupported, type Expr } from './parse.js';

/**
 * Lays out a statement too long for one line the way prettier does, for the statement and expression
 * shapes the validators emitter writes (if statements and their conditions, declarations and their
 * assignment layouts, calls with last-argument expansion, binary chains, member access, arrays): the
 * documents prettier's JavaScript printer builds for these node types, printed by our document
 * printer (print/doc.ts; prettier's own printer cost ~70 µs a statement, a third of Stripe's validators
 * time). test/validators/print.test.ts compares the result with prettier itself.
 */
/** The formatting options the pinned prettier options amount to for this printer. */
const PRINT = { printWidth: 100, tabWidth: 2, useTabs: false } as const;

/** Where an expression stands, for the few rules that depend on it. */
type Parent = 'if' | 'unary' | 'call' | 'callee' | 'member' | 'declarator' | 'return' | 'array' | 'binary' | 'other';

const LOGICAL = new Set(['&&', '||']);
const EQUALITY = new Set(['===', '!==', '==', '!=']);
const MULTIPLICATIVE = new Set(['*', '/', '%']);

function isBinary(e: Expr): e is Extract<Expr, { t: 'binary' }> {
  return e.t === 'binary';
}

/** Same group of a chain (prettier's `shouldFlatten`). */
function shouldFlatten(parentOp: string, op: string): boolean {
  if (precedence(op) !== precedence(parentOp)) return false;
  if (EQUALITY.has(parentOp) && EQUALITY.has(op)) return false;
  if ((op === '%' && MULTIPLICATIVE.has(parentOp)) || (parentOp === '%' && MULTIPLICATIVE.has(op))) return false;
  if (op !== parentOp && MULTIPLICATIVE.has(op) && MULTIPLICATIVE.has(parentOp)) return false;
  return true;
}

/** Does a binary child need parentheses under its parent (the cases this subset meets)? */
function binaryNeedsParens(child: Extract<Expr, { t: 'binary' }>, parentOp: string, side: 'left' | 'right'): boolean {
  const pp = precedence(parentOp);
  const np = precedence(child.op);
  if (pp > np) return true;
  if (pp === np && side === 'right') return true;
  if (pp === np && !shouldFlatten(parentOp, child.op)) return true;
  // `a || (b && c)`: prettier keeps mixed logical operators apart.
  if (LOGICAL.has(parentOp) && LOGICAL.has(child.op) && parentOp !== child.op) return true;
  return false;
}

const kind = (e: Expr): 'logical' | 'binary' | 'other' => (e.t !== 'binary' ? 'other' : LOGICAL.has(e.op) ? 'logical' : 'binary');

/** The parts of a chain of one precedence (prettier's `printBinaryishExpressions`). */
function binaryParts(e: Extract<Expr, { t: 'binary' }>, parentKind: string, insideParens: boolean): Doc[] {
  const parts: Doc[] = [];
  if (isBinary(e.left) && shouldFlatten(e.op, e.left.op)) {
    parts.push(...binaryParts(e.left, kind(e), insideParens));
  } else {
    parts.push(group(operand(e.left, e, 'left')));
  }
  let right: Doc = [e.op, line, operand(e.right, e, 'right')];
  const shouldGroup = !(insideParens && kind(e) === 'logical') && parentKind !== kind(e) && kind(e.left) !== kind(e) && kind(e.right) !== kind(e);
  if (shouldGroup) right = group(right);
  parts.push(' ', right);
  return parts;
}

function operand(e: Expr, parent: Extract<Expr, { t: 'binary' }>, side: 'left' | 'right'): Doc {
  if (!isBinary(e)) return exprDoc(e, 'binary');
  const doc = binaryDoc(e, 'binary', kind(parent));
  return binaryNeedsParens(e, parent.op, side) ? ['(', doc, ')'] : doc;
}

/** A binary or logical expression under `parent` (prettier's `printBinaryishExpression`). */
function binaryDoc(e: Extract<Expr, { t: 'binary' }>, parent: Parent, parentKind = 'none'): Doc {
  const insideParens = parent === 'if';
  const parts = binaryParts(e, parentKind, insideParens);
  if (insideParens) return parts;
  if (parent === 'unary' || parent === 'callee' || parent === 'member') return group([indent([softline, ...parts]), softline]);
  if (parent === 'return' || parent === 'declarator') return group(parts);
  return group([parts[0]!, indent(parts.slice(1))]);
}

/** An expression; `parent` selects the rules of its position. */
export function exprDoc(e: Expr, parent: Parent = 'other'): Doc {
  switch (e.t) {
    case 'id':
      return e.name;
    case 'str':
    case 'num':
    case 'regex':
      return e.raw;
    case 'member':
      return [exprDoc(e.object, 'member'), '.', e.name];
    case 'index':
      if (e.index.t === 'num') return [exprDoc(e.object, 'member'), '[', e.index.raw, ']'];
      return group([exprDoc(e.object, 'member'), '[', indent([softline, exprDoc(e.index)]), softline, ']']);
    case 'unary': {
      if (isBinary(e.arg)) return [e.op, '(', binaryDoc(e.arg, 'unary'), ')'];
      return [e.op, exprDoc(e.arg, 'unary')];
    }
    case 'binary':
      return binaryDoc(e, parent);
    case 'array':
      return arrayDoc(e.items);
    case 'call':
      return callDoc(e);
  }
}

function callDoc(e: Extract<Expr, { t: 'call' }>): Doc {
  if (e.callee.t !== 'id' && e.callee.t !== 'member') throw new Unsupported('callee');
  if (e.callee.t === 'member' && e.callee.object.t === 'call') throw new Unsupported('call chain');
  return [e.isNew ? 'new ' : '', exprDoc(e.callee, 'callee'), e.typeArgs, argsDoc(e.args)];
}

function isConcise(items: Expr[]): boolean {
  return items.length > 0 && items.every((i) => i.t === 'num' || (i.t === 'unary' && i.op === '-' && i.arg.t === 'num'));
}

function argsDoc(args: Expr[]): Doc {
  if (args.length === 0) return '()';
  const printed = args.map((a, i) => (i === args.length - 1 ? exprDoc(a, 'call') : [exprDoc(a, 'call'), ',', line]));
  const last = args[args.length - 1]!;
  const penultimate = args[args.length - 2];
  const expandLast = last.t === 'array' && last.items.length > 0 && penultimate?.t !== 'array' && !(args.length > 1 && isConcise(last.items));
  if (expandLast) {
    const head = printed.slice(0, -1);
    const lastDoc = printed[printed.length - 1]!;
    return conditionalGroup([
      ['(', ...head, lastDoc, ')'],
      ['(', ...head, group(lastDoc, { shouldBreak: true }), ')'],
      allBrokenOut(printed),
    ]);
  }
  return group(['(', indent([softline, ...printed]), ifBreak(','), softline, ')']);
}

function allBrokenOut(printed: Doc[]): Doc {
  return group(['(', indent([line, ...printed]), ',', line, ')'], { shouldBreak: true });
}

function arrayDoc(items: Expr[]): Doc {
  if (items.length === 0) return '[]';
  // prettier breaks a list of two or more lists of two or more, even when it fits.
  const shouldBreak = items.length > 1 && items.every((i) => i.t === 'array' && i.items.length > 1);
  if (isConcise(items)) {
    const id = Symbol('array');
    const parts: Doc[] = [];
    items.forEach((item, i) => {
      const last = i === items.length - 1;
      parts.push([exprDoc(item, 'array'), last ? ifBreak(',', '', { groupId: id }) : ',']);
      if (!last) parts.push(line);
    });
    return group(['[', indent([softline, fill(parts)]), softline, ']'], { id });
  }
  const printed: Doc[] = [];
  items.forEach((item, i) => {
    printed.push(group(exprDoc(item, 'array')));
    if (i < items.length - 1) printed.push([',', line]);
  });
  return group(['[', indent([softline, printed, ifBreak(',')]), softline, ']'], { shouldBreak });
}

/** prettier's "lone short argument": an identifier or literal up to a quarter of the line. */
function isLoneShortArgument(e: Expr): boolean {
  const threshold = PRINT.printWidth / 4;
  if (e.t === 'id') return e.name.length <= threshold;
  if (e.t === 'num') return true;
  if (e.t === 'str') return e.raw.length - 2 <= threshold && !e.raw.includes('\\');
  if (e.t === 'unary' && (e.op === '-' || e.op === '!')) return e.arg.t === 'num' || isLoneShortArgument(e.arg);
  return false;
}

/** prettier's "poorly breakable member or call chain": `a.b.c`, `a[b]`, `f(x)` with at most one short argument. */
function isPoorlyBreakableChain(e: Expr, deep = false): boolean {
  if (e.t === 'call' && !e.isNew) {
    if (!(e.args.length === 0 || (e.args.length === 1 && isLoneShortArgument(e.args[0]!)))) return false;
    return isPoorlyBreakableChain(e.callee, true);
  }
  if (e.t === 'member' || e.t === 'index') return isPoorlyBreakableChain(e.object, true);
  return deep && e.t === 'id';
}

/** `const name: type = value;` with prettier's assignment layouts. */
function declarationDoc(keyword: string, left: string, init: Expr): Doc {
  return [keyword, ' ', assignmentDoc(left, init), ';'];
}

/** `left = value` in prettier's assignment layouts (the same for a declaration and an assignment statement). */
function assignmentDoc(left: string, init: Expr): Doc {
  let unwrapped = init;
  while (unwrapped.t === 'unary') unwrapped = unwrapped.arg;
  const rhs = exprDoc(init, 'declarator');
  let assignment: Doc;
  if ((isBinary(init) && !(LOGICAL.has(init.op) && init.right.t === 'array')) || unwrapped.t === 'str' || isPoorlyBreakableChain(unwrapped)) {
    assignment = group([group(left), ' =', group(indent([line, rhs]))]);
  } else if (init.t === 'num' || (init.t === 'id' && (init.name === 'true' || init.name === 'false'))) {
    assignment = group([group(left), ' = ', rhs]);
  } else {
    const id = Symbol('assignment');
    assignment = group([group(left), ' =', group(indent(line), { id }), lineSuffixBoundary, indentIfBreak(rhs, { groupId: id })]);
  }
  return assignment;
}

/** The condition of an `if`: `!(a || b)` hugs the parentheses (prettier's `shouldInlineCondition`). */
function conditionDoc(test: Expr): Doc {
  const doc = exprDoc(test, 'if');
  let inner = test;
  if (inner.t === 'unary' && inner.op === '!') {
    inner = inner.arg.t === 'unary' && inner.arg.op === '!' ? inner.arg.arg : inner.arg;
    if (inner.t === 'binary' && LOGICAL.has(inner.op)) return doc;
  }
  return group([indent([softline, doc]), softline]);
}

const IF_BLOCK = /^(\} else )?if \((.*)\) \{$/s;
const IF_LINE = /^if \((.*)\) (return false;|throw new _Deep\(p\);)$/s;
const DECLARATION = /^(const|let) ([A-Za-z_$][\w$]*(?:: [^=]+)?) = (.*);$/s;
const RETURN = /^return (.*);$/s;
/** An assignment statement to a property (`c.e = _err(c.e, ...);`). */
const ASSIGNMENT = /^([A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*) = (.*);$/s;

/**
 * One statement line of generated code (without indentation), laid out at `indent` levels. Throws
 * `Unsupported` for a shape this printer does not know.
 */
export function layoutStatement(text: string, level: number): string {
  let doc: Doc;
  let m: RegExpExecArray | null;
  if ((m = IF_BLOCK.exec(text))) {
    doc = [m[1] ? '} else if (' : 'if (', conditionDoc(parseExpression(m[2]!)), ') {'];
  } else if ((m = IF_LINE.exec(text))) {
    doc = group(['if (', conditionDoc(parseExpression(m[1]!)), ')', indent([line, m[2]!])]);
  } else if ((m = DECLARATION.exec(text))) {
    doc = declarationDoc(m[1]!, m[2]!, parseExpression(m[3]!));
  } else if ((m = ASSIGNMENT.exec(text))) {
    doc = [assignmentDoc(m[1]!, parseExpression(m[2]!)), ';'];
  } else if ((m = RETURN.exec(text))) {
    const arg = parseExpression(m[1]!);
    doc = ['return ', isBinary(arg) ? group([ifBreak('('), indent([softline, exprDoc(arg, 'return')]), softline, ifBreak(')')]) : exprDoc(arg, 'return'), ';'];
  } else {
    throw new Unsupported(`statement: ${text.slice(0, 40)}`);
  }
  return printDoc(['  '.repeat(level), indentBy(doc, level)], PRINT.printWidth);
}

/** The doc nested `level` indents deep, so its own line breaks come out at the right indentation. */
function indentBy(doc: Doc, level: number): Doc {
  let out = doc;
  for (let i = 0; i < level; i++) out = indent(out);
  return out;
}

