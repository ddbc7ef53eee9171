import { refToPointer } from './refs.js';

/**
 * What a `$ref` string names, before any file is read: a node of the same document (`#/a/b`), a node
 * of another file (`./schemas.yaml#/Profile`, `common.json`), or a URL, which is never fetched
 * (`https://...`, `file:///etc/passwd`, `//host/x`: anything with a scheme or an authority).
 * `pointer` is undefined when the fragment is not a JSON pointer (`#Profile`), reported as not found.
 */
export type RefTarget =
  | { kind: 'local'; pointer: string | undefined }
  | { kind: 'url' }
  | { kind: 'file'; path: string; pointer: string | undefined };

/** RFC 3986 §3.1: a scheme is a letter followed by letters, digits, `+`, `-` or `.`, then `:`. */
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** Splits a `$ref` into the file it names (percent-decoded, as a relative path) and the pointer in it. */
export function parseRefTarget(ref: string): RefTarget {
  if (ref.startsWith('#')) return { kind: 'local', pointer: fragmentPointer(ref) };
  if (SCHEME.test(ref) || ref.startsWith('//')) return { kind: 'url' };
  const hash = ref.indexOf('#');
  const rawPath = hash === -1 ? ref : ref.slice(0, hash);
  const pointer = hash === -1 ? '' : fragmentPointer(ref.slice(hash));
  let filePath: string;
  try {
    filePath = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'file', path: rawPath, pointer: undefined };
  }
  return { kind: 'file', path: filePath, pointer };
}

/** The pointer of a `#...` fragment; undefined for a plain-name fragment (`#Profile`), which names an anchor, not a node. */
function fragmentPointer(fragment: string): string | undefined {
  return fragment === '#' || fragment.startsWith('#/') ? refToPointer(fragment) : undefined;
}

/** The `$ref` string for a pointer of the bundled document (`%` escaped, as refToPointer decodes it). */
export function localRef(pointer: string): string {
  return `#${pointer.replace(/%/g, '%25')}`;
}
