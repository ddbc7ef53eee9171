// @ts-check
// `npm run generate` starts here. Plain JavaScript on purpose: when nothing changed since the last
// clean run with these arguments, it answers before the pipeline (~3 s of modules) is loaded; else it
// runs the CLI (main.ts) compiled by esbuild (compiled-cli.mjs), or through tsx when that cannot be built.
import { compiledCli } from './compiled-cli.mjs';
import { upToDateRecord } from './up-to-date.mjs';

const argv = process.argv.slice(2);
// --watch always starts the pipeline: it keeps it loaded for the changes to come.
const skippable = !['--help', '-h', '--watch'].some((flag) => argv.includes(flag));
const record = skippable ? upToDateRecord(process.cwd(), argv) : undefined;

if (record) {
  const check = argv.includes('--check');
  for (const line of record.stderr) console.error(line);
  // With a machine format, stdout holds the report alone (as in a full run) and the summary goes to stderr.
  const summary = record.report === undefined ? console.log : console.error;
  if (!record.quiet) {
    for (const api of record.apis) summary(`${api.slug}: ${api.files} files ${check ? 'checked' : 'unchanged'} (up to date, nothing regenerated)`);
    if (check) summary('check: output is current');
  }
  if (record.report !== undefined) process.stdout.write(record.report);
} else {
  const compiled = await compiledCli();
  if (compiled) {
    await import(compiled);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    // Through a URL: TypeScript would refuse a literal '.ts' specifier in a JavaScript file.
    await import(new URL('./main.ts', import.meta.url).href);
  }
}
