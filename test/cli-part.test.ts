// `extract --part I/N`: every process is given the same inputs and keeps its share; the shares
// are disjoint, cover the corpus, and merge (in any order or tree) into the bytes of one run.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageError } from '../src/cli/args.js';
import { parsePart, partOf } from '../src/cli/part.js';
import { parseGraphFile } from '../src/model/validate.js';
import { cli } from './fixtures/cli.js';

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);
const read = (path: string) => readFileSync(path, 'utf8');

const ids = (path: string) => parseGraphFile(read(path)).attributes.documents.map((d) => d.id);

// Small articles of our own. With 4 parts: ankara, wire-1, wire-4 and geneva fall in part 2,
// wire-2 in part 0, brussels, wire-3, empty and image in part 3; part 1 holds nothing.
const ANKARA = `Russia and Turkey agree on talks

Russian Foreign Minister Sergei Lavrov met Turkish President Recep Tayyip Erdogan in Ankara on Monday.
`;
const BRUSSELS = `---
title: NATO ministers meet
date: 12 March 2016
---
NATO Secretary General Jens Stoltenberg met German Chancellor Angela Merkel in Brussels.
`;
const GENEVA = `<html><body><article>
<p>Iran and the United States held talks in Geneva on Tuesday.</p>
</article></body></html>`;
const WIRE = [
  { id: 'wire-1', text: 'Iran accused Iraq of attacking its oil terminals in the Gulf, Tehran radio said.' },
  { id: 'wire-2', text: 'Japan and the United States agreed to hold trade talks in Tokyo next month.' },
  { id: 'wire-3', text: 'Lavrov said Russia would not accept new sanctions imposed by the European Union.' },
  { id: 'wire-4', text: 'China criticised Japan over the disputed islands, Beijing said.' },
].map((o) => JSON.stringify(o));
const EXPECTED_PARTS = [['wire-2'], [], ['ankara', 'geneva', 'wire-1', 'wire-4'], ['brussels', 'wire-3']];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-part-'));
  mkdirSync(at('corpus', 'more'), { recursive: true });
  writeFileSync(at('corpus', 'ankara.txt'), ANKARA);
  writeFileSync(at('corpus', 'more', 'brussels.md'), BRUSSELS);
  writeFileSync(at('corpus', 'geneva.html'), GENEVA);
  // Line 3 is broken: its id is unknown, so its file and line decide which part reports it.
  writeFileSync(
    at('corpus', 'wire.jsonl'),
    [WIRE[0], WIRE[1], '{"id": "broken", "text": ', WIRE[2], WIRE[3], ''].join('\n'),
  );
  writeFileSync(at('corpus', 'empty.txt'), '');
  writeFileSync(at('corpus', 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('partOf and parsePart', () => {
  it('hash the UTF-8 id as documented: the first 4 bytes of its SHA-1, big-endian, modulo N', () => {
    // Values from Python: int(hashlib.sha1(id.encode()).hexdigest()[:8], 16)
    expect(partOf('kerry-moscow', 2 ** 32)).toBe(2907299050);
    expect(partOf('Ünïcode-id', 2 ** 32)).toBe(2396504223);
    expect(partOf('Ünïcode-id', 4)).toBe(3);
    expect(partOf('anything', 1)).toBe(0);
  });

  it('reads I/N with 0 <= I < N and names the bad value otherwise', () => {
    expect(parsePart(undefined)).toBeUndefined();
    expect(parsePart('0/1')).toEqual({ index: 0, count: 1 });
    expect(parsePart('3/4')).toEqual({ index: 3, count: 4 });
    for (const bad of ['5/4', '4/4', '-1/4', '1/0', '0/0', '1', '1/2/3', 'a/b', '', '1.5/4']) {
      expect(() => parsePart(bad)).toThrow(UsageError);
      expect(() => parsePart(bad)).toThrow(`--part expects I/N with 0 <= I < N, got "${bad}"`);
    }
  });
});

describe('diplograph extract --part', () => {
  it('usage errors exit 2 with one line naming the value', () => {
    const r = cli(['extract', at('corpus', 'ankara.txt'), '--part', '5/4']);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toBe('diplograph extract: --part expects I/N with 0 <= I < N, got "5/4"');
    expect(cli(['extract', at('corpus'), '--part', '0/2', '--shard', at('shards')]).code).toBe(2);
  }, 120_000);

  it('splits a corpus into disjoint parts that cover it and merge, in any order or tree, into one run', () => {
    const one = cli(['extract', at('corpus'), '-q', '-o', at('one.json')]);
    expect(one.code).toBe(1);
    const runs = EXPECTED_PARTS.map((_, i) =>
      cli(['extract', at('corpus'), '--part', `${i}/4`, '-o', at(`part-${i}.json`)]),
    );
    EXPECTED_PARTS.forEach((expected, i) => {
      expect(ids(at(`part-${i}.json`))).toEqual(expected);
      expect(runs[i]!.lines.at(-1)).toMatch(new RegExp(`; part ${i}/4(; \\d+ skipped)?; \\d+ nodes?, \\d+ edges? -> `));
    });
    // Every problem is reported by exactly one part, and the part that reports one exits 1.
    const skips = runs.flatMap((r) => r.lines.filter((l) => l.includes(': skipped ')));
    expect(skips.sort()).toEqual(one.lines.filter((l) => l.includes(': skipped ')).sort());
    expect(skips).toHaveLength(3);
    for (const r of runs) expect(r.code).toBe(r.lines.some((l) => l.includes(': skipped ')) ? 1 : 0);

    // In any order, and as a tree: a merged graph merges again with the rest.
    const parts = [0, 1, 2, 3].map((i) => at(`part-${i}.json`));
    expect(cli(['merge', parts[2]!, parts[0]!, '-q', '-o', at('left.json')]).code).toBe(0);
    expect(cli(['merge', parts[3]!, at('left.json'), parts[1]!, '-q']).stdout).toBe(read(at('one.json')));
  }, 300_000);

  it('reports only its own bad files, and an empty part is an empty graph', () => {
    const files = [at('corpus', 'ankara.txt'), at('corpus', 'more', 'brussels.md'), at('corpus', 'image.txt')];
    const one = cli(['extract', ...files, '-q', '-o', at('files-one.json')]);
    const runs = [0, 1, 2, 3].map((i) =>
      cli(['extract', ...files, '-q', '--part', `${i}/4`, '-o', at(`files-${i}.json`)]),
    );
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 1]);
    // image.txt (part 3) is read, and refused, by part 3 alone.
    expect(runs[3]!.lines).toEqual(one.lines);
    expect(runs.slice(0, 3).flatMap((r) => r.lines)).toEqual([]);
    expect(ids(at('files-1.json'))).toEqual([]);
    const merged = cli(['merge', ...[3, 2, 1, 0].map((i) => at(`files-${i}.json`)), '-q']);
    expect(merged.stdout).toBe(read(at('files-one.json')));
  }, 300_000);
});
