// The gazetteer: every known surface name, indexed by its lower-case token sequence.
import { tokenize } from '../extract/tokens.js';
import { STATE_ENTRIES } from './countries.js';
import type { LexiconEntry } from './entry.js';
import { GROUP_ENTRIES } from './groups.js';
import { ORGANISATION_ENTRIES } from './organisations.js';
import { KNOWN_PEOPLE } from './people.js';
import { addPhrasePrefixes } from './phrases.js';
import { PLACE_ENTRIES } from './places.js';

export interface Gazetteer {
  /** Lower-case token sequence joined by spaces -> entries. */
  byKey: Map<string, LexiconEntry[]>;
  maxTokens: number;
  /** Every proper prefix of a key: a lookup stops as soon as its tokens lead nowhere. */
  prefixes: Set<string>;
  /** Surname (lower case) -> known people with it. */
  surnames: Map<string, LexiconEntry[]>;
}

export function tokenKey(name: string): string {
  return tokenize(name)
    .map((t) => t.lower)
    .join(' ');
}

function personEntries(): LexiconEntry[] {
  return KNOWN_PEOPLE.flatMap((p) =>
    [p.name, ...(p.aliases ?? [])].map((name): LexiconEntry => ({
      name,
      kind: 'person',
      form: 'name',
      canonical: p.name,
      country: p.country,
    })),
  );
}

export function buildGazetteer(extra: readonly LexiconEntry[] = []): Gazetteer {
  const byKey = new Map<string, LexiconEntry[]>();
  const prefixes = new Set<string>();
  let maxTokens = 1;
  const all = [
    ...STATE_ENTRIES,
    ...ORGANISATION_ENTRIES,
    ...GROUP_ENTRIES,
    ...PLACE_ENTRIES,
    ...personEntries(),
    ...extra,
  ];
  for (const e of all) {
    const key = tokenKey(e.name);
    if (!key) continue;
    maxTokens = Math.max(maxTokens, addPhrasePrefixes(key, prefixes));
    const list = byKey.get(key) ?? [];
    if (!list.some((x) => x.canonical === e.canonical && x.kind === e.kind && x.name === e.name)) list.push(e);
    byKey.set(key, list);
  }
  const surnames = new Map<string, LexiconEntry[]>();
  for (const p of KNOWN_PEOPLE) {
    const list = surnames.get(p.surname.toLowerCase()) ?? [];
    list.push({ name: p.surname, kind: 'person', form: 'surname', canonical: p.name, country: p.country });
    surnames.set(p.surname.toLowerCase(), list);
  }
  for (const e of extra) {
    if (e.kind !== 'person') continue;
    const last = e.canonical.split(/\s+/).pop()!;
    const list = surnames.get(last.toLowerCase()) ?? [];
    if (!list.some((x) => x.canonical === e.canonical)) list.push({ ...e, name: last, form: 'surname' });
    surnames.set(last.toLowerCase(), list);
  }
  return { byKey, maxTokens: Math.min(maxTokens, 10), prefixes, surnames };
}

let defaultGazetteer: Gazetteer | undefined;
export function getGazetteer(): Gazetteer {
  defaultGazetteer ??= buildGazetteer();
  return defaultGazetteer;
}

export type { LexiconEntry };
