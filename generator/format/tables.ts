/**
 * Prettier pads a Markdown table that fits in the print width and prints a wider one compact
 * (`| --- |`), so one page could mix both. A page keeps one style: when any of its tables is compact,
 * every table on it is made compact too (cells trimmed, delimiters `---`); else all stay padded.
 */
export function oneTableStyle(markdown: string): string {
  const lines = markdown.split('\n');
  const tables = findTables(lines);
  if (!tables.some((t) => isCompact(lines[t.start + 1]!))) return markdown;
  for (const table of tables) {
    for (let i = table.start; i < table.end; i++) {
      const cells = splitRow(lines[i]!);
      lines[i] = `| ${cells.map((c) => (i === table.start + 1 ? '---' : c.trim())).join(' | ')} |`;
    }
  }
  return lines.join('\n');
}

const DELIMITER_ROW = /^\|(?: *:?-+:? *\|)+$/;

/** Line ranges [start, end) of GFM tables (a row, a delimiter row, then rows), outside fenced code. */
function findTables(lines: string[]): { start: number; end: number }[] {
  const tables: { start: number; end: number }[] = [];
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) {
      fence = fence === undefined ? marker : undefined;
      continue;
    }
    if (fence !== undefined || !line.startsWith('|') || !DELIMITER_ROW.test(lines[i + 1] ?? '')) continue;
    let end = i + 2;
    while (end < lines.length && lines[end]!.startsWith('|')) end++;
    tables.push({ start: i, end });
    i = end - 1;
  }
  return tables;
}

function isCompact(delimiterRow: string): boolean {
  return splitRow(delimiterRow).every((cell) => cell === ' --- ');
}

/** The cells of a table row, split at pipes that are not backslash-escaped; untrimmed. */
export function splitRow(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < row.length; i++) {
    const ch = row[i]!;
    if (ch === '\\') {
      cell += ch + (row[i + 1] ?? '');
      i++;
    } else if (ch === '|') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  return cells;
}
