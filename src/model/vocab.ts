// The vocabularies of the graph: one table each, read by the extractor, the viewer's legend,
// the exporters and the tests. Goldstein weights are GDELT's CAMEO-to-Goldstein table.

// A place (a city, region or other location that is not a state) is where something happened,
// not an actor: it is located in a state (a part-of relation) and never folded into one.
export const ENTITY_KINDS = ['person', 'state', 'organisation', 'group', 'place'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const ORGANISATION_SUBTYPES = [
  'government',
  'international',
  'media',
  'think-tank',
  'armed-group',
  'party',
  'company',
  'ngo',
] as const;
export type OrganisationSubtype = (typeof ORGANISATION_SUBTYPES)[number];

export const MENTION_FORMS = ['name', 'surname', 'title', 'demonym', 'metonym', 'pronoun', 'acronym'] as const;
export type MentionForm = (typeof MENTION_FORMS)[number];

export const RELATION_KINDS = ['role', 'member-of', 'part-of'] as const;
export type RelationKind = (typeof RELATION_KINDS)[number];

export const MODALITIES = ['asserted', 'reported', 'planned', 'proposed', 'hypothetical', 'negated'] as const;
export type Modality = (typeof MODALITIES)[number];

export const STANCE_KINDS = [
  'meets',
  'cooperates',
  'supports',
  'demands',
  'criticises',
  'threatens',
  'coerces',
  'fights',
] as const;
export type StanceKind = (typeof STANCE_KINDS)[number];

export type QuadClass = 'verbal cooperation' | 'material cooperation' | 'verbal conflict' | 'material conflict';

export interface CameoCode {
  code: string;
  label: string;
  goldstein: number;
}

export interface StanceInfo {
  kind: StanceKind;
  label: string;
  quad: QuadClass;
  polarity: 1 | -1;
  /** CAMEO roots first (two digits), then the specific codes the extractor emits. */
  codes: readonly CameoCode[];
  /** The root used when a sentence gives no more specific code. */
  defaultCode: string;
  color: string;
}

export const STANCES: Readonly<Record<StanceKind, StanceInfo>> = {
  meets: {
    kind: 'meets',
    label: 'meets',
    quad: 'verbal cooperation',
    polarity: 1,
    defaultCode: '04',
    color: 'rgb(14,165,233)',
    codes: [
      { code: '04', label: 'consult', goldstein: 1.0 },
      { code: '040', label: 'consult', goldstein: 1.0 },
      { code: '042', label: 'make a visit', goldstein: 1.9 },
      { code: '043', label: 'host a visit', goldstein: 2.8 },
      { code: '046', label: 'negotiate', goldstein: 7.0 },
    ],
  },
  cooperates: {
    kind: 'cooperates',
    label: 'cooperates',
    quad: 'verbal cooperation',
    polarity: 1,
    defaultCode: '05',
    color: 'rgb(34,197,94)',
    codes: [
      { code: '03', label: 'express intent to cooperate', goldstein: 4.0 },
      { code: '05', label: 'engage in diplomatic cooperation', goldstein: 3.5 },
      { code: '051', label: 'praise or endorse', goldstein: 3.4 },
      { code: '057', label: 'sign formal agreement', goldstein: 8.0 },
    ],
  },
  supports: {
    kind: 'supports',
    label: 'supports',
    quad: 'material cooperation',
    polarity: 1,
    defaultCode: '06',
    color: 'rgb(21,128,61)',
    codes: [
      { code: '06', label: 'engage in material cooperation', goldstein: 6.0 },
      { code: '07', label: 'provide aid', goldstein: 7.0 },
    ],
  },
  demands: {
    kind: 'demands',
    label: 'demands',
    quad: 'verbal conflict',
    polarity: -1,
    defaultCode: '10',
    color: 'rgb(245,158,11)',
    codes: [{ code: '10', label: 'demand', goldstein: -5.0 }],
  },
  criticises: {
    kind: 'criticises',
    label: 'criticises',
    quad: 'verbal conflict',
    polarity: -1,
    defaultCode: '11',
    color: 'rgb(249,115,22)',
    codes: [
      { code: '11', label: 'disapprove', goldstein: -2.0 },
      { code: '12', label: 'reject', goldstein: -4.0 },
      { code: '14', label: 'protest', goldstein: -6.5 },
    ],
  },
  threatens: {
    kind: 'threatens',
    label: 'threatens',
    quad: 'verbal conflict',
    polarity: -1,
    defaultCode: '13',
    color: 'rgb(220,38,38)',
    codes: [{ code: '13', label: 'threaten', goldstein: -6.0 }],
  },
  coerces: {
    kind: 'coerces',
    label: 'coerces',
    quad: 'material conflict',
    polarity: -1,
    defaultCode: '17',
    color: 'rgb(185,28,28)',
    codes: [
      { code: '16', label: 'reduce relations', goldstein: -4.0 },
      { code: '17', label: 'coerce', goldstein: -7.0 },
      { code: '163', label: 'impose embargo, boycott or sanctions', goldstein: -8.0 },
    ],
  },
  fights: {
    kind: 'fights',
    label: 'fights',
    quad: 'material conflict',
    polarity: -1,
    defaultCode: '19',
    color: 'rgb(127,29,29)',
    codes: [
      { code: '15', label: 'exhibit force posture', goldstein: -7.2 },
      { code: '18', label: 'assault', goldstein: -9.0 },
      { code: '19', label: 'fight', goldstein: -10.0 },
      { code: '20', label: 'use unconventional mass violence', goldstein: -10.0 },
    ],
  },
};

const CAMEO_INDEX = new Map<string, { kind: StanceKind; goldstein: number; label: string }>();
for (const info of Object.values(STANCES)) {
  for (const c of info.codes) CAMEO_INDEX.set(c.code, { kind: info.kind, goldstein: c.goldstein, label: c.label });
}

/** Goldstein weight of a CAMEO code: the code itself if known, else its two-digit root. */
export function goldsteinOf(code: string): number | undefined {
  return (CAMEO_INDEX.get(code) ?? CAMEO_INDEX.get(code.slice(0, 2)))?.goldstein;
}

/** The stance kind a CAMEO code belongs to (by its root). */
export function stanceKindOfCameo(code: string): StanceKind | undefined {
  return (CAMEO_INDEX.get(code) ?? CAMEO_INDEX.get(code.slice(0, 2)))?.kind;
}

export const ENTITY_COLORS: Readonly<Record<EntityKind, string>> = {
  person: 'rgb(59,130,246)',
  state: 'rgb(234,88,12)',
  organisation: 'rgb(139,92,246)',
  group: 'rgb(16,185,129)',
  place: 'rgb(120,113,108)',
};

/** Kinds that act (stances have them at both ends); a place only says where. */
export const ACTOR_KINDS: readonly EntityKind[] = ['person', 'state', 'organisation', 'group'];

/** Colour of relation (structural) edges: quieter than stances. */
export const RELATION_COLOR = 'rgb(148,163,184)';

export const POLARITY_COLORS = { positive: 'rgb(22,163,74)', negative: 'rgb(220,38,38)' } as const;

export const GRAPH_SCHEMA_VERSION = 'diplograph/1';
