// Huge input: a generated ~200 MB JSONL corpus streams through `diplograph extract --jobs 1`
// with bounded memory, and a single 50 MB document is refused with one line instead of
// exhausting memory. Everything is written to a temporary folder, removed at the end.
// Run: npm run bench:huge [-- --mb 200] [-- --text]   (--text keeps documents[].text)
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import { seededRandom } from '../src/graph/seeded.js';

const args = process.argv.slice(2);
const corpusMb = Number(args[args.indexOf('--mb') + 1] ?? 200) || 200;
const keepText = args.includes('--text');

const GIVEN = [
  'Sergei',
  'John',
  'Angela',
  'Recep',
  'Jens',
  'Maria',
  'Ahmed',
  'Li',
  'Olena',
  'Pedro',
  'Amina',
  'Kenji',
  'Fatima',
  'Ivan',
  'Laura',
];
const FAMILY = [
  'Petrov',
  'Smith',
  'Keller',
  'Demir',
  'Larsen',
  'Rossi',
  'Haddad',
  'Wang',
  'Kovalenko',
  'Silva',
  'Okafor',
  'Tanaka',
  'Rahman',
  'Novak',
  'Moreau',
];
const STATES = [
  'Russia',
  'Turkey',
  'Germany',
  'France',
  'Japan',
  'China',
  'Iran',
  'Iraq',
  'Syria',
  'Egypt',
  'Brazil',
  'India',
  'Ukraine',
  'Poland',
  'Canada',
];
const DEMONYMS = [
  'Russian',
  'Turkish',
  'German',
  'French',
  'Japanese',
  'Chinese',
  'Iranian',
  'Iraqi',
  'Syrian',
  'Egyptian',
  'Brazilian',
  'Indian',
  'Ukrainian',
  'Polish',
  'Canadian',
];
const TITLES = ['Foreign Minister', 'President', 'Prime Minister', 'Defence Minister', 'Ambassador'];
const ORGS = ['NATO', 'the United Nations', 'the European Union', 'OPEC', 'the IAEA', 'the African Union'];

function article(random: () => number): string {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const person = () => `${pick(GIVEN)} ${pick(FAMILY)}`;
  const out: string[] = [];
  while (out.join(' ').length < 1800) {
    const a = Math.floor(random() * STATES.length);
    const b = (a + 1 + Math.floor(random() * (STATES.length - 1))) % STATES.length;
    const p = person();
    const q = person();
    switch (Math.floor(random() * 6)) {
      case 0:
        out.push(
          `${DEMONYMS[a]} ${pick(TITLES)} ${p} met ${DEMONYMS[b]} ${pick(TITLES)} ${q} in ${STATES[b]} on Monday.`,
        );
        break;
      case 1:
        out.push(`"We will not accept new sanctions," ${p} said, accusing ${STATES[b]} of threatening ${STATES[a]}.`);
        break;
      case 2:
        out.push(
          `${STATES[a]} criticised ${STATES[b]} over the border dispute, according to the ${DEMONYMS[a]} Foreign Ministry.`,
        );
        break;
      case 3:
        out.push(
          `${pick(ORGS)} urged ${STATES[a]} and ${STATES[b]} to resume talks, while ${p} warned that ${STATES[b]} would respond.`,
        );
        break;
      case 4:
        out.push(
          `${STATES[a]} and ${STATES[b]} signed an agreement on energy cooperation, ${DEMONYMS[a]} officials said.`,
        );
        break;
      default:
        out.push(
          `Troops from ${STATES[a]} clashed with rebels near the border with ${STATES[b]}, killing ${Math.floor(random() * 40)} people.`,
        );
    }
    if (random() < 0.2) out.push('\n\n');
  }
  return out.join(' ');
}

async function writeCorpus(path: string, bytes: number): Promise<number> {
  const random = seededRandom(2024);
  const out = createWriteStream(path);
  let written = 0;
  let docs = 0;
  while (written < bytes) {
    const line = `${JSON.stringify({ id: `gen-${docs}`, title: `Generated story ${docs}`, date: '2016-10-10', text: article(random) })}\n`;
    written += Buffer.byteLength(line);
    docs++;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return docs;
}

interface Run {
  code: number | null;
  seconds: number;
  stderr: string;
  /** Peak resident set size of the child, sampled from /proc (MB); NaN when unavailable. */
  sampledPeakMb: number;
}

async function run(cliArgs: string[]): Promise<Run> {
  const t0 = performance.now();
  const child = spawn(process.execPath, ['bin/diplograph.js', ...cliArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let peak = Number.NaN;
  const { readFileSync } = await import('node:fs');
  const timer = setInterval(() => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peak = Math.max(Number.isNaN(peak) ? 0 : peak, Number(m[1]) / 1024);
    } catch {
      // not on Linux, or the process has ended
    }
  }, 200);
  const [code] = (await once(child, 'exit')) as [number | null];
  clearInterval(timer);
  return { code, seconds: (performance.now() - t0) / 1000, stderr, sampledPeakMb: peak };
}

const dir = mkdtempSync(join(tmpdir(), 'diplograph-huge-'));
try {
  // 1. The corpus.
  const corpus = join(dir, 'corpus.jsonl');
  const t0 = performance.now();
  const docs = await writeCorpus(corpus, corpusMb * 1e6);
  const size = statSync(corpus).size;
  console.log(
    `corpus: ${docs} documents, ${(size / 1e6).toFixed(1)} MB, generated in ${((performance.now() - t0) / 1000).toFixed(1)} s -> ${corpus}`,
  );

  const out = join(dir, 'graph.json');
  const r = await run(['extract', corpus, '--jobs', '1', ...(keepText ? [] : ['--no-text']), '-o', out]);
  const graphMb = existsSync(out) ? `${(statSync(out).size / 1e6).toFixed(1)} MB` : 'not written';
  console.log(
    `extract --jobs 1${keepText ? '' : ' --no-text'}: exit ${r.code}, ${r.seconds.toFixed(1)} s, peak RSS ${r.sampledPeakMb.toFixed(0)} MB (sampled), graph ${graphMb}`,
  );
  for (const line of r.stderr.trim().split('\n').slice(-8)) console.log(`  ${line}`);
  rmSync(corpus);

  // 2. One 50 MB document, as a .txt file and as one JSONL line between two small ones.
  const random = seededRandom(7);
  const bigTxt = join(dir, 'huge-article.txt');
  const w = createWriteStream(bigTxt);
  let n = 0;
  while (n < 50e6) {
    const a = article(random);
    n += Buffer.byteLength(a) + 2;
    if (!w.write(`${a}\n\n`)) await once(w, 'drain');
  }
  w.end();
  await once(w, 'finish');
  const bigJsonl = join(dir, 'huge-line.jsonl');
  const j = createWriteStream(bigJsonl);
  j.write(`${JSON.stringify({ id: 'small-1', text: article(random) })}\n{"id": "huge", "text": "`);
  for (let i = 0; i < 50; i++)
    if (!j.write(JSON.stringify(article(random).repeat(550)).slice(1, -1))) await once(j, 'drain');
  j.write(`"}\n${JSON.stringify({ id: 'small-2', text: article(random) })}\n`);
  j.end();
  await once(j, 'finish');
  for (const file of [bigTxt, bigJsonl]) {
    const s = await run(['extract', file, '--jobs', '1', '-o', join(dir, 'big.json')]);
    console.log(
      `50 MB document (${(statSync(file).size / 1e6).toFixed(1)} MB file): exit ${s.code}, ${s.seconds.toFixed(1)} s, peak RSS ${s.sampledPeakMb.toFixed(0)} MB (sampled)`,
    );
    for (const line of s.stderr.trim().split('\n')) console.log(`  ${line}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
