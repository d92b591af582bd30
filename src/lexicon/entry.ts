import type { EntityKind, MentionForm, OrganisationSubtype } from '../model/vocab.js';

/** One surface name the extractor knows, and what it refers to. */
export interface LexiconEntry {
  /** The surface name as it is written ("U.S.", "Kremlin", "Russian"). */
  name: string;
  kind: EntityKind;
  form: MentionForm;
  /** Canonical name of the entity ("United States"). */
  canonical: string;
  /** Fixed entity key when known ("state:US"). */
  key?: string;
  country?: string;
  subtype?: OrganisationSubtype;
  /** Match only with exactly this case (acronyms: "US" but not "us"). */
  caseSensitive?: boolean;
}
