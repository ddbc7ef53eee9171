// @ts-check
// `npm run generate` starts here. Plain JavaScript on purpose: when nothing changed since the last
// clean run with these arguments, it answers before the pipeline (~3 s of modules) is loaded; else it
// runs the CLI (main.ts) compiled by esbuild (compiled-cli.mjs), or through tsx when that cannot be built.
import { compiledCli } from './compiled-cli.mjs';
import { upToDateRecord } from './up-to-date.mjs';

const argv = process.argv.slice(2);
const record = argv.includes('--help') || argv.includes('-h') ? undefined : upToDateRecord(process.cwd(), argv);

if (record) {
  const check = argv.includes('--check');
  for (const line of record.stderr) console.error(line);
  if (!record.quiet) {
    for (const api of record.apis) console.log(`${api.slug}: ${api.files} files ${check ? 'checked' : 'unchanged'} (up to date, nothing regenerated)`);
    if (check) console.log('check: output is current');
  }
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
