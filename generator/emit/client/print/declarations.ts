import ts from 'typescript';
import { stringLiteral } from '../../../escape/typescript.js';
import { group, hardline, ifBreak, indent, join, line, softline, type Doc } from '../../print/doc.js';
import { fluidAssignment } from '../../print/value-layout.js';
import { printStatement } from '../../types/statements.js';
import { printType, type PrintContext } from '../../types/type-nodes.js';
import { Unsupported } from '../../types/unsupported.js';
import type { Guard } from './guard.js';
import { jsDoc, type JsDoc } from './jsdoc.js';

/**
 * The declarations of client.gen.ts as prettier prints them (print/module.js for imports and exports,
 * interface.js and type-annotation.js for interfaces, assignment.js for `const`), on the types
 * printer's document printer. Type text is parsed by TypeScript and printed by the types printer, so
 * a type prints here exactly as it would in types.gen.ts; text it cannot print is written as given
 * and noted on the guard.
 */

const ctx: PrintContext = { restore: (text) => text, depth: 0 };
const typeCache = new Map<string, Doc | Unsupported>();

/** A type, written as TypeScript text, in an annotation (`: T`). */
export function typeDoc(text: string, g: Guard): Doc {
  let doc = typeCache.get(text);
  if (doc === undefined) {
    doc = parsedType(text);
    typeCache.set(text, doc);
  }
  if (!(doc instanceof Unsupported)) return doc;
  g.unsure(doc.what);
  return text;
}

function parsedType(text: string): Doc | Unsupported {
  const file = ts.createSourceFile('type.ts', `type T = ${text};`, ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
  const alias = file.statements[0];
  if (file.statements.length !== 1 || !alias || !ts.isTypeAliasDeclaration(alias) || hasParseErrors(file)) return new Unsupported(`type text ${text}`);
  try {
    return printType(alias.type, 'annotation', ctx);
  } catch (error) {
    if (error instanceof Unsupported) return error;
    throw error;
  }
}

function hasParseErrors(file: ts.SourceFile): boolean {
  return ((file as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length ?? 0) > 0;
}

/** `export type Name = …;` from its TypeScript text, printed by the types printer (union layouts included). */
export function typeAliasDoc(source: string, g: Guard): Doc {
  const file = ts.createSourceFile('alias.ts', source, ts.ScriptTarget.ESNext, false, ts.ScriptKind.TS);
  const statement = file.statements[0];
  try {
    if (file.statements.length !== 1 || !statement || hasParseErrors(file)) throw new Unsupported('type alias text');
    return printStatement(statement, ctx);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
    g.unsure(error.what);
    return source;
  }
}

/** `import type { A, B } from '…';` / `export { … } from '…';`: specifiers on one line when they fit, else one per line. */
export function namedModuleDeclaration(keyword: 'import' | 'export', typeOnly: boolean, names: readonly string[], from: string): Doc {
  const head = `${keyword}${typeOnly ? ' type' : ''} `;
  const source = [' from ', stringLiteral(from), ';'];
  // One specifier never breaks (printModuleSpecifiers' canBreak).
  if (names.length === 1) return [head, '{ ', names[0]!, ' }', ...source];
  return group([head, '{', indent([line, join([',', line], names)]), ifBreak(','), line, '}', ...source]);
}

/** A property of an interface: `name?: Type;` under its JSDoc. */
export interface PropertyMember {
  doc: JsDoc | string;
  name: string;
  optional: boolean;
  type: string;
}

/** A method of an interface: `name(param?: Type): Return;` under its JSDoc. */
export interface MethodMember {
  doc: JsDoc | string;
  name: string;
  parameter: { name: string; optional: boolean; type: string };
  returnType: string;
}

const NAME = /^[A-Za-z_$][\w$]*$/;

function name(text: string, g: Guard): string {
  if (!NAME.test(text)) g.unsure(`name ${text}`);
  return text;
}

function propertyDoc(member: PropertyMember, g: Guard): Doc {
  return group([name(member.name, g), member.optional ? '?' : '', ': ', typeDoc(member.type, g)]);
}

/**
 * A method signature: the parameter list breaks first (one parameter, not hugged: a plain identifier
 * with a type reference), the return type stays on the closing line.
 */
function methodDoc(member: MethodMember, g: Guard): Doc {
  const p = member.parameter;
  const parameter = [name(p.name, g), p.optional ? '?' : '', ': ', typeDoc(p.type, g)];
  return group([name(member.name, g), '(', indent([softline, parameter]), ifBreak(','), softline, ')', ': ', typeDoc(member.returnType, g)]);
}

/** `export interface Name extends Base { … }`: members one per line, each under its JSDoc. */
export function interfaceDoc(
  decl: { doc: JsDoc | string; name: string; extends?: string; members: readonly (PropertyMember | MethodMember)[] },
  g: Guard,
): Doc {
  const members = decl.members.map((m) => [jsDoc(m.doc), hardline, 'parameter' in m ? methodDoc(m, g) : propertyDoc(m, g), ';']);
  const body = members.length === 0 ? '{}' : ['{', indent([hardline, join(hardline, members)]), hardline, '}'];
  // The heritage clause moves to its own line when `interface Name extends Base {` does not fit.
  const id = name(decl.name, g);
  const head = decl.extends ? group(indent([`interface ${id}`, line, 'extends ', decl.extends])) : `interface ${id}`;
  return [jsDoc(decl.doc), hardline, group(['export ', head, ' ', body])];
}

/** `const name: Type = value;` (fluid layout: the value starts on the same line when its start fits). */
export function constDoc(decl: { doc: JsDoc | string; name: string; type?: string; value: Doc }, g: Guard): Doc {
  const left: Doc = decl.type === undefined ? name(decl.name, g) : [name(decl.name, g), ': ', typeDoc(decl.type, g)];
  return [jsDoc(decl.doc), hardline, group(['const ', fluidAssignment(left, ' =', decl.value), ';'])];
}
