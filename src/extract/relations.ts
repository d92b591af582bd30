// relations: roles from title chains and appositions.
//   "Russian Foreign Minister Sergei Lavrov"           -> Lavrov  role "Foreign Minister"  -> Russia
//   "Kremlin spokesman Dmitry Peskov"                  -> Peskov  role "spokesman"         -> Russia
//   "the Syrian Ambassador to Moscow, Riyad Haddad"    -> Haddad  role "Ambassador"        -> Syria (host Russia)
//   "The President of the National Strategy Institute, Mikhail Remizov" -> role "President" -> the institute
//   "Jack Straw, the British foreign secretary, said"  -> apposition after the name
//   "President Michel Aoun of Lebanon"                 -> "of" after the name names the state
//   "President Ana Pereira and Foreign Minister Rui Costa of Brazil" -> the "of" is shared
//   "Speaker of Parliament Jane Roe" (Brazil named for her neighbours) -> the body is that state's
//
// A role is found in two passes. The first reads what each chain states (a demonym, a body, an
// "of" after the name); the second gives the chains that state nothing (an unqualified "Prime
// Minister Modi") a state from the rest of the document: the state the person was tied to
// elsewhere (in the text or the headline), the list it stands in, the lexicon, and last the
// state that publishes the document or whose dateline it carries.
import type { Mention, Span } from '../model/extraction.js';
import { DESCRIPTIVE_HEADS, GOVERNMENT_HEADS, HONORIFICS, TITLE_HEADS, TITLE_MODIFIERS } from '../lexicon/titles.js';
import { foldName } from '../model/names.js';
import { STATE_ENTRIES } from '../lexicon/countries.js';
import { ORG_HEADS } from '../lexicon/org-heads.js';
import { isGenericBodyName } from './mentions.js';
import type { Resolution } from './resolve.js';
import { covering, lastBefore, within } from './spans.js';
import { tokenAt, tokenize, type Token } from './tokens.js';

export interface Role {
  person: string;
  target: string;
  title: string;
  host?: string;
  /** The sentence-level span that states it (the chain and the name). */
  span: Span;
}

export interface RoleContext {
  text: string;
  tokens: Token[];
  res: Resolution;
  /** State of the dateline ("PEKING, April 9 -"): unqualified government titles act for it. */
  datelineState?: string;
  /**
   * State whose government published the document (lexicon/publishers.ts: whitehouse.gov -> US).
   * Unqualified government titles act for it, before the dateline's state.
   */
  publisherState?: string;
  /** The document's headline: "Call with President Ana Pereira of Brazil" ties her to Brazil. */
  headline?: string;
}

/** Words a title chain may hold beside the shared title lexicon (lexicon/titles.ts), each with an example. */
const EXTRA_TITLE_WORDS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['principal', 'Principal Deputy National Security Advisor Jon Doe'],
  ['homeland', 'Homeland Security Advisor Jane Doe'],
  ['domestic', 'Domestic Policy Advisor Jane Doe'],
  ['cabinet', 'Cabinet Secretary Jane Doe'],
  ['senate', 'Senate President Jane Doe'],
];
const EXTRA_TITLE = new Set(EXTRA_TITLE_WORDS.map(([w]) => w));

/** Words a title keeps after a hyphen, each with an example. */
const TITLE_SUFFIX_WORDS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['elect', 'President-elect Ana Pereira'],
  ['designate', 'Prime Minister-designate Rui Costa'],
];
const TITLE_SUFFIXES = new Set(TITLE_SUFFIX_WORDS.map(([w]) => w));

/** Parts of a name that may stand between it and its "of Country", each with an example. */
const NAME_SUFFIX_WORDS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['jr', 'President Rui Costa Jr. of Brazil'],
  ['sr', 'Senator Rui Costa Sr. of Brazil'],
  ['ii', 'King Abdullah II of Jordan'],
  ['iii', 'King Rui III of Portugal'],
];
const NAME_SUFFIXES = new Set(NAME_SUFFIX_WORDS.map(([w]) => w));

/** Lower-case particles inside names, each with an example. */
const NAME_PARTICLE_WORDS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['al', 'King Salman bin Abdulaziz al-Saud'],
  ['el', 'President Abdel Fattah el-Sisi'],
  ['bin', 'Crown Prince Mohammed bin Salman'],
  ['ibn', 'Abdullah ibn Hussein'],
  ['de', 'President Ana de Souza'],
  ['da', 'President Luiz Inácio Lula da Silva'],
  ['von', 'President Ursula von der Leyen'],
  ['der', 'President Ursula von der Leyen'],
  ['van', 'Prime Minister Jan van Dijk'],
];
const NAME_PARTICLES = new Set(NAME_PARTICLE_WORDS.map(([w]) => w));

/**
 * Heads that act for the publishing government when unqualified in its own documents, beside
 * the government heads of lexicon/titles.ts, each with an example (a White House readout).
 */
const PUBLISHER_HEAD_WORDS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['advisor', 'National Security Advisor Jane Doe spoke today with ...'],
  ['assistant', 'Assistant to the President Jane Doe'],
  ['adviser', 'Senior Adviser Jane Doe met ...'],
  ['coordinator', 'Special Presidential Coordinator Jane Doe'],
  ['counselor', 'Counselor Jane Doe travelled to ...'],
  ['counsellor', 'Counsellor Jane Doe travelled to ...'],
];
const PUBLISHER_HEADS = new Set(PUBLISHER_HEAD_WORDS.map(([w]) => w));

/**
 * Heads of rulers: a government's document gives them its own state only when that state has
 * them (a White House readout's "Sheikh Khaled" is not American; a Saudi one's "King Salman" is).
 */
const RULER_HEAD_WORDS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['king', 'King Salman'],
  ['queen', 'Queen Margrethe'],
  ['prince', 'Crown Prince Mohammed bin Salman'],
  ['princess', 'Princess Anne'],
  ['emir', 'Emir Tamim bin Hamad'],
  ['sheikh', 'Sheikh Khaled'],
  ['sultan', 'Sultan Haitham'],
  ['monarch', 'the monarch'],
  ['ayatollah', 'Ayatollah Khamenei'],
  ['pope', 'Pope Francis'],
];
const RULER_HEADS = new Set(RULER_HEAD_WORDS.map(([w]) => w));
/** States whose governments publish titles of rulers for their own (ISO codes), each with an example. */
const RULER_STATES: ReadonlyArray<readonly [state: string, example: string]> = [
  ['GB', 'King Charles (gov.uk)'],
  ['ES', 'King Felipe'],
  ['NL', 'King Willem-Alexander'],
  ['BE', 'King Philippe'],
  ['DK', 'King Frederik'],
  ['NO', 'King Harald'],
  ['SE', 'King Carl Gustaf'],
  ['JP', 'Crown Prince Akishino (kantei.go.jp)'],
  ['TH', 'King Vajiralongkorn'],
  ['SA', 'King Salman'],
  ['JO', 'King Abdullah II'],
  ['MA', 'King Mohammed VI'],
  ['QA', 'Emir Tamim'],
  ['KW', 'Emir Mishal'],
  ['BH', 'King Hamad'],
  ['OM', 'Sultan Haitham'],
  ['AE', 'Sheikh Mohamed bin Zayed'],
  ['BN', 'Sultan Hassanal Bolkiah'],
  ['MY', 'King Ibrahim'],
  ['IR', 'Ayatollah Khamenei'],
  ['VA', 'Pope Francis'],
];
const RULER_STATE_CODES = new Set(RULER_STATES.map(([s]) => s));

/**
 * Heads a state's government does not use for its offices (ISO code -> heads), each with an
 * example: a White House readout's unqualified "Prime Minister Kishida" is not American, nor is
 * "Deputy Prime Minister Jane Roe" listed after an American.
 */
const UNUSED_HEAD_WORDS: ReadonlyArray<readonly [state: string, heads: readonly string[], example: string]> = [
  ['US', ['minister', 'premier', 'chancellor'], 'Prime Minister Kishida in a White House readout'],
  ['GB', ['president', 'premier'], 'President Macron in a gov.uk readout'],
];
const UNUSED_HEADS = new Map(UNUSED_HEAD_WORDS.map(([state, heads]) => [`state:${state}`, new Set(heads)]));
const unusedBy = (stateKey: string, head: string) => UNUSED_HEADS.get(stateKey)?.has(head) === true;

/**
 * Heads one person holds per state: when another person of the document holds the title for a
 * state, an unqualified holder is not that state's ("President Biden ... President Aoun").
 */
const SINGLE_HOLDER_HEAD_WORDS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['president', 'President Ana Pereira'],
  ['vice-president', 'Vice-President Rui Costa'],
  ['premier', 'Premier Li Wei'],
  ['chancellor', 'Chancellor Anna Weber'],
  ['king', 'King Rui'],
  ['queen', 'Queen Ana'],
  ['emir', 'Emir Tamim'],
  ['sultan', 'Sultan Haitham'],
  ['monarch', 'the monarch'],
];
const SINGLE_HOLDER_HEADS = new Set(SINGLE_HOLDER_HEAD_WORDS.map(([w]) => w));
/**
 * Title words that leave a title shared by several holders ("Deputy Secretary", "Senior
 * Advisor"); a title of two words or more without them has one holder ("Foreign Minister").
 */
const SHARED_TITLE_WORDS = new Set([
  'deputy',
  'assistant',
  'senior',
  'special',
  'former',
  'acting',
  'junior',
  'associate',
]);

/** Words that make any title a post of a state's government, each with an example. */
const GOVERNMENT_TITLE_WORDS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['parliamentary', 'Rui Costa, who is also parliamentary leader, ...'],
  ['government', 'government adviser Jane Doe'],
  ['cabinet', 'Cabinet Secretary Jane Doe'],
];
const GOVERNMENT_TITLE = new Set(GOVERNMENT_TITLE_WORDS.map(([w]) => w));

/** Markdown emphasis marks, which a chain reads through. */
const MARKUP = new Set(['*', '_']);

const CHAIN_GLUE = new Set(['of', 'to', 'the', 'and', 'for', ',', 'on']);
const isTitleToken = (t: Token) =>
  TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower) || HONORIFICS.has(t.lower) || EXTRA_TITLE.has(t.lower);
const isPossessive = (t: Token | undefined) => t?.lower === "'s";
/** A hyphen written inside a word ("President-elect"). */
const isInnerHyphen = (tokens: readonly Token[], k: number) =>
  tokens[k]?.text === '-' && tokens[k - 1]?.end === tokens[k].start && tokens[k + 1]?.start === tokens[k].end;

interface Segment {
  from: number; // token index
  to: number; // exclusive
}

/** Title string of a segment: the title words around its first head ("Secretary of State", "deputy head"). */
function titleOf(
  tokens: readonly Token[],
  seg: Segment,
  inMention: (t: Token) => boolean = () => false,
  /** The segment runs up to the name (not an apposition after it, which may hold two titles). */
  beforeName = true,
): { title: string; headIndex: number; portfolio?: string; scopeEnd?: number } | undefined {
  let head = -1;
  // "a deputy to Afghanistan's president, Hamid Karzai": after a possessive, its head is the title.
  let from = seg.from;
  for (let k = seg.to - 1; k > seg.from; k--) {
    if (isPossessive(tokens[k]) && tokens.slice(k + 1, seg.to).some((t) => TITLE_HEADS.has(t.lower))) {
      from = k + 1;
      break;
    }
  }
  // "Federal Reserve chief X and [IMF] head Michel Camdessus": the title words right before the
  // name are its own when a body parts them from earlier ones.
  let run = seg.to;
  while (run - 1 > from && isTitleToken(tokens[run - 1]!) && !CHAIN_GLUE.has(tokens[run - 1]!.lower)) run--;
  const runHasHead = tokens.slice(run, seg.to).some((t) => TITLE_HEADS.has(t.lower));
  const between = tokens.slice(from, run);
  const earlierHead = between.findLastIndex((t) => TITLE_HEADS.has(t.lower));
  const parted = between.slice(earlierHead + 1).some((t) => !isTitleToken(t) && !CHAIN_GLUE.has(t.lower));
  if (beforeName && runHasHead && earlierHead >= 0 && parted) from = run;
  // "a spokesman for Mr Blair": the name is the principal, not the holder; "an adviser to
  // President Putin": the title after "to" is the name's.
  for (let k = seg.to - 1; k > from; k--) {
    const w = tokens[k]!.lower;
    if (w === 'to' || w === 'for') {
      const tail = tokens.slice(k + 1, seg.to).filter((t) => t.text !== '.');
      if (tail.every((t) => HONORIFICS.has(t.lower) && !TITLE_HEADS.has(t.lower))) return undefined;
      if (
        tail.every((t) => isTitleToken(t) && !CHAIN_GLUE.has(t.lower)) &&
        tail.some((t) => TITLE_HEADS.has(t.lower)) &&
        !isAssisting(tokens, k)
      )
        from = k + 1;
      break;
    }
    if (!isTitleToken(tokens[k]!) && tokens[k]!.text !== '.') break;
  }
  for (let k = from; k < seg.to; k++) {
    if (TITLE_HEADS.has(tokens[k]!.lower)) {
      head = k;
      break;
    }
  }
  if (head < 0) return undefined;
  // "Assistant to the President (for National Security Affairs)": the President is the one
  // assisted; the title is the assistant's.
  const to = tokens[head - 1]?.lower === 'vice' ? head - 3 : head - 2;
  if (
    tokens[head]!.lower === 'president' &&
    tokens[to]?.lower === 'to' &&
    tokens[to + 1]?.lower === 'the' &&
    to - 1 >= seg.from
  ) {
    const own = tokens[to - 1]!;
    if (isTitleToken(own) && !CHAIN_GLUE.has(own.lower)) {
      let a = to - 1;
      while (a - 1 >= seg.from && isTitleToken(tokens[a - 1]!) && !CHAIN_GLUE.has(tokens[a - 1]!.lower)) a--;
      let b = head + 1;
      if (
        tokens[b]?.lower === 'for' &&
        portfolioEnd(tokens, b + 1, seg.to) === seg.to &&
        b + 1 < seg.to &&
        !tokens.slice(b + 1, seg.to).some(inMention)
      )
        b = seg.to;
      // What follows ("and Director of the Council") is another title: no target from it.
      return {
        title: tokens
          .slice(a, b)
          .map((t) => t.text)
          .join(' '),
        headIndex: to - 1,
        scopeEnd: b,
      };
    }
  }
  let a = head;
  for (;;) {
    // "Vice-President": a title word joined by a hyphen.
    if (
      a - 2 >= seg.from &&
      isInnerHyphen(tokens, a - 1) &&
      isTitleToken(tokens[a - 2]!) &&
      !CHAIN_GLUE.has(tokens[a - 2]!.lower)
    )
      a -= 2;
    else if (
      a - 1 >= seg.from &&
      isTitleToken(tokens[a - 1]!) &&
      !['the', 'of', 'and', 'for', 'to', 'on'].includes(tokens[a - 1]!.lower)
    )
      a--;
    else break;
  }
  let b = head + 1;
  // Extend over further title words ("Foreign Minister", "Secretary of State", "President-elect",
  // "Secretary-General").
  for (;;) {
    const t = tokens[b];
    if (!t || b >= seg.to) break;
    if (t.lower === 'of' && tokens[b + 1]?.lower === 'state' && b + 1 < seg.to) {
      b += 2;
      continue;
    }
    const joined = tokens[b + 1]?.lower ?? '';
    if (isInnerHyphen(tokens, b) && (TITLE_SUFFIXES.has(joined) || TITLE_HEADS.has(joined)) && b + 1 < seg.to) {
      b += 2;
      continue;
    }
    if (
      (TITLE_HEADS.has(t.lower) || TITLE_MODIFIERS.has(t.lower)) &&
      !CHAIN_GLUE.has(t.lower) &&
      t.cap === tokens[head]!.cap
    ) {
      b++;
      continue;
    }
    break;
  }
  // The head is the title's last head word: "Secretary" in "Deputy Secretary of State".
  let headIndex = b - 1;
  while (headIndex > head && !TITLE_HEADS.has(tokens[headIndex]!.lower)) headIndex--;
  // A portfolio running to the name: "Deputy Secretary of State for Management and Resources",
  // "Speaker of Parliament" (a body named in the text is a target, not a portfolio).
  let portfolio: string | undefined;
  if (PORTFOLIO_INTRO.has(tokens[b]?.lower ?? '')) {
    const from = tokens[b + 1]?.lower === 'the' ? b + 2 : b + 1;
    if (from < seg.to && portfolioEnd(tokens, from, seg.to) === seg.to && !tokens.slice(from, seg.to).some(inMention)) {
      portfolio = tokens
        .slice(from, seg.to)
        .map((t) => t.text)
        .join(' ');
      b = seg.to;
    }
  }
  const words = tokens.slice(a, b).map((t) => t.text);
  return { title: words.join(' ').replace(/\s+-\s+/g, '-'), headIndex, ...(portfolio ? { portfolio } : {}) };
}

/** Words that open a portfolio after a title, each with an example. */
const PORTFOLIO_INTRO_WORDS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['for', 'Deputy Secretary of State for Management and Resources Jane Doe'],
  ['of', 'Speaker of Parliament Rui Costa'],
];
const PORTFOLIO_INTRO = new Set(PORTFOLIO_INTRO_WORDS.map(([w]) => w));

/** "Assistant to the President": "to" at k opens the one assisted. */
function isAssisting(tokens: readonly Token[], k: number): boolean {
  return tokens[k]!.lower === 'to' && tokens[k + 1]?.lower === 'the';
}

/** End (exclusive) of a run of capitalised words joined by "and" ("Management and Resources"), from k. */
function portfolioEnd(tokens: readonly Token[], k: number, limit: number): number {
  let b = k;
  while (
    b < limit &&
    ((tokens[b]!.word && tokens[b]!.cap) || (['and', '&'].includes(tokens[b]!.lower) && tokens[b + 1]?.cap))
  )
    b++;
  return b > k && tokens[b - 1]!.cap ? b : k;
}

/**
 * Start of the portfolio that ends at token k: "... Secretary of State for [Management and
 * Resources] Richard Verma" walks back from "Resources" to "for" after a title word.
 */
function portfolioStart(tokens: readonly Token[], k: number, inName: (t: Token) => boolean): number | undefined {
  for (let j = k; j >= 0 && k - j < 7; j--) {
    const t = tokens[j]!;
    const intro = PORTFOLIO_INTRO.has(t.lower)
      ? j
      : t.lower === 'the' && PORTFOLIO_INTRO.has(tokens[j - 1]?.lower ?? '')
        ? j - 1
        : -1;
    if (
      intro >= 0 &&
      intro < k &&
      tokens[intro - 1] &&
      isTitleToken(tokens[intro - 1]!) &&
      !CHAIN_GLUE.has(tokens[intro - 1]!.lower)
    )
      return intro;
    if (!((t.word && t.cap) || t.lower === 'and' || t.lower === '&') || inName(t)) return undefined;
  }
  return undefined;
}

/** A role found in the first pass, its target stated or still to be found. */
interface Draft {
  person: Mention;
  personKey: string;
  seg: Segment;
  title: string;
  headLower: string;
  span: Span;
  target?: string;
  host?: string;
  /** A body of some state, named without it ("Speaker of Parliament"): the role acts for its state. */
  body?: string;
  /** "President Ana Pereira and Foreign Minister Rui Costa of Brazil": the state the coordination shares. */
  sharedOf?: string;
  /** The person whose aide this is ("Putin's spokesman, Dmitry Peskov"). */
  possessor?: Mention;
  /** The segment follows another titled name in a list ("X, Speaker Y, and Prime Minister Z"). */
  listed: boolean;
}

/**
 * How a role's state was found: in the text or from the lexicon (it can be shared along a list),
 * or by default (the publisher's or the dateline's state: it is not).
 */
type Strength = 'text' | 'known' | 'default';

/**
 * Persons tied to a state by the headline: "Call with President Ana Pereira of Brazil" or
 * "Call with Brazilian President Ana Pereira", for persons and states the text names.
 */
function headlineTies(headline: string, res: Resolution): Map<string, string> {
  const ties = new Map<string, string>();
  // Folded words, and whether each was written with a capital (a part of a name).
  // A headline in capitals tells no names apart.
  const mixed = /\p{Ll}/u.test(headline);
  const written = tokenize(headline)
    .filter((t) => t.word)
    .flatMap((t) =>
      foldName(t.text)
        .split(' ')
        .map((f) => ({ f, cap: mixed && t.cap })),
    );
  const words = written.map((w) => w.f);
  const states = [...headlineStates()]; // folded words of a state's name or demonym -> its key
  const names = new Map<string, string>(); // folded person name -> person key
  for (const m of res.sorted.items) {
    const key = res.keyOf.get(m);
    if (!key) continue;
    if (m.kind === 'state' && key.startsWith('state:')) states.unshift([foldName(m.text).split(' '), key]);
    if (m.kind === 'person' && (m.form === 'name' || m.form === 'surname')) names.set(foldName(m.text), key);
  }
  const at = (q: number, w: readonly string[]) => w.every((x, k) => words[q + k] === x);
  const stateAt = (q: number) => states.find(([w]) => at(q, w))?.[1];
  const stateEndingAt = (q: number) => states.find(([w]) => q - w.length >= 0 && at(q - w.length, w))?.[1];
  const isTitleWord = (w: string) =>
    TITLE_HEADS.has(w) || TITLE_MODIFIERS.has(w) || EXTRA_TITLE.has(w) || TITLE_SUFFIXES.has(w);
  for (const [name, person] of names) {
    const nw = name.split(' ');
    for (let j = 0; j + nw.length <= words.length; j++) {
      if (!at(j, nw)) continue;
      // "President Ana Pereira of Brazil"
      let q = j + nw.length;
      // The words a mention of the name left out: "King Salman bin Abdulaziz [al-Saud] of".
      while (
        q - j - nw.length < 5 &&
        words[q] &&
        (written[q]!.cap || NAME_PARTICLES.has(words[q]!)) &&
        words[q] !== 'of'
      )
        q++;
      if (words[q] === 'of') {
        q += words[q + 1] === 'the' ? 2 : 1;
        const state = stateAt(q);
        if (state) ties.set(person, state);
      }
      // "Brazilian President Ana Pereira"
      let b = j;
      while (b > 0 && isTitleWord(words[b - 1]!)) b--;
      const state = b < j ? stateEndingAt(b) : undefined;
      if (state && !ties.has(person)) ties.set(person, state);
    }
  }
  return ties;
}

let stateNames: Array<[string[], string]> | undefined;
/** Names and demonyms of states, folded into words, longest first ("south korean" before "korean"). */
function headlineStates(): ReadonlyArray<[string[], string]> {
  stateNames ??= STATE_ENTRIES.filter((e) => (e.form === 'name' || e.form === 'demonym') && e.key)
    .map((e): [string[], string] => [foldName(e.name).split(' '), e.key!])
    .sort((a, b) => b[0].length - a[0].length);
  return stateNames;
}

/** One title holder per state: "Foreign Minister", "President"; not "Minister", "Deputy Secretary". */
function singleHolder(title: string, headLower: string): boolean {
  const words = title.toLowerCase().split(/[\s-]+/);
  if (words.some((w) => SHARED_TITLE_WORDS.has(w))) return false;
  return SINGLE_HOLDER_HEADS.has(headLower) || words.length >= 2;
}

export function findRoles(ctx: RoleContext): Role[] {
  const { tokens, res } = ctx;
  const persons = res.sorted.items.filter((m) => m.kind === 'person' && (m.form === 'name' || m.form === 'surname'));
  // States, bodies and groups can stand in a chain ("the Palestinian leader, Mahmoud Abbas").
  const bodies = res.sorted.items.filter((m) => m.kind !== 'person');
  const stateKeyOf = (m: Mention | undefined) => {
    const key = m && res.keyOf.get(m);
    return key?.startsWith('state:') ? key : undefined;
  };
  /** A body or state mention starting at token k. */
  const bodyAt = (k: number) => {
    const t = tokens[k];
    const m = t && covering(bodies, t.start);
    return m && m.start === t.start ? m : undefined;
  };
  /** "of [the] X" from token k: X's mention. */
  const ofAt = (k: number) => {
    if (tokens[k]?.lower !== 'of') return undefined;
    return bodyAt(tokens[k + 1]?.lower === 'the' ? k + 2 : k + 1);
  };
  /** Token index after a name and its suffix ("Ferdinand Marcos Jr."). */
  const afterName = (p: Mention) => {
    let k = tokenAt(tokens, p.end);
    if (tokens[k]?.text === ',' && NAME_SUFFIXES.has(tokens[k + 1]?.lower ?? '')) k++;
    if (NAME_SUFFIXES.has(tokens[k]?.lower ?? '') && tokens[k]!.cap) k++;
    if (tokens[k]?.text === '.' && tokens[k - 1]?.end === tokens[k]!.start && NAME_SUFFIXES.has(tokens[k - 1]!.lower))
      k++;
    return k;
  };
  /** After the words a name mention left out ("King Salman bin Abdulaziz [al-Saud] of ..."), from k. */
  const nameRest = (k: number) => {
    let b = k;
    while (
      b - k < 4 &&
      tokens[b] &&
      ((tokens[b]!.word && tokens[b]!.cap) || NAME_PARTICLES.has(tokens[b]!.lower) || isInnerHyphen(tokens, b))
    )
      b++;
    return b;
  };
  /**
   * "of X" after a name: its own, or one shared by the names coordinated after it ("President
   * Ana Pereira and Foreign Minister Rui Costa of Brazil"), with the title of the last name.
   */
  const ofAfter = (p: Mention): { body: Mention; shared?: { title: string } } | undefined => {
    let k = afterName(p);
    const own = ofAt(k) ?? ofAt(nameRest(k));
    if (own) return { body: own };
    for (let conjuncts = 0; conjuncts < 3; conjuncts++) {
      const from0 = k;
      if (tokens[k]?.text === ',') k++;
      if (tokens[k]?.lower === 'and') k++;
      if (k === from0) return undefined;
      const from = k;
      while (tokens[k] && isTitleToken(tokens[k]!) && !CHAIN_GLUE.has(tokens[k]!.lower)) k++;
      const next = tokens[k] && covering(persons, tokens[k]!.start);
      const title = titleOf(tokens, { from, to: k });
      if (!next || next.start !== tokens[k]!.start || !title) return undefined;
      k = afterName(next);
      const body = ofAt(k) ?? ofAt(nameRest(k));
      if (body) return { body, shared: { title: title.title } };
    }
    return undefined;
  };

  /** Tokens [s, k) before an "and" name someone else: they end in a body, or are "the <title>". */
  const startsMember = (s: number, k: number) =>
    covering(bodies, tokens[k - 1]!.start) !== undefined ||
    (tokens[s]!.lower === 'the' &&
      TITLE_HEADS.has(tokens[k - 1]!.lower) &&
      tokens.slice(s + 1, k).every((t) => isTitleToken(t)));

  // First pass: what each chain states.
  const drafts: Draft[] = [];
  const outlets: Role[] = [];
  for (const p of persons) {
    const personKey = res.keyOf.get(p)!;
    const i = tokenAt(tokens, p.start);
    // Walk back over the chain: title words, glue and state/organisation mentions.
    let a = i;
    let possessor: Mention | undefined;
    // Chains are short: a bounded walk keeps the stage linear.
    for (let k = i - 1; k >= 0 && i - k <= 48; k--) {
      const t = tokens[k]!;
      // "the Red Cross (ICRC) President": an acronym in brackets after its body.
      if (t.text === ')' && tokens[k - 2]?.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[k - 1]!.text)) {
        k -= 2;
        a = k;
        continue;
      }
      // Markdown emphasis around a body ("*Example Workers Union* President Jane Doe").
      if (MARKUP.has(t.text)) {
        a = k;
        continue;
      }
      if (!t.word && /[.;:!?"“”()]/.test(t.text)) break;
      const inMention = covering(bodies, t.start);
      if (inMention) {
        k = tokenAt(tokens, inMention.start);
        a = k;
        continue;
      }
      if (isTitleToken(t) || CHAIN_GLUE.has(t.lower) || (t.text === '-' && tokens[k - 1]?.end === t.start)) {
        a = k;
        continue;
      }
      // "President-elect": the word after the hyphen.
      if (TITLE_SUFFIXES.has(t.lower) && isInnerHyphen(tokens, k - 1)) {
        a = k;
        continue;
      }
      // "Secretary of State for Management and Resources Richard Verma": a portfolio.
      const portfolio =
        t.cap && k === a - 1 ? portfolioStart(tokens, k, (x) => covering(persons, x.start) !== undefined) : undefined;
      if (portfolio !== undefined) {
        k = portfolio;
        a = k;
        continue;
      }
      // "Russia's foreign minister", "the BBC's political editor": the possessor is in the chain.
      if (isPossessive(t) && k > 0 && covering(bodies, tokens[k - 1]!.start)) {
        a = k;
        continue;
      }
      // "Putin's spokesman, Dmitry Peskov": a person's aide acts for the person's state.
      if (isPossessive(t) && k > 0 && i - k <= 4) {
        const boss = covering(persons, tokens[k - 1]!.start);
        if (boss) possessor = boss;
      }
      break;
    }
    const chain = { from: a, to: i };
    // Apposition after the name: "Jack Straw, the British foreign secretary, said".
    const after: Segment[] = [];
    const pEnd = tokenAt(tokens, p.end);
    // ", who is (also) parliamentary leader," reads like an apposition.
    const whoIs =
      tokens[pEnd + 1]?.lower === 'who' && ['is', 'was'].includes(tokens[pEnd + 2]?.lower ?? '')
        ? tokens[pEnd + 3]?.lower === 'also'
          ? 3
          : 2
        : 0;
    if (tokens[pEnd]?.text === ',' && (whoIs > 0 || ['the', 'a', 'an'].includes(tokens[pEnd + 1]?.lower ?? ''))) {
      let b = pEnd + 1 + whoIs;
      while (b < tokens.length && !/[,.;:!?"“”()]/.test(tokens[b]!.text) && b - pEnd < 14) b++;
      // An apposition is closed by a comma: ", the king's son has traveled to Beijing" is not one.
      if (tokens[b]?.text === ',' && tokens.slice(pEnd + 1 + whoIs, b).some((t) => TITLE_HEADS.has(t.lower)))
        after.push({ from: pEnd + 1 + whoIs, to: b });
    }
    let segments: Segment[] = [];
    let s = chain.from;
    for (let k = chain.from; k <= chain.to; k++) {
      if (k === chain.to || tokens[k]!.text === ',') {
        if (k > s) segments.push({ from: s, to: k });
        s = k + 1;
      } else if (
        tokens[k]!.lower === 'and' &&
        k > s &&
        !covering(bodies, tokens[k]!.start) &&
        startsMember(s, k) &&
        tokens.slice(k + 1, chain.to).some((t) => TITLE_HEADS.has(t.lower))
      ) {
        // "President Ana Pereira of Brazil and Prime Minister Rui Costa", "the President and
        // Speaker Rui Costa": "and" after a body, or after a title someone else holds, starts
        // another list member.
        segments.push({ from: s, to: k });
        s = k;
      }
    }
    // "X, Speaker of Parliament Y, and Prime Minister Z": the titles before "and" are the others'.
    const listStart = segments.findLastIndex((g) => tokens[g.from]!.lower === 'and');
    if (listStart > 0) segments = segments.slice(listStart);
    // "The BBC's Paul Reynolds": a news outlet's own journalist.
    const possessive = tokens[i - 1];
    const outlet = isPossessive(possessive) && i >= 2 ? covering(bodies, tokens[i - 2]!.start) : undefined;
    if (outlet?.subtype === 'media') {
      const key = res.keyOf.get(outlet);
      if (key)
        outlets.push({
          person: personKey,
          target: key,
          title: 'correspondent',
          span: { start: outlet.start, end: p.end },
        });
    }
    const of = ofAfter(p);
    for (const seg of [...segments, ...after]) {
      const inBody = (t: Token) => {
        const m = covering(bodies, t.start);
        return m !== undefined && !isPortfolioBody(m);
      };
      const title = titleOf(tokens, seg, inBody, !after.includes(seg));
      if (!title) continue;
      const headLower = tokens[title.headIndex]!.lower;
      // An acronym in brackets after its body stands for it: "Republic of Korea (ROK)" is the state.
      // A portfolio read as a body ("Director of [Intergovernmental Affairs]") names no body.
      // A known acronym after a body it does not name tells the body was misread: it is the acronym's.
      const bracketed = (m: Mention) => {
        const open = tokenAt(tokens, m.start) - 1;
        const body = tokens[open]?.text === '(' && open > 0 ? covering(bodies, tokens[open - 1]!.start) : undefined;
        return body && { body, trusted: !m.key || body.kind === 'state' || res.keyOf.get(body) === res.keyOf.get(m) };
      };
      const inSegAll = within(bodies, tokens[seg.from]!.start, tokens[seg.to - 1]!.end);
      const distrusted = new Set(
        inSegAll.flatMap((m) => (bracketed(m)?.trusted === false ? [bracketed(m)!.body] : [])),
      );
      const inSeg = inSegAll.filter((m) => {
        const b = bracketed(m);
        return (!b || !b.trusted) && !distrusted.has(m) && !isPortfolioBody(m);
      });
      // "a Russian analyst" describes; "the BBC's political editor" holds a post at the BBC.
      if (
        DESCRIPTIVE_HEADS.has(headLower) &&
        !HONORIFICS.has(headLower) &&
        !inSeg.some((m) => m.kind === 'organisation')
      )
        continue;
      const headStart = tokens[title.headIndex]!.start;
      const before = inSeg.filter((m) => m.end <= headStart);
      const scopeEnd = title.scopeEnd !== undefined ? (tokens[title.scopeEnd]?.start ?? Infinity) : Infinity;
      const afterHead = inSeg.filter((m) => m.start > headStart && m.start < scopeEnd);
      let target: Mention | undefined;
      let host: Mention | undefined;
      const prepAfter = tokens[title.headIndex + 1]?.lower;
      const endsAtName = seg.to === i;
      if (headLower === 'ambassador' || headLower === 'envoy' || headLower === 'consul') {
        target = before[before.length - 1];
        if (prepAfter === 'to' || prepAfter === 'in') host = afterHead[0];
        if (!target && prepAfter === 'of') target = afterHead[0];
      } else {
        // "of/to/for X" after the head names the body ("President of the Institute");
        // otherwise the modifier in front ("Russian Foreign Minister", "Kremlin spokesman").
        target =
          afterHead[afterHead.length - 1] && ['of', 'to', 'for', 'at'].includes(prepAfter ?? '')
            ? afterHead[afterHead.length - 1]
            : before[before.length - 1];
        if (!target && afterHead.length > 0 && seg.from >= pEnd) target = afterHead[afterHead.length - 1];
      }
      let titleText = title.title.replace(/^(?:the|a|an)\s+/i, '');
      // A body every state has, named without its state ("Speaker of Parliament"): the role acts
      // for that state. A body run into the name ("Parliament Nabih" + "Berri") is its head words.
      let body: string | undefined;
      // A body named before the head ("Home Office minister") stays the target.
      if (target && target.kind === 'organisation' && !target.country) {
        const bodyName = genericBodyOf(target, p, tokens);
        const ofBody = prepAfter === 'of' && afterHead[afterHead.length - 1] === target;
        if (bodyName && (ofBody || bodyName !== target.canonical)) {
          body = bodyName;
          if (ofBody) titleText = `${titleText} of ${bodyName}`;
          target = undefined;
        }
      }
      const draft: Draft = {
        person: p,
        personKey,
        seg,
        title: titleText,
        headLower,
        span: { start: tokens[seg.from]!.start, end: Math.max(p.end, tokens[seg.to - 1]!.end) },
        listed:
          seg === segments[0] &&
          (tokens[seg.from]!.lower === 'and' || [',', 'and'].includes(tokens[seg.from - 1]?.lower ?? '')),
      };
      // "President Michel Aoun of Lebanon": "of" after the name, when the chain names nothing else.
      if (endsAtName && of && (!target || body)) {
        if (!of.shared) {
          target = of.body;
          body = undefined;
        } else if (of.shared.title !== titleText && stateKeyOf(of.body)) draft.sharedOf = stateKeyOf(of.body)!;
      }
      const targetKey = target ? res.keyOf.get(target) : undefined;
      if (targetKey) draft.target = targetKey;
      const hostKey = host ? res.keyOf.get(host) : undefined;
      if (hostKey && hostKey !== targetKey) draft.host = hostKey;
      if (!body && !target && title.portfolio && isGenericBodyName(title.portfolio)) body = title.portfolio;
      if (body) draft.body = body;
      if (possessor && seg.from === chain.from) draft.possessor = possessor;
      drafts.push(draft);
    }
  }

  // The states the text ties people, titles and bodies to.
  const home = ctx.publisherState ?? ctx.datelineState;
  const homeKey = home ? `state:${home}` : undefined;
  const personTie = new Map<string, string>();
  // People the text ties to a body that is not a state ("ICRC President Jane Doe").
  const orgTied = new Set(drafts.filter((d) => d.target && !d.target.startsWith('state:')).map((d) => d.personKey));
  for (const d of drafts) {
    if (!d.target?.startsWith('state:')) continue;
    if (!personTie.has(d.personKey)) personTie.set(d.personKey, d.target);
  }
  const headline = ctx.headline ? headlineTies(ctx.headline, res) : new Map<string, string>();

  // Second pass, in the order of the text: a state for the chains that state none.
  const roles: Role[] = [];
  const assigned = new Map<string, { target: string; strength: Strength; title: string }>();
  const bodyTie = new Map<string, string>();
  const holders = new Map<string, string>(); // "state|title" -> person
  for (const d of drafts) {
    // Holders the text states, and those the lexicon knows ("President Biden" is the American one).
    const country = res.entities.get(d.personKey)?.country;
    const state = d.target?.startsWith('state:') ? d.target : !d.target && country ? `state:${country}` : undefined;
    const key = state && `${state}|${d.title.toLowerCase()}`;
    if (key && !holders.has(key)) holders.set(key, d.personKey);
  }
  const foreign = new Set([...personTie.values()].filter((s) => s !== homeKey));
  for (const d of drafts) {
    let targetKey = d.target;
    let strength: Strength = 'text';
    const homeActs =
      GOVERNMENT_HEADS.has(d.headLower) || (ctx.publisherState !== undefined && PUBLISHER_HEADS.has(d.headLower));
    const governmentPost = d.title
      .toLowerCase()
      .split(/\s+/)
      .some((w) => GOVERNMENT_TITLE.has(w));
    const actsForState = homeActs || governmentPost || d.body !== undefined;
    if (!targetKey && actsForState) {
      const entity = res.entities.get(d.personKey);
      const known = entity?.country ? `state:${entity.country}` : undefined;
      // The coordination or list it stands in: "Russian Foreign Minister Sergei Lavrov and
      // President Vladimir Putin", "President Aoun, Speaker of Parliament Nabih Berri, and ...".
      let listedWith: string | undefined;
      if (d.listed) {
        const prevPerson = lastBefore(persons, tokens[d.seg.from]!.start, () => true);
        const prev = prevPerson && assigned.get(res.keyOf.get(prevPerson)!);
        const near = prevPerson && tokens[d.seg.from]!.start - prevPerson.end < 8;
        if (
          near &&
          prev &&
          prev.strength !== 'default' &&
          prev.target.startsWith('state:') &&
          prev.title !== d.title &&
          !unusedBy(prev.target, d.headLower)
        ) {
          listedWith = prev.target;
        }
      }
      const possessed = d.possessor && GOVERNMENT_HEADS.has(d.headLower) ? bossState(d.possessor) : undefined;
      targetKey =
        personTie.get(d.personKey) ??
        (headline.has(d.personKey) && (!known || known === headline.get(d.personKey))
          ? headline.get(d.personKey)
          : undefined) ??
        (d.sharedOf && (!known || known === d.sharedOf) ? d.sharedOf : undefined) ??
        possessed ??
        listedWith ??
        (d.body ? (bodyTie.get(d.body) ?? (foreign.size === 1 ? [...foreign][0] : undefined)) : undefined);
      if (!targetKey && !d.body) {
        targetKey = known;
        strength = known ? 'known' : 'default';
        // A government does not call its own officials by another body's titles, nor rulers it has not.
        const publisherMay =
          !ctx.publisherState ||
          ((!RULER_HEADS.has(d.headLower) || RULER_STATE_CODES.has(ctx.publisherState)) && !orgTied.has(d.personKey));
        if (!targetKey && homeKey && homeActs && publisherMay && !unusedBy(homeKey, d.headLower)) {
          // A state has one president: another person holding the title for it is not this one.
          const holder = holders.get(`${homeKey}|${d.title.toLowerCase()}`);
          if (!holder || holder === d.personKey || !singleHolder(d.title, d.headLower)) targetKey = homeKey;
        }
      }
    }
    if (!targetKey) continue;
    if (!res.entities.has(targetKey) && !targetKey.startsWith('state:')) continue;
    if (targetKey === d.personKey) continue;
    const role: Role = { person: d.personKey, target: targetKey, title: d.title, span: d.span };
    if (d.host && d.host !== targetKey) role.host = d.host;
    roles.push(role);
    if (d.body && targetKey.startsWith('state:') && !bodyTie.has(d.body)) bodyTie.set(d.body, targetKey);
    if (targetKey.startsWith('state:')) {
      const key = `${targetKey}|${d.title.toLowerCase()}`;
      if (!holders.has(key)) holders.set(key, d.personKey);
    }
    if (!assigned.has(d.personKey) || targetKey.startsWith('state:'))
      assigned.set(d.personKey, { target: targetKey, strength, title: d.title });
  }
  for (const r of outlets) roles.push(r);
  // Sorted by where they are stated: title references search them backwards.
  return roles.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);

  function bossState(boss: Mention): string | undefined {
    const bossKey = res.keyOf.get(boss)!;
    const country = res.entities.get(bossKey)?.country;
    const state = assigned.get(bossKey)?.target ?? personTie.get(bossKey) ?? (country ? `state:${country}` : undefined);
    return state?.startsWith('state:') ? state : undefined;
  }
}

/** Last words of a portfolio ("Intergovernmental Affairs"), each with an example. */
const PORTFOLIO_TAIL_WORDS: ReadonlyArray<readonly [word: string, example: string]> = [
  ['affairs', 'Director of Intergovernmental Affairs Jane Doe'],
  ['engagement', 'Director of Public Engagement Jane Doe'],
  ['resources', 'Secretary for Management and Resources Jane Doe'],
  ['management', 'Under Secretary for Management Jane Doe'],
];
const PORTFOLIO_TAILS = new Set(PORTFOLIO_TAIL_WORDS.map(([w]) => w));

/** A body mention the lexicon does not know, with no head noun of a body, ending in a portfolio word. */
function isPortfolioBody(m: Mention): boolean {
  if (m.kind !== 'organisation' || m.key) return false;
  const words = m.canonical.toLowerCase().split(/\s+/);
  return PORTFOLIO_TAILS.has(words[words.length - 1]!) && !words.some((w) => w in ORG_HEADS);
}

/**
 * The name of a body every state has ("Parliament", "Foreign Ministry") when the mention is one,
 * or begins with one and runs into the person's name ("Parliament Nabih" just before "Berri").
 */
function genericBodyOf(m: Mention, person: Mention, tokens: readonly Token[]): string | undefined {
  if (isGenericBodyName(m.canonical)) return m.canonical;
  const words = tokens.slice(tokenAt(tokens, m.start), tokenAt(tokens, m.end));
  for (let k = words.length - 1; k >= 1; k--) {
    const head = words
      .slice(0, k)
      .map((t) => t.text)
      .join(' ');
    const rest = words.slice(k);
    // A body's name never runs straight into a person's name: the words between are the name's.
    if (isGenericBodyName(head) && rest.every((t) => t.word && t.cap) && /^\s+$/.test(gapText(m, person, tokens)))
      return head;
  }
  return undefined;
}

/** The characters between a mention and the next one, from the tokens (whitespace when they touch). */
function gapText(a: Span, b: Span, tokens: readonly Token[]): string {
  if (b.start <= a.end) return '';
  const between = tokens.slice(tokenAt(tokens, a.end), tokenAt(tokens, b.start));
  return between.length === 0 ? ' '.repeat(b.start - a.end) : between.map((t) => t.text).join('');
}
