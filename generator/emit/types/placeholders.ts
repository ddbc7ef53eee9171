/**
 * openapi-typescript (through @redocly/openapi-core's resolver, which looks keys up in plain
 * objects) crashes on any object key that names an Object.prototype member: `valueOf`,
 * `hasOwnProperty`, `__defineGetter__`… as a property, schema, path, header, security scheme or
 * example key. It is given a copy of the document where every such key is a placeholder, and the
 * printer puts the real names back into the output (identifiers, string literals, comments).
 *
 * The values that refer to keys are renamed with them: `$ref` pointer segments, `required`
 * lists, a discriminator's `propertyName` and bare schema names in its `mapping`.
 */
export interface PlaceholderKeys {
  /** The document openapi-typescript receives. */
  document: Record<string, unknown>;
  /** Puts the real names back into a piece of output text (identity when nothing was renamed). */
  restore(text: string): string;
}

/** Keys that are Object.prototype members (including `constructor` and `__proto__`). */
const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

export function withPlaceholderKeys(document: Record<string, unknown>): PlaceholderKeys {
  if (!hasPrototypeKey(document)) return { document, restore: (text) => text };
  // A prefix that occurs nowhere in the document, so a placeholder can only be one we made.
  const text = JSON.stringify(document);
  let prefix = 'opgProtoKey';
  while (text.includes(prefix)) prefix += 'X';
  const names: string[] = [];
  const indexOf = new Map<string, number>();
  const rename = (name: string): string => {
    if (!PROTOTYPE_NAMES.has(name)) return name;
    let index = indexOf.get(name);
    if (index === undefined) {
      index = names.push(name) - 1;
      indexOf.set(name, index);
    }
    return `${prefix}${index}x`;
  };
  const pattern = new RegExp(`${prefix}(\\d+)x`, 'g');
  return {
    document: renameKeys(document, rename, undefined) as Record<string, unknown>,
    restore: (output) => output.replace(pattern, (_, index: string) => names[Number(index)]!),
  };
}

function hasPrototypeKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasPrototypeKey);
  if (typeof value !== 'object' || value === null) return false;
  for (const key of Object.keys(value)) {
    if (PROTOTYPE_NAMES.has(key) || hasPrototypeKey((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

function renameKeys(value: unknown, rename: (name: string) => string, parentKey: string | undefined): unknown {
  if (Array.isArray(value)) {
    // `required: [names]` lists property names; any other list keeps its values.
    if (parentKey === 'required') return value.map((v) => (typeof v === 'string' ? rename(v) : renameKeys(v, rename, undefined)));
    return value.map((v) => renameKeys(v, rename, undefined));
  }
  if (typeof value !== 'object' || value === null) return value;
  // Object.fromEntries defines `__proto__` as an own key instead of setting the prototype.
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      let renamed: unknown;
      if (key === '$ref' && typeof v === 'string') renamed = renamePointer(v, rename);
      else if (key === 'discriminator' && isRecord(v)) renamed = renameDiscriminator(v, rename);
      else renamed = renameKeys(v, rename, key);
      return [rename(key), renamed];
    }),
  );
}

/** A discriminator names a property, and maps values to schema names or pointers. */
function renameDiscriminator(discriminator: Record<string, unknown>, rename: (name: string) => string): Record<string, unknown> {
  const out = renameKeys(discriminator, rename, undefined) as Record<string, unknown>;
  if (typeof discriminator.propertyName === 'string') out.propertyName = rename(discriminator.propertyName);
  if (isRecord(discriminator.mapping)) {
    out.mapping = Object.fromEntries(
      Object.entries(discriminator.mapping).map(([value, target]) => [
        rename(value),
        typeof target !== 'string' ? target : target.includes('/') ? renamePointer(target, rename) : rename(target),
      ]),
    );
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `#/components/schemas/valueOf` → the same pointer with the placeholder segment. */
function renamePointer(ref: string, rename: (name: string) => string): string {
  const hash = ref.indexOf('#');
  if (hash === -1) return ref;
  const segments = ref.slice(hash + 1).split('/').map((segment) => {
    const decoded = segment.replace(/~1/g, '/').replace(/~0/g, '~');
    const renamed = rename(decoded);
    return renamed === decoded ? segment : renamed;
  });
  return ref.slice(0, hash + 1) + segments.join('/');
}
