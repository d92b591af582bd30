// One object shape for every mention: the stages after the scan (typer, resolve, slots) loop
// over mentions from several places, and V8 throws away their compiled code each time a mention
// arrives with its fields in another order or without an optional one.
import type { Mention } from '../model/extraction.js';

/** The mention with every field, optional ones undefined, in the order of the Mention type. */
export function mention(m: Mention): Mention {
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    kind: m.kind,
    form: m.form,
    canonical: m.canonical,
    key: m.key,
    country: m.country,
    subtype: m.subtype,
  };
}
