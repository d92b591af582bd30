// Merging graphs across documents (DESIGN.md §3): nodes join by key and by known alias, edges
// with the same source, target and kind merge, evidence is de-duplicated by (doc, start, end)
// and weight, CAMEO code, Goldstein mean and dates are recomputed from it.
//
// The merge is associative and commutative: shards merged in any grouping and order give the
// same bytes as one run over everything. That holds because every graph is first taken apart
// into its *raw* nodes and edges — what the documents said, keyed by the extractor's keys — and
// raw parts combine by key only, which is a plain union. The alias joins are then decided once,
// over the whole union (`GraphAccumulator.toGraph`). A joined node keeps what it absorbed in
// `joined` (key, names, documents), so the next merge can take the join apart again: a join
// that was right for one shard ("Lavrov" had one candidate) may be wrong for the union (a
// second Lavrov appears), and the union decides.
//
// The alias rule, for nodes of the same kind (never states: their keys are already canonical):
//   a node whose name is one word ("Lavrov", "NATO") joins a node with a longer name ("Sergei
//   Lavrov") when (1) that node lists the word among its aliases — some document called it so;
//   (2) it is the only candidate: no other node has the word as an alias or, for people, as its
//   last name ("Ivan Lavrov" makes a bare "Lavrov" ambiguous, and it stays apart); (3) their
//   countries do not differ; (4) they share no document — within one document the extractor
//   has already decided, and two entities there are two actors; (5) their dated documents are
//   no more than four years apart — "Bush" on a 1987 Reuters wire is not the George W. Bush
//   of a 2004 BBC story, so he is not a candidate at all.
//
// Before it, the fuller-name rule for people (lexicon/person-names.ts): a person whose name has
// two words or more joins the one fuller name it is a shorter writing of ("Jen Klein" ->
// "Jennifer Klein", "Lula da Silva" -> "Luiz Inácio Lula da Silva") under rules (3), (4) and
// (5); two fuller candidates keep it apart. Names are taken from the fullest down, so chains
// end at one node, and the one-word rule then sees each such group as one candidate (with the
// names of all its members). Nicknames, initials and suffixes need no join: they share a key.
import type { DocumentExtraction } from '../model/extraction.js';
import type {
  DocumentInfo,
  EdgeAttributes,
  Evidence,
  JoinedNode,
  MentionRef,
  NodeAttributes,
} from '../model/graph-file.js';
import { type DiploGraph, graphDocuments } from '../model/graph.js';
import { relationKey, stanceKey } from '../model/keys.js';
import {
  STANCES,
  type EntityKind,
  type OrganisationSubtype,
  type RelationKind,
  type StanceKind,
} from '../model/vocab.js';
import { stateName } from '../lexicon/countries.js';
import { comparePersonNames, familyName, isShorterPersonName, personNameWords } from '../lexicon/person-names.js';
import { createGraph, type BuildOptions } from './build.js';
import { summariseEdge } from './summarise.js';

interface RawNode {
  key: string;
  kind: EntityKind;
  label: string;
  /** Every label and alias seen; the aliases are these minus the label. */
  names: Set<string>;
  country?: string;
  subtype?: OrganisationSubtype;
  mentions: MentionRef[];
  /** Documents that mention the node or hold evidence of its edges. */
  docs: Set<string>;
}

interface RawEdge {
  source: string;
  target: string;
  family: 'stance' | 'relation';
  kind: StanceKind | RelationKind;
  title?: string;
  host?: string;
  evidence: Evidence[];
}

/** A raw node as plain data (what `GraphAccumulator.parts` gives and `addParts` takes). */
export interface NodePart {
  key: string;
  kind: EntityKind;
  /** Without a country suffix: "Finance Ministry", not "Finance Ministry (Japan)". */
  label: string;
  /** The label and every alias. */
  names: string[];
  country?: string;
  subtype?: OrganisationSubtype;
  mentions: MentionRef[];
  docs: string[];
}

/** A raw edge as plain data; `key` is the key the accumulator files it under. */
export interface EdgePart extends RawEdge {
  key: string;
}

/**
 * The raw contents of an accumulator (or of one document) as plain data: cheap to send between
 * threads, and merged by `addParts` as a plain union, like every other merge here.
 */
export interface AccumulatorParts {
  documents: DocumentInfo[];
  nodes: NodePart[];
  edges: EdgePart[];
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The preferred label: the longest name (ties: alphabetical), so no order can change it. */
function betterLabel(a: string, b: string): string {
  return b.length > a.length || (b.length === a.length && b < a) ? b : a;
}

/** Smallest defined value: an order-independent choice between conflicting attributes. */
function minDefined<T extends string>(a: T | undefined, b: T | undefined): T | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return b < a ? b : a;
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    return `{${Object.keys(o)
      .filter((k) => o[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stableJson(o[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * A copy with its keys in sorted order and without undefined values: the order the JSON writer
 * wants, so it can write the object as it is instead of copying it again.
 */
function sortedCopy<T extends object>(o: T): T {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(o).sort()) {
    const v = (o as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = v;
  }
  return out as T;
}

/** A mention in sorted key order; the extractor's usual shape is written out, which is faster. */
function sortedMention(m: MentionRef): MentionRef {
  const keys = Object.keys(m);
  if (keys.length === 4 && keys[0] === 'doc' && keys[1] === 'start' && keys[2] === 'end' && keys[3] === 'form') {
    return { doc: m.doc, end: m.end, form: m.form, start: m.start };
  }
  return sortedCopy(m);
}

/** Two records of one document id: keep the one with its text, else the smaller record. */
function betterDocument(a: DocumentInfo, b: DocumentInfo): DocumentInfo {
  if ((a.text === undefined) !== (b.text === undefined)) return a.text !== undefined ? a : b;
  return stableJson(b) < stableJson(a) ? b : a;
}

/** Names compared for the alias rule: case, accents, dots and apostrophes, a leading "the". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[^\p{L}\p{N}-]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

const COUNTRY_IN_KEY = /^organisation:([A-Z]{2}):/;

/** Rule (5): a name's referent can change within a generation; a presidential term is the span. */
const MAX_GAP_DAYS = 4 * 365.25;
const DAY = 86_400_000;

function countryLabel(code: string): string {
  return stateName(code) ?? code;
}

/** "Finance Ministry (Japan)" -> "Finance Ministry" when the node's key says JP. */
function baseLabel(key: string, label: string): string {
  const code = COUNTRY_IN_KEY.exec(key)?.[1];
  if (!code) return label;
  const suffix = ` (${countryLabel(code)})`;
  return label.endsWith(suffix) && label.length > suffix.length ? label.slice(0, -suffix.length) : label;
}

function compareMentions(a: MentionRef, b: MentionRef): number {
  return cmp(a.doc, b.doc) || a.start - b.start || a.end - b.end || cmp(a.form, b.form);
}

function uniqueMentions(mentions: readonly MentionRef[]): MentionRef[] {
  const sorted = [...mentions].sort(compareMentions);
  return sorted.filter((m, i) => {
    const p = sorted[i - 1];
    return !p || p.doc !== m.doc || p.start !== m.start || p.end !== m.end;
  });
}

/** Evidence in a total order, so that when two records share a span the same one is kept. */
function sortEvidence(evidence: Evidence[]): Evidence[] {
  const keyed = evidence.map((e) => ({ e, json: '' }));
  keyed.sort((x, y) => {
    const c = cmp(x.e.doc, y.e.doc) || x.e.start - y.e.start || x.e.end - y.e.end;
    if (c !== 0) return c;
    x.json ||= stableJson(x.e);
    y.json ||= stableJson(y.e);
    return cmp(x.json, y.json);
  });
  return keyed.map((k) => k.e);
}

/**
 * Accumulates graphs, one at a time, in time proportional to each added graph; `toGraph()`
 * resolves aliases over everything added and builds the merged graph. Memory grows with the
 * graph (nodes, edges, evidence, documents), not with the number of graphs added.
 */
export class GraphAccumulator {
  private readonly nodes = new Map<string, RawNode>();
  private readonly edges = new Map<string, RawEdge>();
  private readonly documents = new Map<string, DocumentInfo>();

  get documentCount(): number {
    return this.documents.size;
  }

  /**
   * Adds raw parts: those of one document (`documentParts`) or of another accumulator
   * (`parts()`, e.g. from a worker thread). `texts` puts back document texts that were left out
   * on the way (by document id). The same as adding the graphs they came from, in time
   * proportional to the parts.
   */
  addParts(parts: AccumulatorParts, texts?: ReadonlyMap<string, string>): void {
    for (const d of parts.documents) {
      const text = texts?.get(d.id);
      const doc = text !== undefined && d.text === undefined ? sortedCopy({ ...d, text }) : d;
      const old = this.documents.get(d.id);
      this.documents.set(d.id, old ? betterDocument(old, doc) : doc);
    }
    for (const p of parts.nodes) {
      let node = this.nodes.get(p.key);
      if (!node) {
        node = {
          key: p.key,
          kind: p.kind,
          label: p.label,
          names: new Set(p.names),
          mentions: p.mentions.slice(),
          docs: new Set(p.docs),
        };
        if (p.country !== undefined) node.country = p.country;
        if (p.subtype !== undefined) node.subtype = p.subtype;
        this.nodes.set(p.key, node);
        continue;
      }
      node.label = betterLabel(node.label, p.label);
      for (const n of p.names) node.names.add(n);
      const c = minDefined(node.country, p.country);
      if (c) node.country = c;
      const st = minDefined(node.subtype, p.subtype);
      if (st) node.subtype = st;
      for (const m of p.mentions) node.mentions.push(m);
      for (const d of p.docs) node.docs.add(d);
    }
    for (const p of parts.edges) {
      let edge = this.edges.get(p.key);
      if (!edge) {
        edge = { source: p.source, target: p.target, family: p.family, kind: p.kind, evidence: [] };
        this.edges.set(p.key, edge);
      }
      if (p.family === 'relation') {
        const title = minDefined(edge.title, p.title);
        if (title !== undefined) edge.title = title;
        const host = minDefined(edge.host, p.host);
        if (host !== undefined) edge.host = host;
      }
      for (const e of p.evidence) edge.evidence.push(e);
      // Every evidence document is already among the endpoints' documents (see documentParts).
    }
  }

  /** Everything added so far, as raw parts (shares objects with the accumulator). */
  parts(): AccumulatorParts {
    const nodes: NodePart[] = [];
    for (const n of this.nodes.values()) {
      const p: NodePart = {
        key: n.key,
        kind: n.kind,
        label: n.label,
        names: [...n.names],
        mentions: n.mentions,
        docs: [...n.docs],
      };
      if (n.country !== undefined) p.country = n.country;
      if (n.subtype !== undefined) p.subtype = n.subtype;
      nodes.push(p);
    }
    const edges: EdgePart[] = [];
    for (const [key, e] of this.edges) edges.push({ key, ...e });
    return { documents: [...this.documents.values()], nodes, edges };
  }

  /** Why a graph cannot be added (a roll-up view), or undefined when it can. */
  static refusal(graph: DiploGraph): string | undefined {
    return graph.getAttribute('rollup')
      ? 'cannot merge a roll-up view (people folded into states); merge the full graphs, then roll up'
      : undefined;
  }

  /** Adds a graph: a one-document graph from `documentGraph`, or a merged graph file. */
  add(graph: DiploGraph): void {
    const refusal = GraphAccumulator.refusal(graph);
    if (refusal) throw new Error(`merge: ${refusal}`);
    for (const d of graphDocuments(graph)) {
      const old = this.documents.get(d.id);
      this.documents.set(d.id, old ? betterDocument(old, d) : { ...d });
    }
    // Which raw node a document's mention of a joined node came from.
    const joinedByDoc = new Map<string, Map<string, string>>();
    graph.forEachNode((key, attrs) => {
      const joined = attrs.joined ?? [];
      const byDoc = new Map<string, string>();
      for (const j of joined) for (const d of j.docs) byDoc.set(d, j.key);
      if (byDoc.size > 0) joinedByDoc.set(key, byDoc);
      const own = attrs.mentions.filter((m) => !byDoc.has(m.doc));
      this.addNode(key, attrs.kind, attrs.label, attrs.aliases, attrs.country, attrs.subtype, own, []);
      for (const j of joined) {
        const docs = new Set(j.docs);
        const mentions = attrs.mentions.filter((m) => docs.has(m.doc));
        this.addNode(j.key, attrs.kind, j.label, j.aliases, j.country, j.subtype, mentions, j.docs);
      }
    });
    const rawKey = (key: string, doc: string): string => joinedByDoc.get(key)?.get(doc) ?? key;
    graph.forEachEdge((_key, attrs, source, target) => {
      for (const ev of attrs.evidence) {
        const s = rawKey(source, ev.doc);
        const t = rawKey(target, ev.doc);
        const e: Evidence = { ...ev };
        if (ev.speaker !== undefined) {
          e.speaker = rawKey(ev.speaker, ev.doc);
          // Only a speaker of this graph: the result must not depend on what came before.
          if (graph.hasNode(ev.speaker)) this.nodes.get(e.speaker)?.docs.add(ev.doc);
        }
        this.addEvidence(s, t, attrs, e);
      }
    });
  }

  private addNode(
    key: string,
    kind: EntityKind,
    label: string,
    aliases: readonly string[],
    country: string | undefined,
    subtype: OrganisationSubtype | undefined,
    mentions: readonly MentionRef[],
    docs: readonly string[],
  ): void {
    const base = baseLabel(key, label);
    let node = this.nodes.get(key);
    if (!node) {
      node = { key, kind, label: base, names: new Set(), mentions: [], docs: new Set() };
      this.nodes.set(key, node);
    } else {
      node.label = betterLabel(node.label, base);
    }
    node.names.add(base);
    for (const a of aliases) node.names.add(a);
    const c = minDefined(node.country, country);
    if (c) node.country = c;
    const st = minDefined(node.subtype, subtype);
    if (st) node.subtype = st;
    for (const m of mentions) {
      node.mentions.push(m);
      node.docs.add(m.doc);
    }
    for (const d of docs) node.docs.add(d);
  }

  private addEvidence(source: string, target: string, attrs: EdgeAttributes, evidence: Evidence): void {
    const key =
      attrs.family === 'stance'
        ? stanceKey(source, target, attrs.kind)
        : relationKey(source, target, attrs.kind, attrs.title);
    let edge = this.edges.get(key);
    if (!edge) {
      edge = { source, target, family: attrs.family, kind: attrs.kind, evidence: [] };
      this.edges.set(key, edge);
    }
    if (attrs.family === 'relation') {
      const title = minDefined(edge.title, attrs.title);
      if (title !== undefined) edge.title = title;
      const host = minDefined(edge.host, attrs.host);
      if (host !== undefined) edge.host = host;
    }
    edge.evidence.push(evidence);
    this.nodes.get(source)?.docs.add(evidence.doc);
    this.nodes.get(target)?.docs.add(evidence.doc);
  }

  /** Raw node key -> the key of the node it joins (only for nodes that join another). */
  private resolveAliases(): Map<string, string> {
    // Many nodes share names ("Reuters", "Washington"): normalise each name once.
    const normalised = new Map<string, string>();
    const norm = (name: string): string => {
      let n = normalised.get(name);
      if (n === undefined) normalised.set(name, (n = normaliseName(name)));
      return n;
    };
    const words = (n: string) => n.split(' ').filter(Boolean);
    const spans = new Map<RawNode, [string, string] | null>();
    const span = (node: RawNode) => {
      let s = spans.get(node);
      if (s === undefined) {
        const dates = [...node.docs]
          .map((d) => this.documents.get(d)?.date)
          .filter((d): d is string => d !== undefined)
          .sort();
        s = dates.length > 0 ? [dates[0]!, dates[dates.length - 1]!] : null;
        spans.set(node, s);
      }
      return s;
    };
    const farApart = (a: RawNode, b: RawNode) => {
      const x = span(a);
      const y = span(b);
      if (!x || !y) return false;
      const gap =
        x[1] < y[0] ? Date.parse(y[0]) - Date.parse(x[1]) : y[1] < x[0] ? Date.parse(x[0]) - Date.parse(y[1]) : 0;
      return gap / DAY > MAX_GAP_DAYS;
    };
    // Rules (3) and (5) for two nodes: another country, or documents far apart in time.
    const apart = (a: RawNode, b: RawNode) => (!!a.country && !!b.country && a.country !== b.country) || farApart(a, b);

    const joins = new Map<string, string>();
    // Documents of each group (a node and what joined it): rule (4) holds for the whole group.
    const groupDocs = new Map<string, Set<string>>();
    const docsOf = (key: string) => {
      let d = groupDocs.get(key);
      if (!d) groupDocs.set(key, (d = new Set(this.nodes.get(key)!.docs)));
      return d;
    };
    const join = (node: RawNode, root: string): boolean => {
      const taken = docsOf(root);
      if ([...node.docs].some((d) => taken.has(d))) return false;
      for (const d of node.docs) taken.add(d);
      joins.set(node.key, root);
      return true;
    };
    const rootOf = (key: string) => joins.get(key) ?? key;

    // People named in full in several ways: "Jen Klein" and "Jennifer Klein", "Lula da Silva" and
    // "Luiz Inácio Lula da Silva" (lexicon/person-names.ts). A name joins the one more complete
    // name it can be a shorter writing of; with two candidates it stays apart. Names are taken
    // from the most complete down, so a candidate has already joined wherever it leads.
    const people = [...this.nodes.values()].filter((n) => n.kind === 'person' && personNameWords(n.label).length >= 2);
    const byFamily = new Map<string, RawNode[]>();
    for (const n of people) {
      const f = familyName(n.label);
      byFamily.set(f, [...(byFamily.get(f) ?? []), n]);
    }
    const fuller = (a: RawNode, b: RawNode) => comparePersonNames(a.label, b.label) || cmp(a.key, b.key);
    for (const node of [...people].sort((a, b) => fuller(b, a))) {
      const own = personNameWords(node.label);
      const roots = new Set<string>();
      for (const other of byFamily.get(familyName(node.label)) ?? []) {
        if (other === node || fuller(other, node) <= 0 || apart(node, other)) continue;
        if (isShorterPersonName(own, personNameWords(other.label))) roots.add(rootOf(other.key));
      }
      if (roots.size === 1) join(node, roots.values().next().value!);
    }

    // One-word names ("Lavrov", "NATO"): the alias rule of the header, over groups.
    const byAlias = new Map<string, string[]>();
    const bySurname = new Map<string, string[]>();
    const push = (index: Map<string, string[]>, k: string, root: string) => {
      const list = index.get(k);
      if (!list) index.set(k, [root]);
      else if (!list.includes(root)) list.push(root);
    };
    const namesOf = new Map<string, Set<string>>();
    for (const node of this.nodes.values()) {
      if (node.kind === 'state' || words(norm(node.label)).length < 2) continue;
      const root = rootOf(node.key);
      const names = namesOf.get(root) ?? new Set<string>();
      namesOf.set(root, names);
      for (const name of [...node.names].map(norm).sort()) {
        names.add(name);
        push(byAlias, `${node.kind}|${name}`, root);
      }
      if (node.kind === 'person') {
        push(bySurname, words(norm(node.label)).pop()!, root);
        push(bySurname, familyName(node.label), root);
      }
    }
    const members = new Map<string, RawNode[]>();
    for (const node of this.nodes.values()) {
      const root = rootOf(node.key);
      members.set(root, [...(members.get(root) ?? []), node]);
    }
    // A group is a candidate when no member has another country and some member is near in time.
    const conflicts = (root: string, node: RawNode) => {
      const group = members.get(root) ?? [];
      return (
        group.some((m) => m.country && node.country && m.country !== node.country) ||
        group.every((m) => farApart(m, node))
      );
    };
    const joiners = new Map<string, RawNode[]>();
    for (const node of this.nodes.values()) {
      const name = norm(node.label);
      if (node.kind === 'state' || words(name).length !== 1 || joins.has(node.key)) continue;
      const candidates = new Set<string>();
      for (const c of byAlias.get(`${node.kind}|${name}`) ?? []) candidates.add(c);
      if (node.kind === 'person') for (const c of bySurname.get(name) ?? []) candidates.add(c);
      for (const c of candidates) if (conflicts(c, node)) candidates.delete(c);
      if (candidates.size !== 1) continue;
      const target = candidates.values().next().value!;
      if (!namesOf.get(target)?.has(name)) continue;
      const list = joiners.get(target) ?? [];
      list.push(node);
      joiners.set(target, list);
    }
    for (const [target, list] of joiners) {
      for (const node of list.sort((a, b) => cmp(a.key, b.key))) join(node, target);
    }
    return joins;
  }

  /** The merged graph: aliases resolved, edges summarised, everything in sorted order. */
  toGraph(): DiploGraph {
    const joins = this.resolveAliases();
    const root = (key: string) => joins.get(key) ?? key;
    const out = createGraph();
    const documents = new Map([...this.documents].sort(([a], [b]) => cmp(a, b)));
    out.setAttribute('documents', [...documents.values()]);

    const absorbed = new Map<string, RawNode[]>();
    for (const [from, to] of joins) {
      const list = absorbed.get(to) ?? [];
      list.push(this.nodes.get(from)!);
      absorbed.set(to, list);
    }
    const keys = [...this.nodes.keys()].filter((k) => !joins.has(k)).sort(cmp);
    for (const key of keys) {
      const node = this.nodes.get(key)!;
      const parts = (absorbed.get(key) ?? []).sort((a, b) => cmp(a.key, b.key));
      // Keys in sorted order (see sortedCopy).
      const attrs = { aliases: [...node.names].filter((n) => n !== node.label).sort(cmp) } as NodeAttributes;
      if (node.country) attrs.country = node.country;
      if (parts.length > 0) {
        attrs.joined = parts.map((p) => {
          const j = { aliases: [...p.names].filter((n) => n !== p.label).sort(cmp) } as JoinedNode;
          if (p.country) j.country = p.country;
          j.docs = [...p.docs].sort(cmp);
          j.key = p.key;
          j.label = p.label;
          if (p.subtype) j.subtype = p.subtype;
          return j;
        });
      }
      attrs.kind = node.kind;
      attrs.label = node.label;
      attrs.mentions = uniqueMentions(
        parts.length > 0 ? [...node.mentions, ...parts.flatMap((p) => p.mentions)] : node.mentions,
      );
      if (node.subtype) attrs.subtype = node.subtype;
      out.addNode(key, attrs);
    }
    labelBodies(out);

    const merged = new Map<string, { source: string; target: string; edge: RawEdge; evidence: Evidence[] }>();
    for (const edge of this.edges.values()) {
      const source = root(edge.source);
      const target = root(edge.target);
      if (source === target) continue;
      const key =
        edge.family === 'stance'
          ? stanceKey(source, target, edge.kind as StanceKind)
          : relationKey(source, target, edge.kind as RelationKind, edge.title);
      const evidence = edge.evidence.map((e) =>
        e.speaker !== undefined && joins.has(e.speaker) ? { ...e, speaker: root(e.speaker) } : e,
      );
      const m = merged.get(key);
      if (!m) merged.set(key, { source, target, edge, evidence });
      else {
        // A loop, not push(...evidence): an edge can carry more evidence than the stack holds arguments.
        for (const e of evidence) m.evidence.push(e);
        // Two raw edges landing on one key: keep the order-independent choice of their extras.
        if (edge.title !== undefined) m.edge = { ...m.edge, title: minDefined(m.edge.title, edge.title)! };
        if (edge.host !== undefined) m.edge = { ...m.edge, host: minDefined(m.edge.host, edge.host)! };
      }
    }
    for (const key of [...merged.keys()].sort(cmp)) {
      const { source, target, edge, evidence } = merged.get(key)!;
      let attrs: EdgeAttributes;
      if (edge.family === 'stance') {
        const kind = edge.kind as StanceKind;
        const info = STANCES[kind];
        attrs = {
          family: 'stance',
          kind,
          polarity: info.polarity,
          cameo: info.defaultCode,
          goldstein: 0,
          weight: 0,
          evidence: sortEvidence(evidence),
        };
      } else {
        attrs = { family: 'relation', kind: edge.kind as RelationKind, weight: 0, evidence: sortEvidence(evidence) };
        if (edge.title !== undefined) attrs.title = edge.title;
        if (edge.host !== undefined) attrs.host = root(edge.host);
      }
      out.addDirectedEdgeWithKey(key, source, target, summariseEdge(attrs, documents));
    }
    return out;
  }
}

/**
 * Bodies keyed by their country — generic names that every state has, so namesakes
 * (`organisation:JP:finance-ministry`, `organisation:GR:finance-ministry`) — are labelled with
 * it: "Finance Ministry (Japan)", as the extractor labels them. The suffix is taken off when a
 * graph is read (`baseLabel`) and put back here, so merging never stacks or loses it.
 */
function labelBodies(graph: DiploGraph): void {
  graph.forEachNode((key, attrs) => {
    const code = COUNTRY_IN_KEY.exec(key)?.[1];
    if (code && attrs.kind === 'organisation')
      graph.setNodeAttribute(key, 'label', `${attrs.label} (${countryLabel(code)})`);
  });
}

/**
 * One document's raw parts: what `add(documentGraph(extraction, options))` adds, without
 * building the graph. Throws, before anything is added anywhere, when the extraction repeats an
 * entity key.
 */
export function documentParts(extraction: DocumentExtraction, options: BuildOptions = {}): AccumulatorParts {
  const document: DocumentInfo = sortedCopy(extraction.document);
  if (options.text === false) delete document.text;
  const nodes = new Map<string, NodePart>();
  for (const e of extraction.entities) {
    if (nodes.has(e.key)) throw new Error(`entity ${e.key} is extracted twice from document "${document.id}"`);
    const label = baseLabel(e.key, e.label);
    const p: NodePart = {
      key: e.key,
      kind: e.kind,
      label,
      names: [label, ...e.aliases],
      mentions: e.mentions.map(sortedMention),
      docs: [],
    };
    if (e.country) p.country = e.country;
    if (e.subtype) p.subtype = e.subtype;
    nodes.set(e.key, p);
  }
  // Edges as documentGraph builds them: no self-loops, both ends extracted, one edge per key
  // (the first one's title and host), evidence without repeats of a span (the first one kept).
  const edges = new Map<string, EdgePart>();
  const spans = new Set<string>();
  for (const e of extraction.edges) {
    if (e.source === e.target || !nodes.has(e.source) || !nodes.has(e.target)) continue;
    const key =
      e.family === 'stance' ? stanceKey(e.source, e.target, e.kind) : relationKey(e.source, e.target, e.kind, e.title);
    let edge = edges.get(key);
    if (!edge) {
      edge = { key, source: e.source, target: e.target, family: e.family, kind: e.kind, evidence: [] };
      if (e.family === 'relation') {
        if (e.title !== undefined) edge.title = e.title;
        if (e.host !== undefined) edge.host = e.host;
      }
      edges.set(key, edge);
    }
    const span = `${key}|${e.evidence.doc}|${e.evidence.start}|${e.evidence.end}`;
    if (spans.has(span)) continue;
    spans.add(span);
    edge.evidence.push(sortedCopy(e.evidence));
  }
  const docsOf = new Map<string, Set<string>>();
  const touch = (key: string, doc: string) => {
    let set = docsOf.get(key);
    if (!set) docsOf.set(key, (set = new Set()));
    set.add(doc);
  };
  for (const p of nodes.values()) for (const m of p.mentions) touch(p.key, m.doc);
  for (const edge of edges.values()) {
    for (const ev of edge.evidence) {
      if (ev.speaker !== undefined && nodes.has(ev.speaker)) touch(ev.speaker, ev.doc);
      touch(edge.source, ev.doc);
      touch(edge.target, ev.doc);
    }
  }
  for (const p of nodes.values()) p.docs = [...(docsOf.get(p.key) ?? [])];
  return { documents: [document], nodes: [...nodes.values()], edges: [...edges.values()] };
}

/** Merges graphs; the result depends only on what they contain, not on their order or grouping. */
export function mergeGraphs(graphs: readonly DiploGraph[]): DiploGraph {
  const acc = new GraphAccumulator();
  for (const g of graphs) acc.add(g);
  return acc.toGraph();
}
