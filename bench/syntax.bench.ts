// Throughput of the learned syntax layer (tags + chunks) on news sentences, one core, after a
// warm-up: tokens per second of parseSentence alone (segmenting and tokenizing are not timed),
// per second of this process's CPU time, so other work on a shared machine counts less.
// The compiled library, as the command runs it. Run: npm run bench:syntax (builds dist/ first)
import { existsSync, readFileSync } from 'node:fs';
import { parseSentence, syntaxModel } from '../dist/src/extract/syntax/index.js';
import { segment } from '../dist/src/extract/segment.js';
import { tokenAt, tokenize } from '../dist/src/extract/tokens.js';
import type { Token } from '../dist/src/extract/tokens.js';

const corpora = ['../shared/corpus/agnews-world.jsonl', '../shared/corpus/reuters21578-ir.jsonl'];

const t0 = performance.now();
syntaxModel();
console.log(`model loaded in ${(performance.now() - t0).toFixed(0)} ms`);

for (const path of corpora) {
  if (!existsSync(path)) {
    console.log(`${path}: not found (the corpora live in ../shared/corpus)`);
    continue;
  }
  const lines = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const texts = lines.map((l) => (JSON.parse(l) as { text: string }).text);
  const work: { tokens: Token[]; ranges: [number, number][] }[] = texts.map((text) => {
    const tokens = tokenize(text);
    const sentences = segment(text).sentences;
    const ranges = sentences.map((s): [number, number] => [tokenAt(tokens, s.start), tokenAt(tokens, s.end)]);
    return { tokens, ranges };
  });
  const count = work.reduce((n, w) => n + w.ranges.reduce((m, [a, b]) => m + b - a, 0), 0);
  const run = () => {
    let chunks = 0;
    for (const { tokens, ranges } of work) {
      for (const [a, b] of ranges) chunks += parseSentence(tokens, a, b).chunks.length;
    }
    return chunks;
  };
  run(); // warm-up
  const times: number[] = [];
  let chunks = 0;
  for (let r = 0; r < 3; r++) {
    const cpu = process.cpuUsage();
    chunks = run();
    const used = process.cpuUsage(cpu);
    times.push((used.user + used.system) / 1e6);
  }
  const best = Math.min(...times);
  const rate = Math.round(count / best / 1000);
  console.log(`${path.split('/').pop()}: ${count} tokens, ${chunks} chunks | ${rate}k tokens/s (best of 3)`);
}
