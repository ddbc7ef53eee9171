// Runs the generated request validators before anything is sent.
import type { CallInput, OperationSpec, Validator } from './contract.js';
import type { ValidationIssue } from './results.js';
import { own } from './serialize.js';

/** Problems with the call's input: missing path parameters, then whatever the generated validators report. */
export function validateRequest(op: OperationSpec, input: CallInput): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const p of op.params) {
    if (p.in === 'path' && own(input.path, p.name) == null) {
      issues.push({
        pointer: `/path/${escapePointer(p.name)}`,
        keyword: 'required',
        expected: 'a value',
        message: `missing path parameter ${p.name}`,
      });
    }
  }
  const groups: [
    keyof NonNullable<OperationSpec['validateParams']>,
    Record<string, unknown> | undefined,
  ][] = [
    ['path', input.path],
    ['query', input.query],
    ['header', declaredOnly(op, input.headers)],
  ];
  for (const [where, value] of groups) {
    const validate = op.validateParams?.[where];
    if (validate) collect(issues, `/${where}`, safely(validate, value ?? {}));
  }
  if (op.body?.validate && input.body !== undefined)
    collect(issues, '/body', safely(op.body.validate, input.body));
  return issues;
}

/**
 * The validator's verdict; when the validator itself throws (a value nested deeper than its stack
 * allows, a getter that throws), one issue at the root that says so. The call then reports a
 * validation problem with the value: never a transport failure, never a thrown error.
 */
export function safely(
  validate: Validator,
  value: unknown,
  options?: { strict?: boolean },
): ReturnType<Validator> {
  try {
    return validate(value, options);
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const message = `could not be checked (${reason})`;
    return {
      ok: false,
      errors: [{ pointer: '', keyword: 'validator', expected: 'a checkable value', message }],
    };
  }
}

/** The documented header parameters only: extra headers (Idempotency-Key, tracing) are not the schema's business. */
function declaredOnly(
  op: OperationSpec,
  headers: Record<string, unknown> | undefined,
): Record<string, unknown> | undefined {
  if (!headers) return undefined;
  const out: Record<string, unknown> = {};
  for (const p of op.params)
    if (p.in === 'header' && own(headers, p.name) !== undefined) out[p.name] = headers[p.name];
  return out;
}

/** Appends a validator's errors to `into`, their pointers prefixed with the part checked (`/body`). */
export function collect(
  into: ValidationIssue[],
  prefix: string,
  result: ReturnType<Validator>,
): void {
  if (result.ok) return;
  for (const issue of result.errors ?? []) into.push({ ...issue, pointer: prefix + issue.pointer });
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
