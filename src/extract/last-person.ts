// The last person named before an offset ("he" is the last person): over the person mentions
// only, kept in step with the resolution as references are added. Walking back over every
// mention from the offset made a long document with few people quadratic.
import type { Mention } from '../model/extraction.js';
import type { Resolution } from './resolve.js';
import { SortedView, lastBefore } from './spans.js';

interface PersonView {
  /** How many of `res.mentions` have been looked at. */
  seen: number;
  persons: Mention[];
  view: SortedView<Mention>;
}

const views = new WeakMap<Mention[], PersonView>();

/** The last person mention ending at or before `offset`, as a walk back over all mentions finds it. */
export function lastPersonBefore(res: Resolution, offset: number): Mention | undefined {
  let v = views.get(res.mentions);
  if (!v) {
    const persons: Mention[] = [];
    v = { seen: 0, persons, view: new SortedView(persons) };
    views.set(res.mentions, v);
  }
  // Mentions only grow (references are pushed): the new ones join the view in place.
  for (; v.seen < res.mentions.length; v.seen++) {
    const m = res.mentions[v.seen]!;
    if (m.kind === 'person') v.persons.push(m);
  }
  return lastBefore(v.view.items, offset, () => true);
}
