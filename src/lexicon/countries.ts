// States from the world-countries package (names, official names, demonyms, capitals, codes),
// plus what it lacks: news names, seats of power and historical states.
import worldCountries, { type Country } from 'world-countries';
import type { LexiconEntry } from './entry.js';

// The package is CommonJS for Node and ESM for bundlers: its default export is the array either way,
// but TypeScript's NodeNext view of it is the module object.
const countries: readonly Country[] = Array.isArray(worldCountries) ? worldCountries : worldCountries.default;

/** Recognised as states although world-countries marks them not independent. */
const EXTRA_STATES = new Set(['TW', 'PS', 'XK']);

/** Demonyms that name a people or its authority more often than a state: left to lexicon/groups.ts. */
const GROUP_DEMONYMS = new Set(['Palestinian']);

/** Capitals that are more often something else in English news (a person, a word, another place). */
const AMBIGUOUS_CAPITALS = new Set([
  'Victoria',
  'Kingston',
  'Georgetown',
  'Hamilton',
  'Saint John',
  "Saint John's",
  'Plymouth',
  'Castries',
  'Washington D.C.',
  'Vatican City',
  'Palikir',
  'Amsterdam',
  'Male',
  'Malé',
  'Sucre',
  'Bern',
  'Roseau',
  'Nassau',
  'Praia',
  'Apia',
  'Avarua',
  'Funafuti',
  'Basseterre',
  'City of San Marino',
  'Monaco',
  'Luxembourg',
  'Brussels',
  'Singapore',
  'Djibouti',
  'Kuwait City',
  'Panama City',
  'Guatemala City',
  'Mexico City',
  'Andorra la Vella',
]);

/** Names news uses that the package lacks, with the ISO code they stand for. */
const NEWS_NAMES: Array<[string, string]> = [
  ['U.S.', 'US'],
  ['U.S.A.', 'US'],
  ['America', 'US'],
  ['United States of America', 'US'],
  ['the States', 'US'],
  ['Britain', 'GB'],
  ['U.K.', 'GB'],
  ['England', 'GB'],
  ['Turkey', 'TR'],
  ['Holland', 'NL'],
  ['Burma', 'MM'],
  ['South Korea', 'KR'],
  ['North Korea', 'KP'],
  ['Czech Republic', 'CZ'],
  ['Ivory Coast', 'CI'],
  ['Congo', 'CD'],
  ['Vatican', 'VA'],
  ['Holy See', 'VA'],
  ['Persia', 'IR'],
  ['Swaziland', 'SZ'],
  ['Macedonia', 'MK'],
  ['East Timor', 'TL'],
  ['Cape Verde', 'CV'],
  ['UAE', 'AE'],
  ['Emirates', 'AE'],
  ['Saudi', 'SA'],
  ['Russian Federation', 'RU'],
  ['Mainland China', 'CN'],
  ['Peking', 'CN'],
  ['Bombay', 'IN'],
  ['New Delhi', 'IN'],
  ['Washington', 'US'],
  ['The Hague', 'NL'],
  ['Bonn', 'DE'],
  ['Rangoon', 'MM'],
  ['Tel Aviv', 'IL'],
  ['Gaza', 'PS'],
  ['West Bank', 'PS'],
  ['Ottawa', 'CA'],
];

/** Seats of power used for their government ("the Kremlin said"). */
const SEATS_OF_POWER: Array<[string, string]> = [
  ['Kremlin', 'RU'],
  ['White House', 'US'],
  ['Pentagon', 'US'],
  ['Capitol Hill', 'US'],
  ['Downing Street', 'GB'],
  ['Whitehall', 'GB'],
  ['Elysee', 'FR'],
  ['Élysée', 'FR'],
  ['Elysee Palace', 'FR'],
  ['Quai d’Orsay', 'FR'],
  ["Quai d'Orsay", 'FR'],
  ['Zhongnanhai', 'CN'],
  ['Blue House', 'KR'],
  ['Chancellery', 'DE'],
  ['Foggy Bottom', 'US'],
];

export const SEAT_OF_POWER_NAMES: ReadonlySet<string> = new Set(SEATS_OF_POWER.map(([name]) => name));

/** Demonyms the package lacks. */
const EXTRA_DEMONYMS: Array<[string, string]> = [
  ['U.S.', 'US'],
  ['US', 'US'],
  ['Saudi', 'SA'],
  ['Emirati', 'AE'],
  ['Briton', 'GB'],
  ['English', 'GB'],
  ['Filipino', 'PH'],
  ['Philippine', 'PH'],
  ['Israeli', 'IL'],
  ['Palestinian', 'PS'],
  ['Taiwanese', 'TW'],
  ['Burmese', 'MM'],
  ['Afghan', 'AF'],
  ['Iraqi', 'IQ'],
  ['Yemeni', 'YE'],
  ['Omani', 'OM'],
  ['Bahraini', 'BH'],
  ['Qatari', 'QA'],
  ['Kuwaiti', 'KW'],
  ['Pakistani', 'PK'],
  ['Bangladeshi', 'BD'],
  ['Thai', 'TH'],
  ['Dutch', 'NL'],
  ['Swiss', 'CH'],
  ['Czech', 'CZ'],
  ['Slovak', 'SK'],
  ['Danish', 'DK'],
  ['Swedish', 'SE'],
  ['Finnish', 'FI'],
  ['Norwegian', 'NO'],
  ['Polish', 'PL'],
  ['Spanish', 'ES'],
  ['Portuguese', 'PT'],
  ['Greek', 'GR'],
  ['Irish', 'IE'],
  ['Scottish', 'GB'],
  ['Welsh', 'GB'],
  ['Chinese', 'CN'],
  ['Japanese', 'JP'],
  ['Vietnamese', 'VN'],
  ['Lebanese', 'LB'],
  ['Sudanese', 'SD'],
  ['Congolese', 'CD'],
  ['Senegalese', 'SN'],
  ['Turkish', 'TR'],
  ['Soviet', 'SU'],
  ['Yugoslav', 'YU'],
  ['Greek Cypriot', 'CY'],
];

/** Historical states, with the ISO 3166-3 style code we give them and the last year they existed. */
export interface HistoricalState {
  code: string;
  name: string;
  names: string[];
  until: number;
  /** Modern names that meant this state before `until` ("Moscow" in 1987 is the Soviet Union). */
  successorCode?: string;
}

export const HISTORICAL_STATES: HistoricalState[] = [
  {
    code: 'SU',
    name: 'Soviet Union',
    names: ['Soviet Union', 'USSR', 'U.S.S.R.', 'Soviets'],
    until: 1991,
    successorCode: 'RU',
  },
  { code: 'YU', name: 'Yugoslavia', names: ['Yugoslavia'], until: 2003 },
  { code: 'CS', name: 'Czechoslovakia', names: ['Czechoslovakia', 'Czechoslovak'], until: 1992 },
  {
    code: 'DD',
    name: 'East Germany',
    names: ['East Germany', 'German Democratic Republic', 'GDR', 'East German'],
    until: 1990,
  },
  { code: 'WG', name: 'West Germany', names: ['West Germany', 'West German', 'Bonn'], until: 1990 },
];

export interface StateInfo {
  code: string;
  name: string;
}

function stateEntries(): { entries: LexiconEntry[]; states: Map<string, StateInfo> } {
  const entries: LexiconEntry[] = [];
  const states = new Map<string, StateInfo>();
  const add = (name: string, code: string, form: LexiconEntry['form']) => {
    const state = states.get(code);
    if (!state || !name.trim()) return;
    const caseSensitive = /^[A-Z.]+$/.test(name);
    entries.push({
      name,
      kind: 'state',
      form,
      canonical: state.name,
      key: `state:${code}`,
      ...(caseSensitive ? { caseSensitive } : {}),
    });
  };
  for (const c of countries) {
    if (!(c.independent || EXTRA_STATES.has(c.cca2))) continue;
    // News still says "Turkey": the package's common name became "Türkiye".
    const name = c.cca2 === 'TR' ? 'Turkey' : c.cca2 === 'CZ' ? 'Czech Republic' : c.name.common;
    states.set(c.cca2, { code: c.cca2, name });
  }
  for (const h of HISTORICAL_STATES) states.set(h.code, { code: h.code, name: h.name });
  // Demonyms also name the people, in the plural ("the Americans", "Kuwaitis").
  const addDemonym = (d: string, code: string) => {
    add(d, code, 'demonym');
    if (/[nio]$/.test(d)) add(`${d}s`, code, 'demonym');
  };
  for (const c of countries) {
    if (!states.has(c.cca2)) continue;
    add(c.name.common, c.cca2, 'name');
    add(c.name.official, c.cca2, 'name');
    add(c.cca3, c.cca2, 'acronym');
    for (const alt of c.altSpellings) {
      // Two-letter codes are words too ("IN", "IT"): only a few are used as names.
      if (alt.length <= 2 && !['US', 'UK'].includes(alt)) continue;
      if (/[^\p{Script=Latin}\s.,'’()-]/u.test(alt) || alt.includes(',')) continue;
      add(alt, c.cca2, /^[A-Z]+$/.test(alt) ? 'acronym' : 'name');
    }
    const dem = c.demonyms.eng;
    if (dem) for (const d of new Set([dem.m, dem.f])) if (d && !GROUP_DEMONYMS.has(d)) addDemonym(d, c.cca2);
    for (const cap of c.capital) if (!AMBIGUOUS_CAPITALS.has(cap)) add(cap, c.cca2, 'metonym');
  }
  for (const [name, code] of NEWS_NAMES)
    add(
      name,
      code,
      /^(Washington|Peking|Bombay|New Delhi|The Hague|Bonn|Rangoon|Tel Aviv|Ottawa)$/.test(name) ? 'metonym' : 'name',
    );
  for (const [name, code] of SEATS_OF_POWER) add(name, code, 'metonym');
  for (const [name, code] of EXTRA_DEMONYMS) if (!GROUP_DEMONYMS.has(name)) addDemonym(name, code);
  for (const h of HISTORICAL_STATES)
    for (const n of h.names)
      add(n, h.code, n === h.name ? 'name' : /German|Czechoslovak$/.test(n) ? 'demonym' : 'name');
  // "US" is a name here, and "USA" an acronym; Chinese-style three-letter codes of small
  // states collide with words and acronyms ("CAN", "ARM", "PER"): keep only well-known ones.
  const ALLOWED_CCA3 = new Set(['USA', 'GBR', 'RUS', 'CHN', 'PRC', 'DPRK', 'ROK', 'UAE']);
  return {
    entries: entries.filter((e) => e.form !== 'acronym' || e.name.length !== 3 || ALLOWED_CCA3.has(e.name)),
    states,
  };
}

const built = stateEntries();
export const STATE_ENTRIES: readonly LexiconEntry[] = built.entries;
export const STATES_BY_CODE: ReadonlyMap<string, StateInfo> = built.states;

export function stateName(code: string): string | undefined {
  return STATES_BY_CODE.get(code)?.name;
}
