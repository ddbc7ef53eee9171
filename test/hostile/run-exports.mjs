// Child process of hostile.test.ts: imports every generated API (compiled to JS) and calls every
// export, with a canary on globalThis and process.exit trapped, so spec text that ever ran as code
// shows up. Argument: a JSON file listing { name, dir, calls, credentials }. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';

const CANARY = '__hostileCanary';
const exits = [];
process.exit = (code) => {
  exits.push(code);
  throw new Error(`process.exit(${code}) called`);
};
globalThis.alert = () => {
  globalThis[CANARY] = 'alert';
};

const SAMPLES = [undefined, null, 0, 1.5, '', 'x', true, [], {}, [{}], { a: 1 }, Object.create(null)];

const jobs = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const results = [];
for (const job of jobs) {
  const problems = [];
  const before = exits.length;
  try {
    const mod = await import(pathToFileURL(path.join(job.dir, 'index.js')).href);
    for (const [name, value] of Object.entries(mod)) {
      if (typeof value !== 'function') continue;
      if (name === 'createClient') {
        const response = (status, body) =>
          new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
        let n = 0;
        const fetch = async () => response(n++ % 2 === 0 ? 200 : 201, n % 3 === 0 ? [job.example] : job.example);
        const client = value({ baseUrl: 'https://api.example.com', fetch, retry: false, validateResponses: true, ...job.credentials });
        for (const [method, request] of Object.entries(job.calls)) {
          const call = client[method];
          if (typeof call !== 'function') {
            problems.push(`client.${method} is not a function`);
            continue;
          }
          try {
            const result = await call.call(client, request);
            if (!result || typeof result !== 'object') problems.push(`client.${method} resolved to ${String(result)}`);
          } catch (error) {
            problems.push(`client.${method} threw: ${error?.message ?? error}`);
          }
        }
      } else if (/^class\b/.test(Function.prototype.toString.call(value))) {
        try {
          new value('hostile', {});
        } catch {
          // a constructor may reject made-up arguments; what matters is that no spec text ran
        }
      } else {
        for (const sample of [...SAMPLES, job.example]) {
          try {
            value(sample);
          } catch (error) {
            problems.push(`${name}(${JSON.stringify(sample)}) threw: ${error?.message ?? error}`);
          }
        }
      }
    }
  } catch (error) {
    problems.push(`import/call failed: ${error?.stack ?? error}`);
  }
  if (exits.length > before) problems.push(`process.exit called: ${exits.slice(before).join(', ')}`);
  if (globalThis[CANARY] !== undefined) {
    problems.push(`canary set: ${String(globalThis[CANARY])}`);
    delete globalThis[CANARY];
  }
  results.push({ name: job.name, problems });
}
process.stdout.write(JSON.stringify(results) + '\n');
