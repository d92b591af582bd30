// A generated graph file for the viewer benchmark: valid against the schema, with positions.
import { seededRandom } from '../src/graph/seeded.js';
import { ENTITY_KINDS, GRAPH_SCHEMA_VERSION, MODALITIES, STANCES, STANCE_KINDS } from '../src/model/vocab.js';

/** A valid graph file: clustered positions, preferential-attachment edges, 50 dated documents. */
export function syntheticGraph(order: number, size: number, seed = 42): unknown {
  const rand = seededRandom(seed);
  const docs = Array.from({ length: 50 }, (_, i) => ({
    id: `doc-${i}`,
    title: `Document ${i}`,
    chars: 10_000,
    date: `2015-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  }));
  const names = ['Sergei', 'John', 'Angela', 'Recep', 'Bashar', 'Emmanuel', 'Xi', 'Narendra', 'Olaf', 'Ursula'];
  const clusters = 40;
  const nodes = Array.from({ length: order }, (_, i) => {
    const kind = ENTITY_KINDS[i % 10 < 5 ? 0 : i % 10 < 7 ? 1 : i % 10 < 9 ? 2 : 3];
    const c = i % clusters;
    const angle = (c / clusters) * Math.PI * 2;
    const mentions = Array.from({ length: 1 + Math.floor(rand() * 4) }, () => {
      const start = Math.floor(rand() * 9000);
      return { doc: `doc-${Math.floor(rand() * 50)}`, start, end: start + 10, form: 'name' as const };
    });
    return {
      key: `${kind}:n${i}`,
      attributes: {
        kind,
        label: `${names[i % names.length]} Actor ${i}`,
        aliases: [`A${i}`],
        mentions,
        x: Math.cos(angle) * 1000 + (rand() - 0.5) * 400,
        y: Math.sin(angle) * 1000 + (rand() - 0.5) * 400,
      },
    };
  });
  const edges = [];
  const seen = new Set<string>();
  while (edges.length < size) {
    const s = Math.floor(rand() * order);
    // Mostly within a cluster, skewed towards low indexes (hubs).
    const t =
      rand() < 0.8
        ? (Math.floor(rand() ** 2 * (order / clusters)) * clusters + (s % clusters)) % order
        : Math.floor(rand() * order);
    if (s === t) continue;
    const source = nodes[s]!.key;
    const target = nodes[t]!.key;
    const kind = STANCE_KINDS[Math.floor(rand() * STANCE_KINDS.length)]!;
    const key = `stance:${source}>${target}:${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const doc = `doc-${Math.floor(rand() * 50)}`;
    const start = Math.floor(rand() * 9000);
    const modality = rand() < 0.05 ? 'negated' : MODALITIES[Math.floor(rand() * 5)]!;
    const info = STANCES[kind];
    edges.push({
      key,
      source,
      target,
      attributes: {
        family: 'stance',
        kind,
        polarity: info.polarity,
        cameo: info.defaultCode,
        goldstein: info.codes[0]!.goldstein,
        weight: modality === 'negated' ? 0 : 1,
        evidence: [{ doc, start, end: start + 40, quote: `Synthetic sentence ${edges.length}.`, modality }],
      },
    });
  }
  return {
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    attributes: { schema: GRAPH_SCHEMA_VERSION, documents: docs },
    nodes,
    edges,
  };
}
