// Scoring a graph against gold files (DESIGN.md §5), per layer: entities, relations (roles), stances.
import type { DiploGraph } from '../model/graph.js';
import type { EdgeAttributes } from '../model/graph-file.js';
import { foldName } from '../model/names.js';
import type { GoldFile } from './gold.js';

export interface Tally {
  /** Predicted items that fit a gold item. */
  tp: number;
  /** Predicted items that fit nothing (or a second node on one entity, or a wrong kind). */
  fp: number;
  /** Gold items found. */
  found: number;
  /** Gold items (not optional). */
  gold: number;
  misses: string[];
  extras: string[];
}

export interface LayerScores {
  entities: Tally;
  relations: Tally;
  stances: Tally;
}

export const LAYERS = ['entities', 'relations', 'stances'] as const;

function emptyTally(): Tally {
  return { tp: 0, fp: 0, found: 0, gold: 0, misses: [], extras: [] };
}

/** Names compare after folding case, accents, punctuation, spaces and a leading "the". */
export function normaliseName(name: string): string {
  return foldName(name).replace(/^the\s+/, '');
}

export function precision(t: Tally): number {
  return t.tp + t.fp === 0 ? (t.gold === 0 ? 1 : 0) : t.tp / (t.tp + t.fp);
}
export function recall(t: Tally): number {
  return t.gold === 0 ? 1 : t.found / t.gold;
}
export function f1(t: Tally): number {
  const p = precision(t);
  const r = recall(t);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

const SYMMETRIC = new Set(['meets', 'cooperates', 'fights']);

export function docIdOfGold(gold: GoldFile): string {
  return gold.doc.replace(/\.[^.]+$/, '');
}

export function scoreGold(graph: DiploGraph, gold: GoldFile): LayerScores {
  const doc = docIdOfGold(gold);
  const scores: LayerScores = { entities: emptyTally(), relations: emptyTally(), stances: emptyTally() };
  const goldByName = new Map<string, string[]>();
  for (const e of gold.entities) {
    for (const n of e.names) {
      const k = normaliseName(n);
      goldByName.set(k, [...(goldByName.get(k) ?? []), e.id]);
    }
  }
  const goldEntity = new Map(gold.entities.map((e) => [e.id, e]));
  // Node -> the gold entities it names (label first, else an alias).
  const nodeGold = new Map<string, string[]>();
  graph.forEachNode((key, a) => {
    let ids = goldByName.get(normaliseName(a.label));
    if (!ids) for (const alias of a.aliases) if ((ids = goldByName.get(normaliseName(alias)))) break;
    if (ids) nodeGold.set(key, [...new Set(ids)]);
  });

  // Entities: nodes mentioned in this document. Places are scored only against gold files that
  // annotate places: a gold file without any says nothing about them, so a place is neither
  // right nor wrong there (gold files written before places existed stay valid).
  const e = scores.entities;
  const claimed = new Set<string>();
  const scoresPlaces = gold.entities.some((g) => g.kind === 'place');
  const nodes = graph
    .filterNodes((_k, a) => a.mentions.some((m) => m.doc === doc) && (scoresPlaces || a.kind !== 'place'))
    .sort();
  for (const key of nodes) {
    const a = graph.getNodeAttributes(key);
    const ids = (nodeGold.get(key) ?? []).filter((id) => goldEntity.get(id)!.kind === a.kind);
    if (ids.length === 0) {
      e.fp++;
      e.extras.push(`${a.kind} "${a.label}"${nodeGold.has(key) ? ' (wrong kind)' : ''}`);
      continue;
    }
    const fresh = ids.filter((id) => !claimed.has(id));
    if (fresh.length === 0) {
      e.fp++;
      e.extras.push(`${a.kind} "${a.label}" (second node for one entity)`);
      continue;
    }
    for (const id of fresh) claimed.add(id);
    if (fresh.some((id) => !goldEntity.get(id)!.optional)) e.tp++;
  }
  for (const g of gold.entities) {
    if (g.optional) continue;
    e.gold++;
    if (claimed.has(g.id)) e.found++;
    else e.misses.push(`${g.kind} "${g.names[0]}"`);
  }

  // Edges with evidence in this document.
  type Item = {
    kind: string;
    source: string[];
    target: string[];
    title?: string;
    optional?: boolean;
    evidence?: string;
  };
  const scoreEdges = (tally: Tally, items: Item[], family: 'relation' | 'stance') => {
    const edges: Array<{ key: string; source: string; target: string; attrs: EdgeAttributes }> = [];
    graph.forEachEdge((key, attrs, source, target) => {
      if (attrs.family !== family || (family === 'relation' && attrs.kind !== 'role')) return;
      if (!attrs.evidence.some((ev) => ev.doc === doc)) return;
      edges.push({ key, source, target, attrs });
    });
    const fits = (edge: (typeof edges)[number], item: Item, siblings: Item[]): boolean => {
      if (edge.attrs.kind !== item.kind) return false;
      const s = nodeGold.get(edge.source) ?? [];
      const t = nodeGold.get(edge.target) ?? [];
      const forward = s.some((id) => item.source.includes(id)) && t.some((id) => item.target.includes(id));
      const backward =
        SYMMETRIC.has(item.kind) &&
        s.some((id) => item.target.includes(id)) &&
        t.some((id) => item.source.includes(id));
      if (!forward && !backward) return false;
      if (family === 'relation' && item.title && edge.attrs.family === 'relation' && siblings.length > 1) {
        const a = normaliseName(edge.attrs.title ?? '');
        const b = normaliseName(item.title);
        return a.includes(b) || b.includes(a);
      }
      return true;
    };
    const siblingsOf = (item: Item) =>
      items.filter(
        (x) => x.kind === item.kind && x.source.join() === item.source.join() && x.target.join() === item.target.join(),
      );
    const counted = new Set<string>();
    const matchedItems = new Set<Item>();
    for (const edge of edges.sort((a, b) => (a.key < b.key ? -1 : 1))) {
      const fitted = items.filter((item) => fits(edge, item, siblingsOf(item)));
      for (const item of fitted) matchedItems.add(item);
      // Edges with the same endpoints and kind count once.
      const id = `${edge.source}>${edge.target}:${edge.attrs.kind}`;
      if (counted.has(id)) continue;
      counted.add(id);
      const from = graph.getNodeAttribute(edge.source, 'label');
      const to = graph.getNodeAttribute(edge.target, 'label');
      const label = `${edge.attrs.kind} ${from} -> ${to}`;
      if (fitted.some((item) => !item.optional)) tally.tp++;
      else if (fitted.length === 0) {
        tally.fp++;
        tally.extras.push(label);
      }
    }
    for (const item of items) {
      if (item.optional) continue;
      tally.gold++;
      if (matchedItems.has(item)) tally.found++;
      else {
        const extra = `${item.title ? ` (${item.title})` : ''}${item.evidence ? `: "${item.evidence}"` : ''}`;
        tally.misses.push(`${item.kind} ${item.source.join('|')} -> ${item.target.join('|')}${extra}`);
      }
    }
  };
  scoreEdges(
    scores.relations,
    gold.relations.filter((r) => r.kind === 'role'),
    'relation',
  );
  scoreEdges(scores.stances, gold.stances, 'stance');
  return scores;
}

export function addScores(a: LayerScores, b: LayerScores): LayerScores {
  const add = (x: Tally, y: Tally): Tally => ({
    tp: x.tp + y.tp,
    fp: x.fp + y.fp,
    found: x.found + y.found,
    gold: x.gold + y.gold,
    misses: [...x.misses, ...y.misses],
    extras: [...x.extras, ...y.extras],
  });
  return {
    entities: add(a.entities, b.entities),
    relations: add(a.relations, b.relations),
    stances: add(a.stances, b.stances),
  };
}

export function emptyScores(): LayerScores {
  return { entities: emptyTally(), relations: emptyTally(), stances: emptyTally() };
}
