/**
 * A parser for the expressions the validators emitter writes (identifiers, literals, member access,
 * calls, `new`, unary and binary operators, arrays), so that a statement too long for one line can be
 * laid out the way prettier lays it out (layout.ts). Anything else is `Unsupported`: the emitter then
 * leaves the file to prettier. It parses generated code only, never spec text (which is inside literals).
 */

export type Expr =
  | { t: 'id'; name: string }
  | { t: 'str'; raw: string }
  | { t: 'num'; raw: string }
  | { t: 'regex'; raw: string }
  | { t: 'member'; object: Expr; name: string }
  | { t: 'index'; object: Expr; index: Expr }
  | { t: 'call'; callee: Expr; typeArgs: string; args: Expr[]; isNew: boolean }
  | { t: 'unary'; op: string; arg: Expr }
  | { t: 'binary'; op: string; left: Expr; right: Expr }
  | { t: 'array'; items: Expr[] };

/** Thrown for code outside the subset; the caller falls back to prettier. */
export class Unsupported extends Error {}

const PRECEDENCE: Record<string, number> = {
  '||': 1, '&&': 2,
  '===': 6, '!==': 6, '==': 6, '!=': 6,
  '<': 7, '<=': 7, '>': 7, '>=': 7, in: 7, instanceof: 7,
  '+': 9, '-': 9,
  '*': 10, '/': 10, '%': 10,
};

/** Binary operator precedence (higher binds tighter); logical operators included. */
export function precedence(op: string): number {
  return PRECEDENCE[op]!;
}

const PUNCT = ['===', '!==', '&&', '||', '<=', '>=', '++', '==', '!=', '<', '>', '+', '-', '*', '/', '%', '!', '(', ')', '[', ']', ',', '.', '?'];

type Token = { k: 'id' | 'str' | 'num' | 'regex' | 'p' | 'type'; v: string };

function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === ' ') {
      i++;
    } else if (ch === "'" || ch === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== ch) j += src[j] === '\\' ? 2 : 1;
      if (j >= src.length) throw new Unsupported('unterminated string');
      out.push({ k: 'str', v: src.slice(i, j + 1) });
      i = j + 1;
    } else if (/[0-9]/.test(ch)) {
      const m = /^(?:0x[0-9a-f]+|[0-9]+(?:\.[0-9]+)?(?:e[+-]?[0-9]+)?)/i.exec(src.slice(i))!;
      out.push({ k: 'num', v: m[0] });
      i += m[0].length;
    } else if (/[\p{ID_Start}$_]/u.test(ch)) {
      // Names of schemas and types may be any Unicode identifier (`Café`).
      const m = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*/u.exec(src.slice(i))!;
      out.push({ k: 'id', v: m[0] });
      i += m[0].length;
    } else if (ch === '<' && out.length > 0 && out[out.length - 1]!.k === 'id' && /^<[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*(?:\[\])?>\(/u.test(src.slice(i))) {
      // Type arguments of a call: `new Set<string>(`.
      const end = src.indexOf('>', i);
      out.push({ k: 'type', v: src.slice(i, end + 1) });
      i = end + 1;
    } else if (ch === '/' && (out.length === 0 || out[out.length - 1]!.k === 'p' && /[(,=[!&|]/.test(out[out.length - 1]!.v))) {
      let j = i + 1;
      let inClass = false;
      while (j < src.length && (inClass || src[j] !== '/')) {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inClass = true;
        else if (src[j] === ']') inClass = false;
        j++;
      }
      const flags = /^[a-z]*/.exec(src.slice(j + 1))![0];
      out.push({ k: 'regex', v: src.slice(i, j + 1 + flags.length) });
      i = j + 1 + flags.length;
    } else {
      const p = PUNCT.find((op) => src.startsWith(op, i));
      if (!p) throw new Unsupported(`unexpected ${JSON.stringify(ch)}`);
      out.push({ k: 'p', v: p });
      i += p.length;
    }
  }
  return out;
}

/** Parses one expression; the whole text must be used. */
export function parseExpression(src: string): Expr {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isP = (v: string): boolean => tokens[pos]?.k === 'p' && tokens[pos]!.v === v;
  const expect = (v: string): void => {
    if (!isP(v)) throw new Unsupported(`expected ${v}`);
    pos++;
  };

  const list = (close: string): Expr[] => {
    const items: Expr[] = [];
    while (!isP(close)) {
      items.push(binary(0));
      if (!isP(close)) expect(',');
    }
    pos++;
    return items;
  };

  const primary = (): Expr => {
    const tok = peek();
    if (!tok) throw new Unsupported('unexpected end');
    pos++;
    if (tok.k === 'str') return { t: 'str', raw: tok.v };
    if (tok.k === 'num') return { t: 'num', raw: tok.v };
    if (tok.k === 'regex') return { t: 'regex', raw: tok.v };
    if (tok.k === 'id') {
      if (tok.v === 'new') {
        const callee = postfix(primary(), false);
        const typeArgs = peek()?.k === 'type' ? tokens[pos++]!.v : '';
        expect('(');
        return { t: 'call', callee, typeArgs, args: list(')'), isNew: true };
      }
      if (tok.v === 'typeof') return { t: 'unary', op: 'typeof ', arg: unary() };
      return { t: 'id', name: tok.v };
    }
    if (tok.v === '(') {
      const inner = binary(0);
      expect(')');
      return inner;
    }
    if (tok.v === '[') return { t: 'array', items: list(']') };
    throw new Unsupported(`unexpected ${tok.v}`);
  };

  const postfix = (start: Expr, calls = true): Expr => {
    let e = start;
    for (;;) {
      if (isP('.')) {
        pos++;
        const name = peek();
        if (name?.k !== 'id') throw new Unsupported('member name');
        pos++;
        e = { t: 'member', object: e, name: name.v };
      } else if (isP('[')) {
        pos++;
        const index = binary(0);
        expect(']');
        e = { t: 'index', object: e, index };
      } else if (calls && (isP('(') || peek()?.k === 'type')) {
        const typeArgs = peek()?.k === 'type' ? tokens[pos++]!.v : '';
        expect('(');
        e = { t: 'call', callee: e, typeArgs, args: list(')'), isNew: false };
      } else if (isP('!') && tokens[pos + 1]?.v !== '=') {
        // Non-null assertion (`list[i]!`): not in the subset.
        throw new Unsupported('non-null assertion');
      } else {
        return e;
      }
    }
  };

  const unary = (): Expr => {
    if (isP('!') || isP('-') || isP('++')) {
      const op = tokens[pos++]!.v;
      return { t: 'unary', op, arg: unary() };
    }
    return postfix(primary());
  };

  const binary = (min: number): Expr => {
    let left = unary();
    for (;;) {
      const tok = peek();
      const op = tok && (tok.k === 'p' || tok.v === 'in' || tok.v === 'instanceof') ? tok.v : undefined;
      const prec = op === undefined ? undefined : PRECEDENCE[op];
      if (prec === undefined || prec < min) return left;
      pos++;
      const right = binary(prec + 1);
      left = { t: 'binary', op: op!, left, right };
    }
  };

  const expr = binary(0);
  if (pos !== tokens.length) throw new Unsupported(`trailing ${tokens[pos]!.v}`);
  return expr;
}
