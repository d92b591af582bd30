// Throughput of full extraction (MB/s) beside compromise's people()/places()/organizations()
// on the same text, one core. Run: npm run bench
import { existsSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
// The compiled library, as the command runs it (`npm run bench` builds it first).
import { extractDocument } from '../dist/src/extract/index.js';

const corpora = ['../shared/corpus/agnews-world.jsonl', '../shared/corpus/reuters21578-ir.jsonl'];

function load(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

for (const path of corpora) {
  if (!existsSync(path)) {
    console.log(`${path}: not found (the corpora live in ../shared/corpus)`);
    continue;
  }
  const texts = load(path);
  const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
  // Warm the JIT and the lexicon on a slice first: the figure is the steady state.
  texts.slice(0, 500).forEach((text, i) => extractDocument({ id: `warm-${i}`, text }));
  let t0 = performance.now();
  let edges = 0;
  texts.forEach((text, i) => (edges += extractDocument({ id: String(i), text }).edges.length));
  const ours = (performance.now() - t0) / 1000;
  t0 = performance.now();
  let found = 0;
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  const theirs = (performance.now() - t0) / 1000;
  console.log(
    `${path.split('/').pop()}: ${texts.length} docs, ${mb.toFixed(2)} MB | diplograph ${(mb / ours).toFixed(2)} MB/s (${edges} edges) | compromise ${(mb / theirs).toFixed(3)} MB/s (${found} names) | ${(theirs / ours).toFixed(1)}x`,
  );
}
