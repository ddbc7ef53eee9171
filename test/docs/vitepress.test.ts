import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rootSidebar } from '../../generator/emit/docs/sidebar.js';
import type { ApiOutput } from '../../generator/index.js';
import { launchChromium } from '../support/chromium.js';
import { docsFiles, docsInputs, generateApis, root, tmpDir } from './support.js';

/**
 * The generated docs drop into a real VitePress site as is: every `generated/<slug>/docs/` folder is
 * mounted at `/<slug>/` (the sidebar convention), the root sidebar is the one the generator writes, and
 * the build runs with dead-link checking on. Then one operation page per API is opened in headless
 * Chromium (from the @sparticuz/chromium dev dependency; see test/support/chromium.ts) to check that
 * the parameters table and the examples are really on screen.
 *
 * Set UPDATE_SCREENSHOT=1 to refresh docs/screenshots/operation.png (CI never writes it).
 */
const siteDir = path.join(tmpDir, 'site');
const distDir = path.join(siteDir, '.vitepress/dist');
let apis: ApiOutput[] = [];
let server: Server | undefined;
let browser: Browser | undefined;
let baseUrl = '';

function writeSite(): void {
  rmSync(siteDir, { recursive: true, force: true });
  for (const api of apis) {
    for (const [page, content] of docsFiles(api)) {
      if (!page.endsWith('.md')) continue;
      const file = path.join(siteDir, api.slug, page);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  }
  const list = apis.map((a) => `- [${a.slug}](./${a.slug}/index.md)`).join('\n');
  writeFileSync(path.join(siteDir, 'index.md'), `# Generated API docs\n\n${list}\n`);
  const sidebar = rootSidebar(apis.map((a) => a.plan!));
  mkdirSync(path.join(siteDir, '.vitepress'), { recursive: true });
  writeFileSync(
    path.join(siteDir, '.vitepress/config.mjs'),
    `export default ${JSON.stringify({ title: 'Generated API docs', ignoreDeadLinks: false, themeConfig: { sidebar }, vite: { logLevel: 'warn' } }, null, 2)};\n`,
  );
}

/** A static file server for the built site: `/a/b` → `a/b.html`, `/a/` → `a/index.html`. */
function serve(dir: string): Promise<string> {
  server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const candidates = [url, `${url}.html`, path.posix.join(url, 'index.html')];
    for (const candidate of candidates) {
      const file = path.join(dir, path.normalize(candidate));
      if (file.startsWith(dir) && existsSync(file) && statSync(file).isFile()) {
        const type = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' }[path.extname(file)];
        res.writeHead(200, { 'content-type': type ?? 'application/octet-stream' });
        res.end(readFileSync(file));
        return;
      }
    }
    res.writeHead(404).end('not found');
  });
  return new Promise((resolve) => server!.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server!.address() as AddressInfo).port}`)));
}

beforeAll(async () => {
  apis = await generateApis(docsInputs());
  writeSite();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
});

/**
 * What `vitepress build` prints when all is well: its progress lines, and one Vue warning per page
 * from VitePress's own VPSidebar (`watch([props, …])` during server rendering, where props are not
 * reactive). Any other line fails the build test, so a real warning is never swallowed.
 */
const EXPECTED_BUILD_OUTPUT = [
  /^[-✓] (building client \+ server bundles|rendering pages)\.\.\.$/,
  /^build complete in [\d.]+s\.$/,
  /^vitepress v[\d.]+$/,
  /^\[Vue warn\]: Invalid watch source: {2}\{ open: false \} A watch source can only be a getter\/effect function, a ref, a reactive object, or an array of these types\.$/,
  /^ {2}at <(VPSidebar open=false|Layout|VitePressApp) ?>$/,
];

/** Runs `vitepress build` in a child process, so its spinner and Vue's warnings reach the test, not the terminal. */
function buildSite(dir: string): Promise<{ code: number | null; lines: string[] }> {
  const cli = path.join(root, 'node_modules/vitepress/bin/vitepress.js');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, 'build', dir], { env: { ...process.env, NO_COLOR: '1' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, lines: output.replace(/\x1b\[[\d;]*m/g, '').split(/\r?\n/).map((l) => l.trimEnd()).filter((l) => l.trim() !== '') }));
  });
}

describe('VitePress site from generated docs', () => {
  it('builds with dead-link checking on, printing nothing unexpected', async () => {
    const started = performance.now();
    const { code, lines } = await buildSite(siteDir);
    expect(code, lines.join('\n')).toBe(0);
    expect(lines.filter((l) => !EXPECTED_BUILD_OUTPUT.some((re) => re.test(l)))).toEqual([]);
    const pages = apis.reduce((n, a) => n + [...docsFiles(a).keys()].filter((p) => p.endsWith('.md')).length, 1);
    // Build time and page count are reported, never asserted.
    console.log(`vitepress build: ${pages} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    for (const api of apis) expect(existsSync(path.join(distDir, api.slug, 'index.html')), api.slug).toBe(true);
    baseUrl = await serve(distDir);
  }, 300_000);

  it('renders one operation page per API with its parameters table and examples', async () => {
    expect(baseUrl, 'the build test must pass first').not.toBe('');
    const launched = await launchChromium();
    browser = launched.browser;
    // Which browser ran is reported, so a run can show it used no system install.
    console.log(`chromium ${browser.version()} from ${launched.source} (${launched.executable.startsWith(root) ? path.relative(root, launched.executable) : launched.executable})`);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    for (const api of apis) {
      const op = api.api!.operations[0]!;
      const names = api.plan!.operation(op);
      await page.goto(`${baseUrl}/${api.slug}/${names.docPath.replace(/\.md$/, '.html')}`);
      await page.locator('.vp-doc h1').waitFor();
      const params = page.locator('.vp-doc h2#parameters + table');
      const paramsText = page.locator('.vp-doc h2#parameters + p');
      if (Object.values(op.parameters).flat().length + op.security.length > 0) {
        await params.waitFor({ state: 'visible', timeout: 10_000 });
        expect(await params.locator('th').allInnerTexts()).toEqual(['Name', 'In', 'Type', 'Required', 'Constraints', 'Description']);
        expect(await params.locator('tbody tr').count()).toBeGreaterThan(0);
      } else {
        expect(await paramsText.innerText()).toBe('This operation takes no parameters.');
      }
      const tsExample = page.locator('.vp-doc div.language-ts').last();
      expect(await tsExample.isVisible(), `${api.slug}: TypeScript example`).toBe(true);
      expect(await tsExample.innerText()).toContain(`client.${names.method}(`);
      expect(await page.locator('.vp-doc div.language-sh').last().innerText()).toContain(`curl --request ${op.requestMethod}`);
      if (op.summary) expect(await page.locator('.vp-doc h1').innerText()).toContain(op.summary.replace(/\s+/g, ' '));
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), `${api.slug}: injected script ran`).toBeUndefined();
      if (process.env.UPDATE_SCREENSHOT === '1' && api.slug === 'upsun') {
        // The fixtures' groups come first in this site's sidebar: scroll it to the page being shown.
        await page.locator('.VPSidebar .VPSidebarItem.is-active').last().scrollIntoViewIfNeeded();
        await page.screenshot({ path: path.join(root, 'docs/screenshots/operation.png') });
      }
    }
    expect(errors).toEqual([]);
  }, 180_000);

  it('shows operations grouped by tag in the sidebar, 3.2 parent tags nesting their children', async () => {
    expect(browser, 'the page test must pass first').toBeDefined();
    const page = await browser!.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${baseUrl}/oas32-tags/operations/returnOrder.html`);
    const link = page.locator('.VPSidebar a[href*="/oas32-tags/operations/returnOrder"]');
    await link.waitFor({ state: 'visible', timeout: 10_000 });
    // The groups holding the page, outermost first: API, Operations, then the tag chain store › orders › returns.
    const groups = page.locator('.VPSidebarItem.has-active > .item > .text');
    expect(await groups.allInnerTexts()).toEqual(['Nested tags 3.2', 'Operations', 'The store', 'Orders', 'returns']);
    // Another API's folded group (the root sidebar folds every API) stays closed on this page.
    const otherApi = page.locator('.VPSidebarItem.level-0', { hasText: 'Tag groups' });
    expect(await otherApi.evaluate((el) => el.classList.contains('collapsed'))).toBe(true);
    await page.close();
  }, 60_000);
});
