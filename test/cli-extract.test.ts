// The compiled command, run as users run it (dist/ is built once by test/global-setup.ts).
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseGraphFile } from '../src/model/validate.js';
import { cli } from './fixtures/cli.js';

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

const read = (path: string) => readFileSync(path, 'utf8');

// Small articles of our own, in each input format.
const ANKARA = `Russia and Turkey agree on talks

Russian Foreign Minister Sergei Lavrov met Turkish President Recep Tayyip Erdogan in Ankara on Monday. Lavrov said Moscow would support the talks on Syria.
`;
const BRUSSELS = `---
title: NATO ministers meet
date: 12 March 2016
---
NATO Secretary General Jens Stoltenberg met German Chancellor Angela Merkel in Brussels. Germany criticised Russia over the annexation of Crimea.
`;
const WIRE = [
  {
    id: 'wire-1',
    date: '26-FEB-1987 15:01:01.79',
    title: 'IRAN, IRAQ',
    text: 'Iran accused Iraq of attacking its oil terminals in the Gulf, Tehran radio said.',
  },
  {
    id: 'wire-2',
    date: '27-FEB-1987 09:00:00.00',
    text: 'Japan and the United States agreed to hold trade talks in Tokyo next month, Japanese officials said.',
  },
  { id: 'wire-3', text: 'Lavrov said Russia would not accept new sanctions imposed by the European Union.' },
]
  .map((o) => JSON.stringify(o))
  .join('\n');

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-cli-'));
  mkdirSync(at('corpus', 'more'), { recursive: true });
  writeFileSync(at('corpus', 'ankara.txt'), ANKARA);
  writeFileSync(at('corpus', 'more', 'brussels.md'), BRUSSELS);
  writeFileSync(at('corpus', 'wire.jsonl'), `${WIRE}\n`);
  mkdirSync(at('bad'));
  writeFileSync(at('bad', 'ankara.txt'), ANKARA);
  writeFileSync(at('bad', 'empty.txt'), '');
  writeFileSync(at('bad', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  writeFileSync(at('bad', 'latin1.txt'), Buffer.from('Caf\xe9 diplomacy', 'latin1'));
  writeFileSync(at('bad', 'wire.jsonl'), `${WIRE.split('\n')[0]}\n{"id": "broken", "text": \n${WIRE.split('\n')[1]}\n`);
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('diplograph --help', () => {
  it('lists the commands, and every command of ours prints its usage', () => {
    const top = cli(['--help']);
    expect(top.code).toBe(0);
    for (const name of ['extract', 'merge', 'mentions']) {
      expect(top.stdout).toMatch(new RegExp(`^  ${name} +\\S`, 'm'));
      const r = cli([name, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout.startsWith(`Usage: diplograph ${name} `)).toBe(true);
    }
    expect(cli([]).code).toBe(2);
    expect(cli(['extrakt']).code).toBe(2);
  });
});

describe('diplograph extract', () => {
  it('writes a valid graph to stdout, with the documents and their metadata', () => {
    const r = cli(['extract', at('corpus'), '--jobs', '1']);
    expect(r.code).toBe(0);
    const file = parseGraphFile(r.stdout);
    expect(file.attributes.documents.map((d) => [d.id, d.title, d.date])).toEqual([
      ['ankara', 'Russia and Turkey agree on talks', undefined],
      ['brussels', 'NATO ministers meet', '2016-03-12'],
      ['wire-1', 'IRAN, IRAQ', '1987-02-26'],
      ['wire-2', undefined, '1987-02-27'],
      ['wire-3', undefined, undefined],
    ]);
    expect(file.attributes.documents[0]!.text).toBe(ANKARA);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toMatch(/^extract: 5 documents, .* MB\/s\), peak RSS \d+ MB; \d+ nodes?, \d+ edges?$/);
  });

  it('evidence and mentions index the document text', () => {
    const file = parseGraphFile(cli(['extract', at('corpus'), '-j', '1', '-q']).stdout);
    const texts = new Map(file.attributes.documents.map((d) => [d.id, d.text!]));
    const mentions = file.nodes.flatMap((n) => n.attributes.mentions);
    expect(mentions.length).toBeGreaterThan(0);
    for (const m of mentions) expect(texts.get(m.doc)!.slice(m.start, m.end).trim()).not.toBe('');
    for (const e of file.edges)
      for (const ev of e.attributes.evidence) expect(texts.get(ev.doc)!.slice(ev.start, ev.end)).toBe(ev.quote);
  });

  it('reads stdin', () => {
    const r = cli(['extract', '-', '-q'], ANKARA);
    expect(r.code).toBe(0);
    const file = parseGraphFile(r.stdout);
    // The id comes from the bytes: two articles piped in by two runs cannot share one.
    expect(file.attributes.documents).toMatchObject([
      { title: 'Russia and Turkey agree on talks', chars: ANKARA.length },
    ]);
    expect(file.attributes.documents[0]?.id).toMatch(/^stdin-[0-9a-f]{12}$/);
    // (the same bytes give the same id: test/io-readers.test.ts; two texts merge apart: test/safe-input.test.ts)
    const jsonl = parseGraphFile(cli(['extract', '-', '-q'], WIRE).stdout);
    expect(jsonl.attributes.documents.map((d) => d.id)).toEqual(['wire-1', 'wire-2', 'wire-3']);
  });

  it('is deterministic: the same input gives the same bytes, with any number of workers', () => {
    const one = cli(['extract', at('corpus'), '--jobs', '1', '--layout', '-o', at('one.json')]);
    const two = cli(['extract', at('corpus'), '--jobs', '2', '--layout', '-o', at('two.json')]);
    expect([one.code, two.code]).toEqual([0, 0]);
    expect(read(at('two.json'))).toBe(read(at('one.json')));
    const file = parseGraphFile(read(at('one.json')));
    for (const { attributes: a } of file.nodes) {
      expect([typeof a.x, typeof a.y, typeof a.size, typeof a.color]).toEqual(['number', 'number', 'number', 'string']);
    }
  });

  it('writes every format, by --format or by the -o extension', () => {
    expect(cli(['extract', at('corpus'), '-q', '-o', at('out', 'g.gexf')]).code).toBe(0);
    expect(read(at('out', 'g.gexf'))).toMatch(/^<\?xml[^>]*>\s*<gexf /);
    expect(
      cli([
        'extract',
        at('corpus'),
        '-q',
        '--format',
        'svg',
        '--width',
        '400',
        '--height',
        '300',
        '-o',
        at('out', 'g.img'),
      ]).code,
    ).toBe(0);
    expect(read(at('out', 'g.img'))).toMatch(/<svg[^>]*width="400"/);
    expect(cli(['extract', at('corpus'), '-q', '-o', at('out', 'g.html')]).code).toBe(0);
    expect(read(at('out', 'g.html'))).toMatch(/^<!doctype html>/i);
    expect(cli(['extract', at('corpus'), '-q', '--format', 'csv', '--bom', '-o', at('out', 'csv')]).code).toBe(0);
    expect(readdirSync(at('out', 'csv')).sort()).toEqual(['edges.csv', 'nodes.csv']);
    expect(read(at('out', 'csv', 'nodes.csv')).startsWith('\ufeff')).toBe(true);
    // No temporary files are left behind by the atomic writes.
    expect(readdirSync(at('out')).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });

  it('--no-text leaves the texts out', () => {
    const file = parseGraphFile(cli(['extract', at('corpus'), '-q', '--no-text']).stdout);
    expect(file.attributes.documents.every((d) => d.text === undefined && d.chars > 0)).toBe(true);
  });

  it('--rollup folds people into the states they serve', () => {
    const plain = parseGraphFile(cli(['extract', at('corpus', 'ankara.txt'), '-q']).stdout);
    expect(plain.nodes.map((n) => n.key)).toContain('person:sergei-lavrov');
    const file = parseGraphFile(cli(['extract', at('corpus', 'ankara.txt'), '-q', '--rollup']).stdout);
    expect(file.attributes.rollup).toBe(true);
    expect(file.nodes.map((n) => n.key)).not.toContain('person:sergei-lavrov');
    expect(file.nodes.map((n) => n.key)).toContain('state:RU');
  });

  it('skips bad inputs with one line each, still writes the good documents, and exits 1', () => {
    const r = cli(['extract', at('bad'), at('missing.txt'), '-o', at('partial.json')]);
    expect(r.code).toBe(1);
    const skipped = r.lines.filter((l) => l.startsWith('diplograph extract: skipped '));
    expect(skipped).toEqual([
      `diplograph extract: skipped ${at('missing.txt')}: no such file or directory`,
      `diplograph extract: skipped ${at('bad', 'empty.txt')}: empty file`,
      `diplograph extract: skipped ${at('bad', 'image.txt')}: binary file (contains NUL bytes)`,
      expect.stringMatching(
        new RegExp(`^diplograph extract: skipped ${at('bad', 'wire.jsonl')}:2: malformed JSON \\(.+\\)$`),
      ),
    ]);
    // A bad byte is read as U+FFFD, with a warning naming the file and the byte; the article stays.
    expect(r.lines.filter((l) => l.includes('warning'))).toEqual([
      `diplograph extract: warning: ${at('bad', 'latin1.txt')}: invalid UTF-8 at byte 3, read with U+FFFD in place of the bad bytes`,
    ]);
    expect(r.lines.at(-1)).toMatch(/^extract: 4 documents, .*; 4 skipped; \d+ nodes?, \d+ edges? -> /);
    expect(r.lines).toHaveLength(6);
    const file = parseGraphFile(read(at('partial.json')));
    expect(file.attributes.documents.map((d) => d.id)).toEqual(['ankara', 'latin1', 'wire-1', 'wire-2']);
    expect(file.attributes.documents[1]!.text).toContain('\ufffd');
  });

  it('exits 1 without output when nothing could be read', () => {
    const r = cli(['extract', at('bad', 'empty.txt'), '-o', at('none.json')]);
    expect(r.code).toBe(1);
    expect(r.lines.at(-1)).toBe('diplograph extract: no documents to extract');
    expect(existsSync(at('none.json'))).toBe(false);
  });

  it.each([
    [['extract'], /no input/],
    [['extract', 'x.txt', '--jobs', '0'], /--jobs expects an integer >= 1/],
    [['extract', 'x.txt', '--format', 'pdf'], /--format expects one of json, /],
    [['extract', 'x.txt', '--frobnicate'], /Unknown option '--frobnicate'/],
    [['extract', '-', '-'], /stdin/],
  ])('usage error %j exits 2', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toMatch(message);
    expect(r.lines[1]).toBe('Run `diplograph extract --help` for the options.');
  });

  it('a multi-file format needs -o DIR', () => {
    const r = cli(['extract', at('corpus'), '-q', '--format', 'csv']);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toMatch(/csv writes several files/);
  });
});

describe('diplograph mentions', () => {
  it('prints one JSON line per mention; text is the slice of the document', () => {
    const r = cli(['mentions', at('corpus', 'ankara.txt')]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.length).toBeGreaterThan(2);
    for (const m of lines) {
      expect(Object.keys(m)).toEqual(['doc', 'start', 'end', 'text', 'kind', 'form', 'entity']);
      expect(ANKARA.slice(m.start as number, m.end as number)).toBe(m.text);
    }
    expect(lines.map((m) => m.start as number)).toEqual([...lines.map((m) => m.start as number)].sort((a, b) => a - b));
    expect(lines.some((m) => m.entity === 'state:RU')).toBe(true);
  });

  it('skips bad input with one line and exits 1; reads stdin', () => {
    const r = cli(['mentions', at('bad', 'empty.txt'), at('corpus', 'ankara.txt')]);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([`diplograph mentions: skipped ${at('bad', 'empty.txt')}: empty file`]);
    expect(r.stdout).toContain('"doc":"ankara"');
    expect(cli(['mentions', '-'], WIRE).stdout).toContain('"doc":"wire-2"');
  });
});

describe('diplograph merge', () => {
  it('shards from --shard merge into the bytes of one run, in any order', () => {
    const sharded = cli(['extract', at('corpus'), '--shard', at('shards'), '-j', '2']);
    expect(sharded.code).toBe(0);
    expect(sharded.stdout).toBe('');
    // Each shard is named after its input and a digest of its bytes.
    const names = readdirSync(at('shards')).sort();
    expect(names).toHaveLength(3);
    expect(names.map((n) => n.replace(/-[0-9a-f]{12}\.json$/, ''))).toEqual(['ankara', 'brussels', 'wire']);
    const shard = (name: string) =>
      at(
        'shards',
        names.find((n) => n.startsWith(`${name}-`))!,
      );
    const alone = cli(['extract', at('corpus'), '-q', '-o', at('alone.json')]);
    expect(alone.code).toBe(0);
    const forward = cli(['merge', at('shards'), '-o', at('merged.json')]);
    expect(forward.code).toBe(0);
    expect(forward.lines).toEqual([
      expect.stringMatching(/^merge: 3 graphs, 5 documents -> \d+ nodes?, \d+ edges? in /),
    ]);
    expect(read(at('merged.json'))).toBe(read(at('alone.json')));
    const backward = cli(['merge', shard('wire'), shard('brussels'), shard('ankara'), '-q']);
    expect(backward.stdout).toBe(read(at('alone.json')));
    // Merging a merged graph again with one of its parts changes nothing.
    const again = cli(['merge', at('merged.json'), shard('brussels'), '-q']);
    expect(again.stdout).toBe(read(at('alone.json')));
  });

  it('skips an invalid graph file naming the first bad field, and exits 1', () => {
    const good = parseGraphFile(cli(['extract', at('corpus', 'ankara.txt'), '-q']).stdout);
    writeFileSync(at('good.json'), JSON.stringify(good));
    writeFileSync(
      at('broken.json'),
      JSON.stringify({ ...good, nodes: [{ key: 'state:RU', attributes: { kind: 'country' } }] }),
    );
    writeFileSync(at('notjson.json'), '{"nodes": [');
    const r = cli(['merge', at('good.json'), at('broken.json'), at('notjson.json'), at('nope.json'), '-q']);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      `diplograph merge: skipped ${at('nope.json')}: no such file or directory`,
      expect.stringMatching(
        new RegExp(
          `^diplograph merge: skipped ${at('broken.json')}: graph-file: \\$\\.nodes\\[0\\]\\.attributes\\.kind: `,
        ),
      ),
      expect.stringMatching(new RegExp(`^diplograph merge: skipped ${at('notjson.json')}: not valid JSON`)),
    ]);
    expect(parseGraphFile(r.stdout).attributes.documents.map((d) => d.id)).toEqual(['ankara']);
  });

  it('refuses a roll-up view', () => {
    cli(['extract', at('corpus', 'ankara.txt'), '-q', '--rollup', '-o', at('rolled.json')]);
    const r = cli(['merge', at('rolled.json'), '-q']);
    expect(r.code).toBe(1);
    expect(r.lines[0]).toMatch(/roll-up/);
    // Beside a full graph, the roll-up is skipped (named, exit 1) and the rest is merged.
    cli(['extract', at('corpus', 'ankara.txt'), '-q', '-o', at('full.json')]);
    const both = cli(['merge', at('full.json'), at('rolled.json'), '-q', '-o', at('both.json')]);
    expect(both.code).toBe(1);
    expect(both.lines.some((l) => l.includes('rolled.json') && /roll-up/.test(l))).toBe(true);
    expect(parseGraphFile(readFileSync(at('both.json'), 'utf8')).nodes.length).toBeGreaterThan(0);
  });

  it('usage errors exit 2', () => {
    expect(cli(['merge']).code).toBe(2);
    expect(cli(['merge', 'a.json', '--format', 'xml']).code).toBe(2);
  });
});
