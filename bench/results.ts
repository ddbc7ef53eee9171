import type { Measured } from './measure.js';

/** One line of the generation table: a measurement (or why it failed) and what it is compared with. */
export interface Row {
  set: string;
  key: string;
  run: string;
  measured: Measured | Error;
  baseline?: Measured | Error;
  note?: string;
  /** What the Output column says instead of the files written (a report on stdout has none). */
  output?: string;
}

const s = (n: number) => n.toFixed(2);
const mib = (n: number) => n.toFixed(0);

function table(head: string[], body: string[][]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...body.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

/** Wall time, peak RSS and the ratios to openapi-typescript for every run. */
export function resultsTable(rows: readonly Row[]): string {
  const body = rows.map((r) => {
    if (r.measured instanceof Error) return [r.set, r.run, 'failed', '', '', '', '', r.measured.message.split('\n')[0]!];
    const m = r.measured;
    const b = r.baseline && !(r.baseline instanceof Error) ? r.baseline : undefined;
    return [
      r.set,
      r.run,
      s(m.wallS),
      mib(m.rssMiB),
      b ? `${s(m.wallS / b.wallS)}×` : '—',
      b ? `${s(m.rssMiB / b.rssMiB)}×` : '—',
      r.output ?? `${m.files} files, ${(m.outputBytes / 2 ** 20).toFixed(1)} MiB`,
      r.note ?? '',
    ];
  });
  return `## Generation\n\n${table(['Input', 'Run', 'Wall (s)', 'Peak RSS (MiB)', 'Wall ÷ openapi-typescript', 'RSS ÷ openapi-typescript', 'Output', 'Note'], body)}\n`;
}

/** Where the wall time of each run went, from the child's own clock. */
export function timeSplitTable(rows: readonly Row[]): string {
  const body = rows.flatMap((r) => {
    if (r.measured instanceof Error || !r.measured.report) return [];
    const m = r.measured.report;
    const diagnostics = Object.entries(m.diagnostics ?? {}).map(([k, n]) => `${n} ${k}`).join(', ');
    return [[r.set, r.run, s(m.startupMs / 1000), s(m.loadMs / 1000), s(m.generateMs / 1000), s(m.writeMs / 1000), String(m.written), diagnostics || '—']];
  });
  const head = ['Input', 'Run', 'node + tsx start (s)', 'module load (s)', 'generate (s)', 'write (s)', 'files written', 'diagnostics'];
  const intro = 'In-process runs (bench/generation.ts through tsx), timed by the child itself; the CLI rows above have no split.';
  return `## Where the time goes\n\n${intro}\n\n${table(head, body)}\n`;
}

/**
 * The speed goals with the measured figure and whether it is met. Times are ratios to openapi-typescript
 * (types only) measured in the same run, so they hold across machines; the absolute ones are the
 * unchanged-spec time and GitHub's memory.
 */
export function goalsTable(rows: readonly Row[]): string {
  const find = (key: string) => {
    const r = rows.find((x) => x.key === key && x.run.startsWith('ours (CLI)'));
    return r && !(r.measured instanceof Error) ? { m: r.measured, note: r.note, ratio: ratioOf(r) } : undefined;
  };
  const seeds = find('seeds');
  const regen = find('seeds-regen');
  const github = find('github');
  const stripe = find('stripe');
  const diff = rows.find((x) => x.key === 'diff' && x.run.startsWith('ours'));
  const goal = (name: string, value: number | undefined, limit: number, unit: string, extra = true): string[] => [
    name,
    `≤ ${limit} ${unit}`,
    value === undefined ? 'not measured' : `${s(value)} ${unit}`,
    value === undefined ? '—' : value <= limit && extra ? 'yes' : 'no',
  ];
  const body = [
    goal('GitHub, all outputs, cold, ÷ openapi-typescript on GitHub', github?.ratio, 2, '×'),
    goal('GitHub peak RSS', github ? github.m.rssMiB / 1024 : undefined, 1, 'GiB'),
    goal('Stripe, all outputs, cold, ÷ openapi-typescript on Stripe', stripe?.ratio, 2, '×'),
    goal('five seeds, all outputs, cold, ÷ openapi-typescript on the five seeds', seeds?.ratio, 2, '×'),
    goal('regenerate unchanged seeds (writes no file)', regen?.m.wallS, 0.6, 's', regen?.m.written === 0 && regen.note?.startsWith('no file') === true),
    goal('npm run diff, GHES 3.18 → 3.19, ÷ openapi-typescript on one version', diff ? ratioOf(diff) : undefined, 2, '×'),
  ];
  return `## Goals\n\n${table(['Goal', 'Target', 'Measured', 'Met'], body)}\n`;
}

function ratioOf(row: Row): number | undefined {
  const { measured, baseline } = row;
  return measured instanceof Error || !baseline || baseline instanceof Error ? undefined : measured.wallS / baseline.wallS;
}

/** A table for the rows another benchmark returned (any `name` + numeric fields; `ratio` shown as ×). */
export function otherBenchSection(title: string, rows: readonly Record<string, unknown>[]): string {
  if (rows.length === 0) return `## ${title}\n\nNo rows.\n`;
  const keys = Object.keys(rows[0]!);
  const cell = (key: string, v: unknown) =>
    typeof v === 'number' ? (key === 'ratio' ? `${v.toFixed(2)}×` : v >= 100 ? v.toFixed(0) : v.toFixed(2)) : String(v);
  return `## ${title}\n\n${table(keys, rows.map((r) => keys.map((k) => cell(k, r[k]))))}\n`;
}
