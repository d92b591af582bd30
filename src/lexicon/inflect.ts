// English verb inflection for the cue tables: the regular -s, -ed and -ing forms with the
// spelling rules event-coding dictionaries rely on (PETRARCH generates forms the same way, but
// without consonant doubling or irregular verbs: "hop" gave "hoped"). A short table of
// irregular verbs and of polysyllables that double their final consonant covers the rest.
// Lower case in, lower case out.

/**
 * "base past participle", rows split by "|" or line ends; "/" separates alternatives (British
 * and American spellings, or two senses of one verb).
 */
const IRREGULAR_ROWS = `
arise arose arisen | awake awoke awoken | bear bore borne | beat beat beaten | begin began begun
bend bent bent | bet bet bet | bid bid bid | bind bound bound | bite bit bitten | bleed bled bled
blow blew blown | break broke broken | breed bred bred | bring brought brought | broadcast broadcast broadcast
build built built | burn burned/burnt burned/burnt | burst burst burst | buy bought bought | cast cast cast
catch caught caught | choose chose chosen | cling clung clung | come came come | cost cost cost
creep crept crept | cut cut cut | deal dealt dealt | dig dug dug | do did done | draw drew drawn
dream dreamed/dreamt dreamed/dreamt | drink drank drunk | drive drove driven | dwell dwelt/dwelled dwelt/dwelled
eat ate eaten | fall fell fallen | feed fed fed | feel felt felt | fight fought fought | find found found
flee fled fled | fling flung flung | fly flew flown | forbid forbade/forbid forbidden | freeze froze frozen
get got got/gotten | give gave given | go went gone | grind ground ground | grow grew grown
hang hung/hanged hung/hanged | have had had | hear heard heard | hide hid hidden | hit hit hit
hold held held | hurt hurt hurt | keep kept kept | kneel knelt/kneeled knelt/kneeled | know knew known
lay laid laid | lead led led | lean leaned/leant leaned/leant | leap leaped/leapt leaped/leapt
learn learned/learnt learned/learnt | leave left left | lend lent lent | let let let | lie lay/lied lain/lied
light lit/lighted lit/lighted | lose lost lost | make made made | mean meant meant | meet met met
pay paid paid | prove proved proved/proven | put put put | quit quit/quitted quit/quitted | read read read
rend rent rent | rid rid rid | ride rode ridden | ring rang rung | rise rose risen | run ran run | say said said
see saw seen | seek sought sought | sell sold sold | send sent sent | set set set | sew sewed sewn/sewed
shake shook shaken | shed shed shed | shine shone/shined shone/shined | shoot shot shot | show showed shown/showed
shrink shrank shrunk | shut shut shut | sing sang sung | sink sank sunk | sit sat sat | slay slew slain
sleep slept slept | slide slid slid | sling slung slung | slit slit slit | speak spoke spoken
speed sped/speeded sped/speeded
spell spelled/spelt spelled/spelt | spend spent spent | spill spilled/spilt spilled/spilt | spin spun spun
spit spat spat | split split split | spoil spoiled/spoilt spoiled/spoilt | spread spread spread
spring sprang sprung | stand stood stood | steal stole stolen | stick stuck stuck | sting stung stung
stink stank stunk | stride strode stridden | strike struck struck/stricken | string strung strung
strive strove/strived striven/strived | swear swore sworn | sweep swept swept | swell swelled swollen/swelled
swim swam swum | swing swung swung | take took taken | teach taught taught | tear tore torn | tell told told
think thought thought | throw threw thrown | thrust thrust thrust | tread trod trodden | wake woke woken
wear wore worn | weave wove woven | weep wept wept | win won won | wind wound wound | wring wrung wrung
write wrote written
`;

/** Prefixes that keep the irregular forms of the verb they precede ("withdraw" -> "withdrew"). */
const IRREGULAR_PREFIXES = ['under', 'over', 'with', 'fore', 'out', 'mis', 'for', 'up', 're', 'be'];
/** Words that look like prefix + irregular verb but are regular ("relay" is not re + lay). */
const NOT_PREFIXED = new Set(['relay', 'belie', 'belay', 'forge', 'resew', 'bespeak']);

/**
 * Polysyllables whose last syllable is stressed, so the final consonant doubles ("regretted",
 * "kidnapped"); monosyllables double by rule ("hopped") and need no entry.
 */
const DOUBLING = new Set(
  `abet abhor acquit admit allot annul begin beset commit compel concur confer control defer deter
  dispel distil emit enrol equip excel expel extol forbid forget format handicap incur infer instil
  kidnap omit outbid outstrip overstep patrol permit prefer program propel rebut recur refer regret
  remit repel submit transfer transmit unplug upset worship embed`.split(/\s+/),
);

/** Polysyllables ending in vowel + l: British doubles ("travelled"), American does not; both are kept. */
const L_BOTH = new Set(['fuel', 'dial', 'duel']);

/** -ic verbs take a k before -ed and -ing ("panicked"). */
const IC_VERBS = new Set(['panic', 'mimic', 'traffic', 'picnic', 'frolic']);

interface Irregular {
  past: string[];
  participle: string[];
}

const IRREGULAR: ReadonlyMap<string, Irregular> = new Map(
  IRREGULAR_ROWS.trim()
    .split(/\s*[|\n]\s*/)
    .map((row) => {
      const [base, past, participle] = row.split(/\s+/);
      if (!base || !past || !participle) throw new Error(`inflect: bad irregular row "${row}"`);
      return [base, { past: past.split('/'), participle: participle.split('/') }];
    }),
);

const VOWEL = /[aeiou]/;

function syllables(word: string): number {
  const groups = word
    .replace(/e$/, '')
    .replace(/qu/g, 'q')
    .match(/[aeiouy]+/g);
  return Math.max(1, groups?.length ?? 0);
}

/** Consonant + single vowel + consonant at the end (not w, x or y): "hop", "plan", "quit". */
function endsCvc(word: string): boolean {
  const w = word.replace(/qu/g, 'q');
  const n = w.length;
  if (n < 3) return n === 2 && VOWEL.test(w[0]!) && !VOWEL.test(w[1]!) && !/[wxy]/.test(w[1]!);
  return !VOWEL.test(w[n - 3]!) && VOWEL.test(w[n - 2]!) && !VOWEL.test(w[n - 1]!) && !/[wxy]/.test(w[n - 1]!);
}

/** The doubled stems before -ed/-ing: one, or two where British and American spellings differ. */
function doubledStems(word: string): string[] {
  const last = word.at(-1)!;
  if (DOUBLING.has(word)) return [word + last];
  if (L_BOTH.has(word)) return [word + last, word];
  if (!endsCvc(word)) return [word];
  if (syllables(word) === 1) return [word + last];
  if (last === 'l') return [word + last, word];
  return [word];
}

function thirdPerson(word: string): string {
  if (word === 'have') return 'has';
  if (/(?:s|x|z|ch|sh)$/.test(word)) return word + 'es';
  if (/[^aeiou]y$/.test(word)) return word.slice(0, -1) + 'ies';
  if (/[^aeiou]o$/.test(word)) return word + 'es';
  return word + 's';
}

function pastRegular(word: string): string[] {
  if (word.endsWith('e')) return [word + 'd'];
  if (/[^aeiou]y$/.test(word)) return [word.slice(0, -1) + 'ied'];
  if (IC_VERBS.has(word)) return [word + 'ked'];
  return doubledStems(word).map((s) => s + 'ed');
}

function presentParticiple(word: string): string[] {
  if (word.endsWith('ie')) return [word.slice(0, -2) + 'ying'];
  if (/(?:ee|ye|oe)$/.test(word) || word === 'be') return [word + 'ing'];
  if (word.endsWith('e') && word.length > 2) return [word.slice(0, -1) + 'ing'];
  if (IC_VERBS.has(word)) return [word + 'king'];
  return doubledStems(word).map((s) => s + 'ing');
}

function irregularOf(word: string): { prefix: string; base: string; forms: Irregular } | undefined {
  const own = IRREGULAR.get(word);
  if (own) return { prefix: '', base: word, forms: own };
  if (NOT_PREFIXED.has(word)) return undefined;
  for (const prefix of IRREGULAR_PREFIXES) {
    if (!word.startsWith(prefix) || word.length - prefix.length < 2) continue;
    const base = word.slice(prefix.length);
    const forms = IRREGULAR.get(base);
    if (forms) return { prefix, base, forms };
  }
  return undefined;
}

/**
 * Every form of a one-word verb: base, -s, past, past participle, -ing (unique, in that order).
 * A hyphenated verb inflects its last part ("re-elect" -> "re-elected").
 */
export function verbForms(base: string): string[] {
  const dash = base.lastIndexOf('-');
  if (dash > 0) return verbForms(base.slice(dash + 1)).map((f) => base.slice(0, dash + 1) + f);
  const out = [base, thirdPerson(base)];
  const irregular = irregularOf(base);
  if (irregular) {
    const { prefix, base: root, forms } = irregular;
    out[1] = prefix + thirdPerson(root);
    for (const f of [...forms.past, ...forms.participle]) out.push(prefix + f);
    // "lie" (recline) and "lie" (tell a lie) share a row; the -ing form is the same.
    out.push(...presentParticiple(root).map((f) => prefix + f));
  } else {
    out.push(...pastRegular(base), ...presentParticiple(base));
  }
  return [...new Set(out)];
}

/** Plural of a noun (last word of a phrase): "treaty" -> "treaties", "truce" -> "truces". */
export function pluralNoun(phrase: string): string {
  const space = phrase.lastIndexOf(' ');
  const head = phrase.slice(space + 1);
  const stem = phrase.slice(0, space + 1);
  if (/(?:x|z|ch|sh)$/.test(head)) return stem + head + 'es';
  if (/[^aeiou]y$/.test(head)) return stem + head.slice(0, -1) + 'ies';
  return stem + head + 's';
}
