import { fromPointer } from '../diagnostics.js';

/**
 * Positions in JSON text without a syntax tree. A spec that is plain JSON (GitHub's is 13 MB) parses
 * with `JSON.parse` in a fraction of the time the YAML parser needs and without keeping a node per
 * value alive; this file supplies what the YAML Document gave: the offset of any JSON pointer, and the
 * duplicate-key check YAML's `uniqueKeys` performs. Only objects a lookup walks through are scanned, and
 * their member offsets are cached, so thousands of diagnostics cost about one pass over the text.
 */
export interface JsonText {
  /** Offset of the node at `pointer`: its key when the last segment is an object member, else the deepest existing node. */
  offsetOf(pointer: string): number;
  /** 1-based line and column of an offset. */
  linePos(offset: number): { line: number; col: number };
}

interface Member {
  key: number;
  value: number;
}

/** Wraps JSON text that `JSON.parse` accepted (so the scanner may assume it is well formed). */
export function jsonText(text: string): JsonText {
  const objects = new Map<number, Map<string, Member>>();
  const arrays = new Map<number, number[]>();
  let lineStarts: number[] | undefined;

  const members = (start: number): Map<string, Member> => {
    let map = objects.get(start);
    if (map) return map;
    map = new Map();
    let i = skipWs(text, start + 1);
    while (text.charCodeAt(i) !== CLOSE_BRACE) {
      const keyEnd = skipString(text, i);
      const value = skipWs(text, skipWs(text, keyEnd) + 1);
      // Last one wins, as in JSON.parse (duplicates are reported separately by `firstDuplicateKey`).
      map.set(readKey(text, i, keyEnd), { key: i, value });
      i = skipWs(text, skipValue(text, value));
      if (text.charCodeAt(i) === COMMA) i = skipWs(text, i + 1);
    }
    objects.set(start, map);
    return map;
  };
  const items = (start: number): number[] => {
    let list = arrays.get(start);
    if (list) return list;
    list = [];
    let i = skipWs(text, start + 1);
    while (text.charCodeAt(i) !== CLOSE_BRACKET) {
      list.push(i);
      i = skipWs(text, skipValue(text, i));
      if (text.charCodeAt(i) === COMMA) i = skipWs(text, i + 1);
    }
    arrays.set(start, list);
    return list;
  };

  return {
    offsetOf(pointer) {
      let node = skipWs(text, text.charCodeAt(0) === BOM ? 1 : 0);
      let offset = node;
      for (const segment of fromPointer(pointer)) {
        const c = text.charCodeAt(node);
        if (c === OPEN_BRACE) {
          const member = members(node).get(segment);
          if (!member) break;
          offset = member.key;
          node = member.value;
        } else if (c === OPEN_BRACKET) {
          const item = /^\d+$/.test(segment) ? items(node)[Number(segment)] : undefined;
          if (item === undefined) break;
          offset = node = item;
        } else {
          break;
        }
      }
      return offset;
    },
    linePos(offset) {
      lineStarts ??= computeLineStarts(text);
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= offset) lo = mid;
        else hi = mid - 1;
      }
      return { line: lo + 1, col: offset - lineStarts[lo]! + 1 };
    },
  };
}

/**
 * Offset of the first object key that repeats a key of the same object, or undefined. JSON.parse
 * silently keeps the last value; YAML (and so our YAML path) rejects the document, and JSON specs must
 * behave the same.
 */
export function firstDuplicateKey(text: string): number | undefined {
  const stack: (Set<string> | null)[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = skipString(text, i);
      const keys = stack[stack.length - 1];
      if (keys && text.charCodeAt(skipWs(text, end)) === COLON) {
        const key = readKey(text, i, end);
        if (keys.has(key)) return i;
        keys.add(key);
      }
      i = end - 1;
    } else if (c === OPEN_BRACE) stack.push(new Set());
    else if (c === OPEN_BRACKET) stack.push(null);
    else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) stack.pop();
  }
  return undefined;
}

const BOM = 0xfeff;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

function skipWs(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/** Index just after the string starting at `start` (a quote). */
function skipString(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const q = text.indexOf('"', i);
    if (q === -1) return text.length;
    let backslashes = 0;
    while (text.charCodeAt(q - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/** Index just after the value starting at `start`. */
function skipValue(text: string, start: number): number {
  const c = text.charCodeAt(start);
  if (c === QUOTE) return skipString(text, start);
  if (c !== OPEN_BRACE && c !== OPEN_BRACKET) {
    let i = start;
    for (;;) {
      const d = text.charCodeAt(i);
      if (d === COMMA || d === CLOSE_BRACE || d === CLOSE_BRACKET || d === 0x20 || d === 0x0a || d === 0x0d || d === 0x09 || Number.isNaN(d)) return i;
      i++;
    }
  }
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === QUOTE) i = skipString(text, i) - 1;
    else if (d === OPEN_BRACE || d === OPEN_BRACKET) depth++;
    else if ((d === CLOSE_BRACE || d === CLOSE_BRACKET) && --depth === 0) return i + 1;
  }
  return text.length;
}

function readKey(text: string, start: number, end: number): string {
  const raw = text.slice(start, end);
  return raw.includes('\\') ? (JSON.parse(raw) as string) : raw.slice(1, -1);
}

function computeLineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
