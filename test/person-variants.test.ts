import { describe, expect, it } from 'vitest';
import { documentGraph } from '../src/graph/build.js';
import { mergeGraphs } from '../src/graph/merge.js';
import { extractDocument } from '../src/extract/index.js';
import { serializeGraph } from '../src/io/write-json.js';
import { isShorterPersonName, personNameWords } from '../src/lexicon/person-names.js';
import { furnitureSpans } from '../src/lexicon/furniture.js';

const extract = (text: string, id = 'd', date?: string) => extractDocument({ id, text, ...(date ? { date } : {}) });
const people = (text: string) =>
  extract(text)
    .entities.filter((e) => e.kind === 'person')
    .map((e) => `${e.key} = ${e.label}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}`);

describe('person names as compared', () => {
  it('drops middle initials, suffixes and particles and spells the given name out', () => {
    expect(personNameWords('Joseph R. Biden Jr.')).toEqual(['joseph', 'biden']);
    expect(personNameWords('Joe Biden')).toEqual(['joseph', 'biden']);
    expect(personNameWords('Ferdinand R. Marcos, Jr.')).toEqual(['ferdinand', 'marcos']);
    expect(personNameWords('Ursula von der Leyen')).toEqual(['ursula', 'leyen']);
    expect(personNameWords('Recep Tayyıp Erdoğan')).toEqual(['recep', 'tayyip', 'erdogan']);
    expect(personNameWords('Liz Truss')).toEqual(['elizabeth', 'truss']);
  });

  it('tells a shorter writing of a name from another person', () => {
    const w = (n: string) => personNameWords(n);
    expect(isShorterPersonName(w('Lula da Silva'), w('Luiz Inácio Lula da Silva'))).toBe(true);
    expect(isShorterPersonName(w('Julie Rodriguez'), w('Julie Chavez Rodriguez'))).toBe(true);
    expect(isShorterPersonName(w('Kath Hicks'), w('Kathleen Hicks'))).toBe(true);
    expect(isShorterPersonName(w('Jill Biden'), w('Joseph R. Biden'))).toBe(false);
    // "Eric" is a name of its own, not a short "Erica".
    expect(isShorterPersonName(w('Eric Walsh'), w('Erica Walsh'))).toBe(false);
    expect(isShorterPersonName(w('Maria Silva'), w('Luiz Inácio Lula da Silva'))).toBe(false);
  });
});

describe('one node per person in a document', () => {
  it('joins nicknames, initials and suffixes, labelled by the fullest name', () => {
    expect(
      people('President Joe Biden called Prime Minister Liz Truss. Joseph R. Biden Jr. thanked Elizabeth Truss.'),
    ).toEqual([
      'person:elizabeth-truss = Elizabeth Truss (Liz Truss)',
      'person:joseph-biden = Joseph R. Biden Jr (Joe Biden)',
    ]);
  });

  it('joins a shorter writing to the one full name it fits', () => {
    expect(
      people('President Luiz Inácio Lula da Silva welcomed the envoy. Lula da Silva said the talks went well.'),
    ).toEqual(['person:luiz-inacio-lula-silva = Luiz Inácio Lula da Silva (Lula da Silva)']);
  });

  it('joins a name called by one of its words alone', () => {
    expect(
      people('Vice President Harris met President Samia Suluhu Hassan. President Samia thanked her.'),
    ).toContainEqual('person:samia-suluhu-hassan = Samia Suluhu Hassan (Samia)');
  });

  it('keeps a surname the lexicon knows on its person, never relabelling another (President Reagan ... Nancy Reagan)', () => {
    const list = people(
      'President Reagan spoke on Monday. Reagan and Nancy Reagan then left. After the summit, Reagan will fly home.',
    );
    expect(list).toEqual(['person:nancy-reagan = Nancy Reagan', 'person:ronald-reagan = Ronald Reagan (Reagan)']);
    const x = extract(
      'President Reagan spoke on Monday. Reagan and Nancy Reagan then left. After the summit, Reagan will fly home.',
    );
    expect(x.entities.find((e) => e.key === 'person:ronald-reagan')!.mentions).toHaveLength(3);
    // After the full name, the bare surname is the person last named so.
    expect(people('Nancy Reagan spoke first. Reagan said the visit had been useful.')).toEqual([
      'person:nancy-reagan = Nancy Reagan (Reagan)',
    ]);
  });

  it('reads acronyms the text defines', () => {
    const x = extract('Leaders of the African Union (AU) met on Monday. The AU said the talks would resume.');
    const au = x.entities.find((e) => e.key === 'organisation:african-union')!;
    expect(au.aliases).toEqual(['AU']);
    expect(au.mentions.map((m) => m.form)).toEqual(['name', 'acronym', 'acronym']);
  });

  it('keeps apostrophes inside names: curly or straight, one state', () => {
    expect(extract('Ghana and Côte d’Ivoire signed a pact.').entities.map((e) => e.key)).toContain('state:CI');
  });

  it('reads a relationship named by its states as those states', () => {
    expect(
      extract('The leaders reaffirmed the U.S.-Philippine Alliance.').entities.map((e) => `${e.kind} ${e.key}`),
    ).toEqual(['state state:PH', 'state state:US']);
  });
});

describe('page furniture', () => {
  it('finds whole furniture lines and inline photo credits, never the story', () => {
    const text =
      'Talks resumed in Geneva.\nFollow Jane Smith on Twitter\nPhoto: John Brown/Reuters\nRead more: the summit\nThe envoy (Photo: Ann Lee/AFP) spoke.';
    const spans = furnitureSpans(text).map((s) => text.slice(s.start, s.end));
    expect(spans).toEqual([
      'Follow Jane Smith on Twitter',
      'Photo: John Brown/Reuters',
      'Read more: the summit',
      '(Photo: Ann Lee/AFP)',
    ]);
  });

  it('takes no actor from furniture lines', () => {
    const keys = extract(
      'Russia and Turkey met on Monday.\nFollow Mike Pompeo on Twitter\nPhoto credit: Condoleezza Rice/AP',
    ).entities.map((e) => e.key);
    expect(keys).toEqual(['state:RU', 'state:TR']);
  });
});

describe('one node per person across documents', () => {
  const docs = [
    extract('Deputy Adviser Jen Klein met the Kenyan delegation on Monday.', 'a', '2022-03-01'),
    extract('Jennifer Klein briefed reporters after Jennifer Klein returned.', 'b', '2022-04-01'),
    extract('President Lula da Silva spoke with the Spanish premier.', 'c', '2023-01-10'),
    extract('President Luiz Inácio Lula da Silva of Brazil met the delegation.', 'd', '2023-02-10'),
  ];
  const graphs = docs.map((x) => documentGraph(x));
  const merged = (order: number[]) => serializeGraph(mergeGraphs(order.map((i) => graphs[i]!)));

  it('joins the variants of one person, labelled by the fullest name', () => {
    const g = mergeGraphs(graphs);
    const persons = g
      .filterNodes((_k, a) => a.kind === 'person')
      .map((k) => `${k} = ${g.getNodeAttribute(k, 'label')}`);
    expect(persons).toEqual([
      'person:jennifer-klein = Jennifer Klein',
      'person:luiz-inacio-lula-silva = Luiz Inácio Lula da Silva',
    ]);
  });

  it('is order-independent and associative', () => {
    const one = merged([0, 1, 2, 3]);
    expect(merged([3, 1, 0, 2])).toBe(one);
    const left = mergeGraphs([mergeGraphs([graphs[2]!, graphs[0]!]), mergeGraphs([graphs[3]!, graphs[1]!])]);
    expect(serializeGraph(left)).toBe(one);
  });

  it('keeps a shorter name apart when two fuller names fit it', () => {
    const extra = documentGraph(extract('Jennifer Ann Klein, a novelist, read in Boston.', 'e', '2022-05-01'));
    const more = documentGraph(extract('Jennifer Beth Klein, a painter, spoke in Denver.', 'f', '2022-05-02'));
    const g = mergeGraphs([graphs[0]!, extra, more]);
    expect(g.filterNodes((_k, a) => a.kind === 'person').sort()).toEqual([
      'person:jennifer-ann-klein',
      'person:jennifer-beth-klein',
      'person:jennifer-klein',
    ]);
  });
});
