// Plain data passed between the pipeline stages (DESIGN.md §3). Every span is a pair of
// UTF-16 offsets into the original document text: no stage ever moves them.
import type { DocumentInfo, Evidence, MentionRef } from './graph-file.js';
import type { EntityKind, MentionForm, OrganisationSubtype, RelationKind, StanceKind } from './vocab.js';

/** A document as read from disk, before extraction. */
export interface SourceDocument {
  id: string;
  text: string;
  title?: string;
  /** ISO date (YYYY-MM-DD) when known. */
  date?: string;
  url?: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface Quote extends Span {
  /** The span of the quoted words, without the quotation marks. */
  inner: Span;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export interface Mention extends Span {
  text: string;
  kind: EntityKind;
  form: MentionForm;
  /** The entity key this mention points to when the lexicon knows it (e.g. "state:RU"). */
  key?: string;
  /** Canonical name, e.g. "Russia" for the demonym "Russian". */
  canonical: string;
  country?: string;
  subtype?: OrganisationSubtype;
}

export interface ExtractedEntity {
  key: string;
  kind: EntityKind;
  label: string;
  aliases: string[];
  country?: string;
  subtype?: OrganisationSubtype;
  mentions: MentionRef[];
}

export interface ExtractedRelation {
  family: 'relation';
  kind: RelationKind;
  source: string;
  target: string;
  title?: string;
  host?: string;
  evidence: Evidence;
}

export interface ExtractedStance {
  family: 'stance';
  kind: StanceKind;
  source: string;
  target: string;
  cameo: string;
  evidence: Evidence;
}

export type ExtractedEdge = ExtractedRelation | ExtractedStance;

/** Everything extracted from one document: the unit that crosses worker boundaries. */
export interface DocumentExtraction {
  document: DocumentInfo;
  entities: ExtractedEntity[];
  edges: ExtractedEdge[];
}
