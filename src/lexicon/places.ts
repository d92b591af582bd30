// Places: cities and regions that are not states. A place says where something happened; it
// is not an actor, and it is part of a state (its `country`). Two sources: capitals used as
// locations ("talks in Moscow", read by `capitalUsedAsPlace`) and a hand-kept list of cities and
// regions that international news names often (`KNOWN_PLACES`, matched by the gazetteer).
import type { Mention } from '../model/extraction.js';
import { nodeKey } from '../model/keys.js';
import { SEAT_OF_POWER_NAMES, STATE_ENTRIES } from './countries.js';
import type { LexiconEntry } from './entry.js';

/**
 * Words right before a capital that make it a location rather than its government, each with
 * an example. "Moscow said" and "a visit to Moscow" keep the government.
 */
export const LOCATION_CUES: ReadonlyArray<readonly [word: string, example: string]> = [
  ['in', 'talks in Moscow'],
  ['at', 'a conference at Geneva'],
  ['near', 'fighting near Damascus'],
  ['outside', 'a rally outside Kyiv'],
  ['around', 'checkpoints around Baghdad'],
  ['across', 'protests across Tehran'],
  ['throughout', 'blackouts throughout Beirut'],
  ['inside', 'sources inside Pyongyang'],
];

/**
 * Verbs of arrival before "in <capital>" or "at <capital>": the capital is the destination of a visit, which the
 * stance stage reads as meeting its government ("Kerry arrived in Moscow": Kerry meets Russia).
 */
export const ARRIVAL_VERBS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['arrived', 'Kerry arrived in Moscow'],
  ['arrives', 'the envoy arrives in Ankara'],
  ['arrive', 'they will arrive in Cairo'],
  ['arriving', 'arriving in Tokyo'],
  ['landed', 'he landed in Kabul'],
  ['lands', 'she lands in Seoul'],
  ['stopped', 'he stopped in Riyadh'],
  ['stops', 'the tour stops in Hanoi'],
  ['visits', 'he visits in Paris'],
  ['visit', 'a visit in Berlin'],
  ['visited', 'who visited in Rome'],
  ['is', 'the minister is in Beijing'],
  ['was', 'he was in Tehran'],
  ['are', 'they are in Ankara'],
  ['were', 'they were in Baghdad'],
];

/**
 * Verbs of leaving after which "from <capital>" is a location ("returned from Kyiv"); "a message
 * from Moscow" stays the government.
 */
export const DEPARTURE_VERBS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['returned', 'he returned from Kyiv'],
  ['returning', 'returning from Beijing'],
  ['back', 'back from Tokyo'],
  ['flew', 'she flew from Ankara'],
  ['travelled', 'travelled from Delhi'],
  ['traveled', 'traveled from Seoul'],
  ['fled', 'families fled from Kabul'],
  ['evacuated', 'staff evacuated from Khartoum'],
  ['reporting', 'reporting from Kyiv'],
];

const LOCATION = new Set(LOCATION_CUES.map(([w]) => w));
const ARRIVAL = new Set(ARRIVAL_VERBS.map(([w]) => w));
const DEPARTURE = new Set(DEPARTURE_VERBS.map(([w]) => w));

/**
 * Whether a capital (or another seat-of-government city) names a location here. `before` holds
 * the lower-case words before it, nearest first (["in", "talks"] for "talks in Moscow");
 * `after` the token right after it ("'s" makes it the government: "in Moscow's view").
 */
export function capitalUsedAsPlace(before: readonly (string | undefined)[], after?: string): boolean {
  if (after !== undefined && /^['’]s$/i.test(after)) return false;
  const [b1, b2] = before;
  if (b1 === undefined) return false;
  if (LOCATION.has(b1)) return !((b1 === 'in' || b1 === 'at') && b2 !== undefined && ARRIVAL.has(b2));
  return b1 === 'from' && b2 !== undefined && DEPARTURE.has(b2);
}

/**
 * Cities and regions named often in international news, with the state they are part of
 * (ISO 3166 alpha-2; none when disputed between states). Hand-kept from the places the news
 * corpora name most; names that are also common given names, surnames or words are left out
 * (Victoria, Jackson, Phoenix, Georgia, Virginia, Alexandria, Medina, Perth): a place entry would
 * hide the person ("Alexandria Ocasio-Cortez").
 */
export const KNOWN_PLACES: ReadonlyArray<readonly [name: string, country: string | null, aliases?: readonly string[]]> =
  [
    // Seas, gulfs and regions whose names hold a state's name: the longest name wins, so "the
    // Gulf of Guinea" is not Guinea and "the Korean Peninsula" not South Korea.
    ['Gulf of Guinea', null],
    ['Gulf of Mexico', null],
    ['Gulf of Aden', null],
    ['Gulf of Oman', null],
    ['Gulf of Thailand', null],
    ['Sea of Japan', null],
    ['South China Sea', null],
    ['East China Sea', null],
    ['Korean Peninsula', null],
    ['Horn of Africa', null],
    ['Persian Gulf', null],
    ['Red Sea', null],
    ['Black Sea', null],
    ['Baltic Sea', null],
    ['Mediterranean', null, ['Mediterranean Sea']],
    ['Caribbean', null],
    ['Indian Ocean', null],
    ['Bay of Bengal', null],
    ['Strait of Hormuz', null],
    ['Taiwan Strait', null],
    ['Indo-Pacific', null],
    ['Sahel', null],
    ['Balkans', null],
    ['Western Balkans', null],
    // Middle East
    ['Aleppo', 'SY'],
    ['Homs', 'SY'],
    ['Idlib', 'SY'],
    ['Raqqa', 'SY'],
    ['Deir ez-Zor', 'SY'],
    ['Latakia', 'SY'],
    ['Golan Heights', 'SY'],
    ['Mosul', 'IQ'],
    ['Basra', 'IQ'],
    ['Kirkuk', 'IQ'],
    ['Erbil', 'IQ'],
    ['Fallujah', 'IQ'],
    ['Ramadi', 'IQ'],
    ['Najaf', 'IQ'],
    ['Karbala', 'IQ'],
    ['Tikrit', 'IQ'],
    ['Jeddah', 'SA'],
    ['Mecca', 'SA'],
    ['Dubai', 'AE'],
    ['Aden', 'YE'],
    ['Hodeidah', 'YE'],
    ['Marib', 'YE'],
    ['Benghazi', 'LY'],
    ['Misrata', 'LY'],
    ['Sirte', 'LY'],
    ['Sinai', 'EG'],
    ['Sharm el-Sheikh', 'EG'],
    ['Istanbul', 'TR'],
    ['Izmir', 'TR'],
    ['Isfahan', 'IR'],
    ['Mashhad', 'IR'],
    ['Natanz', 'IR'],
    ['Haifa', 'IL'],
    ['Eilat', 'IL'],
    ['Ramallah', 'PS'],
    ['Hebron', 'PS'],
    ['Nablus', 'PS'],
    ['Jenin', 'PS'],
    ['Rafah', 'PS'],
    ['Khan Younis', 'PS'],
    ['Sidon', 'LB'],
    ['Tyre', 'LB'],
    // Europe and the former Soviet Union
    ['Donetsk', 'UA'],
    ['Luhansk', 'UA'],
    ['Kharkiv', 'UA', ['Kharkov']],
    ['Odesa', 'UA', ['Odessa']],
    ['Mariupol', 'UA'],
    ['Kherson', 'UA'],
    ['Zaporizhzhia', 'UA'],
    ['Bakhmut', 'UA'],
    ['Lviv', 'UA'],
    ['Crimea', 'UA'],
    ['Donbas', 'UA', ['Donbass']],
    ['Sevastopol', 'UA'],
    ['St. Petersburg', 'RU', ['Saint Petersburg', 'St Petersburg']],
    ['Vladivostok', 'RU'],
    ['Sochi', 'RU'],
    ['Chechnya', 'RU'],
    ['Kaliningrad', 'RU'],
    ['Geneva', 'CH'],
    ['Davos', 'CH'],
    ['Zurich', 'CH'],
    ['Munich', 'DE'],
    ['Frankfurt', 'DE'],
    ['Hamburg', 'DE'],
    ['Milan', 'IT'],
    ['Naples', 'IT'],
    ['Barcelona', 'ES'],
    ['Catalonia', 'ES'],
    ['Marseille', 'FR'],
    ['Strasbourg', 'FR'],
    ['Scotland', 'GB'],
    ['Wales', 'GB'],
    ['Northern Ireland', 'GB'],
    ['Belfast', 'GB'],
    ['Edinburgh', 'GB'],
    ['Glasgow', 'GB'],
    ['Manchester', 'GB'],
    ['Gdansk', 'PL'],
    ['Krakow', 'PL'],
    ['Nagorno-Karabakh', 'AZ'],
    ['Transnistria', 'MD'],
    ['Abkhazia', 'GE'],
    ['South Ossetia', 'GE'],
    // Asia and the Pacific
    ['Shanghai', 'CN'],
    ['Hong Kong', 'CN'],
    ['Macau', 'CN', ['Macao']],
    ['Guangzhou', 'CN'],
    ['Shenzhen', 'CN'],
    ['Xinjiang', 'CN'],
    ['Tibet', 'CN'],
    ['Wuhan', 'CN'],
    ['Mumbai', 'IN'],
    ['Kolkata', 'IN', ['Calcutta']],
    ['Chennai', 'IN'],
    ['Bangalore', 'IN', ['Bengaluru']],
    ['Kashmir', null],
    ['Karachi', 'PK'],
    ['Lahore', 'PK'],
    ['Peshawar', 'PK'],
    ['Kandahar', 'AF'],
    ['Herat', 'AF'],
    ['Helmand', 'AF'],
    ['Osaka', 'JP'],
    ['Hiroshima', 'JP'],
    ['Okinawa', 'JP'],
    ['Fukushima', 'JP'],
    ['Busan', 'KR'],
    ['Ho Chi Minh City', 'VN', ['Saigon']],
    ['Mindanao', 'PH'],
    ['Bali', 'ID'],
    ['Melbourne', 'AU'],
    ['Toronto', 'CA'],
    ['Montreal', 'CA'],
    ['Vancouver', 'CA'],
    ['Quebec', 'CA'],
    ['Alberta', 'CA'],
    ['Ontario', 'CA'],
    // Africa and the Americas
    ['Darfur', 'SD'],
    ['Goma', 'CD'],
    ['Tigray', 'ET'],
    ['Lagos', 'NG'],
    ['Johannesburg', 'ZA'],
    ['Cape Town', 'ZA'],
    ['Durban', 'ZA'],
    ['Mombasa', 'KE'],
    ['Timbuktu', 'ML'],
    ['Sao Paulo', 'BR', ['São Paulo']],
    ['Rio de Janeiro', 'BR'],
    ['Guadalajara', 'MX'],
    ['Monterrey', 'MX'],
    ['Tijuana', 'MX'],
    ['Medellin', 'CO', ['Medellín']],
    ['Guantanamo', 'CU', ['Guantánamo']],
    ['Puerto Rico', 'US'],
    ['Guam', 'US'],
    ['Greenland', 'DK'],
    ['New York', 'US', ['New York City']],
    ['Los Angeles', 'US'],
    ['Chicago', 'US'],
    ['San Francisco', 'US'],
    ['Camp David', 'US'],
    ['Hawaii', 'US'],
    ['Alaska', 'US'],
    ['Texas', 'US'],
    ['California', 'US'],
    ['Florida', 'US'],
    ['Ohio', 'US'],
    ['Michigan', 'US'],
    ['Illinois', 'US'],
    ['Pennsylvania', 'US'],
    ['Arizona', 'US'],
    ['Oregon', 'US'],
    ['Massachusetts', 'US'],
    ['Connecticut', 'US'],
    ['Kentucky', 'US'],
    ['Tennessee', 'US'],
    ['Louisiana', 'US'],
    ['Alabama', 'US'],
    ['Wisconsin', 'US'],
    ['Minnesota', 'US'],
    ['Iowa', 'US'],
    ['Kansas', 'US'],
    ['Missouri', 'US'],
    ['Oklahoma', 'US'],
    ['Arkansas', 'US'],
    ['Nebraska', 'US'],
    ['Colorado', 'US'],
    ['Utah', 'US'],
    ['Idaho', 'US'],
    ['New Mexico', 'US'],
    ['New Jersey', 'US'],
    ['New Hampshire', 'US'],
    ['Rhode Island', 'US'],
    ['Vermont', 'US'],
    ['Maryland', 'US'],
    ['Delaware', 'US'],
    ['Wyoming', 'US'],
    ['North Carolina', 'US'],
    ['South Carolina', 'US'],
    ['West Virginia', 'US'],
    ['North Dakota', 'US'],
    ['South Dakota', 'US'],
    ['Mississippi', 'US'],
    ['Nevada', 'US'],
  ];

/** The key of a place: `place:<slug>` (the country is an attribute and a part-of edge, not part of the key). */
export function placeKey(name: string): string {
  return nodeKey('place', name);
}

export const PLACE_ENTRIES: readonly LexiconEntry[] = KNOWN_PLACES.flatMap(([name, country, aliases]) =>
  [name, ...(aliases ?? [])].map((n): LexiconEntry => ({
    name: n,
    kind: 'place',
    form: 'name',
    canonical: name,
    key: placeKey(name),
    ...(country ? { country } : {}),
  })),
);

const COUNTRY_OF = new Map<string, string>();
for (const [name, country, aliases] of KNOWN_PLACES) {
  if (!country) continue;
  for (const n of [name, ...(aliases ?? [])]) COUNTRY_OF.set(n.toLowerCase(), country);
}

// Capitals (and the other government cities of the state lexicon, "Washington", "Bonn") as
// places: the state entries used for their government, less the seats of power (the Kremlin
// is a building that speaks, never a place here).
for (const e of STATE_ENTRIES) {
  if (e.form !== 'metonym' || SEAT_OF_POWER_NAMES.has(e.name) || !e.key) continue;
  const lower = e.name.toLowerCase();
  if (!COUNTRY_OF.has(lower)) COUNTRY_OF.set(lower, e.key.slice('state:'.length));
}

const STATE_CITY_NAMES = new Set(
  STATE_ENTRIES.filter((e) => e.form === 'metonym' && !SEAT_OF_POWER_NAMES.has(e.name)).map((e) =>
    e.name.toLowerCase(),
  ),
);

/** Whether a name is a city that the state lexicon reads as its government ("Moscow"; not "Kremlin"). */
export function isGovernmentCity(name: string): boolean {
  return STATE_CITY_NAMES.has(name.replace(/\s+/g, ' ').toLowerCase());
}

/**
 * The place a government city names when it is used as a location ("talks in Moscow"): keyed
 * by its name, part of the state its entry stands for (`stateKey`, e.g. "state:SU" for Moscow
 * in 1987).
 */
export function cityAsPlace(
  surface: string,
  stateKey: string | undefined,
): Pick<Mention, 'kind' | 'form' | 'canonical' | 'key' | 'country'> {
  const canonical = surface.replace(/\s+/g, ' ');
  const country = stateKey?.startsWith('state:') ? stateKey.slice('state:'.length) : undefined;
  return { kind: 'place', form: 'name', canonical, key: placeKey(canonical), ...(country ? { country } : {}) };
}

/** The state a known place is part of ("Mosul" -> "IQ"), for place mentions that came without one. */
export function placeCountry(name: string): string | undefined {
  return COUNTRY_OF.get(name.replace(/\s+/g, ' ').trim().toLowerCase());
}
