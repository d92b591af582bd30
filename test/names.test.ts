import { describe, expect, it } from 'vitest';
import { analyseDocument } from '../src/extract/index.js';
import { getNameTyper, typerWords } from '../src/extract/names/index.js';
import { tagSpans } from '../src/extract/names/typer.js';
import { tokenize } from '../src/extract/tokens.js';

/** Every mention as "kind surface", checking that offsets index the text. */
function mentions(text: string): string[] {
  const { mentions: found } = analyseDocument({ id: 'd', text });
  for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  return found.map((m) => `${m.kind} ${m.text}`);
}

/** The typer alone on whitespace-separated words: "TYPE words" per name. */
function typed(...sentences: string[]): string[][] {
  const input = sentences.map((s) => ({ words: s.split(' ') }));
  return getNameTyper()
    .tagDocument(input)
    .map((tags, k) => tagSpans(tags).map((s) => `${s.type} ${input[k]!.words.slice(s.start, s.end).join(' ')}`));
}

describe('name typer', () => {
  it('types people, organisations and places the lexicons do not know', () => {
    expect(typed('Zambian President Hakainde Hichilema met the trade minister on Tuesday .')[0]).toContain(
      'PER Hakainde Hichilema',
    );
    expect(typed('Médecins Sans Frontières said its clinic was full .')[0]).toContain('ORG Médecins Sans Frontières');
    expect(typed('Heavy fighting was reported near Kharkiv on Sunday .')[0]).toContain('LOC Kharkiv');
  });

  it('types an all-capitals headline by the mixed-case mentions below it', () => {
    const [headline] = typed(
      'KOWALCZYK WINS SEAT IN WARSAW',
      'Marta Kowalczyk won the seat in Warsaw on Sunday , officials said .',
      'Kowalczyk thanked her voters .',
    );
    expect(headline).toContain('PER KOWALCZYK');
  });

  it('is deterministic: the same document gives the same tags', () => {
    const doc = ['Ngozi Okonjo-Iweala spoke in Geneva .', 'The Wagner group left Bamako .'];
    expect(typed(...doc)).toEqual(typed(...doc));
  });

  it('reads our tokens as CoNLL words: hyphenated compounds whole, initials with their stop', () => {
    const text = 'George W. Bush met Okonjo-Iweala’s aides.';
    const words = typerWords(tokenize(text), 0, tokenize(text).length).map((w) => w.text);
    expect(words).toEqual(['George', 'W.', 'Bush', 'met', 'Okonjo-Iweala', "'s", 'aides', '.']);
  });

  // What the two passes said of these sentences, and how sure the second was, when their weights
  // were still stored as readable feature strings: a packed file that loads differently changes
  // a tag or a margin here.
  it('tags with the margins the weights gave before they were packed', () => {
    const sentences = [
      'Russia and China signed an accord on Tuesday .',
      "Moscow does n't want to sign the anti-Kurdish declaration , Lavrov's spokesman said .",
      'Zambian President Hakainde Hichilema met the trade minister of Kenya in Lusaka on Friday .',
      'If Tehran refuses , the European Union will impose new sanctions , a senior diplomat warned .',
      'Protesters in Bamako demanded that the Wagner group leave Mali by the end of the year .',
    ].map((s) => ({ words: s.split(' ') }));
    const { tags, margins } = getNameTyper().tagWithMargins(sentences);
    expect(tags.map((t) => t.join(' '))).toEqual([
      'B-LOC O B-LOC O O O O O O',
      'B-LOC O O O O O O O O O B-PER O O O',
      'B-MISC O B-PER I-PER O O O O O B-LOC O B-LOC O O O',
      'O B-LOC O O O B-ORG I-ORG O O O O O O O O O O',
      'O O B-LOC O O O B-ORG O O B-LOC O O O O O O O',
    ]);
    const decided = margins.map((m) => [...m!].filter((x) => Number.isFinite(x)));
    expect(decided).toEqual([
      [30.606, 34.399, 27.283, 40.18],
      [27.951, 12.336],
      [1.439, 32.862, 22.498, 29.633, 34.961, 51.029, 32.074, 43.256, 27.36],
      [15.228, 29.117, 34.14, 44.329],
      [16.921, 46.183, 44.587, 8.538, 27.089],
    ]);
  });
});

describe('name typer in the mention stage', () => {
  it('adds people and organisations with exact offsets, and places that are not states', () => {
    const text =
      'Ngozi Okonjo-Iweala said on Monday that Médecins Sans Frontières had left Goma. Okonjo-Iweala met aid workers.';
    const found = mentions(text);
    expect(found).toContain('person Ngozi Okonjo-Iweala');
    expect(found).toContain('organisation Médecins Sans Frontières');
    expect(found).toContain('place Goma');
  });

  it('keeps the lexicon readings first', () => {
    const found = mentions('Russian Foreign Minister Sergei Lavrov met officials of the European Union in Brussels.');
    expect(found).toContain('state Russian');
    expect(found).toContain('person Sergei Lavrov');
    expect(found).toContain('organisation European Union');
  });

  it('never makes a person of a capitalised common word', () => {
    const text =
      'The Chief Strategy Officer presented the Agenda. ' +
      'Action on the Strategy was discussed with the Director of Action Programmes. ' +
      'Justice Agenda members met the Chief Program Officer.';
    const people = mentions(text).filter((m) => m.startsWith('person'));
    for (const word of ['Strategy', 'Agenda', 'Action', 'Program']) expect(people.join('|')).not.toContain(word);
  });

  it('reads a one-word city after a preposition of place, or joined to a place, as a place', () => {
    expect(mentions('The painter Jennifer Ann Walsh spoke in Denver.')).toContain('place Denver');
    expect(mentions('Delegates met in Lyon and Graz last week.')).toContain('place Graz');
  });

  it('still reads a person after a title when the name is no common word', () => {
    expect(mentions('Chief Executive Temitope Adeyemi resigned.')).toContain('person Temitope Adeyemi');
  });
});
