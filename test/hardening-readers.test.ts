// Hostile input files: front matter that would run code, lines built to make regular
// expressions backtrack, and documents too large to hold. Each is refused with one reason or
// read in linear time; the documents around it still go through.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../src/io/read-bytes.js';
import { readHtml } from '../src/io/read-html.js';
import { readInputs, type ReadItem } from '../src/io/read-inputs.js';
import { splitLines, tooLarge } from '../src/io/read-jsonl.js';
import { readMarkdown } from '../src/io/read-md.js';
import { headline, readTxt } from '../src/io/read-txt.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-hardening-readers-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function collect(args: string[], options: Parameters<typeof readInputs>[1] = {}): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(args, options)) items.push(item);
  return items;
}
const ids = (items: ReadItem[]) => items.flatMap((i) => (i.type === 'document' ? [i.doc.id] : []));
const skips = (items: ReadItem[]) =>
  items.flatMap((i) => (i.type === 'skipped' ? [{ line: i.line, reason: i.reason }] : []));

/** Milliseconds taken by `f`. */
function timed(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

describe('Markdown front matter', () => {
  it('never runs JavaScript front matter (gray-matter evaluates ---js)', () => {
    const g = globalThis as { __pwned?: unknown };
    delete g.__pwned;
    for (const lang of ['js', 'javascript', 'JS', 'coffee', ' js ']) {
      const md = `---${lang}\n{ title: (globalThis.__pwned = 'yes', 'T') }\n---\nRussia criticised Turkey.\n`;
      expect(() => readMarkdown('m', md)).toThrow(InputError);
      expect(() => readMarkdown('m', md)).toThrow(/front matter in ".*" is not supported/);
    }
    expect(g.__pwned).toBeUndefined();
  });

  it('reads YAML and JSON front matter, and bodies after a comment-only block', () => {
    expect(readMarkdown('m', '---\ntitle: A\ndate: 2016-10-10\n---\nBody.')).toMatchObject({
      title: 'A',
      date: '2016-10-10',
      text: 'Body.',
    });
    expect(readMarkdown('m', '---yaml\ntitle: B\n---\r\nBody.')).toMatchObject({ title: 'B', text: 'Body.' });
    expect(readMarkdown('m', '---json\n{"title": "C"}\n---\nBody.')).toMatchObject({ title: 'C', text: 'Body.' });
    expect(readMarkdown('m', '---\n# only a comment\n---\n# Heading\nBody.')).toMatchObject({
      title: 'Heading',
      text: '# Heading\nBody.',
    });
    expect(readMarkdown('m', '---\n- a list\n---\nBody.').title).toBeUndefined();
    expect(() => readMarkdown('m', `---\n${'['.repeat(50_000)}\n---\nBody.`)).toThrow(InputError);
  });

  it('reads blank-line floods and long heading lines in linear time', () => {
    const blank = `---\n${'\n'.repeat(200_000)}title: x\n---\nBody.`;
    expect(timed(() => expect(readMarkdown('m', blank).title).toBe('x'))).toBeLessThan(2000);
    const heading = `# a${' '.repeat(200_000)}b\n\nBody.`;
    expect(timed(() => expect(readMarkdown('m', heading).title).toBe(`a${' '.repeat(200_000)}b`))).toBeLessThan(2000);
    const hashes = `# ${'#'.repeat(200_000)}x ${'#'.repeat(200_000)}\nBody.`;
    expect(timed(() => readMarkdown('m', hashes))).toBeLessThan(2000);
    expect(() => readMarkdown('m', `---\ntitle: ${'x'.repeat(300_000)}\n---\nBody.`)).toThrow(/front matter too long/);
  });
});

describe('HTML', () => {
  it('reads a page of 20,000 nested elements (a recursive walk overflowed the stack) in reasonable time', () => {
    const n = 20_000;
    const html = `<html><body>${'<div>'.repeat(n)}<p>Russia met Turkey.</p>${'</div>'.repeat(n)}<p>Iran met Iraq.</p></body></html>`;
    let text = '';
    expect(timed(() => (text = readHtml('h', html).text))).toBeLessThan(5000);
    expect(text).toBe('Russia met Turkey.\n\nIran met Iraq.');
  });

  it('never runs the scripts of a page, and drops them from the text', () => {
    const g = globalThis as { __pwned?: unknown };
    const doc = readHtml(
      'h',
      `<p>Russia met Turkey.</p><script>globalThis.__pwned = 1</script><img src=x onerror="globalThis.__pwned = 2"><p>Iran met Iraq.</p>`,
    );
    expect(doc.text).toBe('Russia met Turkey.\n\nIran met Iraq.');
    expect(g.__pwned).toBeUndefined();
  });
});

describe('plain-text headline', () => {
  /** The regular expression the scanner replaced, as the reference on short inputs. */
  const REFERENCE = /^[ \t]*([^\r\n]{1,300}?)[ \t]*\r?\n[ \t]*\r?\n/;
  const reference = (text: string) => {
    const m = REFERENCE.exec(text);
    return m && m[1]!.trim() !== '' ? m[1]!.trim() : undefined;
  };

  it('agrees with the old regular expression on random short texts', () => {
    const unit = fc.constantFrom(' ', '\t', '\r', '\n', 'a', 'B', '\u00a0', '.', '#');
    const text = fc.array(unit, { maxLength: 40 }).map((u) => u.join(''));
    fc.assert(
      fc.property(text, (t) => headline(t) === reference(t)),
      { seed: 7, numRuns: 2000 },
    );
    expect(headline(`${'x'.repeat(300)}\n\nBody`)).toBe('x'.repeat(300));
    expect(headline(`${'x'.repeat(301)}\n\nBody`)).toBeUndefined();
  });

  it('is linear on a first line of 1M spaces (the regex took minutes)', () => {
    expect(timed(() => readTxt('t', `${' '.repeat(1_000_000)}\nfoo`))).toBeLessThan(500);
  });
});

describe('document size limit', () => {
  const max = 1000;

  it('skips a JSONL line above the limit without holding it, and reads the lines around it', async () => {
    const big = JSON.stringify({ id: 'big', text: 'x'.repeat(5000) });
    const path = join(dir, 'wire.jsonl');
    writeFileSync(
      path,
      [
        JSON.stringify({ id: 'a', text: 'Russia met Turkey.' }),
        big,
        JSON.stringify({ id: 'b', text: 'Iran met Iraq.' }),
      ].join('\n'),
    );
    const items = await collect([path], { maxDocumentBytes: max });
    expect(ids(items)).toEqual(['a', 'b']);
    expect(skips(items)).toEqual([{ line: 2, reason: 'document too large (0.005 MB > 0.001 MB)' }]);
  });

  it('splitLines drops an overlong line chunk by chunk, also at the end of a file without a newline', async () => {
    const chunks = [
      Buffer.from('ok\n'),
      Buffer.from('y'.repeat(700)),
      Buffer.from('y'.repeat(700)),
      Buffer.from('y\r\nok2\n'),
      Buffer.from('z'.repeat(3000)),
    ];
    const lines = [];
    for await (const l of splitLines(Readable.from(chunks), max))
      lines.push({ line: l.line, text: Buffer.from(l.bytes).toString(), tooLong: l.tooLong });
    expect(lines).toEqual([
      { line: 1, text: 'ok', tooLong: undefined },
      { line: 2, text: '', tooLong: 1401 },
      { line: 3, text: 'ok2', tooLong: undefined },
      { line: 4, text: '', tooLong: 3000 },
    ]);
  });

  it('skips a whole file above the limit before reading it, and stdin above the limit', async () => {
    writeFileSync(join(dir, 'big.txt'), 'Russia met Turkey. '.repeat(100));
    writeFileSync(join(dir, 'small.txt'), 'Russia met Turkey.');
    const items = await collect([join(dir, 'big.txt'), join(dir, 'small.txt')], { maxDocumentBytes: max });
    expect(ids(items)).toEqual(['small']);
    expect(skips(items)).toEqual([{ line: undefined, reason: 'document too large (0.0019 MB > 0.001 MB)' }]);
    const stdin = await collect(['-'], {
      maxDocumentBytes: max,
      stdin: Readable.from([Buffer.from('Talks\n\n'), Buffer.from('x '.repeat(2000))]),
    });
    expect(skips(stdin)).toEqual([{ line: undefined, reason: 'document too large (0.004 MB > 0.001 MB)' }]);
  });

  it('formats sizes in MB', () => {
    expect(tooLarge(52_428_800, 5_000_000)).toBe('document too large (52.4 MB > 5 MB)');
  });
});
