import ts from 'typescript';

/**
 * Lines (1-based) where `any` is used as a type with no note next to it: the same line or the line
 * before must carry a comment saying why. Parsed with TypeScript, so a property or string named
 * `any` does not count.
 */
export function unnotedAny(fileName: string, text: string): number[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const lines = text.split('\n');
  const hasComment = (line: number) => /\/\/|\/\*|^\s*\*/.test(lines[line - 1] ?? '');
  const out: number[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.AnyKeyword) {
      const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
      if (!hasComment(line) && !hasComment(line - 1)) out.push(line);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return out;
}
