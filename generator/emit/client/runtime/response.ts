// Turns a fetch Response into the typed result: match the documented status, read the body.
import type { MediaKind, OperationSpec, RuntimeOptions } from './contract.js';
import { errorText } from './redact.js';
import {
  httpResult,
  type ErrorInit,
  type TransportError,
  type ValidationIssue,
} from './results.js';
import { isJson, isText } from './serialize.js';
import { collect, safely } from './validate.js';

/** Reads the body the way the matched response documents it and builds the typed result. */
export async function readResult(args: {
  op: OperationSpec;
  response: Response;
  options: RuntimeOptions;
  method: string;
  fail: (init: Omit<ErrorInit, 'method' | 'url' | 'attempts'>) => TransportError;
}): Promise<unknown> {
  const { op, response, options, method, fail } = args;
  const status = response.status;
  const matched =
    op.responses[String(status)] ??
    op.responses[`${Math.floor(status / 100)}XX`] ??
    op.responses.default;
  const ok = matched !== undefined && status >= 200 && status < 300;
  if (!matched) return httpResult(false, status, await readLoosely(response, method), response);
  if (matched.media === 'none' || method === 'HEAD')
    return httpResult(ok, status, undefined, response);
  const read = await readBody(matched.media, response);
  if ('problem' in read)
    return fail({
      kind: 'parse',
      status,
      message: `${status} response: ${read.problem}`,
      cause: read.cause,
    });
  const value = read.value;
  // A Blob (binary media behind a wildcard) is not what the schema describes; it is not validated.
  if (
    options.validateResponses &&
    matched.validate &&
    !(typeof Blob !== 'undefined' && value instanceof Blob)
  ) {
    const result = safely(matched.validate, value, {
      strict: options.validateResponses === 'strict',
    });
    if (!result.ok) {
      const issues: ValidationIssue[] = [];
      collect(issues, '/body', result);
      return fail({
        kind: 'validation',
        status,
        issues,
        message: `${status} response: body does not match the schema (${issues.map((i) => `${i.pointer} ${i.message}`).join('; ')})`,
      });
    }
  }
  return httpResult(ok, status, value, response);
}

/**
 * A documented body in its media: JSON must be JSON (content type and text), text is text, binary a Blob.
 * `any` (a wildcard media type such as `*\/*`) follows the response's own content type.
 */
async function readBody(
  media: MediaKind,
  response: Response,
): Promise<{ value: unknown } | { problem: string; cause?: unknown }> {
  const type = response.headers.get('content-type');
  if (media === 'any') {
    if (type && !isJson(type))
      return { value: isText(type) ? await response.text() : await response.blob() };
    if (!type) return { value: await readLoosely(response, 'GET') };
  } else if (media !== 'json') {
    return { value: media === 'text' ? await response.text() : await response.blob() };
  }
  if (type && !isJson(type)) return { problem: `expected a JSON body, got content-type ${type}` };
  const text = await response.text();
  if (text.trim() === '') return { problem: 'expected a JSON body, got an empty body' };
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { problem: `body is not valid JSON (${errorText(error)})`, cause: error };
  }
}

/** An undocumented response body: JSON when it parses, else text, `undefined` when empty. Never fails. */
async function readLoosely(response: Response, method: string): Promise<unknown> {
  if (method === 'HEAD') return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  if (isJson(response.headers.get('content-type') ?? '')) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text;
}
