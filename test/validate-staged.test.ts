import { describe, expect, it } from 'vitest';
import { validateGraphFile, validateGraphFileStaged } from '../src/model/validate.js';
import { syntheticGraph } from '../bench/web-graph.js';

type File = {
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: unknown; target: string; attributes: { kind: string; evidence: { end: number }[] } }[];
};

const base = JSON.stringify(syntheticGraph(1200, 3000, 7));

/** The error of a validation run to its end, or 'ok'. */
function outcome(run: () => void): string {
  try {
    run();
    return 'ok';
  } catch (err) {
    return (err as Error).message;
  }
}

describe('validateGraphFileStaged', () => {
  const cases: [string, (g: File) => void][] = [
    ['a valid file', () => undefined],
    ['a bad edge kind after the sample', (g) => (g.edges[2500]!.attributes.kind = 'nope')],
    ['a bad edge kind in the sample', (g) => (g.edges[3]!.attributes.kind = 'nope')],
    ['an edge end that is no string', (g) => (g.edges[900]!.source = 5)],
    ['an unknown edge end', (g) => (g.edges[900]!.target = 'nobody')],
    ['a duplicate edge key', (g) => (g.edges[901]!.key = g.edges[900]!.key)],
    ['an empty label after the sample', (g) => (g.nodes[1100]!.attributes.label = '')],
    ['evidence ending before it starts', (g) => (g.edges[2900]!.attributes.evidence[0]!.end = 1)],
  ];
  for (const [name, spoil] of cases)
    it(`reports what the full validation reports: ${name}`, () => {
      const file = JSON.parse(base) as File;
      spoil(file);
      const full = outcome(() => validateGraphFile(file));
      const staged = outcome(() => {
        for (const _ of validateGraphFileStaged(file, 100).rest);
      });
      expect(staged).toBe(full);
      if (name !== 'a valid file') expect(full).toMatch(/^graph-file: \$\.(nodes|edges)\[\d+\]/);
    });

  it('finds a bad item after the sample only in its later steps', () => {
    const file = JSON.parse(base) as File;
    file.edges[2500]!.attributes.kind = 'nope';
    const { rest } = validateGraphFileStaged(file, 100);
    expect(() => {
      for (const _ of rest);
    }).toThrow('$.edges[2500].attributes.kind');
  });
});
