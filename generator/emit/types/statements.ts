import ts from 'typescript';
import { group, indent, indentIfBreak, line, type Doc } from '../print/doc.js';
import { JS_IDENTIFIER } from './literals.js';
import { printInterfaceBody, printTypeParameters } from './members.js';
import { printType, shouldHugUnion, unwrap, type PrintContext } from './type-nodes.js';
import { Unsupported } from './unsupported.js';

/**
 * Top-level declarations: `interface` and `type` aliases, with prettier's assignment layouts for
 * the alias (print/assignment.js: chooseLayout, printAssignment).
 */
export function printStatement(statement: ts.Statement, ctx: PrintContext): Doc {
  if (ts.getSyntheticLeadingComments(statement) || ts.getSyntheticTrailingComments(statement)) {
    throw new Unsupported('a comment on a declaration');
  }
  if (ts.isInterfaceDeclaration(statement)) {
    if (statement.heritageClauses?.length) throw new Unsupported('an interface with extends');
    return [exportKeyword(statement.modifiers), 'interface ', name(statement.name), printTypeParameters(statement.typeParameters, ctx), ' ', printInterfaceBody(statement.members, ctx)];
  }
  if (ts.isTypeAliasDeclaration(statement)) {
    return [exportKeyword(statement.modifiers), printTypeAlias(statement, ctx), ';'];
  }
  throw new Unsupported(`statement kind ${ts.SyntaxKind[statement.kind]}`);
}

function exportKeyword(modifiers: ts.NodeArray<ts.ModifierLike> | undefined): string {
  if (!modifiers || modifiers.length === 0) return '';
  if (modifiers.length === 1 && modifiers[0]!.kind === ts.SyntaxKind.ExportKeyword) return 'export ';
  throw new Unsupported('a declaration modifier other than export');
}

function name(identifier: ts.Identifier): string {
  if (!JS_IDENTIFIER.test(identifier.text)) throw new Unsupported('an odd declaration name');
  return identifier.text;
}

function printTypeAlias(alias: ts.TypeAliasDeclaration, ctx: PrintContext): Doc {
  const left: Doc = ['type ', name(alias.name), printTypeParameters(alias.typeParameters, ctx)];
  const right = unwrap(alias.type);
  switch (chooseLayout(alias, right)) {
    case 'break-after-operator':
      return group([group(left), ' =', group(indent([line, printType(alias.type, 'aliasAfterOperator', ctx)]))]);
    case 'break-lhs':
      return group([left, ' =', ' ', group(printType(alias.type, 'alias', ctx))]);
    case 'fluid': {
      const id = Symbol('assignment');
      return group([group(left), ' =', group(indent(line), { id }), indentIfBreak(printType(alias.type, 'alias', ctx), { groupId: id })]);
    }
  }
}

/**
 * prettier's chooseLayout, for a type alias: a union that does not hug breaks after `=`; type
 * parameters with a constraint or default (more than one) break the left side first; everything
 * else is "fluid" (the right side moves to the next line only when its start does not fit).
 */
function chooseLayout(alias: ts.TypeAliasDeclaration, right: ts.TypeNode): 'break-after-operator' | 'break-lhs' | 'fluid' {
  if (ts.isUnionTypeNode(right) && !shouldHugUnion(right)) return 'break-after-operator';
  const parameters = alias.typeParameters ?? [];
  if (parameters.length > 1 && parameters.some((p) => p.constraint || p.default)) return 'break-lhs';
  return 'fluid';
}
