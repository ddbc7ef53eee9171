/** A piece of TypeScript source that the literal printer writes as is (an identifier, a call). */
export class Code {
  constructor(readonly text: string) {}
}

/** A value printable as a TypeScript expression. */
export type Literal =
  string | number | boolean | null | Code | readonly Literal[] | { readonly [key: string]: Literal | undefined };
