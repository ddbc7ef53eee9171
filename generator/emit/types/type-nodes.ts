import ts from 'typescript';
import { align, group, ifBreak, indent, join, line, softline, type Doc } from '../print/doc.js';
import { prettierString, tsStringLiteralText } from '../../escape/types-literal.js';
import { JS_IDENTIFIER, NUMBER_LITERAL, prettierNumber } from './literals.js';
import { printMembers } from './members.js';
import { hasSingleLineFlag, Unsupported } from './unsupported.js';

/**
 * Type nodes as prettier 3 prints them (prettier/src/language-js/print: union-type, intersection-type,
 * array, type-parameters, typescript; parentheses/needs-parentheses), for the node kinds
 * openapi-typescript builds. Parenthesized types are unwrapped: prettier's parser drops them and
 * decides parentheses itself from the parent, which `needsParens` reproduces.
 */

/** Where a type sits in its parent: decides parentheses, and how a union breaks and indents. */
export type Position =
  | 'annotation' // `: T` of a property or index signature, or a mapped type's value
  | 'alias' // right side of `type X =` (fluid / break-lhs layout)
  | 'aliasAfterOperator' // right side of `type X =` printed with break-after-operator
  | 'typeArg' // `Foo<T>`
  | 'typeParam' // constraint or default of a type parameter, a mapped type's key constraint
  | 'tupleOne' // the only element of a tuple
  | 'tupleMany' // an element of a tuple with several
  | 'array' // `T[]`
  | 'union'
  | 'intersection'
  | 'indexObject' // `T` in `T[K]`
  | 'indexIndex' // `K` in `T[K]`
  | 'operator'; // operand of keyof / readonly / unique

/** What every node printer needs besides the node. */
export interface PrintContext {
  /** Real names for the placeholder keys openapi-typescript was given (see placeholders.ts). */
  restore(text: string): string;
  /** How many member lists enclose the node (TypeScript's indentation level); 0 at the top. */
  depth: number;
}

export function unwrap(node: ts.TypeNode): ts.TypeNode {
  while (ts.isParenthesizedTypeNode(node)) node = node.type;
  return node;
}

export function printType(input: ts.TypeNode, position: Position, ctx: PrintContext): Doc {
  const node = unwrap(input);
  if (ts.getSyntheticLeadingComments(node) || ts.getSyntheticTrailingComments(node)) {
    throw new Unsupported(`a comment on a ${ts.SyntaxKind[node.kind]}`);
  }
  const doc = printTypeWithoutParens(node, position, ctx);
  return needsParens(node, position) ? ['(', doc, ')'] : doc;
}

/** `Name` or `ns.Name` (the client's `runtime.X`; openapi-typescript writes plain names only). */
function typeName(name: ts.EntityName): string {
  if (ts.isIdentifier(name)) {
    if (!JS_IDENTIFIER.test(name.text)) throw new Unsupported('an odd type name');
    return name.text;
  }
  return `${typeName(name.left)}.${typeName(name.right)}`;
}

function printTypeWithoutParens(node: ts.TypeNode, position: Position, ctx: PrintContext): Doc {
  const keyword = KEYWORDS.get(node.kind);
  if (keyword !== undefined) return keyword;
  switch (node.kind) {
    case ts.SyntaxKind.LiteralType:
      return printLiteral((node as ts.LiteralTypeNode).literal, ctx);
    case ts.SyntaxKind.Identifier:
      return printJsonLiteral(node as unknown as ts.Identifier, ctx);
    case ts.SyntaxKind.TypeReference: {
      const ref = node as ts.TypeReferenceNode;
      return [typeName(ref.typeName), ref.typeArguments ? printTypeArguments(ref.typeArguments, ctx) : ''];
    }
    case ts.SyntaxKind.IndexedAccessType: {
      const access = node as ts.IndexedAccessTypeNode;
      return [printType(access.objectType, 'indexObject', ctx), '[', printType(access.indexType, 'indexIndex', ctx), ']'];
    }
    case ts.SyntaxKind.ArrayType:
      return [printType((node as ts.ArrayTypeNode).elementType, 'array', ctx), '[]'];
    case ts.SyntaxKind.TupleType:
      return printTuple(node as ts.TupleTypeNode, ctx);
    case ts.SyntaxKind.UnionType:
      return printUnion(node as ts.UnionTypeNode, position, ctx);
    case ts.SyntaxKind.IntersectionType:
      return printIntersection(node as ts.IntersectionTypeNode, ctx);
    case ts.SyntaxKind.TypeLiteral:
      return printMembers(node as ts.TypeLiteralNode, ctx);
    case ts.SyntaxKind.MappedType:
      return printMappedType(node as ts.MappedTypeNode, ctx);
    case ts.SyntaxKind.TypeOperator: {
      const op = node as ts.TypeOperatorNode;
      return [ts.tokenToString(op.operator)!, ' ', printType(op.type, 'operator', ctx)];
    }
    default:
      throw new Unsupported(`type kind ${ts.SyntaxKind[node.kind]}`);
  }
}

const KEYWORDS = new Map<ts.SyntaxKind, string>([
  [ts.SyntaxKind.StringKeyword, 'string'],
  [ts.SyntaxKind.NumberKeyword, 'number'],
  [ts.SyntaxKind.BooleanKeyword, 'boolean'],
  [ts.SyntaxKind.BigIntKeyword, 'bigint'],
  [ts.SyntaxKind.SymbolKeyword, 'symbol'],
  [ts.SyntaxKind.NeverKeyword, 'never'],
  [ts.SyntaxKind.UnknownKeyword, 'unknown'],
  [ts.SyntaxKind.AnyKeyword, 'any'],
  [ts.SyntaxKind.UndefinedKeyword, 'undefined'],
  [ts.SyntaxKind.ObjectKeyword, 'object'],
  [ts.SyntaxKind.VoidKeyword, 'void'],
  [ts.SyntaxKind.ThisType, 'this'],
]);

function printLiteral(literal: ts.LiteralTypeNode['literal'], ctx: PrintContext): Doc {
  switch (literal.kind) {
    case ts.SyntaxKind.NullKeyword:
      return 'null';
    case ts.SyntaxKind.TrueKeyword:
      return 'true';
    case ts.SyntaxKind.FalseKeyword:
      return 'false';
    case ts.SyntaxKind.StringLiteral:
      return prettierString(tsStringLiteralText(ctx.restore(literal.text)));
    case ts.SyntaxKind.NumericLiteral:
      return printNumber(literal.text);
    case ts.SyntaxKind.PrefixUnaryExpression: {
      const { operator, operand } = literal as ts.PrefixUnaryExpression;
      if (operator !== ts.SyntaxKind.MinusToken || !ts.isNumericLiteral(operand)) throw new Unsupported('a unary literal other than -n');
      return ['-', printNumber(operand.text)];
    }
    default:
      throw new Unsupported(`literal kind ${ts.SyntaxKind[literal.kind]}`);
  }
}

function printNumber(text: string): string {
  if (!NUMBER_LITERAL.test(text)) throw new Unsupported(`the number ${text}`);
  return prettierNumber(text);
}

/**
 * openapi-typescript writes string values (enum members, const) as an identifier whose text is
 * JSON.stringify(value); prettier reads that text back as a string literal.
 */
function printJsonLiteral(node: ts.Identifier, ctx: PrintContext): Doc {
  const text = node.text;
  if (text[0] !== '"') throw new Unsupported('an identifier used as a type');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Unsupported('an identifier that is not a JSON string');
  }
  if (typeof value !== 'string' || JSON.stringify(value) !== text) throw new Unsupported('an identifier that is not a JSON string');
  return prettierString(JSON.stringify(ctx.restore(value)));
}

/** prettier's printUnionType (3.x): `| A` lines when broken, hugging `{…} | null`. */
function printUnion(node: ts.UnionTypeNode, position: Position, ctx: PrintContext): Doc {
  if (shouldHugUnion(node)) return join(' | ', node.types.map((t) => printType(t, 'union', ctx)));
  const doc = group(node.types.map((t, i) => [i === 0 ? ifBreak('| ') : [line, '| '], align(2, printType(t, 'union', ctx))]));
  if (needsParens(node, position)) return group([indent([softline, doc]), softline]);
  if (position === 'tupleMany') return group([indent([ifBreak(['(', softline]), doc]), softline, ifBreak(')')]);
  const shouldIndent = position !== 'tupleOne' && position !== 'typeArg';
  if (position === 'aliasAfterOperator' || !shouldIndent) return doc;
  return group(indent([softline, doc]));
}

/** A union of one object-like type (literal or reference) with only null / void: printed inline. */
export function shouldHugUnion(node: ts.UnionTypeNode): boolean {
  const types = node.types.map(unwrap);
  const objectType = types.find((t) => ts.isTypeLiteralNode(t) || ts.isTypeReferenceNode(t));
  return objectType !== undefined && types.every((t) => t === objectType || isVoidLike(t));
}

function isVoidLike(node: ts.TypeNode): boolean {
  return node.kind === ts.SyntaxKind.VoidKeyword || (ts.isLiteralTypeNode(node) && node.literal.kind === ts.SyntaxKind.NullKeyword);
}

export function isObjectType(node: ts.TypeNode): boolean {
  const t = unwrap(node);
  return ts.isTypeLiteralNode(t) || ts.isMappedTypeNode(t);
}

/** prettier's isSimpleType: keywords, literals, and references without type arguments. */
export function isSimpleType(input: ts.TypeNode): boolean {
  const node = unwrap(input);
  if (KEYWORDS.has(node.kind) || ts.isLiteralTypeNode(node) || ts.isIdentifier(node)) return true;
  return ts.isTypeReferenceNode(node) && !node.typeArguments;
}

function printIntersection(node: ts.IntersectionTypeNode, ctx: PrintContext): Doc {
  let wasIndented = false;
  return group(
    node.types.map((t, i) => {
      const doc = printType(t, 'intersection', ctx);
      if (i === 0) return doc;
      const current = isObjectType(t);
      const previous = isObjectType(node.types[i - 1]!);
      if (previous && current) return [' & ', wasIndented ? indent(doc) : doc];
      if (!previous && !current) return indent([' &', line, doc]);
      if (i > 1) wasIndented = true;
      return [' & ', i > 1 ? indent(doc) : doc];
    }),
  );
}

/** prettier's printArray for a tuple type: breaks one element per line, trailing comma when broken. */
function printTuple(node: ts.TupleTypeNode, ctx: PrintContext): Doc {
  if (node.elements.length === 0) return '[]';
  const position: Position = node.elements.length > 1 ? 'tupleMany' : 'tupleOne';
  const elements = node.elements.map((e) => {
    if (ts.isNamedTupleMember(e) || ts.isOptionalTypeNode(e) || ts.isRestTypeNode(e)) throw new Unsupported('a labelled, optional or rest tuple element');
    return group(printType(e, position, ctx));
  });
  return group(['[', indent([softline, join([',', line], elements), ifBreak(',')]), softline, ']']);
}

function printTypeArguments(args: readonly ts.TypeNode[], ctx: PrintContext): Doc {
  const printed = args.map((a) => printType(a, 'typeArg', ctx));
  const only = args.length === 1 ? unwrap(args[0]!) : undefined;
  const hug = only !== undefined && (isSimpleType(only) || isObjectType(only) || (ts.isUnionTypeNode(only) && shouldHugUnion(only)));
  if (hug) return ['<', join(', ', printed), '>'];
  return group(['<', indent([softline, join([',', line], printed)]), softline, '>']);
}

/** prettier's printTypescriptMappedType: `{ [K in T]: V }`, broken when the source had a line break after `{`. */
function printMappedType(node: ts.MappedTypeNode, ctx: PrintContext): Doc {
  if (hasSingleLineFlag(node)) throw new Unsupported('a single-line mapped type');
  if (node.members && node.members.length > 0) throw new Unsupported('a mapped type with members');
  const parameter = node.typeParameter;
  if (!parameter.constraint || parameter.default) throw new Unsupported('a mapped type parameter without constraint');
  const readonly = node.readonlyToken ? [modifierToken(node.readonlyToken.kind, 'readonly'), ' '] : '';
  const key = group(['[', indent([softline, parameter.name.text, ' in ', printType(parameter.constraint, 'typeParam', ctx), node.nameType ? [' as ', printType(node.nameType, 'typeParam', ctx)] : '']), softline, ']']);
  const optional = node.questionToken ? modifierToken(node.questionToken.kind, '?') : '';
  const value = node.type ? [': ', printType(node.type, 'annotation', ctx)] : '';
  return group(['{', indent([line, group([readonly, key, optional, value]), ifBreak(';')]), line, '}'], { shouldBreak: true });
}

function modifierToken(kind: ts.SyntaxKind, word: string): string {
  if (kind === ts.SyntaxKind.PlusToken) return `+${word}`;
  if (kind === ts.SyntaxKind.MinusToken) return `-${word}`;
  return word;
}

/** prettier's needsParens for the type nodes the printer handles. */
function needsParens(node: ts.TypeNode, position: Position): boolean {
  switch (node.kind) {
    case ts.SyntaxKind.UnionType:
    case ts.SyntaxKind.IntersectionType:
      if (position === 'union' || position === 'intersection') return true;
    // falls through: unions and intersections also need what type operators need
    case ts.SyntaxKind.TypeOperator:
      return position === 'array' || position === 'indexObject' || position === 'operator';
    default:
      return false;
  }
}

