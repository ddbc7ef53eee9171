// Keeps credentials out of everything a caller can print: messages, URLs, error causes.

const MIN_SECRET_LENGTH = 6;

/** What to hide: credential values, and the query parameters that carry credentials. */
export interface Hidden {
  secrets: readonly string[];
  queryKeys: readonly string[];
}

/**
 * The text with query credentials, URL passwords and any known secret replaced by `***`, and nothing
 * else. A query value ends at `&`, `#`, or a character that percent-encoding never leaves in a value
 * (whitespace, `"`, `<`, `>`, a backtick), so the words after a URL in a message stay.
 */
export function redact(text: string, { secrets, queryKeys }: Hidden): string {
  let out = text.replace(/(\/\/[^/?#@:\s]*:)[^/?#@\s]*@/g, '$1***@');
  for (const key of queryKeys) {
    const name = encodeURIComponent(key).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`([?&]${name}=)[^&#\\s"<>\`]*`, 'g'), '$1***');
  }
  for (const secret of secrets) {
    // Free-text replacement needs a secret long enough not to match ordinary words ('t' would blank
    // every letter t); query keys above are redacted by name whatever their length.
    if (secret.length < MIN_SECRET_LENGTH) continue;
    for (const form of new Set([secret, encodeURIComponent(secret)]))
      out = out.split(form).join('***');
  }
  return out;
}

/** A copy of an error chain with every secret redacted (a fetch error can quote the URL it failed on). */
export function scrub(error: unknown, hidden: Hidden, depth = 0): unknown {
  if (error === undefined || depth > 4) return undefined;
  if (!(error instanceof Error))
    return typeof error === 'string' ? redact(error, hidden) : undefined;
  const cause = (error as { cause?: unknown }).cause;
  const copy = new Error(
    redact(error.message, hidden),
    cause === undefined ? undefined : { cause: scrub(cause, hidden, depth + 1) },
  );
  copy.name = error.name;
  copy.stack = redact(error.stack ?? '', hidden);
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') Object.assign(copy, { code });
  return copy;
}

/** An error's message plus its cause's code or message (`fetch failed: ECONNRESET`). */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  const detail =
    cause instanceof Error ? `: ${(cause as { code?: unknown }).code ?? cause.message}` : '';
  return `${error.message}${detail}`;
}
