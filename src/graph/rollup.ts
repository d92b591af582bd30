// Roll-up to states (DESIGN.md §3): people and government bodies fold into the state they act
// for, so "Lavrov criticises Turkey" and "the Kremlin criticises Turkey" both read as
// Russia -> Turkey. Pure and deterministic: the same graph always gives the same roll-up.
import { MultiDirectedGraph } from 'graphology';
import type { DocumentInfo, EdgeAttributes, MentionRef, NodeAttributes } from '../model/graph-file.js';
import type { DiploGraph } from '../model/graph.js';
import { relationKey, stanceKey } from '../model/keys.js';
import { summariseEdge } from './summarise.js';

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** An English name for a state created by the roll-up ("RU" -> "Russia"), else its code. */
function stateLabel(code: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function isGovernmentBody(attrs: NodeAttributes): boolean {
  return attrs.kind === 'organisation' && attrs.subtype === 'government';
}

/**
 * The state each node folds into (a `state:` key), for every person and government body that
 * acts for one. States map to themselves; everything else is absent (it stays as it is).
 *
 * - A person follows their `role` edges, strongest first (weight, then key): a role to a state
 *   is that state; a role to a government body is the state of that body. A person with no role
 *   edge at all falls back on their `country`. (Mikhail Remizov, President of a think tank,
 *   has a role but not for a state: he stays a person.)
 * - A government body follows its `part-of`/`role` edges to a state, then its `country`.
 */
export function statesOf(graph: DiploGraph): Map<string, string> {
  const out = new Map<string, string>();
  const visiting = new Set<string>();

  const outgoing = (key: string, kinds: readonly string[]) =>
    graph
      .outEdges(key)
      .filter((e) => {
        const a = graph.getEdgeAttributes(e);
        return a.family === 'relation' && kinds.includes(a.kind);
      })
      .sort((x, y) => graph.getEdgeAttribute(y, 'weight') - graph.getEdgeAttribute(x, 'weight') || byString(x, y));

  const resolve = (key: string): string | undefined => {
    if (out.has(key)) return out.get(key);
    const attrs = graph.getNodeAttributes(key);
    if (attrs.kind === 'state') return key;
    if (visiting.has(key)) return undefined; // a cycle of roles: give up on this path
    visiting.add(key);
    let state: string | undefined;
    if (attrs.kind === 'person') {
      const roles = outgoing(key, ['role']);
      for (const e of roles) {
        const target = graph.target(e);
        const t = graph.getNodeAttributes(target);
        if (t.kind === 'state' || isGovernmentBody(t)) state = resolve(target);
        if (state) break;
      }
      if (roles.length === 0 && attrs.country) state = `state:${attrs.country}`;
    } else if (isGovernmentBody(attrs)) {
      for (const e of outgoing(key, ['part-of', 'role'])) {
        const target = graph.target(e);
        if (graph.getNodeAttribute(target, 'kind') === 'state') {
          state = target;
          break;
        }
      }
      if (!state && attrs.country) state = `state:${attrs.country}`;
    }
    visiting.delete(key);
    if (state) out.set(key, state);
    return state;
  };

  for (const key of [...graph.nodes()].sort(byString)) {
    const state = resolve(key);
    if (state) out.set(key, state);
  }
  return out;
}

function compareMentions(a: MentionRef, b: MentionRef): number {
  return byString(a.doc, b.doc) || a.start - b.start || a.end - b.end;
}

function uniqueMentions(mentions: readonly MentionRef[]): MentionRef[] {
  const sorted = [...mentions].sort(compareMentions);
  return sorted.filter((m, i) => {
    const p = sorted[i - 1];
    return !p || p.doc !== m.doc || p.start !== m.start || p.end !== m.end;
  });
}

/**
 * A new graph where people and government bodies are folded into their states: their stance
 * edges re-pointed and merged (same source, target and kind), self-loops and role edges
 * dropped, their mentions added to the state's. States list what they absorbed in `folded`
 * (node keys, sorted). The graph attribute `rollup` is true.
 */
export function rollUpToStates(graph: DiploGraph): DiploGraph {
  const stateOf = statesOf(graph);
  const mapKey = (key: string) => stateOf.get(key) ?? key;

  const out: DiploGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  out.replaceAttributes({ ...graph.getAttributes(), rollup: true });

  // Nodes: everything that does not fold, in key order, plus states that only appear as a
  // `country` (created with an English label).
  const nodeKeys = [...graph.nodes()].sort(byString);
  const folded = new Map<string, string[]>();
  for (const key of nodeKeys) {
    const state = stateOf.get(key);
    if (state && state !== key) folded.set(state, [...(folded.get(state) ?? []), key]);
  }
  const targets = new Set([...nodeKeys.filter((k) => !stateOf.has(k) || stateOf.get(k) === k), ...folded.keys()]);
  for (const key of [...targets].sort(byString)) {
    const base: NodeAttributes = graph.hasNode(key)
      ? { ...graph.getNodeAttributes(key) }
      : { kind: 'state', label: stateLabel(key.slice('state:'.length)), aliases: [], mentions: [] };
    const members = folded.get(key);
    if (members) {
      base.mentions = uniqueMentions([
        ...base.mentions,
        ...members.flatMap((m) => graph.getNodeAttribute(m, 'mentions')),
      ]);
      base.folded = members;
    }
    out.addNode(key, base);
  }

  // Edges: re-pointed, grouped by their new key, evidence concatenated.
  const groups = new Map<string, { source: string; target: string; attrs: EdgeAttributes }>();
  for (const key of [...graph.edges()].sort(byString)) {
    const attrs = graph.getEdgeAttributes(key);
    if (attrs.family === 'relation' && attrs.kind === 'role') continue;
    const source = mapKey(graph.source(key));
    const target = mapKey(graph.target(key));
    if (source === target) continue;
    const newKey =
      attrs.family === 'stance'
        ? stanceKey(source, target, attrs.kind)
        : relationKey(source, target, attrs.kind, attrs.title);
    const group = groups.get(newKey);
    if (group) group.attrs = { ...group.attrs, evidence: [...group.attrs.evidence, ...attrs.evidence] };
    else groups.set(newKey, { source, target, attrs: { ...attrs, evidence: [...attrs.evidence] } });
  }
  const documents = new Map<string, DocumentInfo>(graph.getAttribute('documents').map((d) => [d.id, d]));
  for (const [key, { source, target, attrs }] of groups) {
    out.addDirectedEdgeWithKey(key, source, target, summariseEdge(attrs, documents));
  }
  return out;
}
