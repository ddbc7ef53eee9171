/** A piece of runtime code emitted once per validators.gen.ts, only when a check uses it. */
export interface Snippet {
  /** The name the generated checks call (a function, constant or type). */
  name: string;
  /** Other snippets it needs. */
  deps: readonly string[];
  /** TypeScript source, printed verbatim. */
  code: string;
}

/**
 * The snippets needed for `used`, with their dependencies, in the fixed order of `all`
 * (so output order never depends on the order checks were compiled in).
 */
export function selectSnippets(all: readonly Snippet[], used: Iterable<string>): Snippet[] {
  const byName = new Map(all.map((s) => [s.name, s]));
  const needed = new Set<string>();
  const visit = (name: string): void => {
    if (needed.has(name)) return;
    const snippet = byName.get(name);
    if (!snippet) throw new Error(`validators emitter: unknown runtime snippet ${name}`);
    needed.add(name);
    snippet.deps.forEach(visit);
  };
  for (const name of used) visit(name);
  return all.filter((s) => needed.has(s.name));
}
