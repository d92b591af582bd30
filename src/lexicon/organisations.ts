// Organisations known by name or acronym: international bodies, armed groups, media, and
// the government bodies news names without a country. Head nouns (Council, Institute …)
// find the rest in extract/mentions.ts.
import type { OrganisationSubtype } from '../model/vocab.js';
import { nodeKey } from '../model/keys.js';
import type { LexiconEntry } from './entry.js';

interface Org {
  name: string;
  aliases?: string[];
  subtype: OrganisationSubtype;
  country?: string;
}

const ORGS: Org[] = [
  { name: 'United Nations', aliases: ['UN', 'U.N.', 'UNO'], subtype: 'international' },
  {
    name: 'UN Security Council',
    aliases: ['Security Council', 'U.N. Security Council', 'United Nations Security Council', 'UNSC'],
    subtype: 'international',
  },
  {
    name: 'UN General Assembly',
    aliases: ['General Assembly', 'U.N. General Assembly', 'United Nations General Assembly'],
    subtype: 'international',
  },
  {
    name: 'NATO',
    aliases: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'Nato', 'N.A.T.O.'],
    subtype: 'international',
  },
  { name: 'European Union', aliases: ['EU', 'E.U.', 'Brussels'], subtype: 'international' },
  {
    name: 'Palestinian Authority',
    aliases: ['PA', 'Palestinian National Authority'],
    subtype: 'government',
    country: 'PS',
  },
  { name: 'European Commission', subtype: 'international' },
  { name: 'European Parliament', subtype: 'international' },
  {
    name: 'European Community',
    aliases: ['EC', 'European Economic Community', 'EEC', 'Common Market'],
    subtype: 'international',
  },
  {
    name: 'OPEC',
    aliases: ['Organization of Petroleum Exporting Countries', 'Organisation of Petroleum Exporting Countries', 'Opec'],
    subtype: 'international',
  },
  { name: 'International Atomic Energy Agency', aliases: ['IAEA'], subtype: 'international' },
  { name: 'International Monetary Fund', aliases: ['IMF'], subtype: 'international' },
  { name: 'World Bank', subtype: 'international' },
  { name: 'World Trade Organization', aliases: ['WTO', 'World Trade Organisation'], subtype: 'international' },
  { name: 'General Agreement on Tariffs and Trade', aliases: ['GATT'], subtype: 'international' },
  { name: 'World Health Organization', aliases: ['WHO', 'World Health Organisation'], subtype: 'international' },
  { name: 'African Union', aliases: ['AU'], subtype: 'international' },
  { name: 'Arab League', aliases: ['League of Arab States'], subtype: 'international' },
  {
    name: 'ASEAN',
    aliases: ['Association of Southeast Asian Nations', 'Association of South East Asian Nations'],
    subtype: 'international',
  },
  { name: 'Organization of American States', aliases: ['OAS'], subtype: 'international' },
  {
    name: 'OSCE',
    aliases: [
      'Organization for Security and Co-operation in Europe',
      'Organization for Security and Cooperation in Europe',
    ],
    subtype: 'international',
  },
  { name: 'OECD', aliases: ['Organisation for Economic Co-operation and Development'], subtype: 'international' },
  { name: 'Group of Seven', aliases: ['G7', 'G-7'], subtype: 'international' },
  { name: 'Group of 20', aliases: ['G20', 'G-20'], subtype: 'international' },
  { name: 'Commonwealth', subtype: 'international' },
  { name: 'Gulf Cooperation Council', aliases: ['GCC'], subtype: 'international' },
  { name: 'Council of Europe', subtype: 'international' },
  { name: 'International Criminal Court', aliases: ['ICC'], subtype: 'international' },
  { name: 'International Court of Justice', aliases: ['ICJ', 'World Court'], subtype: 'international' },
  {
    name: 'International Criminal Tribunal for the former Yugoslavia',
    aliases: ['ICTY', 'UN war crimes tribunal', 'U.N. war crimes tribunal', 'Yugoslav war crimes tribunal'],
    subtype: 'international',
  },
  { name: 'Red Cross', aliases: ['International Committee of the Red Cross', 'ICRC'], subtype: 'ngo' },
  { name: 'Amnesty International', subtype: 'ngo' },
  { name: 'Human Rights Watch', subtype: 'ngo' },
  { name: 'Greenpeace', subtype: 'ngo' },
  {
    name: 'Islamic State',
    aliases: ['Daesh', 'ISIS', 'ISIL', 'Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'],
    subtype: 'armed-group',
  },
  {
    name: 'al-Qaeda',
    aliases: ['al Qaeda', 'Al Qaeda', 'Al-Qaeda', 'al-Qaida', 'al Qaida', 'Al Qaida'],
    subtype: 'armed-group',
  },
  { name: 'Taliban', subtype: 'armed-group' },
  { name: 'Hezbollah', aliases: ['Hizbollah', 'Hizbullah'], subtype: 'armed-group', country: 'LB' },
  { name: 'Hamas', subtype: 'armed-group', country: 'PS' },
  { name: 'Islamic Jihad', subtype: 'armed-group' },
  { name: 'PKK', aliases: ["Kurdistan Workers' Party", 'Kurdistan Workers Party'], subtype: 'armed-group' },
  { name: 'Boko Haram', subtype: 'armed-group', country: 'NG' },
  { name: 'al-Shabaab', aliases: ['al Shabaab', 'Al-Shabaab', 'Shabaab'], subtype: 'armed-group', country: 'SO' },
  { name: 'Houthis', aliases: ['Houthi', 'Ansar Allah'], subtype: 'armed-group', country: 'YE' },
  { name: 'Irish Republican Army', aliases: ['IRA'], subtype: 'armed-group', country: 'GB' },
  { name: 'ETA', subtype: 'armed-group', country: 'ES' },
  { name: 'Contras', aliases: ['Contra rebels'], subtype: 'armed-group', country: 'NI' },
  {
    name: 'Palestine Liberation Organization',
    aliases: ['PLO', 'Palestine Liberation Organisation'],
    subtype: 'international',
    country: 'PS',
  },
  { name: 'Free Syrian Army', aliases: ['FSA'], subtype: 'armed-group', country: 'SY' },
  { name: 'Reuters', aliases: ['REUTER', 'Reuter'], subtype: 'media' },
  { name: 'Associated Press', aliases: ['AP'], subtype: 'media' },
  { name: 'Agence France-Presse', aliases: ['AFP', 'Agence France Presse'], subtype: 'media' },
  { name: 'BBC', aliases: ['British Broadcasting Corporation'], subtype: 'media', country: 'GB' },
  { name: 'CNN', subtype: 'media', country: 'US' },
  { name: 'Al Jazeera', aliases: ['Al-Jazeera'], subtype: 'media', country: 'QA' },
  { name: 'Xinhua', aliases: ['New China News Agency'], subtype: 'media', country: 'CN' },
  { name: 'TASS', aliases: ['Tass', 'ITAR-TASS'], subtype: 'media', country: 'RU' },
  { name: 'RIA Novosti', aliases: ['RIA'], subtype: 'media', country: 'RU' },
  { name: 'Interfax', subtype: 'media', country: 'RU' },
  { name: 'Kyodo', aliases: ['Kyodo News'], subtype: 'media', country: 'JP' },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'], subtype: 'media', country: 'IR' },
  { name: 'Anadolu Agency', aliases: ['Anadolu'], subtype: 'media', country: 'TR' },
  { name: 'New York Times', aliases: ['The New York Times'], subtype: 'media', country: 'US' },
  { name: 'Washington Post', aliases: ['The Washington Post'], subtype: 'media', country: 'US' },
  { name: 'Pravda', subtype: 'media', country: 'RU' },
  { name: 'Izvestia', subtype: 'media', country: 'RU' },
  { name: 'CIA', aliases: ['Central Intelligence Agency'], subtype: 'government', country: 'US' },
  { name: 'FBI', subtype: 'government', country: 'US' },
  {
    name: 'State Department',
    aliases: ['U.S. State Department', 'US State Department', 'Department of State'],
    subtype: 'government',
    country: 'US',
  },
  { name: 'Congress', aliases: ['U.S. Congress', 'US Congress'], subtype: 'government', country: 'US' },
  { name: 'Senate', aliases: ['U.S. Senate', 'US Senate'], subtype: 'government', country: 'US' },
  { name: 'House of Representatives', subtype: 'government', country: 'US' },
  { name: 'House of Commons', aliases: ['Commons'], subtype: 'government', country: 'GB' },
  { name: 'House of Lords', subtype: 'government', country: 'GB' },
  { name: 'Foreign Office', aliases: ['Foreign and Commonwealth Office', 'FCO'], subtype: 'government', country: 'GB' },
  { name: 'Federation Council', subtype: 'government', country: 'RU' },
  { name: 'State Duma', aliases: ['Duma'], subtype: 'government', country: 'RU' },
  { name: 'Knesset', subtype: 'government', country: 'IL' },
  { name: 'Bundestag', subtype: 'government', country: 'DE' },
  { name: 'Bundesbank', subtype: 'government', country: 'DE' },
  { name: 'Federal Reserve', aliases: ['Fed'], subtype: 'government', country: 'US' },
  { name: 'Politburo', subtype: 'party' },
  { name: 'Republican Party', aliases: ['Republicans', 'GOP'], subtype: 'party', country: 'US' },
  { name: 'Democratic Party', aliases: ['Democrats'], subtype: 'party', country: 'US' },
  { name: 'Labour Party', aliases: ['Labour'], subtype: 'party', country: 'GB' },
  { name: 'Conservative Party', aliases: ['Conservatives', 'Tories', 'Tory Party'], subtype: 'party', country: 'GB' },
  { name: 'Liberal Democrats', aliases: ['Lib Dems'], subtype: 'party', country: 'GB' },
  { name: 'Communist Party of the Soviet Union', aliases: ['Soviet Communist Party'], subtype: 'party', country: 'SU' },
  { name: 'Chinese Communist Party', aliases: ['Communist Party of China', 'CCP'], subtype: 'party', country: 'CN' },
];

export const ORGANISATION_ENTRIES: readonly LexiconEntry[] = ORGS.flatMap((o) =>
  [o.name, ...(o.aliases ?? [])].map((name): LexiconEntry => {
    const acronym = /^[A-Z0-9.-]+$/.test(name) && name.length <= 8;
    // Known bodies have one key whatever their country: they are not namesakes.
    const entry: LexiconEntry = {
      name,
      kind: 'organisation',
      form: acronym ? 'acronym' : 'name',
      canonical: o.name,
      key: nodeKey('organisation', o.name),
      subtype: o.subtype,
    };
    if (o.country) entry.country = o.country;
    if (acronym) entry.caseSensitive = true;
    return entry;
  }),
);

/**
 * Heads of names that state a relationship between states rather than a body: with only states
 * before them ("the U.S.-Philippine Alliance", "the U.S.-India Partnership") the name is those
 * states, not an organisation.
 */
export const RELATIONSHIP_HEADS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['alliance', 'the U.S.-Japan Alliance'],
  ['partnership', 'the U.S.-India Partnership'],
  ['relationship', 'the U.S.-China Relationship'],
  ['relations', 'U.S.-Cuba Relations'],
  ['dialogue', 'the U.S.-ASEAN Dialogue'],
];
