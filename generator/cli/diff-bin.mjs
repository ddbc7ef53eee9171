// @ts-check
// `npm run diff` starts here: the compiled entry (see compiled-cli.mjs), or generator/diff/main.ts
// through tsx when it cannot be built. Plain JavaScript for the same reason as bin.mjs.
import { compiledCli } from './compiled-cli.mjs';

const compiled = await compiledCli('diff');
if (compiled) {
  await import(compiled);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import(new URL('../diff/main.ts', import.meta.url).href);
}
