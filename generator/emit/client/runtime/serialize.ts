// Parameter and body serialisation (OpenAPI 3.1 §4.8.12.4 style/explode, RFC 6570 expansions).
import type { OperationSpec, ParamSpec } from './contract.js';

/** Fills `{name}` in the path template with serialised, percent-encoded values (style simple/label/matrix). */
export function expandPath(
  op: Pick<OperationSpec, 'path' | 'params'>,
  values: Record<string, unknown>,
): string {
  return op.path.replace(/\{([^}]+)\}/g, (whole, name: string) => {
    const param = op.params.find((p) => p.in === 'path' && p.name === name);
    const value = own(values, name);
    if (!param || value === undefined || value === null) return whole;
    const enc = encodeURIComponent;
    if (param.style === 'label')
      return '.' + simpleValue(value, param.explode, enc, param.explode ? '.' : ',');
    if (param.style === 'matrix') return matrixValue(name, value, param.explode);
    return simpleValue(value, param.explode, enc);
  });
}

function matrixValue(name: string, value: unknown, explode: boolean): string {
  const enc = encodeURIComponent;
  if (Array.isArray(value)) {
    return explode
      ? value.map((v) => `;${enc(name)}=${enc(scalar(v))}`).join('')
      : `;${enc(name)}=${value.map((v) => enc(scalar(v))).join(',')}`;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return explode
      ? entries.map(([k, v]) => `;${enc(k)}=${enc(scalar(v))}`).join('')
      : `;${enc(name)}=${entries.map(([k, v]) => `${enc(k)},${enc(scalar(v))}`).join(',')}`;
  }
  return `;${enc(name)}=${enc(scalar(value))}`;
}

/** RFC 6570 simple expansion: arrays `a,b`; objects `k,v,k2,v2` or exploded `k=v,k2=v2`. */
export function simpleValue(
  value: unknown,
  explode: boolean,
  enc: (s: string) => string,
  separator = ',',
): string {
  if (Array.isArray(value)) return value.map((v) => enc(scalar(v))).join(separator);
  if (isPlainObject(value)) {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined);
    return explode
      ? entries.map(([k, v]) => `${enc(k)}=${enc(scalar(v))}`).join(separator)
      : entries.map(([k, v]) => `${enc(k)},${enc(scalar(v))}`).join(',');
  }
  return enc(scalar(value));
}

/** `?a=1&b=2` for the query parameters (form by default; spaceDelimited, pipeDelimited, deepObject), '' if none. */
export function queryString(params: readonly ParamSpec[], values: Record<string, unknown>): string {
  const parts: string[] = [];
  for (const p of params) {
    if (p.in !== 'query') continue;
    const value = own(values, p.name);
    if (value === undefined) continue;
    // allowReserved keeps RFC 3986 reserved characters, except those that would end the value (&, =, #).
    const enc = p.allowReserved
      ? (s: string) =>
          encodeURIComponent(s).replace(/%(2F|3A|3F|40|21|24|27|28|29|2A|2B|2C|3B|5B|5D)/gi, (m) =>
            decodeURIComponent(m),
          )
      : encodeURIComponent;
    const name = enc(p.name);
    if (p.style === 'deepObject' && isPlainObject(value)) {
      for (const [k, v] of Object.entries(value))
        if (v !== undefined) parts.push(`${name}[${enc(k)}]=${enc(scalar(v))}`);
    } else if (Array.isArray(value)) {
      const separator =
        p.style === 'spaceDelimited' ? '%20' : p.style === 'pipeDelimited' ? '|' : ',';
      if (p.explode && p.style === 'form')
        for (const v of value) parts.push(`${name}=${enc(scalar(v))}`);
      else parts.push(`${name}=${value.map((v) => enc(scalar(v))).join(separator)}`);
    } else if (isPlainObject(value)) {
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      if (p.explode) for (const [k, v] of entries) parts.push(`${enc(k)}=${enc(scalar(v))}`);
      else
        parts.push(`${name}=${entries.map(([k, v]) => `${enc(k)},${enc(scalar(v))}`).join(',')}`);
    } else {
      parts.push(`${name}=${enc(scalar(value))}`);
    }
  }
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** The `Cookie` header value for the cookie parameters (`a=1; b=2`), '' if none. */
export function cookieString(
  params: readonly ParamSpec[],
  values: Record<string, unknown>,
): string {
  const parts: string[] = [];
  for (const p of params) {
    const value = own(values, p.name);
    if (p.in === 'cookie' && value !== undefined)
      parts.push(`${p.name}=${simpleValue(value, p.explode, encodeURIComponent)}`);
  }
  return parts.join('; ');
}

/** One value as text: null → '', Date → ISO string, objects → JSON. */
export function scalar(value: unknown): string {
  if (value === null) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** A record to spread into fields (not an array, Date or null). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/**
 * A body fetch accepts, read off whichever lib declares fetch: DOM's global `BodyInit` is missing
 * from a Node-only project (`types: ["node"]`, no DOM lib), while `RequestInit` is in both.
 */
export type FetchBody = NonNullable<RequestInit['body']>;

/** The request body in the documented media type: JSON text, form fields, multipart, text, or as given. */
export function encodeBody(contentType: string, body: unknown): FetchBody {
  if (isJson(contentType)) return JSON.stringify(body);
  if (/^application\/x-www-form-urlencoded/i.test(contentType) && isPlainObject(body)) {
    const form = new URLSearchParams();
    for (const [k, v] of Object.entries(body)) {
      if (v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v]) form.append(k, scalar(item));
    }
    return form;
  }
  if (/^multipart\/form-data/i.test(contentType) && isPlainObject(body)) {
    const form = new FormData();
    for (const [k, v] of Object.entries(body)) {
      if (v === undefined) continue;
      for (const item of Array.isArray(v) ? v : [v])
        form.append(k, item instanceof Blob ? item : scalar(item));
    }
    return form;
  }
  if (/^text\//i.test(contentType) && typeof body !== 'string') return scalar(body);
  // Other media: bytes and streams go as given; a structured value in a media type we cannot encode
  // (e.g. a non-standard `application/form-data`) goes as JSON text, the one lossless reading.
  return isBodyInit(body) ? body : JSON.stringify(body);
}

function isBodyInit(body: unknown): body is FetchBody {
  return (
    typeof body === 'string' ||
    body instanceof ArrayBuffer ||
    ArrayBuffer.isView(body) ||
    (typeof Blob !== 'undefined' && body instanceof Blob) ||
    (typeof FormData !== 'undefined' && body instanceof FormData) ||
    body instanceof URLSearchParams ||
    (typeof ReadableStream !== 'undefined' && body instanceof ReadableStream)
  );
}

/** True for `text/*` and XML (`application/xml`, `+xml`): bodies read as strings. */
export function isText(contentType: string): boolean {
  return (
    /^text\//i.test(contentType.trim()) ||
    /^application\/(?:[^;\s]*\+)?xml\s*(?:;|$)/i.test(contentType.trim())
  );
}

/** True for `application/json`, `application/problem+json` and other `+json` types. */
export function isJson(contentType: string): boolean {
  return /^[^/;\s]+\/(?:[^;\s]*\+)?json\s*(?:;|$)/i.test(contentType.trim());
}

/**
 * `record[key]` if it is the record's own: a parameter or credential named `valueOf` or
 * `constructor` that the caller left out must not read Object.prototype's function instead.
 */
export function own<T>(
  record: Readonly<Record<string, T>> | undefined,
  key: string,
): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}
