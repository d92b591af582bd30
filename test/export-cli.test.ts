import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../src/cli/export.js';
import { main } from '../src/cli/main.js';
import { serializeGraph } from '../src/io/write-json.js';
import { parseGraph } from '../src/io/read-graph.js';
import { tempFile, xmllintValidate } from './fixtures/export-gexf-check.js';
import { sampleGraph } from './fixtures/export-sample.js';

interface Result {
  code: number;
  stdout: string;
  stderr: string;
}

async function exportCli(...args: string[]): Promise<Result> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array, cb?: unknown) => {
    stdout += String(chunk);
    if (typeof cb === 'function') (cb as () => void)();
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await run(args);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function graphFile(): string {
  return tempFile('graph.json', serializeGraph(sampleGraph({ a: '2015-10-01', b: '2015-10-20' })));
}

afterEach(() => vi.restoreAllMocks());

describe('diplograph export', () => {
  it('writes JSON to stdout by default', async () => {
    const file = graphFile();
    const r = await exportCli(file);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(file, 'utf8'));
    expect(r.stderr).toMatch(/^export: json, 9 nodes, 10 edges\n$/);
  });

  it('writes a valid GEXF file, the format taken from the -o extension', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'diplograph-cli-'));
    const out = join(dir, 'graph.gexf');
    const r = await exportCli(graphFile(), '-o', out, '--title', 'Kerry & Lavrov');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`-> ${out}`);
    expect(xmllintValidate(out).ok).toBe(true);
    expect(readFileSync(out, 'utf8')).toContain('<description>Kerry &amp; Lavrov</description>');
    expect(readdirSync(dir)).toEqual(['graph.gexf']); // no temp file left behind
  });

  it('rolls up and filters before writing', async () => {
    const r = await exportCli(
      graphFile(),
      '--rollup',
      '--kinds',
      'state',
      '--stances',
      'criticises,demands',
      '--format',
      'json',
      '-q',
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const g = parseGraph(r.stdout);
    expect(g.getAttribute('rollup')).toBe(true);
    expect(g.nodes().sort()).toEqual(['state:RU', 'state:TR', 'state:US']);
    expect(g.edges().sort()).toEqual([
      'stance:state:RU>state:TR:criticises',
      'stance:state:TR>state:US:demands',
      'stance:state:US>state:TR:criticises',
    ]);
    const weighted = await exportCli(graphFile(), '--min-weight', '1', '--hide-negated', '--from', '2015-10-10', '-q');
    expect(parseGraph(weighted.stdout).size).toBe(3);
  });

  it('writes CSV into a directory, with a BOM when asked', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'diplograph-cli-')), 'tables');
    const r = await exportCli(graphFile(), '--format', 'csv', '--bom', '-o', dir);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(readFileSync(join(dir, 'nodes.csv'))[0]).toBe(0xef);
    const noDir = await exportCli(graphFile(), '--format', 'csv');
    expect(noDir.code).toBe(2);
    expect(noDir.stderr).toContain('give a directory with -o DIR');
  });

  it('writes SVG with the requested size', async () => {
    const r = await exportCli(graphFile(), '--format', 'svg', '--width', '640', '--height', '480', '-q');
    expect(r.code).toBe(0);
    const svg = new DOMParser().parseFromString(r.stdout, 'image/svg+xml').documentElement!;
    expect([svg.getAttribute('width'), svg.getAttribute('height')]).toEqual(['640', '480']);
  });

  it('refuses a bad graph file with one line naming the first bad field', async () => {
    // Plain JSON: a kind no graph file type allows.
    const data = JSON.parse(serializeGraph(sampleGraph())) as { nodes: { attributes: Record<string, unknown> }[] };
    data.nodes[1]!.attributes.kind = 'country';
    const file = tempFile('bad.json', JSON.stringify(data));
    const r = await exportCli(file, '--format', 'gexf');
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${file}: graph-file: $.nodes[1].attributes.kind`);
    const missing = await exportCli(join(tmpdir(), 'no-such-graph.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/cannot read .*no-such-graph\.json: no such file/);
    const notJson = await exportCli(tempFile('x.json', '{nope'));
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('not valid JSON');
  });

  it('exits 2 on usage errors', async () => {
    expect((await exportCli()).code).toBe(2);
    expect((await exportCli(graphFile(), '--format', 'pdf')).code).toBe(2);
    expect((await exportCli(graphFile(), '--kinds', 'country')).stderr).toContain(
      '--kinds expects one of person, state, organisation, group',
    );
    expect((await exportCli(graphFile(), '--min-weight', 'x')).code).toBe(2);
    expect((await exportCli(graphFile(), '--from', '2015/10/01')).code).toBe(2);
    expect((await exportCli(graphFile(), '--bogus')).code).toBe(2);
    expect((await exportCli(graphFile(), graphFile())).code).toBe(2);
  });

  it('is reachable through the diplograph dispatcher', async () => {
    const file = graphFile();
    const out = join(mkdtempSync(join(tmpdir(), 'diplograph-cli-')), 'g.svg');
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await main(['export', file, '-o', out])).toBe(0);
    spy.mockRestore();
    expect(existsSync(out)).toBe(true);
    writeFileSync(out, ''); // keep nothing large around
  });
});
