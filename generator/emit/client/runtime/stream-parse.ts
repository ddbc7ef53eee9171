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
