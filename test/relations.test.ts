import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';
import { readMarkdown } from '../src/io/read-md.js';
import { publisherState } from '../src/lexicon/publishers.js';

const WHITE_HOUSE = 'https://www.whitehouse.gov/briefing-room/statements-releases/2024/01/01/readout/';

/** Roles as "person title target", in the order of the text, each once. */
function roles(text: string, doc: { url?: string; title?: string } = {}): string[] {
  const x = extractDocument({ id: 'd', text, ...doc });
  const out = x.edges
    .filter((e) => e.family === 'relation' && e.kind === 'role')
    .map((e) => `${e.source} ${e.family === 'relation' ? e.title : ''} ${e.target}`);
  return [...new Set(out)];
}

describe('roles: "of Country" after the name', () => {
  it('takes the state from "of" after a titled name', () => {
    expect(roles('President Ana Pereira of Brazil met Chancellor Klaus Weber of Germany in Lisbon.')).toEqual([
      'person:ana-pereira President state:BR',
      'person:klaus-weber Chancellor state:DE',
    ]);
  });
  it('reads "of the" and a name suffix before "of"', () => {
    expect(roles('He called President-elect Carlos Reyes Jr. of the Philippines on Monday.')).toEqual([
      'person:carlos-reyes President-elect state:PH',
    ]);
  });
  it('shares the "of" of a coordination across different titles, not across one title', () => {
    expect(roles('The envoy met President Ana Pereira and Foreign Minister Rui Costa of Brazil.')).toEqual([
      'person:ana-pereira President state:BR',
      'person:rui-costa Foreign Minister state:BR',
    ]);
    // Two presidents are of two states: only the last is said to be Brazil's.
    expect(roles('The envoy met President Ana Pereira and President Rui Costa of Brazil.')).toEqual([
      'person:rui-costa President state:BR',
    ]);
  });
  it('names an organisation too', () => {
    expect(roles('He spoke with Secretary General Maria Lund of NATO about the summit.')).toEqual([
      'person:maria-lund Secretary General organisation:nato',
    ]);
  });
});

describe('roles: unqualified titles in a government publication', () => {
  it('acts for the publishing government, never for a newspaper', () => {
    const text = 'National Security Advisor Jane Doe spoke today with President Ana Pereira of Brazil.';
    expect(roles(text, { url: WHITE_HOUSE })).toEqual([
      'person:jane-doe National Security Advisor state:US',
      'person:ana-pereira President state:BR',
    ]);
    expect(roles(text, { url: 'https://www.example-news.com/world/brazil-talks' })).toEqual([
      'person:ana-pereira President state:BR',
    ]);
    expect(roles(text)).toEqual(['person:ana-pereira President state:BR']);
  });
  it('keeps a person tied to a state elsewhere in the document to that state', () => {
    const text =
      'President Joe Biden spoke with Prime Minister Ravi Kumar of India. ' +
      'President Biden and Prime Minister Kumar discussed trade.';
    expect(roles(text, { url: WHITE_HOUSE })).toEqual([
      'person:joseph-biden President state:US',
      'person:ravi-kumar Prime Minister state:IN',
    ]);
  });
  it('does not carry a state known only from the lexicon over a coordination', () => {
    expect(roles('President Joe Biden and Prime Minister Ravi Kumar met on Monday.')).toEqual([
      'person:joseph-biden President state:US',
    ]);
  });
  it('reads a portfolio after the title', () => {
    expect(
      roles('Deputy Secretary of State for Management and Resources Daniel Brooks met the delegation.', {
        url: WHITE_HOUSE,
      }),
    ).toEqual(['person:daniel-brooks Deputy Secretary of State for Management and Resources state:US']);
  });
  it('reads a portfolio taken for a body as part of the title', () => {
    expect(
      roles('He was briefed by White House Director of Intergovernmental Affairs Julie Chavez Rodriguez.', {
        url: WHITE_HOUSE,
      }),
    ).toEqual(['person:julie-chavez-rodriguez Director of Intergovernmental Affairs state:US']);
  });
  it('takes the state of a person the headline names', () => {
    const doc = {
      url: WHITE_HOUSE,
      title: 'Readout of the Vice President’s Call with President Ana Pereira of Brazil',
    };
    expect(roles('The Vice President thanked President Pereira for the call.', doc)).toEqual([
      'person:pereira President state:BR',
    ]);
  });
  it('gives rulers a government state only when it has them', () => {
    expect(
      roles('National Security Advisor Jane Doe welcomed Sheikh Khalid to the talks.', { url: WHITE_HOUSE }),
    ).toEqual(['person:jane-doe National Security Advisor state:US']);
  });
  it('gives a body every state has the state of its list', () => {
    const text =
      'The Secretary spoke with President Ana Pereira of Portugal. ' +
      'He thanked President Pereira, Speaker of Parliament Pedro Santos, ' +
      'and Prime Minister Maria Silva for their work.';
    expect(roles(text, { url: WHITE_HOUSE })).toEqual([
      'person:ana-pereira President state:PT',
      'person:pedro-santos Speaker of Parliament state:PT',
      'person:maria-silva Prime Minister state:PT',
    ]);
  });
});

describe('roles: lists and brackets', () => {
  it('starts a new list member at "and" after a body', () => {
    expect(roles('President Ana Pereira of Brazil and Prime Minister Rui Costa of Portugal met today.')).toEqual([
      'person:ana-pereira President state:BR',
      'person:rui-costa Prime Minister state:PT',
    ]);
  });
  it('keeps a title someone else holds ("the President and ...") from the next name', () => {
    expect(
      roles('This afternoon, the President and Secretary Daniel Brooks spoke by phone.', { url: WHITE_HOUSE }),
    ).toEqual(['person:daniel-brooks Secretary state:US']);
  });
  it('never gives a state a head its government does not use', () => {
    // The United States has no ministers: neither the list nor the publisher makes her American.
    expect(
      roles('Today, U.S. Special Envoy Jane Doe and Deputy Prime Minister Maria Lund co-hosted the talks.', {
        url: WHITE_HOUSE,
      }),
    ).toEqual(['person:jane-doe Special Envoy state:US']);
    expect(roles('National Security Advisor Jane Doe met Prime Minister Lund today.', { url: WHITE_HOUSE })).toEqual([
      'person:jane-doe National Security Advisor state:US',
    ]);
  });
  it('reads a body with its acronym in brackets before the title', () => {
    expect(
      roles('He spoke with Republic of Korea (ROK) National Security Advisor Kim Min-jun today.', { url: WHITE_HOUSE }),
    ).toEqual(['person:kim-min-jun National Security Advisor state:KR']);
  });
  it('reads "Assistant to the President" as the assistant\'s title', () => {
    expect(
      roles('Today, Assistant to the President for National Security Affairs Daniel Brooks met the envoys.', {
        url: WHITE_HOUSE,
      }),
    ).toEqual(['person:daniel-brooks Assistant to the President for National Security Affairs state:US']);
  });
});

describe('roles: whose title it is', () => {
  it('gives no title to the principal of an aide, and the title after "to" to the name', () => {
    expect(roles('A spokesman for Mr Rui Costa said the talks had failed.')).toEqual([]);
    expect(roles('An adviser to President Vladimir Putin said the talks had failed.')).toEqual([
      'person:vladimir-putin President state:RU',
    ]);
  });
  it('keeps a hyphened title whole and carries a state the lexicon knows along a list', () => {
    expect(roles('Vice-President George Bush and Treasury Secretary Daniel Brooks met the bankers.')).toEqual([
      'person:george-bush Vice-President state:US',
      'person:daniel-brooks Treasury Secretary state:US',
    ]);
  });
});

describe('publisherState', () => {
  it('maps government hosts and domains to their state', () => {
    expect(publisherState('https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/')).toBe('US');
    expect(publisherState('https://www.state.gov/readout/')).toBe('US');
    expect(publisherState('https://www.gov.uk/government/news/x')).toBe('GB');
    expect(publisherState('http://en.kremlin.ru/events/president/news/1')).toBe('RU');
    expect(publisherState('https://mid.ru/en/foreign_policy/news/')).toBe('RU');
    expect(publisherState('https://www.dfat.gov.au/news/')).toBe('AU');
  });
  it('knows no state for other publishers and for no address', () => {
    expect(publisherState('https://www.example-news.com/politics/')).toBeUndefined();
    expect(publisherState('https://www.un.org/press/')).toBeUndefined();
    expect(publisherState('not an address')).toBeUndefined();
    expect(publisherState(undefined)).toBeUndefined();
  });
  it('reads source_url from Markdown front matter as the url', () => {
    const doc = readMarkdown(
      'r',
      '---\ntitle: A readout\nsource_url: https://www.whitehouse.gov/briefing-room/r/\n---\n' +
        'The President spoke today.\n',
    );
    expect(doc.url).toBe('https://www.whitehouse.gov/briefing-room/r/');
  });
});
