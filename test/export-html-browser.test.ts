// The standalone export in a real browser: opened from file://, it must make no network request
// and show the graph. Needs the viewer: built here from web/ into a temporary folder (so a stale
// web/dist cannot pass or fail it), or web/dist/index.html when the sources are absent.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadViewerTemplate, packageRoot, writeStandaloneHtml } from '../src/io/write-html.js';
import { CHROMIUM, CHROMIUM_ARGS } from './browser-harness.js';
import { externalReferences } from './fixtures/export-html-check.js';
import { sampleGraph } from './fixtures/export-sample.js';

const root = packageRoot();
const hasSources = existsSync(join(root, 'web', 'src', 'main.ts'));
const hasBuild = existsSync(join(root, 'web', 'dist', 'index.html'));

describe.skipIf(!hasSources && !hasBuild)('standalone HTML in Chromium', () => {
  let template = '';
  let browser: Browser;

  beforeAll(async () => {
    let templatePath = join(root, 'web', 'dist', 'index.html');
    if (hasSources) {
      const out = mkdtempSync(join(tmpdir(), 'diplograph-viewer-'));
      const r = spawnSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
        cwd: root,
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}${r.stderr}`);
      templatePath = join(out, 'index.html');
    }
    template = loadViewerTemplate(templatePath);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });

  afterAll(async () => {
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
    await browser?.close();
  });

  it('opens from file:// with zero network requests and shows the counts', async () => {
    const g = sampleGraph({ a: '2015-10-01' });
    const html = writeStandaloneHtml(g, { title: 'Kerry & Lavrov', template });
    expect(externalReferences(html)).toEqual([]);
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-standalone-'));
    const file = join(dir, 'graph.html');
    writeFileSync(file, html);

    const page = await browser.newPage();
    const requests: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (url !== pathToFileURL(file).href && !/^(data|blob):/.test(url)) requests.push(url);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    await page.goto(pathToFileURL(file).href);
    const counts = page.locator('[data-testid=counts]');
    await expect.poll(async () => (await counts.textContent())?.trim() ?? '', { timeout: 20_000 }).not.toBe('');
    const text = (await counts.textContent()) ?? '';
    expect(text).toMatch(/\d/);
    expect(text).toContain(String(g.order));
    expect(await page.title()).toBe('Kerry & Lavrov');
    await page.waitForTimeout(500);
    expect(requests).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
