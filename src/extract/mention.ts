// One object shape for every mention: the stages after the scan (typer, resolve, slots) loop
// over mentions from several places, and V8 throws away their compiled code each time a mention
// arrives with its fields in another order or without an optional one.
import type { Mention } from '../model/extraction.js';
import type { EntityKind, MentionForm, OrganisationSubtype } from '../model/vocab.js';

/** What a mention says of its entity, apart from where it is. */
export type Reading = Omit<Mention, 'start' | 'end' | 'text'>;

/** A reading with every field, optional ones undefined, in the order of the Mention type. */
export function reading(
  kind: EntityKind,
  form: MentionForm,
  canonical: string,
  key?: string,
  country?: string,
  subtype?: OrganisationSubtype,
): Reading {
  return { kind, form, canonical, key, country, subtype };
}

/** The mention at [start, end) with every field, optional ones undefined, in the order of the Mention type. */
export function mentionAt(start: number, end: number, text: string, r: Reading, canonical = r.canonical): Mention {
  return {
    start,
    end,
    text,
    kind: r.kind,
    form: r.form,
    canonical,
    key: r.key,
    country: r.country,
    subtype: r.subtype,
  };
}

/** The same mention in the one shape. */
export function mention(m: Mention): Mention {
  return mentionAt(m.start, m.end, m.text, m);
}

/** Whitespace other than single spaces ("Ali Akbar\nHashemi"). */
const LOOSE_SPACE = /[^\S ]| \s/;

/** The text on one line, runs of whitespace as one space; most names need no change. */
export function oneLine(s: string): string {
  return LOOSE_SPACE.test(s) ? s.replace(/\s+/g, ' ') : s;
}
