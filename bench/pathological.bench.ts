// Linear time and output on hostile shapes: each pathological input is written to a file at 1 MB
// and at 4 MB and run through the whole command (`diplograph extract FILE -o graph.json`: read,
// extract, build, write), one cold process per run. The 4 MB run must take at most 4.5x the time
// of the 1 MB one (linear is 4x; a quadratic stage shows up as a ratio near 16), and each graph
// file must be at most 10x the size of its input (every edge keeps a bounded piece of its
// sentence, so a text without sentence ends cannot write gigabytes).
// Run: npm run bench:pathological [-- shape...]   (builds first; exit status 1 when a shape fails)
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const MB = 1 << 20;
const TIME_LIMIT = 4.5;
const SIZE_LIMIT = 10;
/** A 1 MB run slower than this is not worth scaling up: it already fails. */
const SLOW_1MB_MS = 60_000;
/** The command to time: this checkout's, or another build's (`DIPLOGRAPH_BIN=path/to/bin/diplograph.js`). */
const BIN = process.env.DIPLOGRAPH_BIN ?? resolve(import.meta.dirname, '../bin/diplograph.js');

/** `unit` repeated to exactly `length` characters. */
function fill(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
}

/** News-like prose of our own words with every full stop left out: one sentence per paragraph. */
const PROSE =
  'Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Moscow on Tuesday and ' +
  'the two men discussed the war in Syria while Turkey criticised the Kurdish militias and Iran said it ' +
  'supported the government in Damascus, according to officials who asked not to be named, and he said ' +
  'that Washington would impose sanctions on Pyongyang if North Korea threatened Japan again ';

const SHAPES: Record<string, (length: number) => string> = {
  'no sentence ends': (n) => fill(PROSE, n),
  'no sentence ends, paragraphs': (n) => fill(`${PROSE}${PROSE}\n\n`, n),
  'paragraphs without quote marks': (n) =>
    fill(
      'Russia criticised Turkey on Monday. The talks went on for hours in the capital and the delegates spoke of trade, of the harvest and of the weather.\n\n',
      n,
    ),
  // 70,000 times in 1 MB, 280,000 in 4 MB; each mention is a record of about 100 bytes in the
  // graph file, so a text that is nothing but one name and a comma ("Russia, " again and again)
  // writes about 13x its size: linear, but the format's constant, not a hostile one.
  'one entity named 280,000 times': (n) => fill('Russia warned. ', n),
  '100,000-character sentences': (n) => fill(`${fill(PROSE, 100_000 - 2)}.\n`, n),
  'thousands of parentheses': (n) => fill('(Russia) (Turkey) said (Lavrov) (Kerry) met ', n),
  'capitalised words': (n) => fill('Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett ', n),
  'all-caps wire copy': (n) =>
    fill('RUSSIAN FOREIGN MINISTER SERGEI LAVROV MET U.S. SECRETARY OF STATE JOHN KERRY IN MOSCOW ', n),
  titles: (n) => fill('President Foreign Minister Secretary General Ambassador Deputy Prime Minister Spokesman ', n),
  'quotation marks': (n) => fill('"', n),
  'quoted words': (n) => fill('"Russia" said "Syria" ', n),
  'curly quotes unbalanced': (n) => fill('“Lavrov said “ ', n),
  'the X of the Y of the Z': (n) => fill('the Ministry of the Council of the Committee of the Institute of ', n),
  'names and commas': (n) => fill('Sergei Lavrov, John Kerry, Vladimir Putin, Recep Tayyip Erdogan, ', n),
  'names with titles and commas': (n) =>
    fill('Russian Foreign Minister Sergei Lavrov, U.S. Secretary of State John Kerry, ', n),
  'pronouns in one sentence': (n) =>
    fill('Lavrov said he met Kerry and he told him that it would help its allies and ', n),
  'nested brackets': (n) => `${'('.repeat(n / 2 - 3)}Russia${')'.repeat(n / 2 - 3)}`,
  'initials and abbreviations': (n) => fill('J. R. R. U.S. U.N. Mr. Gen. ', n),
  'one unbroken word': (n) => fill('x', n),
  'attributed quotes': (n) => fill('"Russia supports Syria," Lavrov said. ', n),
  'stance cues in one sentence': (n) => fill('Russia criticised Turkey and supported Syria and met Iran and ', n),
};

interface Run {
  ms: number;
  bytes: number;
}

/** One cold CLI run over `text`; the graph's size in bytes (0 when nothing was written). */
function run(dir: string, text: string): Run {
  const input = join(dir, 'input.txt');
  const output = join(dir, 'graph.json');
  writeFileSync(input, text);
  rmSync(output, { force: true });
  const t0 = performance.now();
  const r = spawnSync(
    process.execPath,
    // Shapes are measured in characters: 4 MB of curly quotes is over the 5 MB default document limit in UTF-8.
    ['--max-old-space-size=4096', BIN, 'extract', input, '-o', output, '--jobs', '1', '--quiet', '--max-doc-mb', '64'],
    { encoding: 'utf8' },
  );
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1)
    throw new Error(`pathological bench: the command failed (${r.status}): ${r.stderr.trim().split('\n')[0]}`);
  let bytes = 0;
  try {
    bytes = statSync(output).size;
  } catch {
    // No document extracted: nothing written.
  }
  return { ms, bytes };
}

const only = process.argv.slice(2);
const shapes = Object.entries(SHAPES).filter(([name]) => only.length === 0 || only.some((o) => name.includes(o)));
const dir = mkdtempSync(join(tmpdir(), 'diplograph-pathological-'));
let failed = 0;
const col = (s: string, n: number) => s.padStart(n);
console.log(
  `${'shape'.padEnd(32)} ${col('1 MB', 8)} ${col('4 MB', 8)} ${col('ratio', 6)} ${col('out 1 MB', 9)} ${col('out 4 MB', 9)} ${col('x in', 5)}`,
);
try {
  for (const [name, make] of shapes) {
    const small = make(MB);
    const r1 = run(dir, small);
    const r4 = r1.ms < SLOW_1MB_MS ? run(dir, make(4 * MB)) : undefined;
    const ratio = r4 ? r4.ms / r1.ms : Number.NaN;
    const growth = Math.max(r1.bytes / Buffer.byteLength(small), r4 ? r4.bytes / (4 * MB) : 0);
    const problems: string[] = [];
    if (!(ratio <= TIME_LIMIT)) problems.push(`time over ${TIME_LIMIT}x`);
    if (growth > SIZE_LIMIT) problems.push(`output over ${SIZE_LIMIT}x the input`);
    if (problems.length > 0) failed++;
    const mb = (b: number) => `${(b / 1e6).toFixed(1)} MB`;
    console.log(
      `${name.padEnd(32)} ${col(`${(r1.ms / 1000).toFixed(2)} s`, 8)} ${col(r4 ? `${(r4.ms / 1000).toFixed(2)} s` : 'skipped', 8)} ` +
        `${col(Number.isFinite(ratio) ? ratio.toFixed(2) : '-', 6)} ${col(mb(r1.bytes), 9)} ${col(r4 ? mb(r4.bytes) : '-', 9)} ` +
        `${col(growth.toFixed(1), 5)}${problems.length > 0 ? `  ${problems.join(', ').toUpperCase()}` : ''}`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
if (failed > 0) {
  console.log(`${failed} shape(s) over a limit`);
  process.exitCode = 1;
}
