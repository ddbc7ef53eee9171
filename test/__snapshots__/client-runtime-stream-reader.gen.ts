

// Splits a streamed body into items: Server-Sent Events, JSON Lines, JSON text sequences.

/** How a streamed body is split into items (OpenAPI 3.2 sequential media types). */
export type StreamFormat = 'sse' | 'jsonl' | 'json-seq';

/** One Server-Sent Event, with the fields the stream set (`data` lines joined by `\n`). */
export interface ServerSentEvent {
  data: string;
  event?: string;
  id?: string;
  retry?: number;
}

/**
 * A splitter: `push` text as it arrives and get the complete items; `end` at a clean end of the body.
 * A JSON text that does not parse comes back as an `ItemParseError` in its place, so the items before
 * it are still delivered.
 */
export interface ItemSplitter {
  push(text: string): unknown[];
  /** The items left when the body ended normally (a last JSON line without its newline). */
  end(): unknown[];
}

/** A JSON text that does not parse. */
export class ItemParseError extends Error {
  override readonly name = 'ItemParseError';
}

export function itemSplitter(format: StreamFormat): ItemSplitter {
  if (format === 'sse') return eventSplitter();
  const separator = format === 'jsonl' ? '\n' : '\u001e';
  let buffer = '';
  const parse = (record: string): unknown[] => {
    const text = record.trim();
    if (text === '') return [];
    try {
      return [JSON.parse(text)];
    } catch (error) {
      return [
        new ItemParseError(
          `not valid JSON (${error instanceof Error ? error.message : String(error)})`,
        ),
      ];
    }
  };
  return {
    push(text) {
      buffer += text;
      const records = buffer.split(separator);
      buffer = records.pop()!;
      return records.flatMap(parse);
    },
    end() {
      const rest = buffer;
      buffer = '';
      return parse(rest);
    },
  };
}

/**
 * The event-stream interpretation of the HTML standard (§9.2.6): lines end in CR, LF or CRLF; a blank
 * line dispatches the event; `:` starts a comment; an event without data is not dispatched; an event
 * the body ends in the middle of is dropped.
 */
function eventSplitter(): ItemSplitter {
  let buffer = '';
  let pendingCR = false;
  let data: string[] = [];
  let event: string | undefined;
  let id: string | undefined;
  let retry: number | undefined;
  const line = (text: string, out: ServerSentEvent[]) => {
    if (text === '') {
      if (data.length > 0) {
        const item: ServerSentEvent = { data: data.join('\n') };
        if (event !== undefined) item.event = event;
        if (id !== undefined) item.id = id;
        if (retry !== undefined) item.retry = retry;
        out.push(item);
      }
      data = [];
      event = undefined;
      retry = undefined;
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    let value = colon === -1 ? '' : text.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') data.push(value);
    else if (field === 'event') event = value;
    else if (field === 'id' && !value.includes('\u0000')) id = value;
    else if (field === 'retry' && /^\d+$/.test(value)) retry = Number(value);
  };
  return {
    push(text) {
      const out: ServerSentEvent[] = [];
      let start = 0;
      buffer += text;
      for (let i = 0; i < buffer.length; i++) {
        const c = buffer[i];
        if (c === '\n' && pendingCR && i === start) {
          // The LF of a CRLF whose CR ended the previous line.
          start = i + 1;
          pendingCR = false;
          continue;
        }
        pendingCR = false;
        if (c === '\r' || c === '\n') {
          line(buffer.slice(start, i), out);
          pendingCR = c === '\r';
          start = i + 1;
        }
      }
      buffer = buffer.slice(start);
      return out;
    },
    end: () => [],
  };
}

// Streamed responses (OpenAPI 3.2 `itemSchema`): the body as an async iterable of validated items.

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
