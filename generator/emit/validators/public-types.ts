/**
 * The exported types every validators.gen.ts starts with, as prettier prints them (the file is not
 * formatted again; test/validators/print.test.ts holds it to prettier).
 */
export const PUBLIC_TYPES = `/** One problem found in a value. */
export interface ValidationError {
  /** JSON pointer of the offending value (\`/data/user/timezone\`); the object itself for \`required\` and \`additionalProperties\`. */
  pointer: string;
  /** The JSON Schema keyword that failed, named as ajv names it (\`type\`, \`required\`, \`format\` ...). */
  keyword: string;
  /** What the schema asks for, e.g. \`string | null\`, \`>= 1 characters\`, \`date-time\`. */
  expected: string;
  /** A readable sentence. */
  message: string;
}

/** The outcome of a validator: the value typed as \`T\`, or every error (the first one with \`failFast\`). \`warnings\` is read-only: results without warnings share one frozen empty list. */
export type ValidationResult<T> =
  | { ok: true; value: T; warnings: readonly ValidationError[] }
  | { ok: false; errors: ValidationError[]; warnings: readonly ValidationError[] };

/** Options of every validator. */
export interface ValidateOptions {
  /** Stop at the first error (default: report all errors). */
  failFast?: boolean;
  /** Response validators only: unknown enum values, extra properties and writeOnly properties are errors instead of warnings. */
  strict?: boolean;
  /** How deep a value may nest where the schema recurses (default 1000): deeper is a \`maxDepth\` error, not a stack overflow. */
  maxDepth?: number;
}`;
