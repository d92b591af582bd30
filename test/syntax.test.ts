import { describe, expect, it } from 'vitest';
import { seededRandom } from '../src/graph/seeded.js';
import { hashWeights } from '../src/learn/hashed-perceptron.js';
import { loadPackedModel, packWeights, unpackWeights } from '../src/learn/packed-weights.js';
import { Perceptron } from '../src/learn/perceptron.js';
import { START, START2, posFeatures } from '../src/extract/syntax/features.js';
import { SyntaxModel } from '../src/extract/syntax/model.js';
import { clauseOpener, isCoordinator, parseSentence, syntaxModel, verbGroups } from '../src/extract/syntax/index.js';
import type { SentenceSyntax } from '../src/extract/syntax/index.js';
import { WordBuffer, toWords } from '../src/extract/syntax/words.js';
import { tokenize } from '../src/extract/tokens.js';
import type { Token } from '../src/extract/tokens.js';
import chunkWeights from '../src/extract/syntax/chunk.weights.json' with { type: 'json' };
import posWeights from '../src/extract/syntax/pos.weights.json' with { type: 'json' };

function parse(text: string): { tokens: Token[]; syntax: SentenceSyntax; at: (word: string) => number } {
  const tokens = tokenize(text);
  const syntax = parseSentence(tokens, 0, tokens.length);
  const at = (word: string) => {
    const i = tokens.findIndex((t) => t.text === word);
    if (i < 0) throw new Error(`no token ${word}`);
    return i;
  };
  return { tokens, syntax, at };
}

/** The chunks as "TYPE words" strings, for readable expectations. */
function chunks(text: string): string[] {
  const { tokens, syntax } = parse(text);
  return syntax.chunks.map(
    (c) =>
      `${c.type} ${tokens
        .slice(c.from, c.to)
        .map((t) => t.text)
        .join(' ')}`,
  );
}

describe('words: our tokens joined as the treebanks write them', () => {
  const words = (text: string) => {
    const tokens = tokenize(text);
    const out = new WordBuffer();
    toWords(tokens, 0, tokens.length, out);
    return out.words.slice(0, out.count).map((w) => w.text);
  };

  it("joins compounds and numbers, splits n't and clitics the treebank way", () => {
    expect(words("Moscow doesn't back the U.S.-led, anti-Kurdish plan.")).toEqual([
      'Moscow',
      'does',
      "n't",
      'back',
      'the',
      'U.S.-led',
      ',',
      'anti-Kurdish',
      'plan',
      '.',
    ]);
    expect(words("We're sending 1,000 troops, 3.5 times more; I'm sure they can't refuse.")).toEqual([
      'We',
      "'re",
      'sending',
      '1,000',
      'troops',
      ',',
      '3.5',
      'times',
      'more',
      ';',
      'I',
      "'m",
      'sure',
      'they',
      'ca',
      "n't",
      'refuse',
      '.',
    ]);
  });

  it('keeps possessives, quotes and spaced dashes apart and writes them plainly', () => {
    expect(words('“Turkey’s position,” he said -- firmly.')).toEqual([
      '"',
      'Turkey',
      "'s",
      'position',
      ',',
      '"',
      'he',
      'said',
      '--',
      'firmly',
      '.',
    ]);
  });
});

describe('parseSentence', () => {
  it('covers every token with exactly one chunk, in order', () => {
    for (const text of [
      'Russia and China signed an accord on Tuesday.',
      "Moscow doesn't want to sign the anti-Kurdish declaration, Lavrov's spokesman said.",
      '“We condemn the attack,” the Kremlin’s spokesman told reporters.',
    ]) {
      const { tokens, syntax } = parse(text);
      expect(syntax.pos).toHaveLength(tokens.length);
      let next = 0;
      for (const c of syntax.chunks) {
        expect(c.from).toBe(next);
        expect(c.to).toBeGreaterThan(c.from);
        next = c.to;
      }
      expect(next).toBe(tokens.length);
    }
  });

  it('finds the subject noun groups, the coordinator and the verb: Russia and China signed an accord', () => {
    const { tokens, syntax, at } = parse('Russia and China signed an accord on Tuesday.');
    expect(syntax.pos[at('signed')]).toBe('VBD');
    expect(isCoordinator(syntax, at('and'))).toBe(true);
    expect(isCoordinator(syntax, at('signed'))).toBe(false);
    const subject = syntax.chunks.filter((c) => c.type === 'NP' && c.to <= at('signed'));
    expect(
      subject
        .map((c) =>
          tokens
            .slice(c.from, c.to)
            .map((t) => t.text)
            .join(' '),
        )
        .join(' | '),
    ).toMatch(/^(Russia and China|Russia \| China)$/);
    const groups = verbGroups(tokens, syntax);
    expect(groups.map((g) => tokens[g.head]!.text)).toEqual(['signed']);
    expect(chunks('Russia and China signed an accord on Tuesday.').slice(-5)).toEqual([
      'VP signed',
      'NP an accord',
      'PP on',
      'NP Tuesday',
      'O .',
    ]);
  });

  it('reads "did not meet" as one negated verb group headed by meet', () => {
    const { tokens, syntax, at } = parse('The minister did not meet his counterpart.');
    const [group, ...rest] = verbGroups(tokens, syntax);
    expect(rest).toEqual([]);
    expect(group).toMatchObject({ from: at('did'), to: at('meet') + 1, head: at('meet'), negated: true });
    expect(group!.passive).toBe(false);
    expect(group!.auxiliaries).toEqual([at('did')]);
  });

  it("reads n't in our tokens (don / ' / t) as negation, won as a modal", () => {
    const { tokens, syntax, at } = parse("Tehran won't attend the talks.");
    const [group] = verbGroups(tokens, syntax);
    expect(group).toMatchObject({ head: at('attend'), negated: true, modals: [at('won')] });
  });

  it('finds the to-infinitive after an object: He urged Iran to free the detainees', () => {
    const { tokens, syntax, at } = parse('He urged Iran to free the detainees.');
    const groups = verbGroups(tokens, syntax);
    expect(groups.map((g) => [tokens[g.head]!.text, g.infinitive])).toEqual([
      ['urged', false],
      ['free', true],
    ]);
    expect(clauseOpener(tokens, syntax, at('to'))).toBe('infinitive');
    expect(chunks('He urged Iran to free the detainees.')).toContain('NP Iran');
  });

  it('links an infinitive to the verb it completes inside one phrase: wants to sign', () => {
    const { tokens, syntax, at } = parse("Moscow doesn't want to sign the anti-Kurdish declaration.");
    const groups = verbGroups(tokens, syntax);
    const sign = groups.find((g) => g.head === at('sign'))!;
    expect(sign.infinitive).toBe(true);
    expect(groups[sign.governor]).toMatchObject({ head: at('want'), negated: true });
    // The pieces of anti-Kurdish share one tag and sit in one noun phrase with its noun.
    const kurdish = syntax.chunks.find((c) => c.from <= at('anti') && at('anti') < c.to)!;
    expect(kurdish.type).toBe('NP');
    expect(kurdish.to).toBeGreaterThan(at('declaration'));
    expect(new Set(syntax.pos.slice(at('anti'), at('Kurdish') + 1)).size).toBe(1);
  });

  it('finds the complement clause and its modal: Ankara warned that it would halt gas deliveries to Bulgaria', () => {
    const { tokens, syntax, at } = parse('Ankara warned that it would halt gas deliveries to Bulgaria.');
    expect(clauseOpener(tokens, syntax, at('that'))).toBe('complement');
    expect(clauseOpener(tokens, syntax, at('to'))).toBeNull(); // a preposition before a noun
    const groups = verbGroups(tokens, syntax);
    expect(groups.map((g) => tokens[g.head]!.text)).toEqual(['warned', 'halt']);
    expect(groups[1]).toMatchObject({ modals: [at('would')], infinitive: false });
    expect(chunks('Ankara warned that it would halt gas deliveries to Bulgaria.')).toContain('PP to');
  });

  it('tells passive from active perfect', () => {
    let s = parse('The ambassador was summoned by the Foreign Ministry.');
    const summoned = verbGroups(s.tokens, s.syntax)[0];
    expect(summoned).toMatchObject({ head: s.at('summoned'), passive: true, auxiliaries: [s.at('was')] });
    s = parse('The coalition has been criticised by Turkey.');
    expect(verbGroups(s.tokens, s.syntax)[0]).toMatchObject({ head: s.at('criticised'), passive: true });
    s = parse('Iran has recognised the new government.');
    expect(verbGroups(s.tokens, s.syntax)[0]).toMatchObject({ head: s.at('recognised'), passive: false });
  });

  it('finds relative clause openers and leaves a determiner "that" alone', () => {
    let s = parse('The envoy who met Kerry praised the accord.');
    expect(clauseOpener(s.tokens, s.syntax, s.at('who'))).toBe('relative');
    s = parse('Turkey rejected that accord.');
    expect(clauseOpener(s.tokens, s.syntax, s.at('that'))).toBeNull();
  });

  it('refuses a token range outside the tokens', () => {
    const tokens = tokenize('Talks resumed.');
    expect(() => parseSentence(tokens, 0, 5)).toThrow(/syntax: token range 0\.\.5/);
  });
});

describe('the committed model', () => {
  const sentences = [
    'Russia and China signed an accord on Tuesday.',
    "Moscow doesn't want to sign the anti-Kurdish declaration, Lavrov's spokesman said.",
    'The 1,000-strong force was deployed in 2014 after 3.5 years of talks.',
    'Zambian President Hakainde Hichilema met the trade minister of Kenya in Lusaka on Friday.',
    'If Tehran refuses, the European Union will impose new sanctions, a senior diplomat warned.',
    'Protesters in Bamako demanded that the Wagner group leave Mali by the end of the year.',
  ];

  it('gives the same tags when loaded twice', () => {
    const load = () =>
      new SyntaxModel({ ...loadPackedModel(posWeights), tagdict: posWeights.tagdict }, loadPackedModel(chunkWeights));
    const a = load();
    const b = load();
    for (const text of sentences) {
      const words = tokenize(text);
      expect(a.tagWords(words)).toEqual(b.tagWords(words));
    }
  });

  // What the tagger and chunker said of these sentences when their weights were still stored
  // as readable feature strings: a packed file that loads differently changes a tag here.
  it('tags and chunks as the weights did before they were packed', () => {
    const expected = [
      ['NNP CC NNP VBD DT NN IN NNP .', 'B-NP I-NP I-NP B-VP B-NP I-NP B-PP B-NP O'],
      [
        "NNP NN '' NN VBP TO VB DT NN : JJ NN , NNP POS NN VBD .",
        'B-NP I-NP I-NP I-NP B-VP I-VP I-VP B-NP I-NP O B-NP I-NP O B-NP B-NP I-NP B-VP O',
      ],
      [
        'DT CD , CD : JJ NN VBD VBN IN CD IN CD . CD NNS IN NNS .',
        'B-NP I-NP I-NP B-NP I-NP I-NP I-NP B-VP I-VP B-PP B-NP B-PP B-NP O B-NP I-NP B-PP B-NP O',
      ],
      [
        'NNP NNP NNP NNP VBD DT NN NN IN NNP IN NNP IN NNP .',
        'B-NP I-NP I-NP I-NP B-VP B-NP I-NP I-NP B-PP B-NP B-PP B-NP B-PP B-NP O',
      ],
      [
        'IN NNP NNS , DT NNP NNP MD VB JJ NNS , DT JJ NN VBD .',
        'B-SBAR B-NP I-NP O B-NP I-NP I-NP B-VP I-VP B-NP I-NP O B-NP I-NP I-NP B-VP O',
      ],
      [
        'NNS IN NNP VBD IN DT NNP NN VB NNP IN DT NN IN DT NN .',
        'B-NP B-PP B-NP B-VP B-SBAR B-NP I-NP I-NP B-VP B-NP B-PP B-NP I-NP B-PP B-NP I-NP O',
      ],
    ];
    const model = syntaxModel();
    sentences.forEach((text, k) => {
      const words = tokenize(text);
      const tags = model.tagWords(words);
      expect([tags.join(' '), model.chunkWords(words, tags).join(' ')]).toEqual(expected[k]);
    });
  });

  // The training script checks the same on 1,500 held-out sentences with the trained weights;
  // here, weights made up for the features of these sentences, readable and packed.
  it('hashed features give what the readable features give (features.ts and model.ts agree)', () => {
    const classes = posWeights.classes;
    const random = seededRandom(7);
    const features: Record<string, number[]> = {};
    for (const text of sentences) {
      const words = tokenize(text);
      words.forEach((_, i) => {
        for (const prev of [START, ...classes]) {
          for (const f of posFeatures(words, i, prev, START)) {
            const row: number[] = [];
            for (let c = 0; c < classes.length; c++)
              if (random() < 0.3) row.push(c, Math.round((random() - 0.5) * 2000));
            features[f] = row;
          }
        }
      });
    }
    const pos = { classes, scale: 100, features, tagdict: { the: 'DT' } as Record<string, string> };
    const reference = new Perceptron(pos);
    const packed = { ...unpackWeights(classes, 100, packWeights(hashWeights(pos))), tagdict: pos.tagdict };
    const chunk = loadPackedModel(chunkWeights);
    for (const text of sentences) {
      const words = tokenize(text);
      const expected: string[] = [];
      let prev = START;
      let prev2 = START2;
      words.forEach((w, i) => {
        const tag = pos.tagdict[w.text] ?? classes[reference.predict(posFeatures(words, i, prev, prev2))]!;
        expected.push(tag);
        prev2 = prev;
        prev = tag;
      });
      expect(new SyntaxModel(pos, chunk).tagWords(words)).toEqual(expected);
      expect(new SyntaxModel(packed, chunk).tagWords(words)).toEqual(expected);
    }
  });
});
