// The pipeline: segment -> mentions -> resolve -> relations -> stances, one document at a time.
// Pure: the same document always gives the same extraction.
import type {
  DocumentExtraction,
  ExtractedEdge,
  ExtractedEntity,
  Mention,
  Sentence,
  SourceDocument,
} from '../model/extraction.js';
import type { DocumentInfo } from '../model/graph-file.js';
import { buildGazetteer, getGazetteer, tokenKey, type Gazetteer, type LexiconEntry } from '../lexicon/index.js';
import { stateName } from '../lexicon/countries.js';
import { furnitureSpans } from '../lexicon/furniture.js';
import { publisherState } from '../lexicon/publishers.js';
import { attribute } from './attribution.js';
import { evidenceSpan, oneEvidencePerSentence } from './evidence.js';
import { findMentions } from './mentions.js';
import { findRoles } from './relations.js';
import { resolveMentions, type Resolution } from './resolve.js';
import { segment } from './segment.js';
import { findStances } from './stances/index.js';
import { covering } from './spans.js';
import { tokenAt, tokenize } from './tokens.js';

export interface ExtractOptions {
  /** Extra known actors, e.g. from `--actors` dictionaries (see lexicon/actors.ts). */
  actors?: readonly LexiconEntry[];
}

export function documentInfo(doc: SourceDocument): DocumentInfo {
  const info: DocumentInfo = { id: doc.id, chars: doc.text.length, text: doc.text };
  if (doc.title) info.title = doc.title;
  if (doc.date) info.date = doc.date;
  if (doc.url) info.url = doc.url;
  return info;
}

const gazetteerCache = new WeakMap<readonly LexiconEntry[], Gazetteer>();
function gazetteerFor(options: ExtractOptions): Gazetteer {
  if (!options.actors || options.actors.length === 0) return getGazetteer();
  let g = gazetteerCache.get(options.actors);
  if (!g) {
    g = buildGazetteer(options.actors);
    gazetteerCache.set(options.actors, g);
  }
  return g;
}

// PLACE, Month Day -  |  PLACE, Country (Agency) --  |  Agency -
const DATELINE = new RegExp(
  String.raw`^\s*([A-Z][A-Za-z .'’-]{1,30}?)` +
    String.raw`(?:,\s+[A-Z][A-Za-z.]*(?:\s+[A-Z]?[a-z.]+)?(?:\s+\d{1,2})?)?` +
    String.raw`\s*(?:\([A-Za-z ]+\))?\s*[-–—]{1,2}\s`,
);

/** "PEKING, April 9 -" / "LOURDES, France -": wire datelines name where the story was filed. */
function dateline(text: string, gazetteer: Gazetteer): { state?: string; end: number } | undefined {
  const head = text.slice(0, 100);
  const m = DATELINE.exec(head);
  if (!m) return undefined;
  const name = m[1]!.trim();
  const entries = gazetteer.byKey.get(tokenKey(name));
  // A place is written in capitals ("PEKING"); a mixed-case lead must be a news agency ("Reuters -").
  const isPlace = name === name.toUpperCase();
  const isAgency = entries?.some((e) => e.kind === 'organisation' && e.subtype === 'media');
  if (!isPlace && !isAgency) return undefined;
  const state = isPlace ? entries?.find((e) => e.kind === 'state' && e.key)?.key?.slice('state:'.length) : undefined;
  return { end: m[0].length, ...(state ? { state } : {}) };
}

/**
 * A place is part of its state: one `part-of` edge per place whose state is known, with the
 * sentence of its first mention as evidence. The state gets a node without mentions when the
 * text never names it (as for roles).
 */
function placesOf(res: Resolution, sentences: readonly Sentence[], text: string, docId: string): ExtractedEdge[] {
  const edges: ExtractedEdge[] = [];
  for (const e of res.entities.values()) {
    if (e.kind !== 'place' || !e.country || !stateName(e.country)) continue;
    const target = `state:${e.country}`;
    if (!res.entities.has(target)) {
      res.entities.set(target, {
        key: target,
        kind: 'state',
        label: stateName(e.country)!,
        aliases: [],
        mentions: [],
        names: [],
      });
    }
    if (e.mentions.length === 0) continue;
    const first = e.mentions.reduce((a, b) => (b.start < a.start ? b : a));
    const sentence = covering(sentences, first.start);
    const span = sentence ? evidenceSpan(text, sentence, [first]) : first;
    edges.push({
      family: 'relation',
      kind: 'part-of',
      source: e.key,
      target,
      evidence: {
        doc: docId,
        start: span.start,
        end: span.end,
        quote: text.slice(span.start, span.end),
        modality: 'asserted',
      },
    });
  }
  return edges;
}

export interface Analysis {
  extraction: DocumentExtraction;
  mentions: Array<Mention & { entity: string }>;
}

/** Runs the stages; the resolution is kept for callers that list mentions. */
function run(doc: SourceDocument, options: ExtractOptions): { extraction: DocumentExtraction; res: Resolution } {
  const text = doc.text;
  const gazetteer = gazetteerFor(options);
  const seg = segment(text);
  const tokens = tokenize(text);
  const sentenceStarts = new Set(seg.sentences.map((s) => tokenAt(tokens, s.start)));
  const year = doc.date ? Number(doc.date.slice(0, 4)) : undefined;
  const filed = dateline(text, gazetteer);
  // The story proper starts after the dateline.
  if (filed) sentenceStarts.add(tokenAt(tokens, filed.end));
  // The dateline says where the story was filed, not who acts in it; page furniture ("Follow
  // X on Twitter", photo credits, "Read more") is not the story at all.
  const furniture = furnitureSpans(text);
  const found = findMentions({ text, tokens, sentenceStarts, gazetteer, ...(year ? { year } : {}) }).filter(
    (m) => (!filed || m.start >= filed.end) && !covering(furniture, m.start),
  );
  const res = resolveMentions(doc.id, found, tokens, text);
  // Unqualified government titles act for the publishing government, else for the dateline's state.
  const publisher = publisherState(doc.url);
  const roles = findRoles({
    text,
    tokens,
    res,
    ...(filed?.state ? { datelineState: filed.state } : {}),
    ...(publisher ? { publisherState: publisher } : {}),
    ...(doc.title ? { headline: doc.title } : {}),
  });
  const speakerCtx = { text, tokens, res, roles, sentences: seg.sentences, quotes: seg.quotes };
  const attribution = attribute(speakerCtx);
  const stances = findStances({ ...speakerCtx, docId: doc.id, attribution });

  const edges: ExtractedEdge[] = [];
  for (const r of roles) {
    if (!res.entities.has(r.target)) {
      // A state known only from a dateline or a known person's country: a node without mentions.
      const code = r.target.slice('state:'.length);
      res.entities.set(r.target, {
        key: r.target,
        kind: 'state',
        label: stateName(code) ?? code,
        aliases: [],
        mentions: [],
        names: [],
      });
    }
    const sentence = covering(seg.sentences, r.span.start);
    const span = sentence ? evidenceSpan(text, sentence, [r.span]) : r.span;
    edges.push({
      family: 'relation',
      kind: 'role',
      source: r.person,
      target: r.target,
      title: r.title,
      ...(r.host ? { host: r.host } : {}),
      evidence: {
        doc: doc.id,
        start: span.start,
        end: span.end,
        quote: text.slice(span.start, span.end),
        modality: 'asserted',
      },
    });
    // A person acting for a state carries its country.
    const person = res.entities.get(r.person);
    if (person && !person.country && r.target.startsWith('state:')) person.country = r.target.slice('state:'.length);
  }
  // A loop, not push(...stances): spreading a long document's stances overflows the stack.
  for (const s of stances) edges.push(s);
  for (const e of placesOf(res, seg.sentences, text, doc.id)) edges.push(e);
  const evidenced = oneEvidencePerSentence(edges, seg.sentences);

  const entities: ExtractedEntity[] = [...res.entities.values()]
    .map((e) => {
      const out: ExtractedEntity = {
        key: e.key,
        kind: e.kind,
        label: e.label,
        aliases: e.aliases.filter((a) => a !== e.label),
        mentions: [...e.mentions].sort((a, b) => a.start - b.start || a.end - b.end),
      };
      if (e.country && /^[A-Z]{2}$/.test(e.country)) out.country = e.country;
      if (e.kind === 'organisation' && e.subtype) out.subtype = e.subtype;
      return out;
    })
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return { extraction: { document: documentInfo(doc), entities, edges: evidenced }, res };
}

/** The extraction and every resolved mention (for `diplograph mentions`). */
export function analyseDocument(doc: SourceDocument, options: ExtractOptions = {}): Analysis {
  const { extraction, res } = run(doc, options);
  const mentions = [...res.mentions, ...res.places]
    .map((m) => ({ ...m, entity: res.keyOf.get(m) ?? '' }))
    .filter((m) => m.entity)
    .sort((a, b) => a.start - b.start);
  return { extraction, mentions };
}

export function extractDocument(doc: SourceDocument, options: ExtractOptions = {}): DocumentExtraction {
  return run(doc, options).extraction;
}
