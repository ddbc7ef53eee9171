import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import {
  BUILTIN_MEMBERS,
  commentLine,
  commentText,
  identifier,
  lineCommentText,
  objectKey,
  propertyKey,
  RESERVED_WORDS,
  stringLiteral,
} from '../../../generator/escape/typescript.js';
import { CANARY_PAYLOADS, PAYLOADS } from '../../hostile/payloads.js';

/**
 * Each TypeScript escaping function against every hostile payload, judged by TypeScript's own parser
 * (nothing is ever run): the escaped text must parse as exactly the construct it is meant to be,
 * holding exactly the payload.
 */
const ALL = [...PAYLOADS, ...CANARY_PAYLOADS];

function parse(source: string): ts.SourceFile {
  return ts.createSourceFile('x.ts', source, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS);
}

function parseErrors(file: ts.SourceFile): string[] {
  return (file as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

/** The statements of `source`, after checking it parsed without errors. */
function statements(source: string): ts.NodeArray<ts.Statement> {
  const file = parse(source);
  expect(parseErrors(file), source).toEqual([]);
  return file.statements;
}

describe.each(ALL.map((p) => [JSON.stringify(p).slice(0, 60), p]))('payload %s', (_label, payload) => {
  it('commentText stays inside a JSDoc comment, line breaks kept', () => {
    const source = `const a = 1;\n/**\n * ${commentText(payload)}\n */\nconst b = 2;\n`;
    const list = statements(source);
    expect(list.length).toBe(2);
    const jsDoc = ts.getJSDocCommentsAndTags(list[1]!);
    expect(jsDoc.length).toBe(1);
  });

  it('commentLine stays inside a one-line block comment', () => {
    const text = commentLine(payload);
    expect(text).not.toMatch(/[\r\n\u2028\u2029]/);
    expect(statements(`/** ${text} */ const b = 2;`).length).toBe(1);
  });

  it('lineCommentText stays inside a // comment', () => {
    expect(statements(`// ${lineCommentText(payload)}\nconst b = 2;`).length).toBe(1);
  });

  it('stringLiteral is one string literal holding the payload', () => {
    const [statement] = statements(`const x = ${stringLiteral(payload)};`);
    const init = (statement as ts.VariableStatement).declarationList.declarations[0]!.initializer!;
    expect(ts.isStringLiteral(init)).toBe(true);
    expect((init as ts.StringLiteral).text).toBe(payload);
  });

  it('propertyKey names exactly one interface member, the payload', () => {
    const [statement] = statements(`interface I { ${propertyKey(payload)}: 1 }`);
    const members = (statement as ts.InterfaceDeclaration).members;
    expect(members.length).toBe(1);
    const name = members[0]!.name!;
    expect(ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined).toBe(payload);
  });

  it('objectKey defines exactly one own property, the payload (never the prototype)', () => {
    const [statement] = statements(`const o = { ${objectKey(payload)}: 1 };`);
    const init = (statement as ts.VariableStatement).declarationList.declarations[0]!.initializer as ts.ObjectLiteralExpression;
    expect(init.properties.length).toBe(1);
    const name = init.properties[0]!.name!;
    if (ts.isComputedPropertyName(name)) {
      expect(ts.isStringLiteral(name.expression) && name.expression.text).toBe(payload);
    } else {
      expect(payload).not.toBe('__proto__');
      expect(ts.isIdentifier(name) || ts.isStringLiteral(name) ? name.text : undefined).toBe(payload);
    }
  });

  it('identifier is a declarable name that is no reserved word or built-in member', () => {
    const name = identifier(payload);
    expect(RESERVED_WORDS.has(name) || BUILTIN_MEMBERS.has(name)).toBe(false);
    const [statement] = statements(`export const ${name} = 1;`);
    const declared = (statement as ts.VariableStatement).declarationList.declarations[0]!.name;
    expect(ts.isIdentifier(declared) && declared.text).toBe(name);
  });
});

describe('identifier', () => {
  it.each([
    ['delete', 'delete_'],
    ['then', 'then_'],
    ['toString', 'toString_'],
    ['__proto__', '__proto___'],
    ['', '_'],
    ['200', '_200'],
    ['a b', 'a_b'],
    ['listPets', 'listPets'],
  ])('identifier(%j) = %j', (input, expected) => {
    expect(identifier(input)).toBe(expected);
  });
});

describe('stringLiteral', () => {
  it.each([
    ['plain', "'plain'"],
    ["it's", '"it\'s"'],
    ['say "hi"', "'say \"hi\"'"],
    ['\u2028', "'\u2028'"],
    ['a\nb', "'a\\nb'"],
  ])('stringLiteral(%j) = %s (prettier’s quotes)', (input, expected) => {
    expect(stringLiteral(input)).toBe(expected);
  });
});
