// Stance cues: words and short constructions mapped to a stance kind and CAMEO code, after
// the verb patterns event coders use (../shared/dictionaries/CAMEO.2.0.txt is the reference).
// `pos` says how slots are found: verbs take a subject and an object, nouns a possessor or
// modifier ("Kerry's visit", "the EU embargo") and a prepositional object ("visit to Moscow").
import type { StanceKind } from '../model/vocab.js';

export interface Cue {
  /** Lower-case token sequence (inflected forms are listed as separate cues). */
  words: string;
  kind: StanceKind;
  cameo: string;
  pos: 'verb' | 'noun';
  /** Prepositions that introduce the target ("meet with X", "fight against X"). */
  preps?: string[];
  /** The two sides act together: either may be the source. */
  symmetric?: boolean;
  /** Target comes from the context when the sentence has none ("our joint efforts"). */
  implicitPartner?: boolean;
  /**
   * The direct object is a topic, not a party: only a preposition introduces the target ("discuss
   * Syria with Iran").
   */
  prepOnly?: boolean;
  /** Only a state or an armed group can be the target ("warned Iran", not "warned Mr Blair"). */
  stateTarget?: boolean;
  /**
   * Kind and code when the parties are the verb's own plural subject: "Biden and Scholz
   * discussed their assistance to Ukraine" states a common agenda (cooperates), where
   * "discussed Syria with Iran" is a consultation (meets).
   */
  joint?: { kind: StanceKind; cameo: string };
}

type Row = [forms: string, kind: StanceKind, cameo: string, pos: 'verb' | 'noun', preps?: string, flags?: string];

const ROWS: Row[] = [
  // meets
  ['meet meets met meeting', 'meets', '040', 'verb', 'with', 'sym'],
  ['meeting meetings talks summit consultations contacts', 'meets', '040', 'noun', 'with between', 'sym'],
  ['visit visits visited visiting', 'meets', '042', 'verb', 'to'],
  ['visit visits trip trips', 'meets', '042', 'noun', 'to'],
  ['hosted hosts host', 'meets', '043', 'verb'],
  ['arrived arrives arrive flew travelled traveled', 'meets', '042', 'verb', 'in to'],
  ['received receives', 'meets', '043', 'verb'],
  ['negotiate negotiated negotiating', 'meets', '046', 'verb', 'with', 'sym,prep'],
  ['negotiations negotiation', 'meets', '046', 'noun', 'with between', 'sym'],
  ['discuss discussed discussing', 'meets', '040', 'verb', 'with', 'sym,prep,joint=cooperates/05'],
  ['discussions', 'meets', '040', 'noun', 'with between', 'sym'],
  ['telephoned phoned', 'meets', '040', 'verb'],
  ['submit submitted', 'meets', '040', 'verb', 'to'],
  ['conferred', 'meets', '040', 'verb', 'with', 'sym'],
  // cooperates
  ['cooperate cooperated cooperating co-operate', 'cooperates', '03', 'verb', 'with', 'sym'],
  ['cooperation co-operation partnership', 'cooperates', '05', 'noun', 'with between', 'sym'],
  ['coordination', 'cooperates', '05', 'noun', 'with between', 'sym,implicit'],
  ['joint efforts', 'cooperates', '05', 'noun', 'with', 'sym,implicit'],
  ['joint actions', 'cooperates', '03', 'noun', 'with', 'sym,implicit'],
  ['common approach', 'cooperates', '05', 'noun', 'with', 'sym'],
  ['agreement accord treaty pact deal', 'cooperates', '057', 'noun', 'with between', 'sym'],
  ['signed sign signs', 'cooperates', '057', 'verb', 'with', 'sym'],
  ['agreed agree agrees', 'cooperates', '03', 'verb', 'with', 'sym'],
  ['shared shares share', 'cooperates', '05', 'verb', 'with', 'sym'],
  [
    'welcomed welcomes welcome praised praises praise hailed endorsed congratulated congratulates thanked',
    'cooperates',
    '051',
    'verb',
  ],
  // "expressed appreciation to President Aoun", "conveyed his gratitude to the people of Japan"
  ['appreciation gratitude', 'cooperates', '051', 'noun', 'to for'],
  ['apologised apologized apologises apologizes', 'cooperates', '055', 'verb', 'to'],
  ['alliance', 'cooperates', '05', 'noun', 'with between', 'sym'],
  ['join joined joining joins', 'cooperates', '03', 'verb'],
  ['allied ally allies', 'cooperates', '05', 'noun', 'with', 'sym'],
  ['co-sponsorship', 'cooperates', '05', 'noun', 'with', 'sym,implicit'],
  ['reconciliation rapprochement', 'cooperates', '05', 'noun', 'with between', 'sym'],
  // supports
  ['support supports supported supporting backed backs back', 'supports', '06', 'verb'],
  ['support backing', 'supports', '06', 'noun', 'for to of'],
  ['help helped helps helping assist assisted aid aided', 'supports', '07', 'verb'],
  ['aid assistance loan loans credit credits', 'supports', '07', 'noun', 'to for'],
  ['lent loaned donated', 'supports', '07', 'verb', 'to'],
  ['sponsorship sponsoring sponsored', 'supports', '06', 'noun', 'of for'],
  // "X has been a leading advocate of Turkish membership", "the EU's commitment to Iraq"
  ['advocate advocates champion supporter supporters backer backers', 'supports', '06', 'noun', 'of for'],
  ['commitment', 'supports', '06', 'noun', 'to'],
  ['escort escorting escorted protect protecting protected', 'supports', '07', 'verb'],
  ['supply supplied supplies provide provided provides', 'supports', '07', 'verb', 'to'],
  // demands
  ['demand demanded demands demanding', 'demands', '10', 'verb', 'from of'],
  ['demand demands appeal ultimatum', 'demands', '10', 'noun', 'for on to'],
  ['urged urges urge urging', 'demands', '10', 'verb'],
  ['pressed press', 'demands', '10', 'verb'],
  ['called on', 'demands', '10', 'verb'],
  ['calls on', 'demands', '10', 'verb'],
  // criticises
  ['criticised criticized criticise criticize criticises criticizes', 'criticises', '11', 'verb'],
  ['criticism', 'criticises', '11', 'noun', 'of'],
  ['critic critics opponent opponents', 'criticises', '11', 'noun', 'of'],
  ['refused to accept', 'criticises', '12', 'verb'],
  ['refuses to accept', 'criticises', '12', 'verb'],
  ['refused to recognise', 'criticises', '12', 'verb'],
  ['refuses to recognise', 'criticises', '12', 'verb'],
  ['condemned condemns condemn denounced denounces', 'criticises', '11', 'verb'],
  // "blamed X on Y": Y is the target; "accused X of Y" names the charge, not a party.
  ['accused accuses accuse blamed blames blame', 'criticises', '11', 'verb', 'on'],
  ['rejected rejects reject rebuffed', 'criticises', '12', 'verb'],
  ['opposed opposes oppose', 'criticises', '12', 'verb'],
  ['objections objection opposition', 'criticises', '12', 'noun', 'to'],
  ['objected', 'criticises', '12', 'verb', 'to'],
  ['protested protests protest', 'criticises', '14', 'verb', 'against'],
  ['slammed', 'criticises', '11', 'verb'],
  ['deplored deplores rebuked rebukes', 'criticises', '11', 'verb'],
  ['complained complains', 'criticises', '11', 'verb', 'about to'],
  ['vetoed vetoes', 'criticises', '12', 'verb'],
  ['suspicious', 'criticises', '11', 'noun', 'of'],
  // threatens
  ['threaten threatened threatens threatening', 'threatens', '13', 'verb'],
  // "warned Iran of …" threatens; "the expert warned" has no object and stays a speech verb.
  ['warned warns warn', 'threatens', '13', 'verb', 'against', 'state'],
  ['threat threats', 'threatens', '13', 'noun', 'to against'],
  // coerces
  ['sanctions sanction', 'coerces', '163', 'noun', 'on against'],
  ['sanctioned', 'coerces', '163', 'verb'],
  ['embargo boycott blockade', 'coerces', '163', 'noun', 'on against to'],
  ['expelled expels expel deported deports', 'coerces', '16', 'verb'],
  ['severed severs sever', 'coerces', '16', 'verb', 'with'],
  ['suspended suspends suspend', 'coerces', '16', 'verb', 'to with'],
  ['pressure', 'coerces', '17', 'noun', 'on'],
  ['crackdown', 'coerces', '17', 'noun', 'on against'],
  ['restrictions', 'coerces', '16', 'noun', 'on against'],
  ['arrested detained', 'coerces', '17', 'verb'],
  // fights
  ['fight fighting fought', 'fights', '19', 'verb', 'against with'],
  ['fight battle war offensive', 'fights', '19', 'noun', 'against with on'],
  ['raid raids assault shelling', 'fights', '18', 'noun', 'on against'],
  ['killed kills kidnapped abducted ambushed assassinated', 'fights', '18', 'verb'],
  ['conflict', 'fights', '19', 'noun', 'with between', 'sym'],
  ['clashed clashes clash', 'fights', '19', 'noun', 'with between', 'sym'],
  ['attacked attack attacks bombed shelled invaded raided struck', 'fights', '18', 'verb'],
  ['intervention invasion airstrikes strikes attack bombing', 'fights', '18', 'noun', 'in against on'],
];

export const CUES: readonly Cue[] = ROWS.flatMap(([forms, kind, cameo, pos, preps, flags]) => {
  // Phrases ('joint efforts', 'called on') are one cue; other rows list single-word forms.
  const multi = /^(?:joint|common|called|calls|refused|refuses) /.test(forms);
  const list = multi ? [forms] : forms.split(' ');
  return list.map((words): Cue => {
    const cue: Cue = { words, kind, cameo, pos };
    if (preps) cue.preps = preps.split(' ');
    if (flags?.includes('sym')) cue.symmetric = true;
    if (flags?.includes('implicit')) cue.implicitPartner = true;
    if (flags?.includes('prep')) cue.prepOnly = true;
    if (flags?.includes('state')) cue.stateTarget = true;
    const joint = /joint=(\w+)\/(\d+)/.exec(flags ?? '');
    if (joint) cue.joint = { kind: joint[1] as StanceKind, cameo: joint[2]! };
    return cue;
  });
});

/** First word -> cues starting with it (longest first). */
export const CUE_INDEX: ReadonlyMap<string, readonly Cue[]> = (() => {
  const index = new Map<string, Cue[]>();
  for (const c of CUES) {
    const first = c.words.split(' ')[0]!;
    const list = index.get(first) ?? [];
    list.push(c);
    index.set(first, list);
  }
  for (const list of index.values()) list.sort((a, b) => b.words.split(' ').length - a.words.split(' ').length);
  return index;
})();

export const NEGATIONS = new Set([
  'not',
  "n't",
  'never',
  'no',
  'neither',
  'nor',
  'without',
  'refused',
  'declined',
  'denied',
]);
export const HYPOTHETICAL = new Set([
  'if',
  'would',
  'could',
  'might',
  'may',
  'unless',
  'whether',
  'possible',
  'possibility',
  'possibly',
]);
export const PROPOSED = new Set([
  'should',
  'must',
  'ought',
  'necessary',
  'need',
  'needs',
  'time',
  'proposed',
  'proposes',
  'urged',
  'called',
  'wants',
  'wanted',
  'hopes',
  'calls',
]);
export const PLANNED = new Set([
  'will',
  "'ll",
  '’ll',
  'plans',
  'plan',
  'planned',
  'intends',
  'intention',
  'expected',
  'scheduled',
  'going',
  'shall',
  'likely',
  'pledged',
]);
