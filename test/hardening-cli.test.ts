// The command on hostile files: documents over the size limit are skipped with one line (the
// others still go through, exit 1); a malformed or hand-edited graph file is refused by export,
// eval and merge with one line naming the JSON path of the first bad field.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentGraph } from '../src/graph/build.js';
import { parseGraph } from '../src/io/read-graph.js';
import { tooLarge } from '../src/io/read-jsonl.js';
import { serializeGraph } from '../src/io/write-json.js';
import { parseGraphFile } from '../src/model/validate.js';
import { extractionA } from './fixtures/export-sample.js';
import { cli } from './fixtures/cli.js';

let dir: string;
const at = (...p: string[]) => join(dir, ...p);

const ARTICLE = 'Russian Foreign Minister Sergei Lavrov met Turkish President Recep Tayyip Erdogan in Ankara.\n';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-hardening-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('document size limit (extract)', () => {
  it('skips a 6 MB file and a 6 MB JSONL line with one line each, keeps the rest, exits 1', () => {
    writeFileSync(at('small.txt'), ARTICLE);
    writeFileSync(at('huge.txt'), ARTICLE.repeat(Math.ceil(6e6 / ARTICLE.length)));
    const line = (id: string, text: string) => JSON.stringify({ id, text });
    const big = line('w2', ARTICLE.repeat(Math.ceil(6e6 / ARTICLE.length)));
    writeFileSync(at('wire.jsonl'), [line('w1', ARTICLE), big, line('w3', ARTICLE)].join('\n'));
    const r = cli(['extract', at('small.txt'), at('huge.txt'), at('wire.jsonl'), '--jobs', '1', '-o', at('out.json')]);
    expect(r.code).toBe(1);
    const skipped = r.lines.filter((l) => l.startsWith('diplograph extract: skipped'));
    expect(skipped).toEqual([
      `diplograph extract: skipped ${at('huge.txt')}: document too large (6 MB > 5 MB)`,
      `diplograph extract: skipped ${at('wire.jsonl')}:2: ${tooLarge(Buffer.byteLength(big), 5e6)}`,
    ]);
    const graph = parseGraphFile(readFileSync(at('out.json'), 'utf8'));
    expect(graph.attributes.documents.map((d) => d.id).sort()).toEqual(['small', 'w1', 'w3']);
  });

  it('--max-doc-mb sets the limit; a bad value is a usage error', () => {
    const r = cli(['extract', at('small.txt'), '--max-doc-mb', '0.00005', '--jobs', '1']);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toBe(
      `diplograph extract: skipped ${at('small.txt')}: document too large (0.000093 MB > 0.00005 MB)`,
    );
    expect(cli(['extract', at('small.txt'), '--max-doc-mb', 'lots']).code).toBe(2);
    expect(
      cli(['extract', at('small.txt'), '--max-doc-mb', '0.0001', '--jobs', '1', '--quiet', '-o', at('small.json')])
        .code,
    ).toBe(0);
    const m = cli(['mentions', at('huge.txt')]);
    expect(m.code).toBe(1);
    expect(m.lines).toEqual([`diplograph mentions: skipped ${at('huge.txt')}: document too large (6 MB > 5 MB)`]);
  });
});

// Each case breaks a valid file in a way no graph file type allows, so the file is untyped JSON here.
/* eslint-disable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access,
   @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return,
   @typescript-eslint/restrict-plus-operands -- see above */

/** A valid graph file as an object, to break by hand. */
function goodFile(): Record<string, any> {
  return JSON.parse(serializeGraph(documentGraph(extractionA())));
}

describe('hand-broken graph files', () => {
  const cases: Array<[string, (f: Record<string, any>) => unknown, string]> = [
    ['a node of an unknown kind', (f) => (f.nodes[0].attributes.kind = 'country'), '$.nodes[0].attributes.kind'],
    ['a label that is a number', (f) => (f.nodes[1].attributes.label = 42), '$.nodes[1].attributes.label'],
    [
      'evidence past the end of its document',
      (f) => (f.edges[0].attributes.evidence[0].end = 10_000),
      '$.edges[0].attributes.evidence[0].end',
    ],
    [
      'a mention past the end of its document',
      (f) => (f.nodes[2].attributes.mentions[0].end = 10_000),
      '$.nodes[2].attributes.mentions[0].end',
    ],
    ['an edge to a missing node', (f) => (f.edges[1].target = 'state:ZZ'), '$.edges[1].target'],
    [
      'a stance without polarity',
      (f) => delete f.edges.find((e: any) => e.attributes.family === 'stance').attributes.polarity,
      '.attributes.polarity',
    ],
    ['no schema version', (f) => delete f.attributes.schema, '$.attributes.schema'],
    [
      'chars that disagree with the text',
      (f) => (f.attributes.documents[0].chars += 1),
      '$.attributes.documents[0].chars',
    ],
    ['an array instead of a graph', () => [], '$'],
  ];
  /* eslint-enable @typescript-eslint/no-explicit-any, @typescript-eslint/no-unsafe-member-access,
     @typescript-eslint/no-unsafe-call, @typescript-eslint/no-unsafe-return,
     @typescript-eslint/restrict-plus-operands */

  cases.forEach(([name, breakIt, path], i) => {
    it(`export${i < 3 ? ' and eval' : ''} refuse ${name}, naming ${path}`, () => {
      const f = goodFile();
      const result = breakIt(f);
      const file = at(`bad-${name.replace(/\W+/g, '-')}.json`);
      writeFileSync(file, JSON.stringify(Array.isArray(result) ? result : f));
      // eval loads graphs as export does: a few cases are enough to show it.
      const commands = [['export', file, '--format', 'gexf']];
      if (i < 3) commands.push(['eval', file, '--gold', '../shared/corpus/gold/kerry-moscow.gold.json']);
      for (const args of commands) {
        const r = cli(args);
        expect(r.code, `${args[0]}: ${r.stderr}`).toBe(1);
        expect(r.lines).toHaveLength(1);
        expect(r.lines[0]).toContain(`diplograph ${args[0]}: ${file}: graph-file: `);
        expect(r.lines[0]).toContain(path);
        expect(r.stdout).toBe('');
      }
    });
  });

  it('refuses truncated JSON, an empty file and binary junk with one line', () => {
    const good = JSON.stringify(goodFile());
    const files: Record<string, string | Buffer> = {
      'truncated.json': good.slice(0, good.length / 2),
      'empty.json': '',
      'junk.json': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0xff]),
    };
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(at(name), content);
      const r = cli(['export', at(name), '--format', 'gexf']);
      expect(r.code).toBe(1);
      expect(r.lines).toHaveLength(1);
      expect(r.lines[0]).toMatch(new RegExp(`^diplograph export: .*${name}: not valid JSON`));
    }
  });

  it('a __proto__ key in a graph file pollutes no prototype', () => {
    const text = serializeGraph(documentGraph(extractionA())).replace(
      '"aliases"',
      '"__proto__": {"polluted": "yes"}, "aliases"',
    );
    expect(text).toContain('__proto__');
    parseGraph(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });
});
