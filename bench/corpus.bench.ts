// Corpus-scale benchmark of the compiled command (`npm run bench:corpus`): wall time, MB/s and
// peak RSS of `diplograph extract` with 1 and 2 worker threads, and the size of the graph.
// Each case runs BENCH_RUNS times (default 3): the best and the median wall time are reported,
// since other work on the machine only ever slows a run down. BENCH_JOBS=1,2 picks the jobs.
// The corpora are read from ../shared and the graphs written to a temporary directory, never
// into the project (they carry quotes from the articles).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CORPUS = process.env.DIPLOGRAPH_CORPUS ?? '../shared/corpus';
const CASES: { name: string; files: string[] }[] = [
  { name: 'reuters21578-all', files: ['reuters21578-all.jsonl'] },
  {
    name: 'agnews-world + bbc-politics + reuters21578-ir',
    files: ['agnews-world.jsonl', 'bbc-politics.jsonl', 'reuters21578-ir.jsonl'],
  },
];
const JOBS = (process.env.BENCH_JOBS ?? '1,2').split(',').map(Number);
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3));

interface Run {
  jobs: number;
  docs: number;
  mb: number;
  seconds: number;
  mbPerSecond: number;
  peakRssMb: number;
  nodes: number;
  edges: number;
}

interface Row extends Omit<Run, 'seconds'> {
  corpus: string;
  runs: number;
  bestSeconds: number;
  medianSeconds: number;
}

function run(files: string[], jobs: number, out: string): Run {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['bin/diplograph.js', 'extract', ...files, '--jobs', String(jobs), '-o', out], {
    encoding: 'utf8',
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const line = r.stderr.trim().split('\n').at(-1) ?? '';
  // "extract: 19779 documents, 22.1 MB in 9.8 s (2.25 MB/s), peak RSS 410 MB; 12345 nodes, 6789 edges -> ..."
  const m = /^extract: (\d+) documents?, ([\d.]+) MB in .*peak RSS (\d+) MB.*; (\d+) nodes?, (\d+) edges?/.exec(line);
  if (r.status !== 0 || !m) throw new Error(`corpus.bench: extract failed (exit ${r.status}):\n${r.stderr}`);
  const mb = Number(m[2]);
  return {
    jobs,
    docs: Number(m[1]),
    mb,
    seconds: Math.round(seconds * 100) / 100,
    mbPerSecond: Math.round((mb / seconds) * 100) / 100,
    peakRssMb: Number(m[3]),
    nodes: Number(m[4]),
    edges: Number(m[5]),
  };
}

function main(): void {
  if (!existsSync('dist/src/cli/main.js')) throw new Error('corpus.bench: build first (npm run build)');
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-bench-'));
  const rows: Row[] = [];
  try {
    for (const c of CASES) {
      const files = c.files.map((f) => join(CORPUS, f));
      const missing = files.filter((f) => !existsSync(f));
      if (missing.length > 0) {
        process.stderr.write(`corpus.bench: skipping ${c.name}: missing ${missing.join(', ')}\n`);
        continue;
      }
      for (const jobs of JOBS) {
        const out = join(dir, `graph-${jobs}.json`);
        const runs: Run[] = [];
        for (let i = 0; i < RUNS; i++) {
          const r = run(files, jobs, out);
          runs.push(r);
          process.stderr.write(
            `${JSON.stringify({ corpus: c.name, ...r, graphMb: Math.round(statSync(out).size / 1e5) / 10 })}\n`,
          );
        }
        const times = runs.map((r) => r.seconds).sort((a, b) => a - b);
        const best = runs.find((r) => r.seconds === times[0])!;
        const { seconds: _seconds, ...rest } = best;
        rows.push({
          corpus: c.name,
          ...rest,
          runs: RUNS,
          bestSeconds: times[0]!,
          medianSeconds: times[Math.floor((times.length - 1) / 2)]!,
          peakRssMb: Math.max(...runs.map((r) => r.peakRssMb)),
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  console.table(rows);
}

main();
