import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { ApiOutput } from '../../generator/index.js';
import { launchChromium } from '../support/chromium.js';

const root = path.resolve(import.meta.dirname, '../..');

export interface SiteShape {
  /** Build output lines when `vitepress build` failed. */
  buildErrors: string[];
  /** Per hostile page: element and attribute names no neutral page has. */
  pages: { page: string; extra: string[] }[];
  /** Pages where spec text ran as script (a canary, `alert`, a dialog). */
  ranScript: string[];
}

/**
 * Builds the neutral API and the hostile ones into one VitePress site (`neutral/`, `h0/`, ...), opens
 * every page in headless Chromium after hydration and lists, per hostile page, each element name
 * and `element[attribute]` that appears on no neutral page: the injection a `"` in front matter or
 * markup in a description would make.
 */
export async function buildSites(siteDir: string, neutral: ApiOutput, hostile: { name: string; output: ApiOutput }[]): Promise<SiteShape> {
  rmSync(siteDir, { recursive: true, force: true });
  const all = [{ name: 'neutral', output: neutral }, ...hostile];
  const pages: { api: string; page: string }[] = [];
  for (const { name, output } of all) {
    for (const file of output.files.filter((f) => f.path.startsWith('docs/') && f.path.endsWith('.md'))) {
      const page = file.path.slice('docs/'.length);
      const target = path.join(siteDir, name, page);
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, file.content);
      pages.push({ api: name, page });
    }
  }
  writeFileSync(path.join(siteDir, 'index.md'), `# Hostile docs\n\n${all.map((a) => `- [${a.name}](./${a.name}/index.md)`).join('\n')}\n`);
  mkdirSync(path.join(siteDir, '.vitepress'), { recursive: true });
  writeFileSync(path.join(siteDir, '.vitepress/config.mjs'), `export default ${JSON.stringify({ title: 'Hostile', ignoreDeadLinks: false, vite: { logLevel: 'error' } })};\n`);

  const build = await run(process.execPath, [path.join(root, 'node_modules/vitepress/bin/vitepress.js'), 'build', siteDir]);
  if (build.code !== 0) return { buildErrors: build.lines, pages: [], ranScript: [] };

  const dist = path.join(siteDir, '.vitepress/dist');
  const { server, baseUrl } = await serve(dist);
  const { browser } = await launchChromium();
  try {
    const page = await browser.newPage();
    const ranScript: string[] = [];
    let current = '';
    page.on('dialog', (dialog) => {
      ranScript.push(`${current}: dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => ranScript.push(`${current}: page error ${error.message}`));
    const shapes = new Map<string, Set<string>>();
    for (const { api, page: md } of pages) {
      current = `${api}/${md}`;
      await page.goto(`${baseUrl}/${api}/${md.replace(/\.md$/, '.html')}`);
      await page.locator('.vp-doc').first().waitFor();
      const found = await page.evaluate(() => {
        const names = new Set<string>();
        for (const el of Array.from(document.querySelectorAll('*'))) {
          const tag = el.tagName.toLowerCase();
          names.add(tag);
          for (const attr of Array.from(el.attributes)) names.add(`${tag}[${attr.name}]`);
        }
        const w = window as unknown as Record<string, unknown>;
        return { names: [...names], canary: w.__hostileCanary ?? w.__pwned };
      });
      if (found.canary !== undefined) ranScript.push(`${current}: canary ${String(found.canary)}`);
      shapes.set(current, new Set(found.names));
    }
    const neutralNames = new Set([...shapes].filter(([k]) => k.startsWith('neutral/')).flatMap(([, v]) => [...v]));
    const result = [...shapes]
      .filter(([k]) => !k.startsWith('neutral/'))
      .map(([k, names]) => ({ page: k, extra: [...names].filter((n) => !neutralNames.has(n)).sort() }))
      .filter((p) => p.extra.length > 0);
    return { buildErrors: [], pages: result, ranScript };
  } finally {
    await browser.close();
    // Idle keep-alive sockets would hold the server (and the test worker) open after close().
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}

function run(cmd: string, args: string[]): Promise<{ code: number | null; lines: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines: output.split(/\r?\n/).filter((l) => l.trim() !== '') }));
  });
}

/** A static file server for the built site: `/a/b.html` → the file, 404 otherwise. */
function serve(dir: string): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    for (const candidate of [url, `${url}.html`, path.posix.join(url, 'index.html')]) {
      const file = path.join(dir, path.normalize(candidate));
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
        const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json' }[path.extname(file)];
        res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404).end('not found');
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
}
