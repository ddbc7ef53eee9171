import { IndentationText, NewLineKind, Project, QuoteKind, type SourceFile, type StatementStructures } from 'ts-morph';

/**
 * A fresh in-memory source file with fixed manipulation settings, so the text ts-morph prints does not
 * depend on the machine: the one ts-morph set-up of the client and validators emitters. Nothing is
 * ever saved: callers read `getFullText()`.
 */
export function inMemorySourceFile(path: string, statements: StatementStructures[] = []): SourceFile {
  const project = new Project({
    useInMemoryFileSystem: true,
    skipAddingFilesFromTsConfig: true,
    manipulationSettings: {
      indentationText: IndentationText.TwoSpaces,
      newLineKind: NewLineKind.LineFeed,
      quoteKind: QuoteKind.Single,
      useTrailingCommas: true,
      insertSpaceAfterOpeningAndBeforeClosingNonemptyBraces: true,
    },
  });
  return project.createSourceFile(path, { statements }, { overwrite: true });
}
