// The viewer in Debian's Chromium: the hand-made fixture served by `diplograph serve`'s server.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../src/cli/serve.js';
import type { GraphFile } from '../src/model/graph-file.js';
import { validateGraphFile } from '../src/model/validate.js';
import { syntheticGraph } from '../bench/web-graph.js';
import { ensureViewerBuilt, launchChromium, readCounts, ROOT, waitForGraph } from './browser-harness.js';

const FIXTURE = join(ROOT, 'test', 'fixtures', 'web-sample.json');
const LAVROV_SENTENCE =
  'Russian Foreign Minister Sergei Lavrov met US Secretary of State John Kerry in Moscow on Tuesday.';

let browser: Browser;
let server: RunningServer;

beforeAll(async () => {
  await ensureViewerBuilt();
  server = await startServer({ graph: FIXTURE });
  browser = await launchChromium();
});

afterAll(async () => {
  // Either is unset when beforeAll failed.
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
  await browser?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- see above
  await server?.close();
});

async function open(url = server.url): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(url);
  await waitForGraph(page);
  return page;
}

/** Non-white pixels of a screenshot, decoded by the browser itself. */
async function inkedPixels(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const data = ctx.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 235 || data[i + 1]! < 235 || data[i + 2]! < 235) n++;
    return n;
  }, png.toString('base64'));
}

describe('viewer', () => {
  it('draws the graph on the canvas and counts it', async () => {
    const page = await open();
    // The negated-only edge is hidden by default, and with it Syria, then an isolated actor.
    expect(await readCounts(page)).toEqual([11, 16]);
    await page.waitForTimeout(300);
    const png = await page.getByTestId('graph').screenshot();
    expect(await inkedPixels(page, png)).toBeGreaterThan(2000);
    const ids = [
      'graph',
      'search',
      'panel',
      'counts',
      'legend',
      'layout',
      'export-png',
      'export-json',
      'embed',
      'table',
      'paste',
      'extract',
      'rollup',
      'filter-negated',
    ];
    for (const id of [...ids, 'hide-isolated', 'fit', 'samples', 'png-scale']) {
      expect(await page.getByTestId(id).count(), id).toBe(1);
    }
    await page.context().close();
  });

  it('search finds Lavrov (also by an alias) and opens his evidence', async () => {
    const page = await open();
    await page.getByTestId('search').fill('Sergey');
    await expect.poll(() => page.locator('#search-results li').first().textContent()).toContain('Sergei Lavrov');
    await page.getByTestId('search').fill('Lavrov');
    await page.getByTestId('search').press('Enter');
    const panel = page.getByTestId('panel');
    await expect.poll(() => panel.locator('h2').first().textContent()).toContain('Sergei Lavrov');
    const evidence = await panel.getByTestId('evidence').allTextContents();
    expect(evidence.some((t) => t.includes(LAVROV_SENTENCE))).toBe(true);
    expect(await panel.locator('mark').first().textContent()).toBe(LAVROV_SENTENCE);
    expect(await panel.textContent()).toContain('Foreign Minister');
    // The selection is in the URL.
    await expect.poll(() => new URL(page.url()).searchParams.get('sel')).toBe('n:person:sergei-lavrov');
    await page.context().close();
  });

  it('shows the speaker and modality of quoted evidence', async () => {
    const page = await open();
    await page.getByTestId('search').fill('Remizov');
    await page.getByTestId('search').press('Enter');
    const items = page.getByTestId('panel').getByTestId('evidence');
    await expect.poll(() => items.count()).toBeGreaterThan(0);
    const text = (await items.allTextContents()).join('\n');
    expect(text).toContain('speaker: Mikhail Remizov');
    expect(text).toContain('proposed');
    await page.context().close();
  });

  it('filters update the counts: kinds, negated-only edges, roll-up', async () => {
    const page = await open(`${server.url}&iso=1`);
    const [nodes, edges] = await readCounts(page);
    await page.getByTestId('filter-kind-person').uncheck();
    const [n2, e2] = await readCounts(page);
    expect(n2).toBe(nodes - 3);
    expect(e2).toBeLessThan(edges);
    expect(new URL(page.url()).search).toBeDefined();
    await page.getByTestId('filter-kind-person').check();
    expect(await readCounts(page)).toEqual([nodes, edges]);

    await page.getByTestId('filter-negated').check();
    expect(await readCounts(page)).toEqual([nodes, edges + 1]);
    await page.getByTestId('filter-negated').uncheck();

    await page.getByTestId('filter-stance-criticises').uncheck();
    expect((await readCounts(page))[1]).toBe(edges - 3);
    await page.getByTestId('filter-stance-criticises').check();

    await page.getByTestId('rollup').check();
    const [n3] = await readCounts(page);
    expect(n3).toBeLessThan(nodes);
    await page.getByTestId('search').fill('Lavrov');
    await expect.poll(() => page.locator('#search-results li').count()).toBe(0);
    await page.context().close();
  });

  it('restores filters, selection and camera from the URL', async () => {
    const url = `${server.url}&k=state,organisation,group&sel=n:state:TR&cam=0.5,0.5,0.8,0&iso=1`;
    const page = await open(url);
    expect(await page.getByTestId('filter-kind-person').isChecked()).toBe(false);
    expect((await readCounts(page))[0]).toBe(9);
    await expect.poll(() => page.getByTestId('panel').locator('h2').first().textContent()).toContain('Turkey');
    const ratio = await page.evaluate(
      () =>
        (
          window as unknown as { diplograph: { renderer: { sigma: { getCamera(): { ratio: number } } } } }
        ).diplograph.renderer.sigma.getCamera().ratio,
    );
    expect(ratio).toBeCloseTo(0.8, 2);
    await page.context().close();
  });

  it('ego network keeps the selection and its neighbours', async () => {
    const page = await open(`${server.url}&sel=n:organisation:nato&ego=1`);
    expect(await readCounts(page)).toEqual([2, 2]); // NATO and Turkey: supports + member-of
    await page.getByTestId('filter-ego').selectOption('2');
    expect((await readCounts(page))[0]).toBeGreaterThan(2);
    await page.context().close();
  });

  it('the table view lists nodes and edges and opens a row with the keyboard', async () => {
    const page = await open(`${server.url}&iso=1`);
    await page.locator('#view-toggle').click();
    const table = page.getByTestId('table');
    expect(await table.isVisible()).toBe(true);
    expect(await table.locator('table').first().locator('tbody tr').count()).toBe(12);
    const row = table.locator('tr[data-key="state:TR"]');
    await row.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('panel').locator('h2').first().textContent()).toContain('Turkey');
    await table.getByRole('button', { name: 'Sort by Mentions' }).click();
    expect(await table.locator('table').first().locator('tbody tr').first().getAttribute('data-key')).toBe('state:RU');
    await page.context().close();
  });

  it('exports the current view as JSON and PNG', async () => {
    const page = await open(`${server.url}&iso=1`);
    await page.getByTestId('filter-kind-group').uncheck();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-json').click()]);
    const file = validateGraphFile(JSON.parse(readFileSync(await json.path(), 'utf8')));
    expect(file.nodes.length).toBe(11);
    expect(file.nodes.every((n) => typeof n.attributes.x === 'number')).toBe(true);
    const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
    const bytes = readFileSync(await png.path());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(await inkedPixels(page, bytes)).toBeGreaterThan(2000);
    await page.context().close();
  });

  it('the embed button gives an iframe snippet for a standalone export', async () => {
    const page = await open();
    await page.getByTestId('embed').click();
    const snippet = await page.getByTestId('embed-snippet').inputValue();
    expect(snippet).toMatch(/^<iframe src="web-sample\.html\?embed=1/);
    expect(await page.locator('#embed-dialog').textContent()).toContain('--format html');
    await page.context().close();
  });

  it('?embed=1 shows the graph without the chrome', async () => {
    const page = await open(`${server.url}&embed=1`);
    expect(await page.getByTestId('search').isVisible()).toBe(false);
    expect(await page.getByTestId('graph').isVisible()).toBe(true);
    await page.context().close();
  });

  it('runs ForceAtlas2 in a worker and stops it', async () => {
    const page = await open();
    const position = () =>
      page.evaluate(() => {
        const g = (
          window as unknown as { diplograph: { graph: { getNodeAttributes(k: string): { x: number; y: number } } } }
        ).diplograph.graph;
        const a = g.getNodeAttributes('state:RU');
        return `${a.x},${a.y}`;
      });
    const before = await position();
    await page.getByTestId('layout').click();
    await expect.poll(position, { timeout: 10_000 }).not.toBe(before);
    // The layout also stops by itself once it settles, which a small graph may do before the
    // click: stop it if it still runs, and check it is stopped either way (nodes stay put).
    const button = page.getByTestId('layout');
    if ((await button.textContent()) === 'Stop layout') await button.click();
    await expect.poll(() => button.textContent()).toBe('Run layout');
    const stopped = await position();
    await page.waitForTimeout(500);
    expect(await position()).toBe(stopped);
    await page.context().close();
  });

  it('opens a dropped GEXF file', async () => {
    const page = await open(`${server.url}&iso=1`);
    const { renderGraph } = await import('../src/io/write.js');
    const { parseGraph } = await import('../src/io/read-graph.js');
    const gexf = renderGraph(parseGraph(readFileSync(FIXTURE, 'utf8')), 'gexf');
    if (gexf.kind !== 'file') throw new Error('expected one file');
    await page.evaluate((xml) => {
      const dt = new DataTransfer();
      dt.items.add(new File([xml], 'dropped.gexf', { type: 'application/xml' }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, gexf.content);
    await expect.poll(() => page.locator('#source-name').textContent()).toBe('dropped.gexf');
    expect((await readCounts(page))[0]).toBe(12);
    await page.context().close();
  });

  // Passes once the extractor (src/extract) finds entities in the sample article.
  it('extracts pasted text in the browser', async () => {
    const page = await open();
    // The extractor comes with the page but stays inert (not parsed as code) until a paste needs it;
    // the module the page runs is a fraction of it.
    const sizes = await page.evaluate(`[document.getElementById('diplograph-extractor')?.type,
      document.getElementById('diplograph-extractor')?.textContent.length ?? 0,
      Math.max(...[...document.scripts].filter((s) => s.type === 'module').map((s) => s.text.length))]`);
    const [type, extractorChars, moduleChars] = sizes as [string, number, number];
    expect(type).toBe('text/plain');
    expect(extractorChars).toBeGreaterThan(moduleChars);
    const text = readFileSync(join(ROOT, 'graph-data', 'kerry-moscow.txt'), 'utf8');
    await page.getByTestId('paste').fill(text);
    await page.getByTestId('extract').click();
    await expect.poll(() => page.locator('#source-name').textContent()).toBe('pasted text');
    const [nodes, edges] = await readCounts(page);
    expect(nodes).toBeGreaterThan(3);
    expect(edges).toBeGreaterThan(0);
    await page.context().close();
  });
});

/** PNG width and height from its IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('viewer for a corpus', () => {
  const sample = (file: string) => `${new URL(server.url).origin}/?graph=graph-data/${file}`;

  it('hides isolated actors by default and says how many; unticking shows them', async () => {
    const page = await open();
    const box = page.getByTestId('hide-isolated');
    expect(await box.isChecked()).toBe(true);
    const [nodes, edges] = await readCounts(page);
    expect(await page.getByTestId('isolated-count').textContent()).toBe('(1)');
    await box.uncheck();
    expect(await readCounts(page)).toEqual([nodes + 1, edges]);
    await expect.poll(() => new URL(page.url()).searchParams.get('iso')).toBe('1');
    await box.check();
    expect(await readCounts(page)).toEqual([nodes, edges]);
    await page.context().close();
  });

  it('Fit frames the visible graph after a zoom, and the keyboard zooms', async () => {
    const page = await open();
    const ratio = () =>
      page.evaluate(
        () =>
          (
            window as unknown as { diplograph: { renderer: { sigma: { getCamera(): { ratio: number } } } } }
          ).diplograph.renderer.sigma.getCamera().ratio,
      );
    const fitted = await ratio();
    await page.locator('body').press('+');
    await expect.poll(ratio).toBeLessThan(fitted * 0.9);
    await page.getByTestId('fit').click();
    await expect.poll(ratio).toBeCloseTo(fitted, 1);
    await page.context().close();
  });

  it('labels the main actors of a small graph', async () => {
    const page = await open();
    const labelled = await page.evaluate(() => {
      const d = (
        window as unknown as { diplograph: { renderer: { sigma: { getNodeDisplayedLabels(): Set<string> } } } }
      ).diplograph;
      return [...d.renderer.sigma.getNodeDisplayedLabels()];
    });
    for (const key of ['state:RU', 'state:TR', 'person:sergei-lavrov']) expect(labelled).toContain(key);
    await page.context().close();
  });

  it('has no timeline when no document is dated over two months', async () => {
    const page = await open(sample('kerry-moscow.json'));
    expect(await page.getByTestId('timeline').count()).toBe(0);
    await page.context().close();
  });

  it('the samples menu opens the readouts, whose timeline filters edges by date and plays', async () => {
    const page = await open(sample('kerry-moscow.json'));
    expect(await page.getByTestId('samples').inputValue()).toBe('graph-data/kerry-moscow.json');
    await page.getByTestId('samples').selectOption('graph-data/wh-readouts.json');
    await expect.poll(() => page.locator('#source-name').textContent(), { timeout: 30_000 }).toBe('wh-readouts.json');
    await expect.poll(async () => (await readCounts(page))[0], { timeout: 30_000 }).toBeGreaterThan(500);
    expect(new URL(page.url()).searchParams.get('graph')).toBe('graph-data/wh-readouts.json');
    const timeline = page.getByTestId('timeline');
    expect(await timeline.isVisible()).toBe(true);
    const [, edges] = await readCounts(page);
    // The last month slider back to the first year: fewer edges, and the range in the URL.
    await page.getByTestId('timeline-to').evaluate((el: HTMLInputElement) => {
      el.value = '11';
      el.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const [, inYear] = await readCounts(page);
    expect(inYear).toBeLessThan(edges);
    expect(inYear).toBeGreaterThan(0);
    expect(await page.getByTestId('timeline-label').textContent()).toBe('2021-01 – 2021-12');
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toBe('2021-12-31');
    // Play builds up from the first month, month by month; how far it gets before the pause
    // depends on the machine, so only the direction is checked.
    await page.getByTestId('timeline-all').click();
    await page.getByTestId('timeline-play').click();
    expect(await page.getByTestId('timeline-label').textContent()).toMatch(/^2021-01/);
    await expect
      .poll(() => page.getByTestId('timeline-label').textContent(), { timeout: 30_000 })
      .toMatch(/^2021-01 – 20\d\d-\d\d$/);
    await page.getByTestId('timeline-play').click();
    expect(await page.getByTestId('timeline-play').getAttribute('aria-pressed')).toBe('false');
    expect(await page.getByTestId('timeline-label').textContent()).toMatch(/^2021-01 – 20\d\d-\d\d$/);
    await page.context().close();
  });

  it('exports the PNG at 1x and 2x, with a title and legend beside the graph', async () => {
    const page = await open();
    expect(await page.getByTestId('png-scale').locator('option').allTextContents()).toEqual(['1×', '2×', '4×']);
    const exportPng = async (scale: string) => {
      await page.getByTestId('png-scale').selectOption(scale);
      const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-png').click()]);
      return readFileSync(await png.path());
    };
    const one = await exportPng('1');
    const two = await exportPng('2');
    const graphBox = (await page.getByTestId('graph').boundingBox())!;
    // The legend column widens the picture beyond the graph; the header makes it taller.
    expect(pngSize(one)[0]).toBeGreaterThan(graphBox.width + 150);
    expect(pngSize(one)[1]).toBeGreaterThan(graphBox.height + 40);
    expect(pngSize(two)[0]).toBe(pngSize(one)[0] * 2);
    expect(await inkedPixels(page, two)).toBeGreaterThan(4 * (await inkedPixels(page, one)) * 0.6);
    await page.context().close();
  });

  it('?embed=1 shows the legend over the graph', async () => {
    const page = await open(`${server.url}&embed=1`);
    const legend = page.locator('#embed-legend');
    expect(await legend.isVisible()).toBe(true);
    expect(await legend.textContent()).toContain('person');
    await page.context().close();
  });

  it('colours by community on request and lists the communities in the legend', async () => {
    const page = await open();
    await page.getByTestId('node-color').selectOption('community');
    await expect.poll(() => page.getByTestId('legend').textContent()).toContain('more');
    await expect.poll(() => new URL(page.url()).searchParams.get('ncol')).toBe('community');
    await page.context().close();
  });
});

describe('viewer security', () => {
  it('shows markup in labels, aliases and quotes as text and never runs it', async () => {
    const data = JSON.parse(readFileSync(FIXTURE, 'utf8')) as GraphFile;
    const evil = '<img src=x onerror="alert(1);window.__pwned=1">';
    const kurds = data.nodes.find((n: { key: string }) => n.key === 'group:kurds')!;
    kurds.attributes.label = `Kurds ${evil}`;
    kurds.attributes.aliases.push(`<script>alert(2)</script>`);
    const fights = data.edges.find((e) => e.key.endsWith(':fights') && e.target === 'group:kurds')!;
    fights.attributes.evidence[0]!.quote = `<b onmouseover=alert(3)>${evil}</b>`;
    data.attributes.documents[1]!.title = `Title ${evil}`;
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-xss-'));
    const file = join(dir, 'evil.json');
    writeFileSync(file, JSON.stringify(data));
    const evilServer = await startServer({ graph: file });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const dialogs: string[] = [];
    const requests: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    page.on('request', (r) => requests.push(r.url()));
    try {
      await page.goto(`${evilServer.url}&sel=n:group:kurds`);
      await waitForGraph(page);
      const panel = page.getByTestId('panel');
      await expect.poll(() => panel.locator('h2').first().textContent()).toContain(evil);
      expect(await panel.textContent()).toContain('<script>alert(2)</script>');
      await page.getByTestId('search').fill('Kurds');
      await expect.poll(() => page.locator('#search-results').textContent()).toContain(evil);
      await page.locator('#view-toggle').click();
      expect(await page.getByTestId('table').textContent()).toContain(evil);
      await page.locator('#view-toggle').click();
      await page.getByTestId('search').fill('');
      await page.getByTestId('search').press('Escape');
      // The evidence panel of the edge, with its quote.
      await page.goto(`${evilServer.url}&sel=e:${encodeURIComponent(fights.key)}`);
      await waitForGraph(page);
      await expect.poll(() => panel.getByTestId('evidence').count()).toBe(1);
      await page.waitForTimeout(300);
      expect(await page.locator('img').count()).toBe(0);
      expect(await page.locator('#panel script, #panel b').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(requests.filter((u) => /\/x($|\?)/.test(u))).toEqual([]);
    } finally {
      await context.close();
      await evilServer.close();
    }
  });
});

describe('viewer for a large graph', () => {
  // Above 20,000 edges the renderer draws nodes first and the edges a moment later, and a filter
  // hands sigma the edges' new visibility only then: the drawn edges must still follow the filter.
  it('draws the edges a filter leaves, and none it hides', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-large-'));
    const file = join(dir, 'large.json');
    writeFileSync(file, JSON.stringify(syntheticGraph(2_000, 25_000, 7)));
    const large = await startServer({ graph: file });
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await page.goto(large.url);
      await waitForGraph(page, 120_000);
      /** Waits for the edges of the frame after `since` (ms on the page's clock), then two frames. */
      const edgesDrawnAfter = (since: number) =>
        page.waitForFunction(
          (t0) => performance.getEntriesByName('diplograph:edges-drawn').some((m) => m.startTime > t0),
          since,
          { timeout: 120_000, polling: 100 },
        );
      const now = () => page.evaluate(() => performance.now());
      await edgesDrawnAfter(0);
      // No actor is isolated yet; once the filter hides every edge, all would be.
      await page.getByTestId('hide-isolated').uncheck();
      const [nodes, edges] = await readCounts(page);
      expect(nodes).toBe(2_000);
      expect(edges).toBeGreaterThan(20_000);
      await page.waitForTimeout(300);
      const withEdges = await inkedPixels(page, await page.getByTestId('graph').screenshot());

      const t0 = await now();
      for (const box of await page.locator('[data-testid^="filter-stance-"]').all()) await box.uncheck();
      await edgesDrawnAfter(t0);
      expect(await readCounts(page)).toEqual([2_000, 0]);
      await page.waitForTimeout(300);
      const nodesOnly = await inkedPixels(page, await page.getByTestId('graph').screenshot());
      expect(nodesOnly).toBeGreaterThan(1000);
      expect(nodesOnly).toBeLessThan(withEdges * 0.7);
    } finally {
      await context.close();
      await large.close();
    }
  }, 300_000);
});
