import ts from 'typescript';
import { leadingComments } from './comments.js';
import { group, hardline, ifBreak, indent, indentIfBreak, join, line, softline, type Doc } from '../print/doc.js';
import { prettierStringKey } from '../../escape/types-literal.js';
import { IDENTIFIER, NUMBER_LITERAL, prettierNumber } from './literals.js';
import { printType, type PrintContext } from './type-nodes.js';
import { hasSingleLineFlag, Unsupported } from './unsupported.js';

/**
 * Members of type literals and interfaces, as prettier prints them (print/object.js for the braces,
 * typescript.js for property and index signatures, property-key.js for keys). TypeScript's printer
 * writes every non-empty type literal over several lines, and prettier keeps an object broken when
 * the source had a line break after `{`: so a type literal is always printed broken.
 */
export function printMembers(node: ts.TypeLiteralNode, ctx: PrintContext): Doc {
  if (hasSingleLineFlag(node)) throw new Unsupported('a single-line type literal');
  if (node.members.length === 0) return '{}';
  const parts: Doc[] = [];
  nested(ctx, () =>
    node.members.forEach((member, i) => {
      if (i > 0) parts.push(line);
      const last = i === node.members.length - 1;
      parts.push([...leadingComments(member, ctx.depth, ctx.restore), printMember(member, ctx), last ? ifBreak(';') : ';']);
    }),
  );
  return group(['{', indent([line, ...parts]), line, '}'], { shouldBreak: true });
}

/** An interface body: one member per line, each ending in `;`. */
export function printInterfaceBody(members: readonly ts.TypeElement[], ctx: PrintContext): Doc {
  if (members.length === 0) return '{}';
  const parts = nested(ctx, () => members.map((member) => [...leadingComments(member, ctx.depth, ctx.restore), printMember(member, ctx), ';']));
  return ['{', indent([hardline, join(hardline, parts)]), hardline, '}'];
}

/** Members are one level deeper in TypeScript's printer (which indents comment lines by it). */
function nested<T>(ctx: PrintContext, print: () => T): T {
  ctx.depth++;
  try {
    return print();
  } finally {
    ctx.depth--;
  }
}

function printMember(member: ts.TypeElement, ctx: PrintContext): Doc {
  if (ts.getSyntheticTrailingComments(member)) throw new Unsupported('a trailing comment on a member');
  if (ts.isPropertySignature(member)) {
    const readonly = readonlyModifier(member.modifiers);
    const type = member.type ? [': ', printType(member.type, 'annotation', ctx)] : '';
    return group([readonly, printKey(member.name, ctx), member.questionToken ? '?' : '', type]);
  }
  if (ts.isIndexSignatureDeclaration(member)) {
    const readonly = readonlyModifier(member.modifiers);
    const parameters = member.parameters.map((p) => printParameter(p, ctx));
    const trailingComma = parameters.length > 1 ? ifBreak(',') : '';
    const parametersGroup = group([indent([softline, join([', ', softline], parameters)]), trailingComma, softline]);
    return group([readonly, '[', parametersGroup, ']', ': ', printType(member.type, 'annotation', ctx)]);
  }
  throw new Unsupported(`member kind ${ts.SyntaxKind[member.kind]}`);
}

function readonlyModifier(modifiers: ts.NodeArray<ts.ModifierLike> | undefined): string {
  if (!modifiers || modifiers.length === 0) return '';
  if (modifiers.length === 1 && modifiers[0]!.kind === ts.SyntaxKind.ReadonlyKeyword) return 'readonly ';
  throw new Unsupported('a member modifier other than readonly');
}

function printParameter(parameter: ts.ParameterDeclaration, ctx: PrintContext): Doc {
  if (parameter.modifiers?.length || parameter.dotDotDotToken || parameter.questionToken || parameter.initializer || !ts.isIdentifier(parameter.name)) {
    throw new Unsupported('an index signature parameter other than `name: type`');
  }
  if (!IDENTIFIER.test(parameter.name.text)) throw new Unsupported('an odd parameter name');
  return [parameter.name.text, parameter.type ? [': ', printType(parameter.type, 'annotation', ctx)] : ''];
}

/**
 * A property key: identifiers as written, numbers normalised, string keys quoted as prettier's
 * `quoteProps: 'as-needed'` does.
 */
function printKey(name: ts.PropertyName, ctx: PrintContext): string {
  if (ts.isIdentifier(name)) {
    const text = ctx.restore(name.text);
    if (!IDENTIFIER.test(text)) throw new Unsupported('an odd identifier key');
    return text;
  }
  if (ts.isStringLiteral(name)) return prettierStringKey(ctx.restore(name.text));
  if (ts.isNumericLiteral(name)) {
    // tsPropertyIndex makes "Infinity" and "NaN" numeric literals; prettier reads those back as identifiers.
    if (NUMBER_LITERAL.test(name.text)) return prettierNumber(name.text);
    if (IDENTIFIER.test(name.text)) return name.text;
  }
  throw new Unsupported(`key kind ${ts.SyntaxKind[name.kind]}`);
}

/** `<T, K extends keyof T>` of a declaration (prettier's printTypeParameters and printTypeParameter). */
export function printTypeParameters(parameters: readonly ts.TypeParameterDeclaration[] | undefined, ctx: PrintContext): Doc {
  if (!parameters || parameters.length === 0) return '';
  const printed = parameters.map((p) => {
    if (p.modifiers?.length) throw new Unsupported('a type parameter modifier');
    if (!IDENTIFIER.test(p.name.text)) throw new Unsupported('an odd type parameter name');
    const parts: Doc[] = [p.name.text];
    if (p.constraint) {
      const id = Symbol('constraint');
      parts.push(' extends', group(indent(line), { id }), indentIfBreak(printType(p.constraint, 'typeParam', ctx), { groupId: id }));
    }
    if (p.default) {
      const id = Symbol('default');
      parts.push(' =', group(indent(line), { id }), indentIfBreak(printType(p.default, 'typeParam', ctx), { groupId: id }));
    }
    return group(parts);
  });
  return group(['<', indent([softline, join([',', line], printed)]), ifBreak(','), softline, '>']);
}
