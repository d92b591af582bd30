// Hostile text never breaks the extractor: whatever a document holds, extraction does not
// throw, the graph it gives passes the schema, and every offset slices the original text back
// (evidence quotes exactly, mentions inside the text). Property-based (fast-check) with a
// fixed seed, so a failure replays: the seed and the shrunk counterexample are in the report.
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { buildGraph } from '../src/graph/build.js';
import { serializeGraph, serializeGraphParts } from '../src/io/write-json.js';
import { writeCsv } from '../src/io/write-csv.js';
import { writeGexf } from '../src/io/write-gexf.js';
import { writeSvg } from '../src/io/write-svg.js';
import type { SourceDocument } from '../src/model/extraction.js';
import { validateGraphFile } from '../src/model/validate.js';

const SEED = 20240611;

/** Extracts, serialises, validates and checks every offset against the text. */
function check(text: string): void {
  const doc: SourceDocument = { id: 'd', text };
  const extraction = extractDocument(doc);
  const graph = buildGraph([extraction]);
  const json = serializeGraph(graph);
  // The writer by parts (for graphs larger than a string) gives the same bytes.
  expect([...serializeGraphParts(graph, 64)].join('')).toBe(json);
  const file = validateGraphFile(JSON.parse(json));
  expect(file.attributes.documents[0]!.chars).toBe(text.length);
  for (const n of file.nodes) {
    for (const m of n.attributes.mentions) {
      expect(m.doc).toBe('d');
      expect(m.start).toBeLessThan(m.end);
      expect(m.end).toBeLessThanOrEqual(text.length);
    }
  }
  for (const e of file.edges) {
    for (const ev of e.attributes.evidence) {
      expect(ev.start).toBeLessThanOrEqual(ev.end);
      expect(ev.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  }
  // Mentions of the extraction itself: text.slice gives back a non-empty surface form.
  for (const ent of extraction.entities) {
    for (const m of ent.mentions) expect(text.slice(m.start, m.end).length).toBe(m.end - m.start);
  }
}

// Pieces of news text and of hostile text, glued together at random.
const NEWS = [
  'Russian Foreign Minister Sergei Lavrov',
  'U.S. Secretary of State John Kerry',
  'met with',
  'criticised',
  'said',
  'the Kremlin',
  'Moscow',
  'NATO',
  'the United Nations Security Council',
  'President Vladimir Putin',
  'Kremlin spokesman Dmitry Peskov',
  'the Syrian Ambassador to Moscow, Riyad Haddad,',
  'according to',
  'warned that',
  'anti-Kurdish intervention',
  'Turkey',
  'Daesh',
  'should',
  'will',
  'did not',
  'Mr.',
  'Gen.',
  'Jan. 5',
  'WASHINGTON, Oct 9 -',
  'the Foreign Ministry of the Russian Federation',
  'Islamic State',
  'Kurds',
];
const HOSTILE = [
  '"',
  '“',
  '”',
  '„',
  '«',
  '»',
  "'",
  '’',
  '(',
  ')',
  '[',
  ']',
  '.',
  ',',
  '!',
  '?',
  '…',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  ' ',
  '\u00a0',
  '\u2028',
  '\u200b',
  '\u200f', // right-to-left mark
  '\u202e', // right-to-left override
  '\u0301', // combining acute
  '\u0308\u0308\u0308',
  '\ud800', // lone high surrogate
  '\udc00', // lone low surrogate
  '\ud83d\ude00',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\ufeff',
  'مرحبا',
  'שלום',
  'Владимир Путин',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '</script><script>window.__pwned=1</script>',
  'javascript:alert(1)',
  '&amp;',
  '=HYPERLINK("http://x")',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'U.S.',
  "O'Brien's",
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NEWS) },
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);
const hostileText = fc.array(piece, { minLength: 1, maxLength: 60 }).map((parts) => parts.join(' '));
// Joined with spaces or nothing, chosen per text (deterministic for a seed).
const gluedText = fc
  .tuple(
    fc.array(piece, { minLength: 1, maxLength: 60 }),
    fc.array(fc.constantFrom(' ', '', ', ', '. ', '\n'), { minLength: 1, maxLength: 60 }),
  )
  .map(([parts, glue]) => parts.map((p, i) => p + glue[i % glue.length]!).join(''));

describe('extraction of hostile text (property-based)', () => {
  it('never throws, gives a valid graph and exact offsets, for random glued pieces', () => {
    fc.assert(
      fc.property(gluedText, (text) => check(text)),
      { seed: SEED, numRuns: 150 },
    );
  });

  it('holds for random strings of any code units (lone surrogates, controls)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 1, maxLength: 400 }), (text) => check(text)),
      { seed: SEED, numRuns: 100 },
    );
  });

  it('holds for random sentences of known actors separated by hostile pieces', () => {
    fc.assert(
      fc.property(hostileText, (text) => check(text)),
      { seed: SEED + 1, numRuns: 100 },
    );
  });

  it('gives well-formed GEXF and SVG, and CSV, whatever the text', () => {
    const wellFormed = (xml: string) => {
      const errors: string[] = [];
      new DOMParser({
        onError: (level, msg) => {
          if (level !== 'warning') errors.push(msg);
        },
      }).parseFromString(xml, 'text/xml');
      return errors;
    };
    fc.assert(
      fc.property(hostileText, (text) => {
        const graph = buildGraph([extractDocument({ id: 'd', text, title: text.slice(0, 40) })]);
        expect(wellFormed(writeGexf(graph, { title: text.slice(0, 40) }))).toEqual([]);
        expect(wellFormed(writeSvg(graph, { title: text.slice(0, 40) }))).toEqual([]);
        writeCsv(graph);
      }),
      { seed: SEED + 2, numRuns: 40 },
    );
  });
});

/** Repeats `unit` until the text is `length` characters long (cut at the end). */
const fill = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

describe('extraction of adversarial shapes', () => {
  const cases: Array<[string, string]> = [
    ['a 100k-character line of capitalised words', fill('Alpha Bravo Charlie Delta ', 100_000)],
    ['a 100k-character line without spaces', fill('x', 100_000)],
    ['thousands of straight quotes', fill('"', 20_000)],
    ['thousands of curly quotes, unbalanced', fill('“Lavrov said “ ', 50_000)],
    ['nested brackets', `${'('.repeat(20_000)}Russia${')'.repeat(20_000)}`],
    [
      'all-caps wire copy',
      fill('RUSSIAN FOREIGN MINISTER SERGEI LAVROV MET U.S. SECRETARY OF STATE JOHN KERRY IN MOSCOW. ', 60_000),
    ],
    ['HTML fragments', fill('<p onclick="x">Putin <b>met</b> <a href="javascript:alert(1)">Erdogan</a></p>\n', 40_000)],
    ['a long run of titles', `${fill('President Minister Secretary General Ambassador Foreign ', 50_000)}Lavrov said.`],
    ['a long run of names and commas', fill('Sergei Lavrov, John Kerry, Vladimir Putin, ', 60_000)],
    ['the X of the Y of the Z', fill('the Ministry of the Council of the Committee of ', 60_000)],
    ['a long run of periods and initials', fill('J. R. R. U.S. U.N. ', 60_000)],
    ['only combining marks and RTL controls', fill('\u0301\u202e\u200f\u0308', 20_000)],
    ['lone surrogates between names', fill('Lavrov\ud800Kerry\udc00 met\ud800 ', 40_000)],
    ['CRLF and NUL controls', fill('Moscow\r\n\u0000Kerry said "no"\r\n\r\n', 40_000)],
    ['one long quotation attributed over and over', fill('"Russia supports Syria," Lavrov said. ', 60_000)],
  ];
  for (const [name, text] of cases) {
    it(`${name} (${text.length} chars)`, () => check(text));
  }
});
