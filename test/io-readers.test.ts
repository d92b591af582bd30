import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readHtml } from '../src/io/read-html.js';
import { decodeText, InputError } from '../src/io/read-bytes.js';
import { readInputs, type ReadItem } from '../src/io/read-inputs.js';
import { splitLines } from '../src/io/read-jsonl.js';
import { readMarkdown } from '../src/io/read-md.js';
import { readTxt } from '../src/io/read-txt.js';

let dir: string;
const at = (...parts: string[]) => join(dir, ...parts);

async function collect(args: string[], stdin?: Buffer[]): Promise<ReadItem[]> {
  const items: ReadItem[] = [];
  for await (const item of readInputs(args, stdin ? { stdin: Readable.from(stdin) } : {})) items.push(item);
  return items;
}
const docs = (items: ReadItem[]) => items.flatMap((i) => (i.type === 'document' ? [i.doc] : []));
const skips = (items: ReadItem[]) => items.flatMap((i) => (i.type === 'skipped' ? [i] : []));

const MD = `---
title: Kerry goes to Moscow
date: 2016-10-10
url: https://example.org/kerry
---
Kremlin spokesman Dmitry Peskov confirmed the visit.

Lavrov will meet Kerry.
`;

const HTML = `<!doctype html><html><head><title>Site | Kerry in Moscow</title>
<meta property="article:published_time" content="2016-10-10T08:00:00Z"><link rel="canonical" href="https://example.org/k"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Kerry in Moscow</h1>
<p>Kremlin spokesman Dmitry Peskov confirmed US Secretary of State John Kerry&#39;s plans for a visit to Moscow, during which he will meet with the Russian Foreign Minister Sergei Lavrov and President Vladimir Putin.</p>
<p>"Secretary of State Kerry will most likely visit Moscow, where he will have contacts with his colleague, Russian Foreign Minister Sergey Lavrov," RIA Novosti cited Peskov as saying.</p>
<p>The Russian side will be ready to discuss the most actual issues: first and foremost, Syria and the coordination of joint efforts in the promotion of the peace process.<br>It will be the first visit of its kind.</p>
<script>var tracking = "Peskov";</script>
</article>
<footer>Copyright 2016 Example News. All rights reserved. Subscribe to our newsletter.</footer></body></html>`;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-readers-'));
  mkdirSync(at('corpus', 'b'), { recursive: true });
  mkdirSync(at('corpus', 'a'));
  writeFileSync(at('corpus', 'b', 'kerry.txt'), 'Kerry visits Moscow\n\nJohn Kerry met Sergei Lavrov in Moscow.\n');
  writeFileSync(at('corpus', 'a', 'lavrov.md'), MD);
  writeFileSync(at('corpus', 'a', 'page.html'), HTML);
  writeFileSync(at('corpus', 'a', 'notes.json'), '{"not": "a document"}');
  writeFileSync(at('corpus', '.hidden.txt'), 'hidden');
  writeFileSync(
    at('corpus', 'wire.jsonl'),
    [
      '{"id": "r-1", "date": "26-FEB-1987 15:01:01.79", "title": "BAHIA COCOA REVIEW", "dateline": "SALVADOR, Feb 26", "text": "Showers continued in Bahia."}',
      '',
      '{"id": "r-2", "text": "Iran and Iraq fought.", "date": "not a date", "url": "https://example.org/r2"}',
      '{"id": "r-3", "text": ',
      '["not", "an object"]',
      '{"id": "r-4"}',
      '{"id": "r-5", "text": "  "}',
      '{"id": 6, "text": "Numeric ids are read as strings.", "dateline": "LONDON, March 3, 1987"}',
    ].join('\r\n'),
  );
  writeFileSync(at('empty.txt'), '');
  writeFileSync(at('blank.txt'), ' \n\t\n');
  writeFileSync(at('binary.txt'), Buffer.from([0x47, 0x49, 0x46, 0x00, 0x01, 0x02]));
  writeFileSync(at('latin1.txt'), Buffer.from('Caf\xe9 in Ankara', 'latin1'));
  writeFileSync(
    at('bad-lines.jsonl'),
    Buffer.concat([
      Buffer.from('{"id": "ok-1", "text": "Fine."}\n{"id": "bad", "text": "caf'),
      Buffer.from([0xe9]),
      Buffer.from('"}\n{"id": "ok-2", "text": "Also fine."}\n'),
    ]),
  );
  writeFileSync(at('README'), 'A file with no extension, named on the command line, is text.');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('readTxt', () => {
  it('keeps the whole file as text and takes a headline followed by a blank line as title', () => {
    const text = 'Kerry visits Moscow\n\nJohn Kerry met Sergei Lavrov.';
    const doc = readTxt('k', text);
    expect(doc).toEqual({ id: 'k', text, title: 'Kerry visits Moscow' });
    expect(doc.text.slice(21, 31)).toBe('John Kerry');
  });

  it('has no title without the blank line', () => {
    expect(readTxt('k', 'John Kerry met Sergei Lavrov.\nIn Moscow.').title).toBeUndefined();
  });
});

describe('readMarkdown', () => {
  it('reads title, date and url from front matter; text is the body and offsets index it', () => {
    const doc = readMarkdown('m', MD);
    expect(doc.title).toBe('Kerry goes to Moscow');
    expect(doc.date).toBe('2016-10-10');
    expect(doc.url).toBe('https://example.org/kerry');
    expect(doc.text.startsWith('Kremlin spokesman')).toBe(true);
    const start = doc.text.indexOf('Dmitry Peskov');
    expect(doc.text.slice(start, start + 13)).toBe('Dmitry Peskov');
    expect(MD.endsWith(doc.text)).toBe(true);
  });

  it('takes the first heading as title without front matter, and refuses broken front matter', () => {
    expect(readMarkdown('m', '# Talks in Ankara\n\nTurkey and Russia met.').title).toBe('Talks in Ankara');
    expect(() => readMarkdown('m', '---\ntitle: [unclosed\n---\nBody')).toThrow(InputError);
    expect(() => readMarkdown('m', '---\ntitle: Only front matter\n---\n')).toThrow(/empty document/);
  });
});

describe('readHtml', () => {
  it('keeps the main text, one paragraph per block, and drops navigation, scripts and footer', () => {
    const doc = readHtml('h', HTML);
    expect(doc.title).toBe('Kerry in Moscow');
    expect(doc.date).toBe('2016-10-10');
    expect(doc.url).toBe('https://example.org/k');
    expect(doc.text).toContain("John Kerry's plans");
    expect(doc.text).toContain('Vladimir Putin.\n\n"Secretary of State');
    expect(doc.text).toContain('peace process.\nIt will be');
    expect(doc.text).not.toMatch(/Home|Sport|Copyright|tracking/);
  });

  it('falls back to the body for a page Readability cannot use, and refuses a page without text', () => {
    expect(readHtml('s', '<p>Russia and Turkey met.</p>').text).toBe('Russia and Turkey met.');
    expect(() => readHtml('e', '<html><body><script>x()</script></body></html>')).toThrow(/no text/);
  });
});

describe('decodeText', () => {
  it('refuses empty and binary input, naming the reason; reads invalid UTF-8 as U+FFFD and says where', () => {
    expect(() => decodeText(new Uint8Array())).toThrow('empty file');
    expect(() => decodeText(Buffer.from([0x41, 0x00]))).toThrow(/binary/);
    const warnings: string[] = [];
    expect(decodeText(Buffer.from([0x41, 0x42, 0xff, 0x43]), (w) => warnings.push(w))).toBe('AB\ufffdC');
    expect(warnings).toEqual(['invalid UTF-8 at byte 2, read with U+FFFD in place of the bad bytes']);
    expect(decodeText(Buffer.from('\ufeffRussia', 'utf8'))).toBe('Russia');
  });
});

describe('splitLines', () => {
  it('splits LF and CRLF lines across chunk boundaries, numbering them', async () => {
    const chunks = [Buffer.from('a\r'), Buffer.from('\nbb\n'), Buffer.from('c'), Buffer.from('cc')];
    const lines: [number, string][] = [];
    for await (const l of splitLines(Readable.from(chunks))) lines.push([l.line, Buffer.from(l.bytes).toString()]);
    expect(lines).toEqual([
      [1, 'a'],
      [2, 'bb'],
      [3, 'ccc'],
    ]);
  });
});

describe('readInputs', () => {
  it('walks directories recursively in sorted order, reading only known formats', async () => {
    const items = await collect([at('corpus')]);
    expect(docs(items).map((d) => d.id)).toEqual(['lavrov', 'page', 'kerry', 'r-1', 'r-2', '6']);
    expect(items.filter((i) => i.type === 'end').map((i) => i.source)).toEqual(
      ['a/lavrov.md', 'a/page.html', 'b/kerry.txt', 'wire.jsonl'].map((p) => at('corpus', p)),
    );
  });

  it('does not follow a symbolic link back up the tree', async () => {
    symlinkSync('..', at('corpus', 'b', 'loop'));
    try {
      // b/loop -> corpus is walked once; its way back into b is not.
      const items = await collect([at('corpus', 'b')]);
      expect(docs(items).map((d) => d.id)).toEqual(['kerry', 'lavrov', 'page', 'r-1', 'r-2', '6']);
      expect(skips(items).filter((s) => s.reason.startsWith('duplicate'))).toEqual([]);
    } finally {
      rmSync(at('corpus', 'b', 'loop'));
    }
  });

  it('reads JSONL fields and dates, and skips each bad line with its number and reason', async () => {
    const items = await collect([at('corpus', 'wire.jsonl')]);
    const [r1, r2, r6] = docs(items);
    expect(r1).toEqual({
      id: 'r-1',
      text: 'Showers continued in Bahia.',
      title: 'BAHIA COCOA REVIEW',
      date: '1987-02-26',
    });
    expect(r2).toEqual({ id: 'r-2', text: 'Iran and Iraq fought.', url: 'https://example.org/r2' });
    expect(r6).toMatchObject({ id: '6', date: '1987-03-03' });
    expect(skips(items).map((s) => [s.line, s.reason.replace(/ \(.*/, '')])).toEqual([
      [4, 'malformed JSON'],
      [5, 'expected a JSON object {"id", "text", ...}'],
      [6, 'document "r-4": missing "text"'],
      [7, 'document "r-5": empty "text"'],
    ]);
  });

  it('skips bad files with a reason and keeps the good ones', async () => {
    const items = await collect([
      at('empty.txt'),
      at('blank.txt'),
      at('binary.txt'),
      at('latin1.txt'),
      at('missing.txt'),
      at('README'),
      at('corpus', 'b'),
    ]);
    expect(docs(items).map((d) => d.id)).toEqual(['latin1', 'README', 'kerry']);
    const reasons = Object.fromEntries(skips(items).map((s) => [s.source.slice(dir.length + 1), s.reason]));
    expect(reasons).toEqual({
      'missing.txt': 'no such file or directory',
      'empty.txt': 'empty file',
      'blank.txt': 'empty file (only whitespace)',
      'binary.txt': 'binary file (contains NUL bytes)',
    });
    const latin1 = items.find((i) => i.type === 'document' && i.doc.id === 'latin1');
    expect(latin1).toMatchObject({ warning: 'invalid UTF-8 at byte 3, read with U+FFFD in place of the bad bytes' });
  });

  it('reads an invalid UTF-8 line of a JSONL file with U+FFFD, warning with its line and byte', async () => {
    const items = await collect([at('bad-lines.jsonl')]);
    expect(docs(items).map((d) => d.id)).toEqual(['ok-1', 'bad', 'ok-2']);
    expect(skips(items)).toEqual([]);
    expect(items.find((i) => i.type === 'document' && i.line === 2)).toMatchObject({
      warning: 'invalid UTF-8 at byte 26 of the line, read with U+FFFD in place of the bad bytes',
    });
  });

  it('skips a document id seen before', async () => {
    const items = await collect([at('corpus', 'b'), at('corpus', 'b', 'kerry.txt')]);
    expect(docs(items)).toHaveLength(1);
    expect(skips(items)[0]!.reason).toMatch(/^duplicate document id "kerry" \(first read from .*kerry\.txt\)$/);
  });

  it('reads stdin: JSONL line by line, other text as one document', async () => {
    const jsonl = await collect(
      ['-'],
      [Buffer.from('  \n{"id": "s1", "text": "Russia'), Buffer.from(' met Turkey."}\n{bad\n')],
    );
    expect(docs(jsonl)).toEqual([{ id: 's1', text: 'Russia met Turkey.' }]);
    expect(skips(jsonl)).toMatchObject([{ source: '-', line: 3 }]);
    const txt = await collect(['-'], [Buffer.from('Talks\n\nRussia met Turkey.')]);
    // The id is derived from the bytes: sha256 of them, its first 12 hex digits.
    const id = `stdin-${createHash('sha256').update('Talks\n\nRussia met Turkey.').digest('hex').slice(0, 12)}`;
    expect(docs(txt)).toEqual([{ id, text: 'Talks\n\nRussia met Turkey.', title: 'Talks' }]);
    const md = await collect(['-'], [Buffer.from(MD)]);
    expect(docs(md)[0]!.title).toBe('Kerry goes to Moscow');
    expect(skips(await collect(['-'], []))).toMatchObject([{ reason: 'empty input' }]);
  });

  it('a .txt document is the file as written (CRLF, no-break spaces, astral characters kept), so offsets index the file', async () => {
    const content = 'Talks \u{1F91D}\r\n\r\nRussian\u00a0Foreign Minister Sergei Lavrov met John Kerry.\r\n';
    writeFileSync(at('crlf.txt'), content);
    const [doc] = docs(await collect([at('crlf.txt')]));
    expect(doc!.text).toBe(content);
    expect(doc!.title).toBe('Talks \u{1F91D}');
    const start = content.indexOf('Sergei');
    expect(doc!.text.slice(start, start + 13)).toBe('Sergei Lavrov');
  });
});
