/** The shape of ajv's compiled validators and errors (with `verbose: true`), as the generated modules export them. */
export interface SchemaError {
  instancePath: string;
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  schema?: unknown;
  parentSchema?: Record<string, unknown>;
  data?: unknown;
}

export interface CompiledValidator {
  (data: unknown, context?: { instancePath?: string }): boolean;
  errors?: SchemaError[] | null;
}

export interface CompositeBranches {
  keyword: 'oneOf' | 'anyOf';
  branches: CompiledValidator[];
}
