/**
 * Spec text in the docs' `curl` examples, which readers paste into a shell: a header name, a path or
 * a body from the spec must reach curl as one argument and never run as a command.
 */

/**
 * Text inside shell double quotes: `\`, `"`, `$` and backticks are escaped (no expansion, no command
 * substitution), and `!`, which an interactive bash expands from its history even there (and where a
 * backslash would stay in the text), is closed out as `"'!'"`.
 */
export function shellDoubleQuoted(text: string): string {
  return text.replace(/[\\"$`]/g, '\\$&').replace(/!/g, `"'!'"`);
}

/** A shell word in single quotes, where nothing expands; a `'` is closed out as `'\''`. */
export function shellSingleQuoted(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
