// Throughput of full extraction (MB/s) beside compromise's people()/places()/organizations()
// on the same text, one core. Run: npm run bench
// `npm run bench -- --against <git-ref>` also times that revision's extractor in the same run
// (best of 3, alternating), so a change's cost is measured on one machine state.
import { existsSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
// The compiled library, as the command runs it (`npm run bench` builds it first).
import { extractDocument } from '../dist/src/extract/index.js';
import { againstRef, loadRevision, type Extractor } from './against.js';

const corpora = ['../shared/corpus/agnews-world.jsonl', '../shared/corpus/reuters21578-ir.jsonl'];

function load(path: string): string[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

/** Seconds to extract every text, after a warm-up on a slice (the figure is the steady state). */
function time(extractor: Extractor, texts: readonly string[]): { seconds: number; edges: number } {
  texts.slice(0, 500).forEach((text, i) => extractor.extractDocument({ id: `warm-${i}`, text }));
  const t0 = performance.now();
  let edges = 0;
  texts.forEach((text, i) => (edges += extractor.extractDocument({ id: String(i), text }).edges.length));
  return { seconds: (performance.now() - t0) / 1000, edges };
}

const ref = againstRef(process.argv);
const other = ref ? await loadRevision(ref) : undefined;

for (const path of corpora) {
  if (!existsSync(path)) {
    console.log(`${path}: not found (the corpora live in ../shared/corpus)`);
    continue;
  }
  const texts = load(path);
  const mb = texts.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
  const name = path.split('/').pop();
  if (other) {
    let ours = Infinity;
    let theirs = Infinity;
    let edges = [0, 0];
    for (let round = 0; round < 3; round++) {
      const a = time({ extractDocument }, texts);
      const b = time(other.extractor, texts);
      ours = Math.min(ours, a.seconds);
      theirs = Math.min(theirs, b.seconds);
      edges = [a.edges, b.edges];
    }
    console.log(
      `${name}: ${texts.length} docs, ${mb.toFixed(2)} MB | this tree ${(mb / ours).toFixed(2)} MB/s (${edges[0]} edges) | ` +
        `${other.label} ${(mb / theirs).toFixed(2)} MB/s (${edges[1]} edges) | time ${(ours / theirs).toFixed(2)}x of ${other.label}`,
    );
    continue;
  }
  const { seconds: ours, edges } = time({ extractDocument }, texts);
  const t0 = performance.now();
  let found = 0;
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().length + doc.places().length + doc.organizations().length;
  }
  const theirs = (performance.now() - t0) / 1000;
  console.log(
    `${name}: ${texts.length} docs, ${mb.toFixed(2)} MB | diplograph ${(mb / ours).toFixed(2)} MB/s (${edges} edges) | compromise ${(mb / theirs).toFixed(3)} MB/s (${found} names) | ${(theirs / ours).toFixed(1)}x`,
  );
}
