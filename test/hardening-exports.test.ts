// Unsafe content in labels, aliases, quotes, titles and URLs: every export shows it as text.
// The standalone HTML export (from file://) and the SVG (opened in Chromium) run no script,
// open no dialog and make no request; the GEXF parses as XML and gives the strings back; CSV
// cells that a spreadsheet would evaluate are neutralised.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DOMParser } from '@xmldom/xmldom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentGraph } from '../src/graph/build.js';
import { csvCell, writeCsv } from '../src/io/write-csv.js';
import { writeGexf } from '../src/io/write-gexf.js';
import { loadViewerTemplate, writeStandaloneHtml } from '../src/io/write-html.js';
import { serializeGraph } from '../src/io/write-json.js';
import { writeSvg } from '../src/io/write-svg.js';
import type { DocumentExtraction } from '../src/model/extraction.js';
import type { DiploGraph } from '../src/model/graph.js';
import { validateGraphFile } from '../src/model/validate.js';
import { ensureViewerBuilt, launchChromium, waitForGraph } from './browser-harness.js';

const P = {
  img: '<img src=x onerror="alert(1);window.__pwned=1">',
  script: '</script><script>window.__pwned=2;alert(2)</script>',
  js: 'javascript:window.__pwned=3',
  quotes: `"'><svg onload="alert(4);window.__pwned=4">`,
  cdata: ']]><script>window.__pwned=5</script><![CDATA[',
  iframe: '<!-- --><iframe src="https://example.org/x"></iframe>',
  entity: '&amp;lt;b&amp;gt; &#x3C;script&#x3E;',
  formula: '=HYPERLINK("https://example.org/x","click")',
};

const TEXT = `${P.img} met ${P.script} in ${P.js}. ${P.quotes} criticised ${P.cdata} and ${P.iframe}. ${P.entity} ${P.formula}.`;

function at(needle: string): { start: number; end: number } {
  const start = TEXT.indexOf(needle);
  if (start < 0) throw new Error(`hardening-exports: "${needle}" not in the text`);
  return { start, end: start + needle.length };
}

/** A graph whose every string field carries a payload, as a hand-edited or hostile file would. */
function hostileGraph(): DiploGraph {
  const doc = 'evil';
  const sentence1 = at(`${P.img} met ${P.script} in ${P.js}.`);
  const sentence2 = at(`${P.quotes} criticised ${P.cdata} and ${P.iframe}.`);
  const extraction: DocumentExtraction = {
    document: { id: doc, title: `Title ${P.script}`, chars: TEXT.length, text: TEXT, url: P.js, date: '2016-10-10' },
    entities: [
      {
        key: 'person:evil-img',
        kind: 'person',
        label: P.img,
        aliases: [P.script, P.formula],
        mentions: [{ doc, ...at(P.img), form: 'name' }],
      },
      {
        key: 'organisation:evil-script',
        kind: 'organisation',
        label: P.script,
        aliases: [P.js],
        mentions: [{ doc, ...at(P.script), form: 'name' }],
        subtype: 'government',
      },
      {
        key: 'state:XX',
        kind: 'state',
        label: P.quotes,
        aliases: [P.entity],
        mentions: [{ doc, ...at(P.quotes), form: 'name' }],
      },
      {
        key: 'group:evil-cdata',
        kind: 'group',
        label: P.cdata,
        aliases: [P.iframe],
        mentions: [{ doc, ...at(P.cdata), form: 'name' }],
      },
    ],
    edges: [
      {
        family: 'stance',
        kind: 'meets',
        source: 'person:evil-img',
        target: 'organisation:evil-script',
        cameo: '040',
        evidence: {
          doc,
          ...sentence1,
          quote: TEXT.slice(sentence1.start, sentence1.end),
          cameo: '040',
          modality: 'asserted',
          speaker: 'person:evil-img',
        },
      },
      {
        family: 'stance',
        kind: 'criticises',
        source: 'state:XX',
        target: 'group:evil-cdata',
        cameo: '11',
        evidence: {
          doc,
          ...sentence2,
          quote: TEXT.slice(sentence2.start, sentence2.end),
          cameo: '111',
          modality: 'reported',
        },
      },
      {
        family: 'relation',
        kind: 'role',
        source: 'person:evil-img',
        target: 'organisation:evil-script',
        title: P.formula,
        evidence: { doc, ...sentence1, quote: TEXT.slice(sentence1.start, sentence1.end), modality: 'asserted' },
      },
    ],
  };
  const g = documentGraph(extraction);
  // The file stays valid: the payloads are data the schema allows, so escaping is what protects.
  validateGraphFile(JSON.parse(serializeGraph(g)));
  return g;
}

let dir: string;
let browser: Browser;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-hardening-exports-'));
  await ensureViewerBuilt();
  browser = await launchChromium();
}, 240_000);
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset when beforeAll failed
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Watch {
  requests: string[];
  dialogs: string[];
  errors: string[];
}

/** Opens a file:// page with a trap for scripts: dialogs, requests and window.__pwned. */
async function open(file: string, query = ''): Promise<{ page: Page; watch: Watch }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const url = pathToFileURL(file).href;
  const watch: Watch = { requests: [], dialogs: [], errors: [] };
  await page.addInitScript(() => {
    // A setter trap: any payload that assigns __pwned is recorded even if it resets it.
    let hits = 0;
    Object.defineProperty(window, '__pwned', {
      configurable: false,
      get: () => (hits > 0 ? hits : undefined),
      set: () => {
        hits++;
      },
    });
  });
  page.on('request', (r) => {
    const u = r.url();
    if (!u.startsWith(url) && !/^(data|blob):/.test(u)) watch.requests.push(u);
  });
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => watch.errors.push(e.message));
  await page.goto(`${url}${query}`);
  return { page, watch };
}

async function expectClean(page: Page, watch: Watch): Promise<void> {
  await page.waitForTimeout(400);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(watch.dialogs).toEqual([]);
  expect(watch.requests).toEqual([]);
  expect(await page.locator('iframe, img[src="x"]').count()).toBe(0);
}

describe('hostile strings in the exports', () => {
  it('the trap works: an unescaped payload is caught (dialog, __pwned, request)', async () => {
    const file = join(dir, 'control.html');
    writeFileSync(file, `<!doctype html><title>control</title><body>${P.img}</body>`);
    const { page, watch } = await open(file);
    try {
      await expect.poll(() => watch.dialogs.length).toBe(1);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBe(1);
      expect(watch.requests.length).toBeGreaterThan(0);
    } finally {
      await page.context().close();
    }
  });

  it('standalone HTML from file://: the panel and search show them as text, no script runs, nothing is fetched', async () => {
    const graph = hostileGraph();
    const file = join(dir, 'evil.html');
    writeFileSync(file, writeStandaloneHtml(graph, { title: `Report ${P.script}`, template: loadViewerTemplate() }));
    const { page, watch } = await open(file, `?sel=${encodeURIComponent('n:person:evil-img')}`);
    try {
      await waitForGraph(page);
      expect(await page.title()).toBe(`Report ${P.script}`);
      const panel = page.getByTestId('panel');
      await expect.poll(async () => (await panel.textContent()) ?? '', { timeout: 15_000 }).toContain(P.img);
      const text = (await panel.textContent()) ?? '';
      expect(text).toContain(P.script);
      expect(text).toContain(P.formula);
      await page.getByTestId('search').fill('onerror');
      await expect.poll(async () => (await page.locator('#search-results').textContent()) ?? '').toContain(P.img);
      await expectClean(page, watch);
      expect(watch.errors).toEqual([]);

      // The evidence of an edge, with its quote shown in the document.
      await page.goto(
        `${pathToFileURL(file).href}?sel=${encodeURIComponent('e:stance:state:XX>group:evil-cdata:criticises')}`,
      );
      await waitForGraph(page);
      await expect.poll(async () => (await panel.textContent()) ?? '', { timeout: 15_000 }).toContain(P.iframe);
      await page.locator('#view-toggle').click();
      expect((await page.getByTestId('table').textContent()) ?? '').toContain(P.cdata);
      await expectClean(page, watch);
    } finally {
      await page.context().close();
    }
  }, 90_000);

  it('SVG opened in the browser: labels and tooltips are text, no script, no request', async () => {
    const file = join(dir, 'evil.svg');
    const svg = writeSvg(hostileGraph(), { title: `Picture ${P.quotes}`, width: 900, height: 600 });
    expect(svg).not.toMatch(/<(script|img|iframe|foreignObject)\b/i);
    expect(svg).not.toMatch(/<[^>]*\son[a-z]+\s*=/i); // no event attribute in any tag
    writeFileSync(file, svg);
    const { page, watch } = await open(file);
    try {
      const texts = await page.evaluate(() => [...document.querySelectorAll('text, title')].map((t) => t.textContent));
      for (const payload of [P.img, P.script, P.quotes, P.cdata]) expect(texts.join('\n')).toContain(payload);
      expect(await page.evaluate(() => document.querySelectorAll('script, [onload], [onerror], a').length)).toBe(0);
      await expectClean(page, watch);
    } finally {
      await page.context().close();
    }
  }, 60_000);

  it('GEXF: well-formed XML that gives every string back as written', () => {
    const gexf = writeGexf(hostileGraph(), { title: `Gephi ${P.cdata}` });
    const errors: string[] = [];
    const doc = new DOMParser({
      onError: (level, msg) => {
        if (level !== 'warning') errors.push(msg);
      },
    }).parseFromString(gexf, 'text/xml');
    expect(errors).toEqual([]);
    expect(doc.getElementsByTagName('script').length).toBe(0);
    const labels = [...Array.from(doc.getElementsByTagName('node'))].map((n) => n.getAttribute('label'));
    expect(labels.sort()).toEqual([P.img, P.script, P.quotes, P.cdata].sort());
    const values = Array.from(doc.getElementsByTagName('attvalue')).map((a) => a.getAttribute('value') ?? '');
    expect(values.some((v) => v.includes(P.iframe))).toBe(true);
    expect(values.some((v) => v.includes(P.entity))).toBe(true);
  });

  it('CSV: cells starting with = + - @ tab or CR are neutralised, also inside quoted fields', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) {
      const cell = csvCell(`${lead}SUM(A1:A9)`);
      expect(cell.replace(/^"/, '').startsWith(`'${lead}`)).toBe(true);
    }
    expect(csvCell('=1+2,"x"')).toBe(`"'=1+2,""x"""`);
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('Lavrov')).toBe('Lavrov');
    const { 'nodes.csv': nodes, 'edges.csv': edges } = writeCsv(hostileGraph());
    // Every field of every row: none starts with a formula character once unquoted.
    const fields = (csv: string) => csv.match(/("(?:[^"]|"")*"|[^,\r\n]*)(?=,|\r\n)/g) ?? [];
    for (const f of [...fields(nodes), ...fields(edges)]) {
      const raw = f.startsWith('"') ? f.slice(1, -1).replace(/""/g, '"') : f;
      if (/^-?\d/.test(raw)) continue; // numbers we write (coordinates, Goldstein) stay numbers
      expect(raw).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(edges).toContain(`"'${P.formula.replace(/"/g, '""')}`);
  });
});
