import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCueTable, DICTIONARY, OUTPUT } from '../scripts/build-cues.js';
import { tokenize } from '../src/extract/tokens.js';
import { BROAD_VERBS, IDIOMS, NOUN_CUES } from '../src/lexicon/cue-additions.js';
import { pluralNoun, verbForms } from '../src/lexicon/inflect.js';
import {
  cueTableSize,
  findMarker,
  findNounCue,
  findVerbCue,
  markedEvent,
  matchVerbPattern,
  nounCue,
  verbCue,
  type VerbCue,
} from '../src/lexicon/stance-cues.js';

const words = (s: string) => tokenize(s).map((t) => t.lower);

function cue(form: string): VerbCue {
  const found = verbCue(form);
  if (!found) throw new Error(`no verb cue for "${form}"`);
  return found;
}

/** The code of a verb with the words after (and before) it: its best pattern's, else its own. */
function codeOf(form: string, after: string, before = ''): string | null {
  const c = cue(form);
  return (matchVerbPattern(c, words(after), words(before)) ?? c).code;
}

describe('inflection', () => {
  it('follows English spelling rules', () => {
    expect(verbForms('hop')).toEqual(['hop', 'hops', 'hopped', 'hopping']);
    expect(verbForms('study')).toEqual(['study', 'studies', 'studied', 'studying']);
    expect(verbForms('agree')).toEqual(['agree', 'agrees', 'agreed', 'agreeing']);
    expect(verbForms('visit')).toContain('visited');
    expect(verbForms('kidnap')).toContain('kidnapped');
    expect(verbForms('veto')).toEqual(['veto', 'vetoes', 'vetoed', 'vetoing']);
    expect(verbForms('travel')).toEqual(expect.arrayContaining(['travelled', 'traveled', 'travelling']));
    expect(verbForms('withdraw')).toEqual(['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing']);
    expect(verbForms('re-elect')).toContain('re-elected');
    expect(verbForms('relay')).toContain('relayed');
    expect(pluralNoun('treaty')).toBe('treaties');
    expect(pluralNoun('prime minister')).toBe('prime ministers');
  });

  it('finds the lemma of generated and listed forms', () => {
    expect(cue('hopped').lemma).toBe('hop');
    expect(cue('studies').lemma).toBe('study');
    expect(cue('agreed').lemma).toBe('agree');
    // The dictionary lists "cancelled"; the American spelling is ours.
    expect(cue('canceled').lemma).toBe('cancel');
    expect(cue('withdrawn').lemma).toBe('withdraw');
    expect(cue('brought').lemma).toBe('bring');
  });
});

describe('verb cues from the CAMEO dictionary', () => {
  it('maps codes to stance kinds by their root', () => {
    expect(cue('accused')).toMatchObject({ lemma: 'accuse', kind: 'criticises', code: '112' });
    expect(cue('shelled').kind).toBe('fights');
    expect(cue('invaded')).toMatchObject({ kind: 'fights', code: '192' });
    expect(cue('threatened').kind).toBe('threatens');
    expect(cue('demanded').kind).toBe('demands');
    expect(cue('praised')).toMatchObject({ kind: 'cooperates', code: '051' });
    expect(cue('expelled').kind).toBe('coerces');
  });

  it('keeps "said" and other verbs without a stance as codes of no kind', () => {
    expect(cue('said')).toMatchObject({ code: '010', kind: null });
    expect(cue('lifted')).toMatchObject({ code: null, kind: null });
  });

  it('codes "lift sanctions" as easing sanctions, not a conflict', () => {
    const match = matchVerbPattern(cue('lifted'), words('the remaining sanctions on Iran'));
    expect(match).toMatchObject({ code: '085', kind: null, length: 3 });
  });

  it('reads paired and reversed codes', () => {
    expect(cue('visited')).toMatchObject({ code: '042', pairCode: '043', kind: 'meets', reversed: false });
    expect(cue('discussed')).toMatchObject({ code: '040', symmetric: true });
    // "faced criticism" [:111]: the criticism runs from the other side to the subject.
    expect(matchVerbPattern(cue('faced'), words('criticism from the EU'))).toMatchObject({
      code: '111',
      kind: 'criticises',
      reversed: true,
    });
  });

  it('looks up multi-word verbs, longest first', () => {
    expect(cue('put down').lemma).toBe('put down');
    expect(cue('carried out').lemma).toBe('carry out');
    const off = findVerbCue(words('called off the visit'), 0);
    expect(off?.length).toBe(2);
    expect(off?.cue).toMatchObject({ lemma: 'call off', kind: 'coerces' });
    expect(findVerbCue(words('called the minister'), 0)).toMatchObject({ length: 1, cue: { lemma: 'call' } });
    expect(findVerbCue(words('re-elected the president'), 0)).toMatchObject({ length: 3, cue: { lemma: 're-elect' } });
  });

  it('lets the longest pattern win', () => {
    expect(codeOf('called', 'for calm')).toBe('020');
    expect(codeOf('called', 'for new sanctions against Syria')).toBe('1312');
    expect(codeOf('staged', 'a protest')).toBe('141');
    expect(codeOf('staged', 'a protest in solidarity')).toBe('051');
  });

  it('matches the words before the verb', () => {
    expect(codeOf('staged', 'exercises', 'the troops')).toBe('062');
    expect(matchVerbPattern(cue('staged'), words('exercises'), words('the students'))).toBeUndefined();
  });

  it('does not skip across punctuation', () => {
    expect(matchVerbPattern(cue('lifted'), words('the ban, and sanctions'))?.code).toBe('081');
    expect(matchVerbPattern(cue('lifted'), words('its head; sanctions'))).toBeUndefined();
  });

  it('flags broad verbs and drops forms that are not cues', () => {
    expect(cue('faced').broad).toBe(true);
    expect(cue('took').broad).toBe(true);
    expect(cue('accused').broad).toBe(false);
    expect(verbCue('going to')).toBeUndefined();
    expect(cue('went to').code).toBe('040');
  });

  it('names only known verbs in the broad list', () => {
    // By any form: "found" (establish) keeps "founded" while "found" itself is the past of "find".
    const known = (l: string) => [l, ...verbForms(l)].some((f) => verbCue(f)?.lemma === l);
    const unknown = BROAD_VERBS.flatMap((r) => r.lemmas.split('|')).filter((l) => !known(l));
    expect(unknown).toEqual([]);
  });

  it('emits thousands of forms and patterns', () => {
    const size = cueTableSize();
    expect(size.verbForms).toBeGreaterThan(7000);
    expect(size.patterns).toBeGreaterThan(4000);
  });
});

describe('idioms and additions', () => {
  it('codes calls and readout phrases with their target', () => {
    const call = matchVerbPattern(cue('spoke'), words('by phone with the Kenyan president'));
    expect(call).toMatchObject({ code: '041', kind: 'meets', length: 3 });
    expect(call?.slots).toEqual([{ role: 'target', side: 'after', index: 3 }]);
    expect(codeOf('held', 'a phone call with the Japanese prime minister')).toBe('041');
    expect(codeOf('reaffirmed', 'their support for Moldova')).toBe('051');
    expect(codeOf('declared', 'two Russian diplomats persona non grata')).toBe('161');
    expect(codeOf('negotiated', 'with Norway')).toBe('046');
    expect(cue('normalized').lemma).toBe('normalize');
  });

  it('makes each idiom match its own example', () => {
    for (const idiom of IDIOMS) {
      const tokens = words(idiom.example);
      const at = tokens.findIndex((_, i) => findVerbCue(tokens, i)?.cue.lemma === idiom.lemma);
      expect(at, idiom.example).toBeGreaterThanOrEqual(0);
      const found = findVerbCue(tokens, at)!;
      const match = matchVerbPattern(found.cue, tokens.slice(at + found.length), tokens.slice(0, at));
      expect(match?.pattern.text, idiom.example).toBe(`${idiom.pattern} [${idiom.code}]`);
    }
  });

  it('knows nouns CAMEO lacks, with their target prepositions', () => {
    expect(nounCue('sanctions')).toMatchObject({ kind: 'coerces', code: '163', preps: ['on', 'against'] });
    expect(nounCue('talks')).toMatchObject({ kind: 'meets', symmetric: true, preps: ['with', 'between'] });
    expect(nounCue('aid')).toMatchObject({ kind: 'supports', preps: ['to', 'for'] });
    expect(nounCue('invasion')).toMatchObject({ kind: 'fights', preps: ['of'] });
    expect(nounCue('accusation')?.kind).toBe('criticises');
    expect(nounCue('ultimatum')?.kind).toBe('threatens');
    expect(nounCue('deal')?.prepRequired).toBe(true);
    expect(findNounCue(words('air strikes on Idlib'), 0)).toMatchObject({ length: 2, cue: { code: '195' } });
    expect(findNounCue(words('military aid to Kyiv'), 0)).toMatchObject({ length: 2, cue: { code: '072' } });
  });

  it('gives every noun row an example that uses it', () => {
    for (const row of NOUN_CUES) {
      const text = words(row.example).join(' ').replace(/ - /g, '-');
      expect(
        row.forms.split('|').some((f) => ` ${text} `.includes(` ${f} `)),
        row.example,
      ).toBe(true);
    }
  });
});

describe('markers', () => {
  it('turns aid into coercion when it is frozen, and sanctions into easing when lifted', () => {
    expect(findMarker(words('froze aid to Kigali'), 0)?.marker.role).toBe('reversal');
    expect(markedEvent('reversal', '070')).toMatchObject({ code: '162', kind: 'coerces' });
    expect(markedEvent('reversal', '163')).toMatchObject({ code: '085', kind: null });
    expect(markedEvent('reversal', '046')).toMatchObject({ code: '164', kind: 'coerces' });
  });

  it('reads refusals, negations, demands and threats', () => {
    expect(findMarker(words('refused to meet the envoy'), 0)).toMatchObject({ length: 2, marker: { role: 'refusal' } });
    expect(markedEvent('refusal', '040')).toMatchObject({ code: '125', kind: 'criticises' });
    expect(findMarker(words("didn't sign"), 0)).toMatchObject({ length: 3, marker: { role: 'negation' } });
    expect(findMarker(words('called on both sides'), 0)?.marker.role).toBe('appeal');
    expect(findMarker(words('demanded that Accra return the ship'), 0)).toMatchObject({ length: 2 });
    expect(markedEvent('threat', '163')).toMatchObject({ code: '1312', kind: 'threatens' });
    expect(markedEvent('threat', '190')).toMatchObject({ code: '1384', kind: 'threatens' });
    expect(markedEvent('negation', '190')).toMatchObject({ code: null, kind: null });
  });
});

describe('scripts/build-cues.ts', () => {
  const tiny = [
    '# A small verb dictionary in the PETRARCH format, written for this test.',
    '# The MIT License (MIT)',
    '# Copyright (c) 2024 Nobody',
    '# IN NO EVENT SHALL THE AUTHORS BE LIABLE ... THE SOFTWARE.',
    '####### SYNONYM SETS #######',
    '&FOOD_STUFF',
    '+RICE',
    '+BREAD_',
    '####### VERB PATTERNS #######',
    '---  SEND   [070]  ---',
    'HOP  # a regular verb',
    'SHIP {SHIPS SHIPPED} [073]',
    '+HAND_OVER {}',
    '- * &FOOD_STUFF (TO +) [073]  # a comment',
    '- $ * {SPARE PARTS} [072]',
    '- * (BY/WITH AIR) [---]',
  ].join('\n');

  it('reads synsets, verbs, forms and patterns', () => {
    const out = buildCueTable(tiny);
    expect(out).toContain("'food-stuff':\n    'rice|rices|bread',");
    expect(out).toContain("['hop|hops|hopped|hopping', '070', 'send']");
    expect(out).toContain("['ship|ships|shipped|shipping', '073', 'send']");
    expect(out).toContain("['hand over', '070', 'send']");
    expect(out).toContain("'* &food-stuff to + [073]'");
    expect(out).toContain("'$ * spare_parts [072]'");
    expect(out).toContain("'* by air [---]'");
    expect(out).toContain("'* with air [---]'");
    expect(out).toContain('// Copyright (c) 2024 Nobody');
    expect(buildCueTable(tiny)).toBe(out);
  });

  it.skipIf(!existsSync(DICTIONARY))(
    'wrote src/lexicon/cues-cameo.ts from the current dictionary (skipped without ../shared)',
    () => {
      expect(buildCueTable(readFileSync(DICTIONARY, 'utf8'))).toBe(readFileSync(OUTPUT, 'utf8'));
    },
  );
});
