// Streamed responses (OpenAPI 3.2 `itemSchema`): the body as an async iterable of validated items.
import type { CallInput, OperationSpec, RuntimeOptions, Validator } from './contract.js';
import { errorText } from './redact.js';
import { ClientError, type ClientErrorKind, type ValidationIssue } from './results.js';
import { itemSplitter, ItemParseError, type StreamFormat } from './stream-parse.js';
import { collect, safely } from './validate.js';

/**
 * A streamed response body. Iterate it once with `for await`; it never throws. When the loop ends,
 * `error` says whether the stream ended cleanly (`undefined`) or why it stopped early: the connection
 * dropped (`network`), the caller's signal aborted it (`aborted`), an item was no JSON (`parse`) or did
 * not match its schema with `validateResponses` (`validation`). Items before the problem are yielded.
 */
export interface ItemStream<T> extends AsyncIterable<T> {
  readonly error: ClientError | undefined;
  /** Stops reading and releases the connection (breaking out of the loop does the same). */
  cancel(): Promise<void>;
}

/** A documented status whose body is a stream of items. */
export interface StreamSpec {
  format: StreamFormat;
  validate?: Validator;
}

/**
 * Calls the operation and, when the answer's status is documented as a stream, puts an `ItemStream`
 * in place of `data` (or `error`). The call gets a signal of its own, so the per-attempt timeout stops
 * at the response headers and never cuts a long stream; the caller's signal still ends the stream.
 */
export async function callStream(args: {
  call: (op: OperationSpec, input: CallInput | undefined) => Promise<unknown>;
  op: OperationSpec;
  streams: Readonly<Record<string, StreamSpec>>;
  accept: string;
  options: RuntimeOptions;
  input: CallInput | undefined;
}): Promise<unknown> {
  const { op, streams, options, input } = args;
  const own = new AbortController();
  const caller = input?.signal;
  const onAbort = () => own.abort(caller?.reason);
  if (caller?.aborted) onAbort();
  else caller?.addEventListener('abort', onAbort, { once: true });
  const headers = { accept: args.accept, ...input?.headers };
  const result = (await args.call(op, { ...input, headers, signal: own.signal })) as Record<
    string,
    unknown
  > & {
    status: number;
    response?: Response;
  };
  const response = result.response;
  const key = response ? matchedKey(op, result.status) : undefined;
  const spec = key === undefined ? undefined : streams[key];
  if (!response || !spec || result.status === 0) {
    caller?.removeEventListener('abort', onAbort);
    return result;
  }
  const stream = itemStream({
    response,
    spec,
    options,
    method: op.method,
    path: op.path,
    caller,
    onAbort,
  });
  result['ok' in result && result.ok ? 'data' : 'error'] = stream;
  return result;
}

/** The documented response key a status matches, as readResult matches it. */
function matchedKey(op: OperationSpec, status: number): string | undefined {
  const exact = String(status);
  if (op.responses[exact]) return exact;
  const range = `${Math.floor(status / 100)}XX`;
  if (op.responses[range]) return range;
  return op.responses.default ? 'default' : undefined;
}

function itemStream(args: {
  response: Response;
  spec: StreamSpec;
  options: RuntimeOptions;
  method: string;
  path: string;
  caller: AbortSignal | undefined;
  onAbort: () => void;
}): ItemStream<unknown> {
  const { response, spec, options } = args;
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  const splitter = itemSplitter(spec.format);
  let error: ClientError | undefined;
  let started = false;
  const stop = (
    kind: ClientErrorKind,
    message: string,
    extra: { issues?: ValidationIssue[]; cause?: unknown } = {},
  ) => {
    error ??= new ClientError({
      kind,
      message: `${args.method} ${args.path}: ${message}`,
      method: args.method,
      // The path template: the request URL may carry a credential in its query.
      url: args.path,
      attempts: 1,
      status: response.status,
      ...extra,
    });
  };
  const cancel = async () => {
    args.caller?.removeEventListener('abort', args.onAbort);
    await reader?.cancel().catch(() => undefined);
  };
  // Aborting cancels the read in flight, which then ends the loop below.
  const abort = () => {
    stop('aborted', 'the stream was aborted by the caller', { cause: args.caller?.reason });
    void cancel();
  };
  if (args.caller?.aborted) abort();
  else args.caller?.addEventListener('abort', abort, { once: true });

  async function* items(): AsyncGenerator<unknown, void, undefined> {
    if (!reader) return;
    let index = 0;
    try {
      for (;;) {
        const chunk = await reader.read().catch((cause: unknown) => {
          stop('network', `the stream ended early (${errorText(cause)})`, { cause });
          return undefined;
        });
        if (!chunk) return;
        if (error) return;
        const found = chunk.done
          ? splitter.push(decoder.decode()).concat(splitter.end())
          : splitter.push(decoder.decode(chunk.value, { stream: true }));
        for (const item of found) {
          if (item instanceof ItemParseError) {
            stop('parse', `item ${index}: ${item.message}`, { cause: item });
            return;
          }
          if (options.validateResponses && spec.validate) {
            const result = safely(spec.validate, item, {
              strict: options.validateResponses === 'strict',
            });
            if (!result.ok) {
              const issues: ValidationIssue[] = [];
              collect(issues, `/items/${index}`, result);
              stop(
                'validation',
                `item ${index} does not match the schema (${issues.map((i) => `${i.pointer} ${i.message}`).join('; ')})`,
                { issues },
              );
              return;
            }
          }
          index++;
          yield item;
        }
        if (chunk.done) return;
      }
    } finally {
      args.caller?.removeEventListener('abort', abort);
      await cancel();
    }
  }

  const iterator = items();
  return {
    get error() {
      return error;
    },
    cancel,
    [Symbol.asyncIterator]() {
      if (started) throw new TypeError('a streamed body can be iterated once');
      started = true;
      return iterator;
    },
  };
}
