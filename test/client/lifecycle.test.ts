import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { attemptSignal } from '../../generator/emit/client/runtime/timeout.js';
import { repoRoot, scratchDir } from '../support/cli.js';

/** Per-attempt timeout signals, and what they leave behind once calls are over. */
const until = async (check: () => boolean) => {
  while (!check()) await new Promise((r) => setTimeout(r, 5));
};

describe('attemptSignal', () => {
  it('no timeout and no caller signal: fetch gets no signal at all', () => {
    expect(attemptSignal(undefined, 0).signal).toBeUndefined();
  });

  it('attempts started together share a timeout signal; one still in flight at its deadline times out', async () => {
    // Windows are 10 ms wide for a 640 ms timeout; a pair created in one tick shares one unless it straddles a boundary.
    let pair = [attemptSignal(undefined, 640), attemptSignal(undefined, 640)];
    for (let tries = 0; pair[0]!.signal !== pair[1]!.signal && tries < 20; tries++) {
      pair = [attemptSignal(undefined, 640), attemptSignal(undefined, 640)];
    }
    const [a, b] = pair as [ReturnType<typeof attemptSignal>, ReturnType<typeof attemptSignal>];
    expect(a.signal).toBe(b.signal);
    a.done();
    await until(() => b.signal!.aborted);
    expect(b.kind()).toBe('timeout');
  });

  it('a shared signal is never aborted once all its attempts are done', async () => {
    const a = attemptSignal(undefined, 64);
    a.done();
    // A later attempt in a later window, still running well past the first one's deadline.
    await new Promise((r) => setTimeout(r, 10));
    const b = attemptSignal(undefined, 200);
    await until(() => b.signal!.aborted);
    expect(a.signal!.aborted).toBe(false);
  });

  it("with a caller signal: the caller's abort is 'aborted', the timer's is 'timeout'", async () => {
    const caller = new AbortController();
    const aborted = attemptSignal(caller.signal, 60_000);
    caller.abort();
    expect(aborted.kind()).toBe('aborted');
    expect(aborted.signal!.aborted).toBe(true);
    const timed = attemptSignal(new AbortController().signal, 20);
    await until(() => timed.signal!.aborted);
    expect(timed.kind()).toBe('timeout');
  });
});

describe('process lifetime', () => {
  it('a finished call leaves nothing that keeps Node running (no 60 s timeout timer)', () => {
    const dir = scratchDir('client-exit');
    const script = path.join(dir, 'one-call.ts');
    writeFileSync(
      script,
      `import { createServer } from 'node:http';
import { createClient } from ${JSON.stringify(path.join(repoRoot, 'generated/tetherai/index.js'))};
const server = createServer((req, res) => { req.resume(); req.on('end', () => { res.writeHead(200, { 'content-type': 'application/json' }); res.end('{"user":{},"persona":null}'); }); });
server.listen(0, '127.0.0.1', async () => {
  const { port } = server.address() as { port: number };
  const res = await createClient({ baseUrl: 'http://127.0.0.1:' + port, token: 'tok' }).updateCurrentUserProfile({ body: {} });
  console.log(res.status);
  server.closeAllConnections();
  server.close();
});
`,
    );
    // The default timeout is 60 s and the test timeout is 60 s: if a timer held the process, this fails.
    const r = spawnSync(path.join(repoRoot, 'node_modules/.bin/tsx'), [script], { encoding: 'utf8', timeout: 45_000 });
    expect(r.stdout.trim()).toBe('200');
    expect(r.status).toBe(0);
  });
});
