// Inputs that used to corrupt or mislead: evidence of a text without sentence ends (bounded,
// offsets kept), documents with one id and two texts (merge refuses them, naming both files),
// and wrong arguments (each a usage error or a failure with one clear line, never an empty or
// mislabelled output that exits 0).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVIDENCE_CONTEXT_CHARS, EVIDENCE_MAX_CHARS, evidenceSpan } from '../src/extract/evidence.js';
import { extractDocument } from '../src/extract/index.js';
import { buildGraph } from '../src/graph/build.js';
import { MAX_SENTENCE_CHARS, paragraphs, quotations, segment } from '../src/extract/segment.js';
import { cli } from './fixtures/cli.js';

let dir: string;
const at = (...p: string[]) => join(dir, ...p);

/** Our own words, with every full stop left out: one sentence however long it runs. */
const RUN_ON =
  'Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Moscow and the two men discussed ' +
  'the war in Syria while Turkey criticised the Kurdish militias and Iran said it supported the government in ' +
  'Damascus, and he said that Washington would impose sanctions on Pyongyang if North Korea threatened Japan ';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-safe-input-'));
  writeFileSync(at('a.txt'), 'Russia criticised Turkey over the talks.\n');
  writeFileSync(at('b.txt'), 'Iran met Iraq in Baghdad on Monday.\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('evidence of long sentences', () => {
  it('keeps a sentence up to the limit whole, and cuts a longer one at a clause mark or a space around its focus', () => {
    const short = 'Russia criticised Turkey.';
    expect(evidenceSpan(short, { start: 0, end: short.length }, [{ start: 7, end: 17 }])).toEqual({
      start: 0,
      end: short.length,
    });
    const text = `${'word '.repeat(300)}Russia criticised Turkey, ${'and more words '.repeat(100)}`;
    const cue = text.indexOf('criticised');
    const span = evidenceSpan(text, { start: 0, end: text.length }, [{ start: cue, end: cue + 10 }]);
    expect(span.end - span.start).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS);
    expect(span.start).toBeLessThanOrEqual(cue);
    expect(span.end).toBeGreaterThanOrEqual(cue + 10);
    // No word is cut: each end lies at a space or a clause mark.
    expect(/\s/.test(text[span.start - 1]!) || text[span.start - 1] === ',').toBe(true);
    expect(/[\s,]/.test(text[span.end]!) || text[span.end - 1] === ',').toBe(true);
  });

  it('quotes the focus of an over-long sentence with a little context, not the most that would fit', () => {
    const text = `${'word '.repeat(300)}Russia criticised Turkey ${'and more words '.repeat(100)}`;
    const cue = text.indexOf('criticised');
    const span = evidenceSpan(text, { start: 0, end: text.length }, [{ start: cue, end: cue + 10 }]);
    expect(span.start).toBeGreaterThanOrEqual(cue - EVIDENCE_CONTEXT_CHARS);
    expect(span.end).toBeLessThanOrEqual(cue + 10 + EVIDENCE_CONTEXT_CHARS);
    expect(text.slice(span.start, span.end)).toContain('Russia criticised Turkey');
    // Near the sentence's start, the room unused on that side goes to the other.
    const early = evidenceSpan(text, { start: 0, end: text.length }, [{ start: 5, end: 9 }]);
    expect(early.start).toBe(0);
    expect(early.end).toBeGreaterThan(9 + EVIDENCE_CONTEXT_CHARS);
    expect(early.end).toBeLessThanOrEqual(9 + 2 * EVIDENCE_CONTEXT_CHARS);
  });

  it('writes bounded quotes whose offsets index the text, for a text without sentence ends', () => {
    const text = RUN_ON.repeat(120); // about 30,000 characters, one "sentence"
    const x = extractDocument({ id: 'run-on', text });
    expect(x.edges.length).toBeGreaterThan(0);
    let quoted = 0;
    for (const e of x.edges) {
      expect(e.evidence.quote.length).toBeLessThanOrEqual(EVIDENCE_MAX_CHARS);
      expect(text.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.quote);
      quoted += e.evidence.quote.length;
    }
    // Linear: the quotes together are a small multiple of the text, not the text times the edges.
    expect(quoted).toBeLessThan(4 * text.length);
  });

  it('counts an edge once per sentence however often a long sentence repeats it, as it does a short one', () => {
    const clause = 'Secretary of State John Kerry met Foreign Minister Sergei Lavrov in Moscow';
    const edgesOf = (text: string) => buildGraph([extractDocument({ id: 'repeats', text })]);
    // Twenty sentences: each counts.
    const short = edgesOf(`${Array.from({ length: 20 }, () => `${clause}.`).join(' ')}\n`);
    // The same twenty clauses joined by commas: one sentence of about 1,500 characters, over the quote limit.
    const long = edgesOf(`${Array.from({ length: 20 }, () => clause).join(', ')}.\n`);
    const role = 'relation:person:john-kerry>state:US:role:secretary-of-state';
    const meets = long.edges().find((k) => k.startsWith('stance:') && k.endsWith(':meets'));
    expect(short.getEdgeAttribute(role, 'evidence')).toHaveLength(20);
    expect(short.getEdgeAttribute(role, 'weight')).toBe(20);
    expect(long.getEdgeAttribute(role, 'evidence')).toHaveLength(1);
    expect(long.getEdgeAttribute(role, 'weight')).toBe(1);
    expect(meets).toBeDefined();
    expect(long.getEdgeAttribute(meets!, 'weight')).toBe(1);
    // The one evidence kept is the first occurrence, quoted with its context.
    const [evidence] = long.getEdgeAttribute(role, 'evidence');
    expect(evidence!.start).toBeLessThan(clause.length);
  });

  it('reads a sentence longer than the limit as pieces cut at a clause mark or a space', () => {
    const text = RUN_ON.repeat(100);
    const { sentences } = segment(text);
    expect(sentences.length).toBeGreaterThan(1);
    for (const s of sentences) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sentences[0]!.start).toBe(0);
    expect(sentences.at(-1)!.end).toBe(text.trimEnd().length);
    for (let i = 1; i < sentences.length; i++)
      expect(text.slice(sentences[i - 1]!.end, sentences[i]!.start).trim()).toBe('');
  });

  it('finds quotations paragraph by paragraph in one pass, an unclosed one ending with its paragraph', () => {
    const text = 'No marks here.\n\nHe said "yes" and "no\n\nPlain.\n\n“Curly” too.';
    const quotes = quotations(text, paragraphs(text));
    expect(quotes.map((q) => text.slice(q.start, q.end))).toEqual(['"yes"', '"no', '“Curly”']);
  });
});

describe('documents with one id and two texts', () => {
  it('merge refuses them with one line naming both files, and writes nothing', () => {
    // Both articles come through stdin: before content-derived ids, both were "stdin".
    expect(cli(['extract', '-', '-q', '-o', at('one.json')], 'Russia criticised Turkey over the talks.\n').code).toBe(
      0,
    );
    expect(cli(['extract', '-', '-q', '-o', at('two.json')], 'Iran met Iraq in Baghdad on Monday.\n').code).toBe(0);
    expect(cli(['merge', at('one.json'), at('two.json'), '-q', '-o', at('both.json')]).code).toBe(0);
    // The same id for two texts: a.txt and b.txt both renamed to x.txt in two folders.
    writeFileSync(at('x.txt'), 'Russia criticised Turkey over the talks.\n');
    expect(cli(['extract', at('x.txt'), '-q', '-o', at('x1.json')]).code).toBe(0);
    writeFileSync(at('x.txt'), 'Iran met Iraq in Baghdad on Monday, and more.\n');
    expect(cli(['extract', at('x.txt'), '-q', '-o', at('x2.json')]).code).toBe(0);
    const r = cli(['merge', at('x1.json'), at('x2.json'), '-o', at('mixed.json')]);
    expect(r.code).toBe(1);
    expect(r.lines).toHaveLength(1);
    expect(r.lines[0]).toContain(
      `document "x" has different texts in ${at('x1.json')} (41 characters) and ${at('x2.json')} (46)`,
    );
    expect(existsSync(at('mixed.json'))).toBe(false);
    // The same document twice is one document.
    expect(cli(['merge', at('x1.json'), at('x1.json'), '-q']).code).toBe(0);
  });

  it('--shard names each output after its input and a digest of its bytes: same names in two folders do not collide', () => {
    writeFileSync(at('a.txt'), 'Russia criticised Turkey over the talks.\n');
    const r1 = cli(['extract', at('a.txt'), '-q', '--shard', at('shards')]);
    writeFileSync(at('b.txt'), 'Iran met Iraq in Baghdad on Monday.\n');
    spawnSync('mkdir', ['-p', at('other')]);
    writeFileSync(at('other', 'a.txt'), 'Iran met Iraq in Baghdad on Monday.\n');
    const r2 = cli(['extract', at('other', 'a.txt'), '-q', '--shard', at('shards')]);
    expect([r1.code, r2.code]).toEqual([0, 0]);
    const listed = spawnSync('ls', [at('shards')], { encoding: 'utf8' })
      .stdout.split('\n')
      .filter(Boolean);
    expect(listed).toHaveLength(2);
    for (const name of listed) expect(name).toMatch(/^a-[0-9a-f]{12}\.json$/);
  });
});

describe('wrong arguments', () => {
  it('an -o extension that names no format is a usage error; no file is written', () => {
    const r = cli(['extract', at('a.txt'), '-o', at('out.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.lines[0]).toBe(
      `diplograph extract: -o ${at('out.xlsx')}: unknown output extension ".xlsx" (known: .json .gexf .csv .html .svg .htm); or give --format`,
    );
    expect(existsSync(at('out.xlsx'))).toBe(false);
    // --format says what to write, whatever the name.
    expect(cli(['extract', at('a.txt'), '-q', '-o', at('out.xlsx'), '--format', 'json']).code).toBe(0);
  });

  it('export refuses dates that do not exist, a range that is empty, and document ids the graph lacks', () => {
    expect(cli(['extract', at('a.txt'), '-q', '-o', at('g.json')]).code).toBe(0);
    const month = cli(['export', at('g.json'), '--from', '2025-13-01']);
    expect(month.code).toBe(2);
    expect(month.lines[0]).toBe('diplograph export: --from expects a date YYYY-MM-DD that exists, got "2025-13-01"');
    const day = cli(['export', at('g.json'), '--to', '2025-02-30']);
    expect(day.code).toBe(2);
    expect(day.lines[0]).toContain('--to expects a date YYYY-MM-DD that exists, got "2025-02-30"');
    const range = cli(['export', at('g.json'), '--from', '2025-03-01', '--to', '2025-02-01']);
    expect(range.code).toBe(2);
    expect(range.lines[0]).toContain('--from 2025-03-01 is after --to 2025-02-01');
    const docs = cli(['export', at('g.json'), '--docs', 'a,nope']);
    expect(docs.code).toBe(2);
    expect(docs.lines[0]).toBe(`diplograph export: --docs: no document "nope" in ${at('g.json')} (its documents: a)`);
    expect(cli(['export', at('g.json'), '--docs', 'a', '-q']).code).toBe(0);
  });

  it('eval refuses a gold file whose document is not in the graph', () => {
    const gold = {
      doc: 'elsewhere.txt',
      entities: [{ id: 'ru', kind: 'state', names: ['Russia'] }],
      relations: [],
      stances: [],
    };
    writeFileSync(at('elsewhere.gold.json'), JSON.stringify(gold));
    const r = cli(['eval', at('g.json'), '--gold', at('elsewhere.gold.json')]);
    expect(r.code).toBe(1);
    expect(r.lines).toEqual([
      `diplograph eval: ${at('elsewhere.gold.json')}: its document "elsewhere" is not in ${at('g.json')}; extract it into the graph, or leave this gold file out`,
    ]);
    expect(r.stdout).toBe('');
  });
});
