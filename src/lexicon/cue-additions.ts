// Stance cues the CAMEO verb dictionary lacks, written by hand: nouns ("sanctions on X"),
// modern idioms of news and readouts ("spoke by phone with X"), the words that turn a stance
// around or deny it ("froze aid to X", "refused to meet"), and the CAMEO verbs whose default
// code is too broad to trust alone ("faced an election"). Every row carries an example of our
// own. src/lexicon/stance-cues.ts reads these tables together with the generated
// src/lexicon/cues-cameo.ts; codes are CAMEO, and a code's two-digit root gives the stance kind
// (src/model/vocab.ts: 01, 02, 08 and 09 are no stance).

// ---------------------------------------------------------------------------------------------
// Nouns

export interface NounCueRow {
  /** The forms, "|" between them; a form may be several words ("air strikes"). */
  forms: string;
  code: string;
  /** Prepositions that introduce the target, space-separated ("sanctions on X"). */
  preps: string;
  /** Either side may be the source ("talks between X and Y"). */
  symmetric?: boolean;
  /** Only counts with one of its prepositions ("deal with X"; "a great deal" is nothing). */
  prepRequired?: boolean;
  example: string;
}

export const NOUN_CUES: readonly NounCueRow[] = [
  // meets (04)
  {
    forms: 'talks',
    code: '046',
    preps: 'with between',
    symmetric: true,
    example: 'Chile opened talks with Peru on the maritime border.',
  },
  {
    forms: 'negotiations|negotiation',
    code: '046',
    preps: 'with between',
    symmetric: true,
    example: 'Negotiations between Serbia and Kosovo resumed in Brussels.',
  },
  {
    forms: 'meeting|meetings',
    code: '040',
    preps: 'with between',
    symmetric: true,
    example: 'Her meeting with the Indonesian president lasted two hours.',
  },
  {
    forms: 'summit|summits',
    code: '040',
    preps: 'with between',
    symmetric: true,
    example: 'The summit between Japan and South Korea ended without a statement.',
  },
  {
    forms: 'consultations',
    code: '040',
    preps: 'with between',
    symmetric: true,
    example: 'Consultations with Norway continue next week.',
  },
  {
    forms: 'dialogue|dialog',
    code: '040',
    preps: 'with between',
    symmetric: true,
    example: 'Ghana called for a dialogue with Togo over the border.',
  },
  {
    forms: 'conversation|conversations',
    code: '040',
    preps: 'with',
    prepRequired: true,
    example: 'In a conversation with the Kenyan president, he discussed trade.',
  },
  {
    forms: 'visit|visits|state visit|state visits',
    code: '042',
    preps: 'to',
    example: "The minister's visit to Hanoi was cut short.",
  },
  {
    forms: 'trip|trips',
    code: '042',
    preps: 'to',
    prepRequired: true,
    example: 'His trip to Canberra produced a defence pact.',
  },
  {
    forms: 'phone call|phone calls|telephone call|telephone calls|call|calls',
    code: '041',
    preps: 'with',
    prepRequired: true,
    example: 'In a call with the Polish president, she offered condolences.',
  },
  {
    forms: 'mediation',
    code: '045',
    preps: 'between',
    example: 'Qatari mediation between Rwanda and Congo produced a truce.',
  },
  // cooperates (03, 05)
  {
    forms: 'agreement|agreements|accord|accords|treaty|treaties|pact|pacts',
    code: '057',
    preps: 'with between',
    symmetric: true,
    example: 'The accord between Uruguay and Brazil cuts tariffs on beef.',
  },
  {
    forms: 'deal|deals',
    code: '057',
    preps: 'with between',
    symmetric: true,
    prepRequired: true,
    example: 'The gas deal with Azerbaijan runs for ten years.',
  },
  {
    forms: 'memorandum of understanding',
    code: '057',
    preps: 'with between',
    symmetric: true,
    example: 'A memorandum of understanding with Morocco covers fisheries.',
  },
  {
    forms: 'partnership|partnerships|strategic partnership',
    code: '050',
    preps: 'with between',
    symmetric: true,
    example: 'Its partnership with Vietnam now covers semiconductors.',
  },
  {
    forms: 'alliance|alliances',
    code: '050',
    preps: 'with between',
    symmetric: true,
    example: 'The alliance between Greece and Cyprus was reaffirmed.',
  },
  {
    forms: 'cooperation|co-operation',
    code: '050',
    preps: 'with between',
    symmetric: true,
    example: 'Cooperation with Egypt on water has stalled.',
  },
  // A truce is both sides committing to stop: CAMEO codes "agreed to a ceasefire" 0356.
  {
    forms: 'ceasefire|ceasefires|cease-fire|cease-fires|truce|truces|armistice',
    code: '0356',
    preps: 'with between',
    symmetric: true,
    example: 'The truce between Armenia and Azerbaijan held overnight.',
  },
  {
    forms: 'rapprochement|reconciliation',
    code: '050',
    preps: 'with between',
    symmetric: true,
    example: "Turkey's rapprochement with Egypt surprised analysts.",
  },
  {
    forms: 'normalisation|normalization',
    code: '050',
    preps: 'with between',
    symmetric: true,
    prepRequired: true,
    example: 'Normalisation with Israel is off the table, Riyadh said.',
  },
  {
    forms: 'recognition',
    code: '054',
    preps: 'of',
    prepRequired: true,
    example: "Spain's recognition of Palestine angered Israel.",
  },
  {
    forms: 'endorsement|praise',
    code: '051',
    preps: 'of for',
    prepRequired: true,
    example: "His praise for Finland's response was unusual.",
  },
  {
    forms: 'apology|apologies',
    code: '055',
    preps: 'to',
    prepRequired: true,
    example: 'Tokyo issued an apology to Seoul.',
  },
  {
    forms: 'solidarity',
    code: '051',
    preps: 'with',
    prepRequired: true,
    example: 'The rally showed solidarity with Ukraine.',
  },
  // CAMEO codes verbal support 051 (praise, endorse); material support has its own nouns below.
  {
    forms: 'support|backing',
    code: '051',
    preps: 'for to of',
    prepRequired: true,
    example: "Lithuania's support for Taiwan drew a rebuke.",
  },
  {
    forms: 'commitment',
    code: '050',
    preps: 'to',
    prepRequired: true,
    example: "She stressed the commitment to Estonia's defence.",
  },
  // supports (06, 07)
  { forms: 'aid|assistance', code: '070', preps: 'to for', example: 'Aid to Sudan was delayed at the border.' },
  {
    forms:
      'military aid|military assistance|military support|arms sales|arms deliveries|arms shipments|' +
      'weapons deliveries|weapons shipments',
    code: '072',
    preps: 'to for',
    example: 'Military aid to Kyiv was approved on Friday.',
  },
  {
    forms: 'humanitarian aid|humanitarian assistance|relief',
    code: '073',
    preps: 'to for',
    example: 'Humanitarian aid to Yemen passed through Aden.',
  },
  {
    forms: 'economic aid|economic assistance|financial aid|financial assistance|financial support|debt relief',
    code: '071',
    preps: 'to for',
    example: 'Financial aid to Pakistan came with conditions.',
  },
  {
    forms: 'loan|loans|credit line|credit lines|line of credit',
    code: '071',
    preps: 'to',
    example: 'The loan to Zambia was restructured.',
  },
  {
    forms: 'grant|grants',
    code: '071',
    preps: 'to',
    prepRequired: true,
    example: 'A grant to Malawi funds new clinics.',
  },
  {
    forms: 'investment|investments',
    code: '061',
    preps: 'in',
    prepRequired: true,
    example: 'Chinese investment in Serbia doubled.',
  },
  {
    forms: 'trade',
    code: '061',
    preps: 'with between',
    symmetric: true,
    prepRequired: true,
    example: 'Trade with Mexico grew by a fifth.',
  },
  {
    forms: 'joint exercises|joint drills|military cooperation|defence cooperation|defense cooperation',
    code: '062',
    preps: 'with between',
    symmetric: true,
    example: 'Joint exercises with the Philippines began on Monday.',
  },
  {
    forms: 'intelligence sharing',
    code: '064',
    preps: 'with',
    prepRequired: true,
    example: 'Intelligence sharing with Jordan was expanded.',
  },
  {
    forms: 'peacekeepers|peacekeeping',
    code: '074',
    preps: 'to in',
    prepRequired: true,
    example: 'Peacekeepers to Haiti will arrive in May.',
  },
  {
    forms: 'asylum',
    code: '075',
    preps: 'to',
    prepRequired: true,
    example: 'Asylum to the dissident was granted by Ecuador.',
  },
  // demands (10)
  {
    forms: 'demand|demands',
    code: '100',
    preps: 'on',
    prepRequired: true,
    example: 'The demands on Belgrade include an arrest.',
  },
  // CAMEO codes "faced pressure" as a demand ([:100]).
  { forms: 'pressure', code: '100', preps: 'on', prepRequired: true, example: 'Pressure on Caracas is mounting.' },
  // criticises (11, 12, 14)
  {
    forms: 'accusation|accusations|allegation|allegations',
    code: '112',
    preps: 'against',
    example: 'Accusations against Minsk were rejected.',
  },
  {
    forms: 'condemnation|criticism|censure|denunciation',
    code: '111',
    preps: 'of',
    example: 'Condemnation of the coup in Niger was swift.',
  },
  {
    forms: 'rebuke|rebukes',
    code: '111',
    preps: 'of to',
    prepRequired: true,
    example: 'The vote was a rebuke to Budapest.',
  },
  {
    forms: 'objection|objections',
    code: '110',
    preps: 'to',
    prepRequired: true,
    example: "Objections to Sweden's bid were dropped.",
  },
  {
    forms: 'opposition',
    code: '120',
    preps: 'to',
    prepRequired: true,
    example: 'Opposition to the Russian plan was broad.',
  },
  { forms: 'rejection', code: '120', preps: 'of', example: 'The rejection of the Ethiopian offer ended the talks.' },
  {
    forms: 'protest|protests',
    code: '140',
    preps: 'against to with',
    example: 'Beijing lodged a protest with Manila.',
  },
  {
    forms: 'demonstration|demonstrations|rally|rallies',
    code: '141',
    preps: 'against',
    prepRequired: true,
    example: 'Demonstrations against France spread to Bamako.',
  },
  {
    forms: 'complaint|complaints',
    code: '114',
    preps: 'against',
    example: 'A complaint against Australia was filed at the WTO.',
  },
  {
    forms: 'lawsuit|lawsuits|legal action',
    code: '115',
    preps: 'against',
    prepRequired: true,
    example: 'A lawsuit against Germany was heard in The Hague.',
  },
  // threatens (13)
  { forms: 'threat|threats', code: '130', preps: 'to against', example: 'The threat to Taiwan dominated the meeting.' },
  {
    forms: 'warning|warnings',
    code: '130',
    preps: 'to against',
    prepRequired: true,
    example: 'A warning to Pyongyang followed the launch.',
  },
  { forms: 'ultimatum|ultimatums', code: '139', preps: 'to', example: 'The ultimatum to Niamey expired on Sunday.' },
  // coerces (16, 17)
  { forms: 'sanctions|sanction', code: '163', preps: 'on against', example: 'Sanctions on Iran were tightened.' },
  {
    forms: 'embargo|embargoes|embargos|asset freeze|export controls|export restrictions|export ban',
    code: '163',
    preps: 'on against',
    example: 'The arms embargo on Libya is widely broken.',
  },
  {
    forms: 'boycott|boycotts',
    code: '163',
    preps: 'of against',
    example: 'A boycott of Danish goods spread across the region.',
  },
  // Tariffs as a weapon: CAMEO has no code of its own, 163 is the nearest.
  {
    forms: 'tariffs|tariff',
    code: '163',
    preps: 'on against',
    prepRequired: true,
    example: 'New tariffs on Canadian steel start in June.',
  },
  {
    forms: 'restrictions|ban|travel ban',
    code: '172',
    preps: 'on against',
    prepRequired: true,
    example: 'Restrictions on Lithuanian exports were eased.',
  },
  {
    forms: 'expulsion|expulsions',
    code: '174',
    preps: 'of',
    prepRequired: true,
    example: 'The expulsion of Czech diplomats followed the inquiry.',
  },
  {
    forms: 'crackdown',
    code: '175',
    preps: 'on against',
    example: 'The crackdown on the opposition drew condemnation.',
  },
  // fights (15, 18, 19, 20)
  {
    forms:
      'airstrike|airstrikes|air strike|air strikes|air raid|air raids|drone strike|drone strikes|drone attack|' +
      'drone attacks',
    code: '195',
    preps: 'on against in',
    example: 'Airstrikes on Idlib killed twelve people.',
  },
  {
    forms:
      'missile strike|missile strikes|missile attack|missile attacks|rocket attack|rocket attacks|shelling|' +
      'bombardment|bombardments',
    code: '194',
    preps: 'on against of',
    example: 'Shelling of Kharkiv continued overnight.',
  },
  {
    forms: 'strike|strikes',
    code: '190',
    preps: 'on against',
    prepRequired: true,
    example: 'Strikes on Houthi positions resumed.',
  },
  {
    forms: 'attack|attacks|assault|assaults|offensive|offensives|raid|raids|military operation|military operations',
    code: '190',
    preps: 'on against',
    example: 'The offensive against Mosul began at dawn.',
  },
  {
    forms: 'bombing|bombings',
    code: '190',
    preps: 'of on',
    prepRequired: true,
    example: 'The bombing of Belgrade lasted 78 days.',
  },
  {
    forms: 'invasion|invasions|occupation|annexation',
    code: '192',
    preps: 'of',
    example: 'The invasion of Kuwait began in August.',
  },
  { forms: 'incursion|incursions', code: '190', preps: 'into', example: 'An incursion into Lebanon was reported.' },
  {
    forms: 'aggression',
    code: '190',
    preps: 'against',
    example: 'Aggression against Georgia was condemned by the council.',
  },
  {
    forms: 'military intervention',
    code: '190',
    preps: 'in against',
    example: 'Military intervention in Libya was debated.',
  },
  {
    forms: 'war|wars',
    code: '190',
    preps: 'with against on between',
    symmetric: true,
    example: 'The war between Ethiopia and Eritrea ended in 2000.',
  },
  {
    forms: 'fighting|clash|clashes|conflict|conflicts|hostilities',
    code: '190',
    preps: 'with between against',
    symmetric: true,
    example: 'Clashes between Sudanese and Chadian troops were reported.',
  },
  {
    forms: 'blockade|blockades|siege|sieges',
    code: '191',
    preps: 'of on against',
    example: 'The blockade of Qatar lasted three years.',
  },
  {
    forms: 'massacre|massacres',
    code: '202',
    preps: 'of',
    example: 'The massacre of villagers was documented by the UN.',
  },
];

// ---------------------------------------------------------------------------------------------
// Verbs and idioms

/** Synonym sets the idioms use, beside CAMEO's ("&protest"). Members "|"-separated. */
export const ADDED_SYNSETS: Readonly<Record<string, string>> = {
  protest: 'protest|protests|demonstration|demonstrations|rally|rallies|sit-in|sit-ins|vigil|vigils',
  // Words as the project's tokenizer splits them: "d'affaires" is "d", "'", "affaires".
  envoy: "ambassador|ambassadors|envoy|envoys|diplomat|diplomats|chargé d ' affaires|charge d ' affaires",
};

export interface AddedVerbRow {
  /** The verb; its forms are generated (src/lexicon/inflect.ts). */
  lemma: string;
  /** CAMEO code alone ("---": no stance without a pattern). */
  code: string;
  /** CAMEO blocks whose patterns apply, space-separated ("" for none). */
  blocks: string;
  example: string;
}

/** Verbs CAMEO lacks; the idioms below may also create a verb with no code of its own. */
export const ADDED_VERBS: readonly AddedVerbRow[] = [
  // CAMEO's DEMAND block keeps URGE's patterns but lost the verb itself.
  { lemma: 'urge', code: '100', blocks: 'demand', example: 'Norway urged Sri Lanka to release the fishermen.' },
  { lemma: 'normalize', code: '---', blocks: '', example: 'Bahrain normalized relations with Israel in 2020.' },
  { lemma: 'normalise', code: '---', blocks: '', example: 'Bahrain normalised relations with Israel in 2020.' },
  { lemma: 'have', code: '---', blocks: '', example: 'The president had a call with the Danish prime minister.' },
];

export interface VerbOverrideRow {
  lemma: string;
  code: string;
  why: string;
  example: string;
}

/** CAMEO verbs whose block code is wrong for the verb alone. */
export const VERB_OVERRIDES: readonly VerbOverrideRow[] = [
  {
    lemma: 'negotiate',
    code: '046',
    why: 'listed in the COMPROMISE block (080, yield) for its patterns; alone it is a negotiation',
    example: 'Iceland negotiated with Norway for three years.',
  },
  {
    lemma: 'mediate',
    code: '045',
    why: 'listed in the COMPROMISE block (080, yield); CAMEO 045 is "mediate"',
    example: 'Oman mediated between Iran and the United States.',
  },
];

export interface IdiomRow {
  /** The verb the idiom hangs on ("speak" for "spoke by phone with"). */
  lemma: string;
  /** Pattern in the syntax of src/lexicon/stance-cues.ts: "*" the verb, "+" the target. */
  pattern: string;
  code: string;
  example: string;
}

/** Phrases of modern news and readouts; each beats the CAMEO patterns it is longer than. */
export const IDIOMS: readonly IdiomRow[] = [
  // Calls and conversations: a call in a readout is a consultation (041 is "discuss by telephone").
  {
    lemma: 'speak',
    pattern: '* by phone with +',
    code: '041',
    example: 'The chancellor spoke by phone with the Turkish president.',
  },
  {
    lemma: 'speak',
    pattern: '* by telephone with +',
    code: '041',
    example: 'Kishida spoke by telephone with the Australian leader.',
  },
  {
    lemma: 'speak',
    pattern: '* on the phone with +',
    code: '041',
    example: 'She spoke on the phone with the Kenyan president on Sunday.',
  },
  {
    lemma: 'speak',
    pattern: '* with +',
    code: '040',
    example: 'The secretary spoke with his Saudi counterpart about Sudan.',
  },
  {
    lemma: 'speak',
    pattern: '* to +',
    code: '040',
    example: 'The prime minister spoke to President Ramaphosa this morning.',
  },
  { lemma: 'talk', pattern: '* with +', code: '040', example: 'The envoy talked with Houthi leaders in Muscat.' },
  // A guest welcomed to a place is hosted (043), not praised.
  {
    lemma: 'welcome',
    pattern: '* + to the white house',
    code: '043',
    example: 'The president welcomed the Kenyan leader to the White House.',
  },
  {
    lemma: 'welcome',
    pattern: '* + to washington',
    code: '043',
    example: 'Biden welcomed Chancellor Scholz to Washington.',
  },
  // CAMEO codes "make a visit" as an intent (036); in news the visit took place unless a modal says otherwise.
  { lemma: 'make', pattern: '* visit', code: '042', example: 'The foreign minister made a visit to Hanoi in May.' },
  { lemma: 'make', pattern: '* trip', code: '042', example: 'The chancellor made a surprise trip to Kyiv.' },
  {
    lemma: 'talk',
    pattern: '* by phone with +',
    code: '041',
    example: 'The two leaders talked by phone with each other for an hour.',
  },
  {
    lemma: 'hold',
    pattern: '* call with +',
    code: '041',
    example: 'The president held a call with the Japanese prime minister.',
  },
  { lemma: 'hold', pattern: '* talks with +', code: '046:046', example: 'Egypt held talks with Ethiopia on the dam.' },
  {
    lemma: 'hold',
    pattern: '* &protest against +',
    code: '141',
    example: 'Students held protests against the Israeli embassy.',
  },
  {
    lemma: 'have',
    pattern: '* call with +',
    code: '041',
    example: 'The president had a call with the Danish prime minister.',
  },
  {
    lemma: 'have',
    pattern: '* conversation with +',
    code: '040',
    example: 'He had a long conversation with the Emir of Qatar.',
  },
  {
    lemma: 'have',
    pattern: '* talks with +',
    code: '046:046',
    example: 'Vietnam had talks with Cambodia on the canal.',
  },
  {
    lemma: 'have',
    pattern: '* meeting with +',
    code: '040',
    example: 'She had a meeting with the Nigerian foreign minister.',
  },
  // Negotiation and mediation with a party (CAMEO files the verbs under COMPROMISE, "with" as 050).
  {
    lemma: 'negotiate',
    pattern: '* with +',
    code: '046:046',
    example: 'Iceland negotiated with Norway for three years.',
  },
  {
    lemma: 'mediate',
    pattern: '* between +',
    code: '045',
    example: 'Oman mediated between Iran and the United States.',
  },
  // Verbal support and commitment.
  {
    lemma: 'reaffirm',
    pattern: '* support for +',
    code: '051',
    example: "The leaders reaffirmed support for Moldova's sovereignty.",
  },
  {
    lemma: 'reaffirm',
    pattern: '* commitment to +',
    code: '050',
    example: 'Washington reaffirmed its commitment to the Philippines.',
  },
  { lemma: 'reiterate', pattern: '* support for +', code: '051', example: 'Paris reiterated its support for Armenia.' },
  {
    lemma: 'express',
    pattern: '* support for +',
    code: '051',
    example: "The council expressed support for Somalia's government.",
  },
  {
    lemma: 'express',
    pattern: '* solidarity with +',
    code: '051',
    example: 'Chile expressed solidarity with Ecuador after the quake.',
  },
  {
    lemma: 'underscore',
    pattern: '* commitment to +',
    code: '050',
    example: "The president underscored the commitment to Japan's security.",
  },
  {
    lemma: 'extend',
    pattern: '* support to +',
    code: '051',
    example: 'The summit extended support to the Sudanese transition.',
  },
  // Concern raised about or with a party reads as disapproval in readouts (CAMEO: "raise concerns" 040).
  {
    lemma: 'raise',
    pattern: '* concerns about +',
    code: '110',
    example: "The president raised concerns about China's coercive actions.",
  },
  {
    lemma: 'raise',
    pattern: '* concerns over +',
    code: '110',
    example: "Ministers raised concerns over Russia's troop build-up.",
  },
  {
    lemma: 'raise',
    pattern: '* concerns with +',
    code: '110',
    example: 'He raised concerns with President Xi about Taiwan.',
  },
  {
    lemma: 'raise',
    pattern: '* concern about +',
    code: '110',
    example: "Canada raised concern about India's role in the killing.",
  },
  // Mediation.
  {
    lemma: 'broker',
    pattern: '* talks between +',
    code: '045',
    example: 'Qatar brokered talks between Israel and Hamas.',
  },
  {
    lemma: 'broker',
    pattern: '* deal between +',
    code: '045',
    example: 'Turkey brokered a grain deal between Russia and Ukraine.',
  },
  {
    lemma: 'broker',
    pattern: '* &ceasefire between +',
    code: '045',
    example: 'The US brokered a ceasefire between Israel and Lebanon.',
  },
  // Material help.
  { lemma: 'extend', pattern: '* loan to +', code: '071', example: 'China extended a loan to Sri Lanka.' },
  {
    lemma: 'extend',
    pattern: '* credit to +',
    code: '071',
    example: 'India extended credit to Bangladesh for rail lines.',
  },
  { lemma: 'provide', pattern: '* aid to +', code: '070', example: 'Japan provided aid to Tonga after the eruption.' },
  {
    lemma: 'provide',
    pattern: '* military_aid to +',
    code: '072',
    example: 'Denmark provided military aid to Ukraine.',
  },
  { lemma: 'provide', pattern: '* weapons to +', code: '072', example: 'Iran provided weapons to the Houthis.' },
  { lemma: 'send', pattern: '* aid to +', code: '070', example: 'Algeria sent aid to Libya after the floods.' },
  { lemma: 'send', pattern: '* weapons to +', code: '072', example: 'Britain sent weapons to Kyiv.' },
  { lemma: 'pledge', pattern: '* aid to +', code: '033', example: 'The Gulf states pledged aid to Egypt.' },
  {
    lemma: 'sign',
    pattern: '* agreement with +',
    code: '057',
    example: 'Kenya signed an agreement with Ethiopia on the corridor.',
  },
  { lemma: 'sign', pattern: '* deal with +', code: '057', example: 'Australia signed a deal with Papua New Guinea.' },
  {
    lemma: 'conduct',
    pattern: '* joint_exercises with +',
    code: '062',
    example: 'India conducted joint exercises with France.',
  },
  { lemma: 'restore', pattern: '* ties with +', code: '050', example: 'Saudi Arabia restored ties with Iran.' },
  {
    lemma: 'restore',
    pattern: '* relations with +',
    code: '050',
    example: 'Colombia restored relations with Venezuela.',
  },
  {
    lemma: 'normalize',
    pattern: '* relations with +',
    code: '050',
    example: 'Morocco normalized relations with Israel.',
  },
  { lemma: 'normalize', pattern: '* ties with +', code: '050', example: 'Sudan normalized ties with Israel.' },
  {
    lemma: 'normalise',
    pattern: '* relations with +',
    code: '050',
    example: 'Morocco normalised relations with Israel.',
  },
  { lemma: 'normalise', pattern: '* ties with +', code: '050', example: 'Sudan normalised ties with Israel.' },
  // Reducing relations and coercion.
  { lemma: 'suspend', pattern: '* flights to +', code: '160', example: 'Russia suspended flights to Georgia.' },
  { lemma: 'suspend', pattern: '* talks with +', code: '164', example: 'Seoul suspended talks with Tokyo.' },
  { lemma: 'suspend', pattern: '* aid to +', code: '162', example: 'The EU suspended aid to Niger.' },
  {
    lemma: 'suspend',
    pattern: '* cooperation with +',
    code: '160',
    example: 'Mali suspended cooperation with France.',
  },
  { lemma: 'freeze', pattern: '* aid to +', code: '162', example: 'Washington froze aid to Ukraine in 2019.' },
  { lemma: 'cut', pattern: '* ties with +', code: '161', example: 'Nicaragua cut ties with Taiwan.' },
  { lemma: 'cut', pattern: '* off aid to +', code: '162', example: 'Donors cut off aid to Afghanistan.' },
  { lemma: 'sever', pattern: '* ties with +', code: '161', example: 'Bolivia severed ties with Israel.' },
  { lemma: 'sever', pattern: '* relations with +', code: '161', example: 'Algeria severed relations with Morocco.' },
  {
    lemma: 'recall',
    pattern: '* &envoy from +',
    code: '161',
    example: 'Australia recalled its ambassador from Paris.',
  },
  { lemma: 'recall', pattern: '* &envoy to +', code: '161', example: 'Chad recalled its envoy to Qatar.' },
  // CAMEO reads "withdrew ... from X" as a retreat (0874); with an envoy it is a recall.
  {
    lemma: 'withdraw',
    pattern: '* &envoy from +',
    code: '161',
    example: 'Jordan withdrew its ambassador from Israel.',
  },
  {
    lemma: 'declare',
    pattern: '* + persona_non_grata',
    code: '161',
    example: 'Estonia declared two Russian diplomats persona non grata.',
  },
  { lemma: 'expel', pattern: '* &envoy', code: '161', example: 'Poland expelled Belarusian diplomats.' },
  {
    lemma: 'summon',
    pattern: '* &envoy',
    code: '114',
    example: 'Warsaw summoned the German ambassador over the remarks.',
  },
  {
    lemma: 'impose',
    pattern: '* export_controls on +',
    code: '163',
    example: 'Washington imposed export controls on Chinese chipmakers.',
  },
  { lemma: 'impose', pattern: '* sanctions on +', code: '163', example: 'The EU imposed sanctions on Belarus.' },
  {
    lemma: 'impose',
    pattern: '* sanctions against +',
    code: '163',
    example: 'Canada imposed sanctions against Iranian officials.',
  },
  { lemma: 'impose', pattern: '* embargo on +', code: '163', example: 'The league imposed an embargo on Qatar.' },
  {
    lemma: 'impose',
    pattern: '* tariffs on +',
    code: '163',
    example: 'Ottawa imposed tariffs on Chinese electric cars.',
  },
  {
    lemma: 'impose',
    pattern: '* restrictions on +',
    code: '172',
    example: 'Beijing imposed restrictions on Lithuanian imports.',
  },
  { lemma: 'impose', pattern: '* blockade on +', code: '191', example: 'Azerbaijan imposed a blockade on the region.' },
  // Criticism and protest.
  {
    lemma: 'file',
    pattern: '* complaint against +',
    code: '114',
    example: 'Guyana filed a complaint against Venezuela.',
  },
  {
    lemma: 'file',
    pattern: '* lawsuit against +',
    code: '115',
    example: 'Ukraine filed a lawsuit against Russia at the ICJ.',
  },
  { lemma: 'file', pattern: '* case against +', code: '115', example: 'South Africa filed a case against Israel.' },
  { lemma: 'lodge', pattern: '* protest with +', code: '114', example: 'Hanoi lodged a protest with Beijing.' },
  {
    lemma: 'lodge',
    pattern: '* complaint against +',
    code: '114',
    example: 'Rwanda lodged a complaint against Burundi.',
  },
  { lemma: 'lodge', pattern: '* complaint with +', code: '114', example: 'Peru lodged a complaint with Chile.' },
  {
    lemma: 'stage',
    pattern: '* &protest outside +',
    code: '141',
    example: 'Activists staged protests outside the Chinese embassy.',
  },
  {
    lemma: 'stage',
    pattern: '* &protest against +',
    code: '141',
    example: "Farmers staged a rally against Ukraine's grain imports.",
  },
  // Force.
  {
    lemma: 'launch',
    pattern: '* strikes on +',
    code: '190',
    example: 'Israel launched strikes on Hezbollah positions.',
  },
  {
    lemma: 'launch',
    pattern: '* airstrikes on +',
    code: '195',
    example: 'Turkey launched airstrikes on Kurdish militants.',
  },
  {
    lemma: 'launch',
    pattern: '* air_strikes on +',
    code: '195',
    example: 'Jordan launched air strikes on smugglers in Syria.',
  },
  { lemma: 'launch', pattern: '* attack on +', code: '190', example: 'The rebels launched an attack on Goma.' },
  {
    lemma: 'launch',
    pattern: '* offensive against +',
    code: '190',
    example: 'The army launched an offensive against Al-Shabaab.',
  },
  { lemma: 'launch', pattern: '* invasion of +', code: '192', example: 'Russia launched an invasion of Ukraine.' },
  {
    lemma: 'launch',
    pattern: '* missiles at +',
    code: '194',
    example: 'North Korea launched missiles at the sea off Japan.',
  },
  {
    lemma: 'carry out',
    pattern: '* strikes on +',
    code: '190',
    example: 'The coalition carried out strikes on Raqqa.',
  },
  {
    lemma: 'carry out',
    pattern: '* airstrikes on +',
    code: '195',
    example: 'Pakistan carried out airstrikes on Iran.',
  },
  { lemma: 'conduct', pattern: '* strikes on +', code: '190', example: 'The US conducted strikes on militia sites.' },
  {
    lemma: 'conduct',
    pattern: '* airstrikes against +',
    code: '195',
    example: 'Egypt conducted airstrikes against targets in Libya.',
  },
  { lemma: 'declare', pattern: '* war on +', code: '190', example: 'Paraguay declared war on Bolivia in 1933.' },
];

// ---------------------------------------------------------------------------------------------
// Verbs too broad to trust alone

export interface BroadVerbRow {
  /** CAMEO lemmas, "|" between them. */
  lemmas: string;
  why: string;
  /** A sentence where the default code would be wrong. */
  example: string;
}

/**
 * CAMEO verbs whose default code names a stance but whose everyday senses do not: the engine
 * should take them only with a pattern or with an actor confidently in the target slot.
 * PETRARCH coded them only between two known actors, which hid how broad they are.
 */
export const BROAD_VERBS: readonly BroadVerbRow[] = [
  {
    lemmas:
      'think|consider|contemplate|excogitate|meditate|mull|muse|ponder|reason|reconsider|ruminate|speculate|weigh|' +
      'hear|learn|find out|decide|determine|vote|seek|expect|intend|mean|plan|aim|want|need|is determined|prepare|' +
      'ready|groom|train|subscribe|signal|revive|resurrect|resuscitate|ensure|certify',
    why: 'thinking, learning, deciding or intending is not contact or cooperation (CAMEO 030, 040)',
    example: 'The cabinet is considering new tariffs.',
  },
  {
    lemmas:
      'go|go away|go forth|go to|leave|leave behind|depart|egress|embark|arrive|approach|pull out|walk out|run into|' +
      'amass|assemble|cluster|conglomerate|congregate|conjoin|constellate|converge|flock|gather|huddle|join|unite',
    why: 'movement and gathering: the object is a place or a crowd, not a party (CAMEO 040)',
    example: 'Thousands of refugees arrived in Greece.',
  },
  {
    lemmas: 'brave|confront|encounter|face|introduce|acquaint|innovate|insert|elicit|promulgate|call',
    why: 'senses of contact that are not meetings (CAMEO 040, 041)',
    example: 'The government faces an election in May.',
  },
  {
    lemmas:
      'agree|deal|ally|associate|conform|correlate|integrate|orchestrate|organise|organize|unionise|unionize|' +
      'harmonise|harmonize|admit|confess|confide|divulge|expose|profess|reveal|unveil|affect|impact|influence|' +
      'persuade|tempt|exuberate|exult|rejoice|triumph|advertise|advertize|promote',
    why: 'agreement, association and disclosure in their everyday senses (CAMEO 050)',
    example: 'Analysts agree that growth will slow.',
  },
  {
    lemmas:
      'admire|celebrate|clap|commemorate|honor|honour|recognise|recognize|reward|toast|appreciate|bless|sanctify|' +
      'cheer|enliven|galvanize|inspire|invigorate|revitalize|rouse|spur|favor|favour|prefer|esteem|prize',
    why: 'praise verbs with other common senses ("recognize" a state is 054, not praise) (CAMEO 051)',
    example: 'The country celebrated its independence day.',
  },
  {
    lemmas:
      'benefit|help|serve|allocate|allot|apportion|assign|task|step up|amplify|augment|boost|compound|deepen|enhance|' +
      'enlarge|escalate|exaggerate|expand|heighten|increase|intensify|magnify|redouble|constitute|enact|establish|' +
      'found|institute|enlist|enroll|abate|ameliorate|appease|assuage|better|ease|expediate|facilitate|improve|' +
      'mitigate|simplify|accord|award|bequeath|endow|entrust|give|issue|provide|supply|grant|contribute|tie in|' +
      'attach|bind|chain|connect|link|relate|blend|coalesce|combine|conflate|fuse|merge|unify',
    why: 'giving, increasing, founding and linking are rarely material cooperation with a party (CAMEO 06, 07)',
    example: 'The new rules will help exporters.',
  },
  {
    lemmas:
      'administer|command|conduct|control|dictate|direct|enjoin|govern|handle|head|lead|manage|order|oversee|' +
      'prescribe|regulate|rule|steer|supervise|supervize|exchange|swap|trade|pay for|pay|import|buy|purchase|' +
      'compensate|arm|attire|furnish|gear|outfit|render|stock|tender|stabilise|stabilize|evacuate',
    why: 'managing, paying and trading verbs (CAMEO 060, 061, 062)',
    example: 'She will lead the delegation.',
  },
  {
    lemmas: 'interfere|intervene|look after|defend|guard|protect|safeguard|shelter|shield|tend|ward',
    why: 'protection verbs are often verbal ("defended the decision") or hostile ("interfered") (CAMEO 070, 074)',
    example: 'The minister defended the decision to close the border.',
  },
  {
    lemmas: 'bid|campaign|crusade|necessitate|press|push|insist|aver|avow|claim|swear|suspect',
    why: 'demand and claim verbs with everyday senses (CAMEO 100, 110)',
    example: 'Officials insisted that the figures were correct.',
  },
  {
    lemmas:
      'express|dismiss|despair|discourage|sadden|cry|grieve|mourn|wail|weep|whine|argue|challenge|compete|contend|' +
      'contest|contrast|counter|counterbalance|debate|differ|degrade|humble|crucify|lecture|charge|fail|decline',
    why: 'feelings, arguments and failures that are not criticism of a party (CAMEO 11, 12)',
    example: 'Exports declined by four percent.',
  },
  {
    lemmas: 'defer|delay|forestall|inhibit|postpone|prevent|procrastinate|remit|retard|shelve|stall|table|override',
    why: 'a postponement is rarely a rejection of a party (CAMEO 120)',
    example: 'The vote was postponed until May.',
  },
  {
    lemmas:
      'caution|warn|agitate|agonise|agonize|annoy|badger|bother|discomfit|disconcert|disquiet|disturb|harry|hassle|' +
      'irk|irritate|pester|plague|rag|torment|upset|vex|demonstrate|march|arouse|enkindle|provoke|drum up|' +
      'pull together|garner|marshal|rally|parade',
    why: 'warnings about events and disturbances without a party (CAMEO 130, 140, 150)',
    example: 'Economists warned that growth would slow.',
  },
  {
    lemmas:
      'disrupt|disarray|disorder|undermine|confine|contain|enclose|restrict|withhold|vote down|bar|block|exclude|' +
      'segregate|compel|enforce|force|impel|reinforce|bill|impose|inflict|levy|constrain|curb|moderate|restrain|' +
      'capture|catch|grab|seize|take|take over|extract|pluck|pull|steal|overturn|revolutionise|revolutionize|' +
      'appropriate|fine|tax|sentence|remove|abuse|dishonor|dishonour|veto',
    why: 'coercion verbs with ordinary senses (CAMEO 16, 17)',
    example: 'Storms disrupted flights across the region.',
  },
  {
    lemmas:
      'beat|best|break|bust|crush|decimate|defeat|destroy|devastate|disarm|dominate|eradicate|master|overcome|' +
      'overshadow|overtake|overwhelm|ravage|ravish|ruin|shatter|smash|surmount|die|circle|ring|surround|engage|' +
      'blast|blow|explode|fire|flatten|snipe|stamp out|hang|square off|assail|attack|battle|clash|clobber|combat|' +
      'conflict|duel|fight|grapple|hammer|hit|kick|match|pit|quarrel|storm|strike|struggle|wrestle|pound|ram|' +
      'thump|shoot|target|infest|inhabit|occupy|reside|bruise|contaminate|corrupt|crack|damage|harm|hurt|impair|' +
      'mar|spoil|tarnish|tear|vitiate|rip|lash|whip|cane|flog',
    why: 'violence verbs with figurative or peaceful senses (CAMEO 18, 19)',
    example: 'The opposition attacked the budget and the storm hit the coast.',
  },
];

export interface NotCueRow {
  form: string;
  why: string;
  example: string;
}

/** Forms CAMEO lists that are almost never the verb it means. */
export const NOT_CUES: readonly NotCueRow[] = [
  { form: 'going to', why: 'the future auxiliary, not GO_SOMEWHERE (040)', example: 'Iran is going to respond.' },
];

// ---------------------------------------------------------------------------------------------
// Markers: words that govern another stance

/**
 * - reversal: ends or withdraws what follows ("froze aid to X": aid 07 becomes 162)
 * - negation: denies it; no event ("did not meet")
 * - refusal: the subject rejects it, itself an event ("refused to meet": 125)
 * - modal: proposes it (should, must); no event of its own
 * - appeal / demand: the subject asks for it (CAMEO 02 appeal, 10 demand)
 * - threat: the subject threatens it ("threatened to impose sanctions": 1312)
 */
export type MarkerRole = 'reversal' | 'negation' | 'refusal' | 'modal' | 'appeal' | 'demand' | 'threat';

export interface MarkerRow {
  /** Forms "|"-separated. A form starting with a verb lemma marked "~" is inflected ("~freeze"). */
  forms: string;
  role: MarkerRole;
  /** The CAMEO code of the marker alone, where CAMEO has one. */
  code: string | null;
  example: string;
}

/** Negative auxiliaries before "n't" ("won" for "won't"). */
const CONTRACTIONS = 'didn doesn don won wouldn isn aren wasn weren hasn haven hadn can couldn shouldn mustn'.split(
  ' ',
);

export const MARKERS: readonly MarkerRow[] = [
  // reversal
  {
    forms: '~halt|~suspend|~freeze|~cancel|~call off|~scrap|~end|~stop|~cease',
    role: 'reversal',
    code: '160',
    example: 'Berlin froze aid to Kigali.',
  },
  {
    forms: '~cut off|~cut|~sever|~break off|~downgrade|~scale back|~reduce',
    role: 'reversal',
    code: '160',
    example: 'Donors cut off aid to the junta.',
  },
  {
    forms: '~withdraw|~pull out of|~pull back|~withdraw from|~exit|~quit',
    role: 'reversal',
    code: '160',
    example: 'The US withdrew from the nuclear deal with Iran.',
  },
  {
    forms: '~lift|~ease|~relax|~drop|~waive|~roll back',
    role: 'reversal',
    code: '080',
    example: 'The EU lifted sanctions on Uzbekistan.',
  },
  { forms: '~postpone|~delay|~put off', role: 'reversal', code: '120', example: 'Lima postponed talks with Quito.' },
  // negation
  {
    forms: "not|n't|never|no longer|neither|nor|without|cannot",
    role: 'negation',
    code: null,
    example: 'Hungary did not sign the statement.',
  },
  // The project's tokenizer splits "didn't" into "didn", "'", "t".
  {
    forms: CONTRACTIONS.flatMap((w) => [`${w}'t`, `${w}’t`, `${w} ' t`, `${w} ’ t`]).join('|'),
    role: 'negation',
    code: null,
    example: "Hungary didn't sign the statement.",
  },
  {
    forms: '~fail to|~deny|~deny that',
    role: 'negation',
    code: null,
    example: 'Minsk denied sending troops to Ukraine.',
  },
  // refusal
  {
    forms: '~refuse to|~decline to|~reject|~rebuff|~spurn|~turn down|~balk at|~rule out',
    role: 'refusal',
    code: '120',
    example: 'Ankara refused to meet the envoy.',
  },
  // modal
  {
    forms: 'must|should|ought to|need to|needs to|has to|have to|it is time to',
    role: 'modal',
    code: null,
    example: 'Moscow should withdraw its troops, she said.',
  },
  // appeal and demand
  {
    forms: '~call on|~call upon|~call for|~appeal to|~appeal for|~ask|~invite',
    role: 'appeal',
    code: '020',
    example: 'The council called on both sides to hold fire.',
  },
  {
    forms: '~urge|~demand|~demand that|~insist that|~press|~order|~instruct',
    role: 'demand',
    code: '100',
    example: 'Lagos demanded that Accra return the ship.',
  },
  // threat
  {
    forms: '~threaten to|~threaten|~warn that|~vow to retaliate|~promise to retaliate',
    role: 'threat',
    code: '130',
    example: 'Pyongyang threatened to cut the hotline.',
  },
  {
    forms: '~warn it would|~warn they would|~warn he would|~warn she would',
    role: 'threat',
    code: '130',
    example: 'Baku warned it would respond with force.',
  },
];

/**
 * What a marker does to the code of the stance it governs, by that code's most specific known
 * prefix (four, three, then two digits); "*" is the fallback, null means no event remains.
 */
export const MARKER_CODES: Readonly<Record<MarkerRole, Readonly<Record<string, string | null>>>> = {
  reversal: {
    '03': '160',
    '04': '164',
    '042': '160',
    '043': '160',
    '05': '160',
    '057': '160',
    '06': '162',
    '061': '1621',
    '062': '1622',
    '07': '162',
    '071': '1621',
    '072': '1622',
    '073': '1623',
    // Ending a hostile act is yielding (08, no stance): "lifted sanctions" 085, "halted strikes" 087.
    '10': '080',
    '11': '080',
    '12': '080',
    '13': '080',
    '14': '082',
    '15': '087',
    '16': '080',
    '163': '085',
    '17': '080',
    '172': '081',
    '18': '087',
    '19': '087',
    '20': '087',
    '*': null,
  },
  negation: { '*': null },
  refusal: {
    '03': '120',
    '04': '125',
    '05': '120',
    '06': '121',
    '061': '1211',
    '062': '1212',
    '07': '122',
    '08': '124',
    '*': null,
  },
  modal: { '*': null },
  appeal: {
    '03': '022',
    '04': '026',
    '045': '028',
    '05': '022',
    '06': '021',
    '061': '0211',
    '062': '0212',
    '063': '0213',
    '064': '0214',
    '07': '023',
    '071': '0231',
    '072': '0232',
    '073': '0233',
    '074': '0234',
    '08': '025',
    '087': '0256',
    '*': '020',
  },
  demand: {
    '03': '102',
    '04': '106',
    '045': '108',
    '05': '102',
    '06': '101',
    '061': '1011',
    '062': '1012',
    '07': '103',
    '071': '1031',
    '072': '1032',
    '073': '1033',
    '074': '1034',
    '08': '105',
    '081': '1051',
    '082': '1052',
    '084': '1053',
    '085': '1054',
    '086': '1055',
    '087': '1056',
    '*': '100',
  },
  threat: {
    '16': '131',
    '161': '1313',
    '162': '1311',
    '163': '1312',
    '164': '134',
    '17': '132',
    '173': '137',
    '175': '137',
    '14': '133',
    '15': '138',
    '18': '138',
    '19': '138',
    '190': '1384',
    '191': '1381',
    '192': '1382',
    '193': '1384',
    '194': '1384',
    '195': '1384',
    '20': '1383',
    '204': '1385',
    '*': '130',
  },
};
