import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGraph } from '../src/graph/build.js';
import {
  EMBEDDED_DATA_ID,
  EXTRACTOR_BLOCK_ID,
  embedGraph,
  inlineAssets,
  packageRoot,
  scriptSafeJson,
  writeStandaloneHtml,
} from '../src/io/write-html.js';
import type { GraphFile } from '../src/model/graph-file.js';
import { serializeGraph } from '../src/io/write-json.js';
import { parseGraph } from '../src/io/read-graph.js';
import { externalReferences } from './fixtures/export-html-check.js';
import { sampleGraph } from './fixtures/export-sample.js';

const TEMPLATE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <title>diplograph</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="modulepreload" crossorigin href="./assets/chunk-def.js">
    <link rel="stylesheet" crossorigin href="./assets/index-abc.css">
  </head>
  <body><div id="app"><span data-testid="counts"></span></div></body>
</html>`;

const ASSETS: Record<string, string> = {
  'assets/index-abc.js': 'const s = "</script><script>alert(1)</script>"; console.log(s);',
  'assets/index-abc.css': 'body { background: url(./bg.png); } .x { background: url(https://example.com/a.png) }',
  'assets/bg.png': '\u0089PNG',
};
const read = (p: string) => (p in ASSETS ? new TextEncoder().encode(ASSETS[p]) : undefined);

function dataBlock(html: string): { json: string; attrs: string } {
  const m = new RegExp(`<script([^>]*id="${EMBEDDED_DATA_ID}"[^>]*)>([\\s\\S]*?)</script>`).exec(html);
  expect(m).not.toBeNull();
  return { attrs: m![1]!, json: m![2]! };
}

describe('standalone HTML', () => {
  it('inlines the graph as script-safe JSON the viewer can read back', () => {
    const g = sampleGraph({ a: '2015-10-01' });
    const html = embedGraph(inlineAssets(TEMPLATE, read), g, { title: 'Kerry & Lavrov' });
    const { json, attrs } = dataBlock(html);
    expect(attrs).toContain('type="application/json"');
    expect(attrs).toContain('data-readonly="true"');
    expect(attrs).toContain('data-name="Kerry &amp; Lavrov"');
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(JSON.parse(serializeGraph(g)));
    expect(serializeGraph(parseGraph(json))).toBe(serializeGraph(g));
    expect(html).toContain('<title>Kerry &amp; Lavrov</title>');
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it('cannot be broken out of by a quote or a label', () => {
    const g = createGraph();
    const evil = '</script><script>alert("x")</script><!-- $& $1 \u2028';
    g.setAttribute('documents', [{ id: 'd', chars: 500, title: evil }]);
    g.addNode('person:a', { kind: 'person', label: evil, aliases: [], mentions: [] });
    g.addNode('person:b', { kind: 'person', label: 'B', aliases: [], mentions: [] });
    g.addDirectedEdgeWithKey('e', 'person:a', 'person:b', {
      family: 'stance',
      kind: 'meets',
      polarity: 1,
      cameo: '04',
      goldstein: 1,
      weight: 1,
      evidence: [{ doc: 'd', start: 0, end: 10, quote: evil, modality: 'asserted' }],
    });
    const html = embedGraph(TEMPLATE, g);
    // One data element, one title, the attack only as escaped data.
    expect(html.match(/<script/g)!.length).toBe(TEMPLATE.match(/<script/g)!.length + 1);
    expect(html).not.toContain('alert("x")</script>');
    expect(html).toContain(
      `<title>${evil.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')}</title>`,
    );
    const parsed = JSON.parse(dataBlock(html).json) as GraphFile;
    expect(parsed.nodes.find((n) => n.key === 'person:a')?.attributes.label).toBe(evil);
    expect(scriptSafeJson('"\u2029"')).toBe('"\\u2029"');
  });

  it('replaces an existing data block and keeps the page parseable', () => {
    const withBlock = TEMPLATE.replace(
      '</head>',
      `<script type="application/json" id="${EMBEDDED_DATA_ID}">{"old":true}</script></head>`,
    );
    const html = embedGraph(withBlock, sampleGraph(), { readonly: false });
    expect(html).not.toContain('"old"');
    expect(html.match(new RegExp(EMBEDDED_DATA_ID, 'g'))).toHaveLength(1);
    expect(dataBlock(html).attrs).not.toContain('data-readonly');
  });

  it('leaves the extractor out of a read-only page and keeps it where pasting stays possible', () => {
    const extractor = `<script type="text/plain" id="${EXTRACTOR_BLOCK_ID}">export const x = "<\\/script>";</script>`;
    const template = TEMPLATE.replace('</body>', `${extractor}\n</body>`);
    const readonly = embedGraph(template, sampleGraph());
    expect(readonly).not.toContain(EXTRACTOR_BLOCK_ID);
    expect(readonly).toContain('<div id="app">');
    expect(readonly).toMatch(/<\/div><\/body>/);
    expect(embedGraph(template, sampleGraph(), { readonly: false })).toContain(extractor);
  });

  it('inlines local scripts and styles, drops preloads and forbids the network', () => {
    const html = embedGraph(inlineAssets(TEMPLATE, read), sampleGraph());
    expect(html).not.toContain('./assets/');
    expect(html).toContain('<script type="module">const s = "<\\/script><script>alert(1)<\\/script>"');
    expect(html).toContain('url(data:image/png;base64,');
    expect(html).toMatch(
      /<meta charset="utf-8" \/>\n<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;;[^"]*connect-src &#39;none&#39;/,
    );
    // The remote url() in the CSS is emptied: nothing on the page points outside it.
    expect(html).toContain('.x { background: url(data:,) }');
    expect(externalReferences(html)).toEqual([]);
  });

  it('edits markup only: tags quoted inside the viewer code are left alone', () => {
    const code =
      'const page = `<html><head><title>x</title><link rel="stylesheet" href="./assets/index-abc.css"></head>`;';
    const template = `<!doctype html><html><head><meta charset="utf-8"><title>diplograph</title><script type="module">${code}</script></head><body></body></html>`;
    const html = embedGraph(inlineAssets(template, read), sampleGraph(), { title: 'New' });
    expect(html).toContain(`<script type="module">${code}</script>`);
    expect(html).toContain('<title>New</title>');
    const moduleEnd = html.indexOf('</script>', html.indexOf('<script type="module">'));
    expect(html.indexOf(`id="${EMBEDDED_DATA_ID}"`)).toBeGreaterThan(moduleEnd);
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
  });

  it('finds the package root from src/ (and the same walk works from dist/src/)', () => {
    const root = packageRoot();
    expect((JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name: string }).name).toBe('diplograph');
    expect(existsSync(join(root, 'src', 'io', 'write-html.ts'))).toBe(true);
    expect(() => writeStandaloneHtml(sampleGraph(), { template: TEMPLATE })).not.toThrow();
  });
});

describe('externalReferences (the check itself)', () => {
  it('finds what a page would fetch and ignores inline code and data', () => {
    const page = `<link rel="stylesheet" href="https://cdn.example/x.css"><img src='//cdn.example/a.png'>
      <script src="./app.js"></script><script>img.src = "https://in-code.example"</script>
      <style>@import "theme.css"; .a { background: url(data:image/png;base64,AA) } .b { background: url(/b.png) }</style>
      <a href="#top">top</a><img src="data:image/png;base64,AA">`;
    expect(externalReferences(page)).toEqual([
      'https://cdn.example/x.css',
      '//cdn.example/a.png',
      './app.js',
      '/b.png',
      'theme.css',
    ]);
  });
});
