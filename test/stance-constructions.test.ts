// The stance constructions, one sentence each (our own sentences, never from a gold file):
// each row says what a reader of the sentence expects in the graph, and what must not be there.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/extract/index.js';

interface Row {
  construction: string;
  text: string;
  /** "source kind target modality" lines that must be present. */
  expect: string[];
  /** Lines (or "source kind target" prefixes) that must be absent. */
  absent?: string[];
}

const stances = (text: string): string[] =>
  extractDocument({ id: 'd', text })
    .edges.filter((e) => e.family === 'stance')
    .map((e) => `${e.source} ${e.kind} ${e.target} ${e.evidence.modality}`);

const ROWS: Row[] = [
  {
    construction: 'subject, verb, object',
    text: 'Ethiopia accused Eritrea of arming rebels on Monday.',
    expect: ['state:ET criticises state:ER asserted'],
  },
  {
    construction: 'coordinated subjects of a symmetric verb',
    text: 'France and Germany signed a defence accord in Paris.',
    expect: ['state:FR cooperates state:DE asserted'],
  },
  {
    construction: 'prepositional object of a phrase verb',
    text: 'The Kenyan president spoke by phone with Somalia on Tuesday.',
    expect: ['state:KE meets state:SO asserted'],
  },
  {
    construction: 'a clause-opening "it" continues the sentence\'s topic, not the nearest actor',
    text: 'Peru will have to settle its border dispute with Chile if it wants to join talks with Bolivia.',
    expect: ['state:PE meets state:BO proposed'],
    absent: ['state:CL meets state:BO'],
  },
  {
    construction: 'a coordinated verb shares the subject and the negation of the first',
    text: 'Peru will not sign the treaty with Bolivia or improve ties with Chile.',
    expect: ['state:PE cooperates state:BO negated', 'state:PE cooperates state:CL negated'],
    absent: ['state:PE cooperates state:CL planned', 'state:PE cooperates state:CL asserted'],
  },
  {
    construction: 'a coordinated verb of another form asserts itself: "did not attack X but threatened Y"',
    text: 'Russia did not attack Ukraine but threatened Poland on Tuesday.',
    expect: ['state:RU fights state:UA negated', 'state:RU threatens state:PL asserted'],
    absent: ['state:RU threatens state:PL negated'],
  },
  {
    construction: 'a denied intention: "no plans to", "unwilling to", a refusing verb over a cue noun',
    text: 'Peru has no plans to meet Chile. Ghana is unwilling to negotiate with Togo. Kenya ruled out talks with Somalia.',
    expect: ['state:PE meets state:CL negated', 'state:GH meets state:TG negated', 'state:KE meets state:SO negated'],
    absent: [
      'state:PE meets state:CL asserted',
      'state:GH meets state:TG asserted',
      'state:KE meets state:SO asserted',
    ],
  },
  {
    construction: 'the object of a naming verb after "what" is the object of the verb before it',
    text: 'Iran denounced what it termed Israeli provocations.',
    expect: ['state:IR criticises state:IL asserted'],
  },
  {
    construction: 'object control: the object of "urged" is the target of the demand',
    text: 'Norway urged Iran to free the detained sailors.',
    expect: ['state:NO demands state:IR asserted'],
  },
  {
    construction: 'coordinated verbs share their subject',
    text: 'Chile and Peru discussed fishing quotas and condemned Ecuador over the dispute.',
    expect: ['state:CL criticises state:EC asserted', 'state:PE criticises state:EC asserted'],
  },
  {
    construction: 'reciprocal: each conjunct acts on the other',
    text: 'India and Pakistan accused each other of violating the truce.',
    expect: ['state:IN criticises state:PK asserted', 'state:PK criticises state:IN asserted'],
  },
  {
    construction: 'passive with a by-agent',
    text: 'Georgia was attacked by Russia in August.',
    expect: ['state:RU fights state:GE asserted'],
  },
  {
    construction: 'light verb and cue noun',
    text: 'Canada imposed sanctions on Belarus after the vote.',
    expect: ['state:CA coerces state:BY asserted'],
  },
  {
    construction: 'the parties of a meeting are "the two leaders" of the next sentence',
    text: 'Brazilian President Luiz Lula met Argentine President Javier Milei on Friday. The two leaders signed a trade pact.',
    expect: ['person:luiz-lula cooperates person:javier-milei asserted'],
  },
  {
    construction: 'negation in the verb group',
    text: 'Turkey did not meet Armenia in Geneva.',
    expect: ['state:TR meets state:AM negated'],
    absent: ['state:TR meets state:AM asserted'],
  },
  {
    construction: 'a refusal negates its complement',
    text: 'Morocco refused to negotiate with Algeria.',
    expect: ['state:MA meets state:DZ negated'],
    absent: ['state:MA meets state:DZ asserted'],
  },
  {
    construction: 'a warning makes the announced coercion a threat',
    text: 'Russia warned that it would cut gas supplies to Moldova.',
    expect: ['state:RU threatens state:MD'],
  },
  {
    construction: 'obligation is a proposal',
    text: 'Japan should impose sanctions on North Korea, the senator said.',
    expect: ['state:JP coerces state:KP proposed'],
  },
  {
    construction: 'a symmetric verb joins every conjunct with every other',
    text: 'Kenya, Uganda and Tanzania signed a customs treaty.',
    expect: ['state:KE cooperates state:UG', 'state:KE cooperates state:TZ', 'state:UG cooperates state:TZ'],
  },
  {
    construction: 'an introductory phrase before a comma is not a conjunct',
    text: 'After visiting Qatar, the Austrian minister met Jordan in Amman.',
    expect: ['state:AT meets state:JO'],
    absent: ['state:QA meets'],
  },
  {
    construction: 'an act of force with its agent as possessor acts on the other state of the sentence',
    text: 'Poland pledged more support for Ukraine after Russia’s invasion.',
    expect: ['state:RU fights state:UA'],
  },
  {
    construction: 'a light verb and a noun of thanks',
    text: 'The Irish president expressed appreciation to Ghana for its peacekeepers.',
    expect: ['state:IE cooperates state:GH'],
  },
  {
    construction: 'support for a cause in a state helps that state',
    text: 'Sweden will provide funds to support reconstruction in Ukraine and Moldova.',
    expect: ['state:SE supports state:UA planned', 'state:SE supports state:MD planned'],
  },
  {
    construction: 'a statement attributed to someone unnamed is reported',
    text: 'Turkey shelled Syria on Friday, officials said.',
    expect: ['state:TR fights state:SY reported'],
  },
  {
    construction: 'a reversal ends what it governs: halting exports coerces',
    text: 'Germany halted arms exports to Turkey in October.',
    expect: ['state:DE coerces state:TR asserted'],
  },
  {
    construction: 'ending a hostile act is no hostile act',
    text: 'Canada lifted sanctions on Cuba. Egypt ended its blockade of Gaza.',
    expect: [],
    absent: ['state:CA coerces state:CU', 'state:EG coerces'],
  },
];

describe('stance constructions', () => {
  for (const row of ROWS) {
    it(`${row.construction}: "${row.text}"`, () => {
      const found = stances(row.text);
      for (const line of row.expect)
        expect(
          found.some((f) => f.startsWith(line)),
          `${line} in ${JSON.stringify(found)}`,
        ).toBe(true);
      for (const line of row.absent ?? [])
        expect(
          found.some((f) => f.startsWith(line)),
          `${line} absent from ${JSON.stringify(found)}`,
        ).toBe(false);
    });
  }
});
