// Event-data actor dictionaries in the PETRARCH / Phoenix format (`--actors FILE`):
//   SERGEY_LAVROV_  # comment
//   +SERGEI_LAVROV            synonyms of the entry above
//       [RUSGOV >20040309]    CAMEO actor code (country + role) and date range
// Entries become known people and bodies with their country.
import { readFile } from 'node:fs/promises';
import worldCountries, { type Country } from 'world-countries';
import type { LexiconEntry } from './entry.js';
import { TITLE_HEADS, TITLE_MODIFIERS } from './titles.js';

const countries: readonly Country[] = Array.isArray(worldCountries) ? worldCountries : worldCountries.default;
const ISO3 = new Map(countries.map((c) => [c.cca3, c.cca2]));
const ORG_CODES = /^(IGO|NGO|MNC|UAF|REB|INS|SEP)/;
const ORG_WORD_LIST =
  'council|ministry|party|army|front|union|organi[sz]ation|agency|bank|fund|committee|association|institute|' +
  'movement|forces|brigades?|league|group|commission|court|church|university|company|corporation|news|times|post';
const ORG_WORDS = new RegExp(`\\b(?:${ORG_WORD_LIST})\\b`, 'i');

export interface ActorEntry {
  names: string[];
  codes: string[];
}

function readable(raw: string): string {
  return raw
    .replace(/_+$/, '')
    .split('_')
    .filter(Boolean)
    .map((w) => (w.length <= 3 && /^[A-Z.]+$/.test(w) && w.includes('.') ? w : w.charAt(0) + w.slice(1).toLowerCase()))
    .join(' ');
}

/** Parses the dictionary text into entries (names and codes); `source` names the file in errors. */
export function parseActorDictionary(text: string): ActorEntry[] {
  const out: ActorEntry[] = [];
  let current: ActorEntry | undefined;
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/#.*$/, '').trimEnd();
    if (!line.trim()) continue;
    const codes = [...line.matchAll(/\[([^\]\s]+)[^\]]*\]/g)].map((m) => m[1]!);
    const name = line.replace(/\[[^\]]*\]/g, '').trim();
    if (/^\s/.test(rawLine) && !name) {
      current?.codes.push(...codes);
      continue;
    }
    if (name.startsWith('+')) {
      current?.names.push(readable(name.slice(1)));
      current?.codes.push(...codes);
      continue;
    }
    if (!name) continue;
    current = { names: [readable(name)], codes };
    out.push(current);
  }
  return out;
}

/** Lexicon entries for the actors: people (2-4 plain name words) and organisations. */
export function actorEntries(entries: readonly ActorEntry[]): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const e of entries) {
    const code = e.codes[0];
    if (!code) continue;
    const country = ISO3.get(code.slice(0, 3));
    const canonical = e.names[0]!;
    const isOrg = ORG_CODES.test(code) && !country ? true : ORG_WORDS.test(canonical);
    const plain = (n: string) => {
      const words = n.split(' ');
      return (
        words.length >= 2 &&
        words.length <= 4 &&
        !words.some((w) => TITLE_HEADS.has(w.toLowerCase()) || TITLE_MODIFIERS.has(w.toLowerCase()))
      );
    };
    if (isOrg) {
      for (const n of e.names)
        if (n.split(' ').length <= 8)
          out.push({ name: n, kind: 'organisation', form: 'name', canonical, ...(country ? { country } : {}) });
    } else if (country && code.length > 3 && plain(canonical)) {
      for (const n of e.names) if (plain(n)) out.push({ name: n, kind: 'person', form: 'name', canonical, country });
    }
  }
  return out;
}

/** Reads an actor dictionary file; errors name the file. */
export async function loadActorDictionary(path: string): Promise<LexiconEntry[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new Error(`actors: cannot read ${path} (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const entries = actorEntries(parseActorDictionary(text));
  if (entries.length === 0) throw new Error(`actors: ${path} has no actor entries in the PETRARCH/Phoenix format`);
  return entries;
}
