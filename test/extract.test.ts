import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseDocument, extractDocument } from '../src/extract/index.js';
import { segment } from '../src/extract/segment.js';
import { lowerForms, tokenize } from '../src/extract/tokens.js';
import { buildGraph } from '../src/graph/build.js';
import { validateGraphFile } from '../src/model/validate.js';
import { serializeGraph } from '../src/io/write-json.js';
import { GoldFileSchema } from '../src/eval/gold.js';
import { f1, scoreGold } from '../src/eval/score.js';

const extract = (text: string) => extractDocument({ id: 'd', text });
const roles = (text: string) =>
  extract(text)
    .edges.filter((e) => e.family === 'relation')
    .map((e) => `${e.source} ${e.kind === 'role' ? e.title : e.kind} ${e.target}`);
const stances = (text: string) =>
  extract(text)
    .edges.filter((e) => e.family === 'stance')
    .map((e) => `${e.source} ${e.kind} ${e.target} ${e.evidence.modality}`);

describe('tokens', () => {
  it('lowerForms gives what slice(from, to).map((t) => t.lower) gives, ranges out of bounds included', () => {
    const tokens = tokenize('The U.S. and Côte d’Ivoire SIGNED it.');
    for (const [from, to] of [
      [0, 3],
      [2, 2],
      [3, 1],
      [4, 99],
      [-3, -1],
      [-99, 2],
      [0, tokens.length],
    ] as const) {
      expect(lowerForms(tokens, from, to)).toEqual(tokens.slice(from, to).map((t) => t.lower));
    }
  });
});

describe('segment', () => {
  it('keeps abbreviations and initials inside sentences', () => {
    const text = 'Mr. Smith met U.S. officials in Jan. 2004. George W. Bush left.';
    const s = segment(text).sentences.map((x) => text.slice(x.start, x.end));
    expect(s).toEqual(['Mr. Smith met U.S. officials in Jan. 2004.', 'George W. Bush left.']);
  });
  it('finds curly and straight quotations, and unclosed ones run to the paragraph end', () => {
    const text = '“Yes,” he said. "No," she said.\n\n"It goes on';
    const q = segment(text).quotes.map((x) => text.slice(x.inner.start, x.inner.end));
    expect(q).toEqual(['Yes,', 'No,', 'It goes on']);
  });
});

describe('mentions and resolution', () => {
  it('resolves states from names, demonyms, capitals and seats of power, through non-breaking spaces', () => {
    const text =
      'The Kremlin and Moscow said Russian troops left.\u00a0The\u00a0White\u00a0House said US officials agreed.';
    const { mentions } = analyseDocument({ id: 'd', text });
    for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(new Set(mentions.map((m) => m.entity))).toEqual(new Set(['state:RU', 'state:US']));
  });
  it('merges transliteration variants and surnames into one person', () => {
    const x = extract('Sergei Lavrov arrived. Later Sergey Lavrov spoke. Lavrov left.');
    const people = x.entities.filter((e) => e.kind === 'person');
    expect(people).toHaveLength(1);
    expect(people[0]!.mentions).toHaveLength(3);
  });
  it('reads a historical state from the document date', () => {
    const x = extractDocument({ id: 'd', text: 'Moscow rejected the offer.', date: '1987-02-26' });
    expect(x.entities.map((e) => e.key)).toContain('state:SU');
  });
  it('joins words with "and" inside one name, never two names', () => {
    const orgs = (text: string) =>
      extract(text)
        .entities.filter((e) => e.kind === 'organisation')
        .map((e) => e.label);
    expect(orgs('The Ministry of International Trade and Industry said no.')).toEqual([
      'Ministry of International Trade and Industry',
    ]);
    expect(orgs('The Cato Institute of Washington and the Fraser Institute of Vancouver agreed.').sort()).toEqual([
      'Cato Institute of Washington',
      'Fraser Institute of Vancouver',
    ]);
    expect(orgs('The Food and Agriculture Organization said.')).toEqual(['Food and Agriculture Organization']);
  });
  it('gives namesake bodies their country in key and label', () => {
    const x = extract('The Japanese Finance Ministry and the Brazilian Finance Ministry disagreed.');
    const orgs = x.entities
      .filter((e) => e.kind === 'organisation')
      .map((e) => `${e.key}=${e.label}`)
      .sort();
    expect(orgs).toEqual([
      'organisation:BR:finance-ministry=Finance Ministry (Brazil)',
      'organisation:JP:finance-ministry=Finance Ministry (Japan)',
    ]);
  });
});

describe('roles', () => {
  it('reads title chains and appositions', () => {
    expect(roles('Russian Foreign Minister Sergei Lavrov spoke.')).toEqual([
      'person:sergei-lavrov Foreign Minister state:RU',
    ]);
    expect(roles('Kremlin spokesman Dmitry Peskov spoke.')).toEqual(['person:dmitry-peskov spokesman state:RU']);
    expect(roles('I met the Syrian Ambassador to Moscow, Riyad Haddad, today.')).toEqual([
      'person:riyad-haddad Ambassador state:SY',
    ]);
    expect(roles('The President of the National Strategy Institute, Mikhail Remizov, spoke.')).toEqual([
      'person:mikhail-remizov President organisation:national-strategy-institute',
    ]);
    expect(roles('German Chancellor Gerhard Schroeder and French President Jacques Chirac met.')).toEqual([
      'person:gerhard-schroeder Chancellor state:DE',
      'person:jacques-chirac President state:FR',
    ]);
  });
  it('carries the country over a coordinated title', () => {
    expect(roles('He met Russian Foreign Minister Sergei Lavrov and President Vladimir Putin.')).toContain(
      'person:vladimir-putin President state:RU',
    );
  });
  it('uses the dateline for an unqualified government title', () => {
    expect(roles('PEKING, April 9 - Planning Minister Song Ping spoke on Monday.')).toEqual([
      'person:song-ping Planning Minister state:CN',
    ]);
  });
});

describe('stances', () => {
  it('finds verb cues with subject and object, and modality', () => {
    expect(stances('John Kerry will meet with Sergei Lavrov.')).toEqual([
      'person:john-kerry meets person:sergei-lavrov planned',
    ]);
    expect(stances('China should not threaten Taiwan.')).toEqual(['state:CN threatens state:TW negated']);
  });
  it('reads passives and coordinated agents', () => {
    expect(stances('China applied, with its application supported by the United States and Japan.')).toEqual([
      'state:US supports state:CN asserted',
      'state:JP supports state:CN asserted',
    ]);
    expect(stances("The EU's move was welcomed by Beijing.")).toEqual([
      'state:CN cooperates organisation:european-union asserted',
    ]);
  });
  it('reads noun cues, hyphenated pairs and coordinated subjects', () => {
    expect(stances("John Kerry's visit to Moscow was short.")).toEqual(['person:john-kerry meets state:RU asserted']);
    expect(stances('He said this visit by John Kerry to Moscow is special.')).toEqual([
      'person:john-kerry meets state:RU asserted',
    ]);
    expect(stances("King Fahd's trip follows several visits to Saudi Arabia by British officials.")).toEqual([
      'state:GB meets state:SA asserted',
    ]);
    expect(stances('The EU embargo on arms exports to China remains.')).toEqual([
      'organisation:european-union coerces state:CN asserted',
    ]);
    expect(stances('The Kurdish-Turkish conflict goes on.')).toEqual(['group:kurds fights state:TR asserted']);
    expect(stances('It is time for Russia and the United States to reach a common approach.')).toEqual([
      'state:RU cooperates state:US proposed',
    ]);
  });
  it('takes the speaker from the quotation and resolves "I" to it', () => {
    const x = extract('Andrei Baklanov is a diplomat. "Last week I met with Riyad Haddad," Baklanov said.');
    const s = x.edges.find((e) => e.family === 'stance')!;
    expect(s.source).toBe('person:andrei-baklanov');
    expect(s.target).toBe('person:riyad-haddad');
    expect(s.evidence.speaker).toBe('person:andrei-baklanov');
    expect(s.evidence.modality).toBe('reported');
  });
});

describe('constructions found in wire and broadcast copy', () => {
  it('reads possessive chains, counterparts, "who is" appositions and outlets\' journalists', () => {
    expect(roles("Russia's foreign minister Sergei Lavrov spoke.")).toEqual([
      'person:sergei-lavrov foreign minister state:RU',
    ]);
    expect(roles('Mr Blair held talks with his Israeli counterpart, Ariel Sharon.')).toEqual([
      'person:ariel-sharon counterpart state:IL',
    ]);
    expect(roles('Ali Akbar Hashemi Rafsanjani, who is also Iranian parliamentary leader, spoke.')).toEqual([
      'person:ali-akbar-hashemi-rafsanjani parliamentary leader state:IR',
    ]);
    expect(roles("The BBC's Paul Reynolds says the talks failed.")).toEqual([
      'person:paul-reynolds correspondent organisation:bbc',
    ]);
  });
  it('coordinates objects after the first one and keeps topics out of slots', () => {
    expect(
      stances('Tony Blair has met Italian Prime Minister Silvio Berlusconi and German Chancellor Gerhard Schroeder.'),
    ).toEqual([
      'person:anthony-blair meets person:silvio-berlusconi asserted',
      'person:anthony-blair meets person:gerhard-schroeder asserted',
    ]);
    // "discuss X" names a topic; only "with" introduces a party.
    expect(stances('Britain will discuss Palestinian reforms.')).toEqual([]);
    expect(stances('Italy and Germany favour an early start to talks.')).toEqual([]);
  });
  it('keeps cautions, phrasal verbs and possessors of other phrases out of stances', () => {
    expect(stances('Angry Labour MPs warned Mr Blair about the dangers.')).toEqual([]);
    expect(stances('Iran had warned the United States earlier in the day.')).toEqual([
      'state:IR threatens state:US asserted',
    ]);
    expect(stances('Labour and the Conservatives have signed up to make sure.')).toEqual([]);
    expect(stances("Mr Brown's trip is designed to highlight how the UK wants peace.")).toEqual([]);
    expect(stances('Tony Blair has been a leading advocate of Turkish membership.')).toEqual([
      'person:anthony-blair supports state:TR asserted',
    ]);
  });
  it('codes an intent to negotiate as cooperation and reads the object of a passive after its agents', () => {
    expect(stances('Mahmoud Abbas said he was ready to negotiate with Israel.')).toEqual([
      'person:mahmoud-abbas cooperates state:IL reported',
    ]);
    expect(stances('The attack was blamed by the Americans and Kuwaitis on Iran.')).toEqual([
      'state:US criticises state:IR asserted',
      'state:KW criticises state:IR asserted',
    ]);
  });
  it('reads a capital after "in" as a place, except as a destination', () => {
    // A place, part of its state; the state itself is not mentioned (no actor here).
    const lisbon = extract('The plans agreed in Lisbon in 2000 failed.');
    expect(lisbon.entities.map((e) => [e.key, e.kind, e.country, e.mentions.length])).toEqual([
      ['place:lisbon', 'place', 'PT', 1],
      ['state:PT', 'state', undefined, 0],
    ]);
    expect(lisbon.edges.map((e) => `${e.source} ${e.kind} ${e.target}`)).toEqual(['place:lisbon part-of state:PT']);
    expect(stances('John Kerry arrived in Moscow on Monday.')).toEqual(['person:john-kerry meets state:RU asserted']);
    expect(extract('He recognised the Greek Cypriot government.').entities.map((e) => e.key)).toEqual(['state:CY']);
  });
  it('does not take the dateline for an actor', () => {
    const x = extract('BAHRAIN, Oct 19 - U.S. Defence Secretary Caspar Weinberger said the attack was over.');
    expect(x.entities.map((e) => e.key).sort()).toEqual(['person:caspar-weinberger', 'state:US']);
    expect(roles('BAHRAIN, Oct 19 - U.S. Defence Secretary Caspar Weinberger spoke.')).toEqual([
      'person:caspar-weinberger Defence Secretary state:US',
    ]);
  });
});

describe('the sample article', () => {
  const text = readFileSync(new URL('../graph-data/kerry-moscow.txt', import.meta.url), 'utf8');
  const gold = GoldFileSchema.parse(
    JSON.parse(readFileSync(new URL('../../shared/corpus/gold/kerry-moscow.gold.json', import.meta.url), 'utf8')),
  );
  const graph = buildGraph([extractDocument({ id: 'kerry-moscow', text })]);

  it('every mention and evidence slices the original text back', () => {
    graph.forEachNode((_k, a) => {
      for (const m of a.mentions) expect(m.end).toBeLessThanOrEqual(text.length);
    });
    graph.forEachEdge((_k, a) => {
      for (const ev of a.evidence) expect(text.slice(ev.start, ev.end)).toBe(ev.quote);
    });
  });
  it('meets the quality bar against its gold file', () => {
    const s = scoreGold(graph, gold);
    expect(f1(s.entities)).toBeGreaterThanOrEqual(0.9);
    expect(f1(s.relations)).toBeGreaterThanOrEqual(0.8);
    expect(f1(s.stances)).toBeGreaterThanOrEqual(0.7);
  });
  it('writes a schema-valid file, byte-identical on a second run', () => {
    const a = serializeGraph(graph);
    const b = serializeGraph(buildGraph([extractDocument({ id: 'kerry-moscow', text })]));
    expect(a).toBe(b);
    expect(() => validateGraphFile(JSON.parse(a))).not.toThrow();
  });
});
