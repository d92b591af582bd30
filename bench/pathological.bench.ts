// Linear time on hostile shapes: each pathological input is extracted at 1 MB and at 4 MB, and
// the 4 MB run must take at most 5x the 1 MB one (linear is 4x). A quadratic stage shows up as
// a ratio near 16. Run: npm run bench:pathological [-- shape...]
// Exit status 1 when a shape goes over the limit.
import { extractDocument } from '../src/extract/index.js';

const MB = 1 << 20;
const LIMIT = 5;
/** A 1 MB run slower than this is not worth scaling up: it already fails. */
const SLOW_1MB_MS = 60_000;

/** `unit` repeated to `length` characters, cut at a space when it can be. */
function fill(unit: string, length: number): string {
  const text = unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return text;
}

const SHAPES: Record<string, (length: number) => string> = {
  'capitalised words': (n) => fill('Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett ', n),
  'all-caps wire copy': (n) => fill('RUSSIAN FOREIGN MINISTER SERGEI LAVROV MET U.S. SECRETARY OF STATE JOHN KERRY IN MOSCOW ', n),
  titles: (n) => fill('President Foreign Minister Secretary General Ambassador Deputy Prime Minister Spokesman ', n),
  'quotation marks': (n) => fill('"', n),
  'quoted words': (n) => fill('"Russia" said "Syria" ', n),
  'curly quotes unbalanced': (n) => fill('“Lavrov said “ ', n),
  'the X of the Y of the Z': (n) => fill('the Ministry of the Council of the Committee of the Institute of ', n),
  'names and commas': (n) => fill('Sergei Lavrov, John Kerry, Vladimir Putin, Recep Tayyip Erdogan, ', n),
  'names with titles and commas': (n) => fill('Russian Foreign Minister Sergei Lavrov, U.S. Secretary of State John Kerry, ', n),
  'nested brackets': (n) => `${'('.repeat(n / 2 - 3)}Russia${')'.repeat(n / 2 - 3)}`,
  'initials and abbreviations': (n) => fill('J. R. R. U.S. U.N. Mr. Gen. ', n),
  'one unbroken word': (n) => fill('x', n),
  'attributed quotes': (n) => fill('"Russia supports Syria," Lavrov said. ', n),
  'stance cues in one sentence': (n) => fill('Russia criticised Turkey and supported Syria and met Iran and ', n),
};

function time(text: string): number {
  const t0 = performance.now();
  extractDocument({ id: 'bench', text });
  return performance.now() - t0;
}

const only = process.argv.slice(2);
const shapes = Object.entries(SHAPES).filter(([name]) => only.length === 0 || only.some((o) => name.includes(o)));
let failed = 0;
console.log(`${'shape'.padEnd(30)} ${'1 MB'.padStart(9)} ${'4 MB'.padStart(9)}  ratio (limit ${LIMIT}x)`);
for (const [name, make] of shapes) {
  time(make(MB / 4)); // warm the code paths of this shape
  const small = make(MB);
  const t1 = time(small);
  let t4 = Number.NaN;
  if (t1 < SLOW_1MB_MS) t4 = time(make(4 * MB));
  const ratio = t4 / t1;
  const ok = Number.isFinite(ratio) && ratio <= LIMIT;
  if (!ok) failed++;
  console.log(`${name.padEnd(30)} ${`${(t1 / 1000).toFixed(2)} s`.padStart(9)} ${Number.isFinite(t4) ? `${(t4 / 1000).toFixed(2)} s`.padStart(9) : '  skipped'}  ${Number.isFinite(ratio) ? ratio.toFixed(2) : '-'}${ok ? '' : '  OVER THE LIMIT'}`);
}
if (failed > 0) {
  console.log(`${failed} shape(s) are not linear`);
  process.exitCode = 1;
}
