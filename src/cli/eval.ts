// `diplograph eval`: scores a graph file against gold files, per layer (DESIGN.md §5).
import { readFile } from 'node:fs/promises';
import { GoldFileSchema, type GoldFile } from '../eval/gold.js';
import {
  LAYERS,
  addScores,
  docIdOfGold,
  emptyScores,
  f1,
  precision,
  recall,
  scoreGold,
  type LayerScores,
} from '../eval/score.js';
import { parseGraph } from '../io/read-graph.js';
import { parseCommandArgs, runCommand, UsageError, writeStdout } from './args.js';

export const summary = 'score a graph against gold files: precision, recall and F1 per layer';

export const help = `Usage: diplograph eval <graph.json> --gold <gold.json...> [--verbose] [--json]

Scores the graph against hand-made gold files (../shared/corpus/gold/*.gold.json). Each gold
file scores only the nodes mentioned in its document and the edges with evidence in it, so one
merged graph scores like separate runs; tallies add up over files.

Options:
  --gold FILE...   gold files (repeat the flag or list files after it)
  --verbose        list the misses and the extras of each file
  --json           print the scores as JSON
  -h, --help       this help`;

function formatRow(name: string, s: LayerScores): string[] {
  return LAYERS.map((layer) => {
    const t = s[layer];
    const prf = `P ${precision(t).toFixed(3)}  R ${recall(t).toFixed(3)}  F1 ${f1(t).toFixed(3)}`;
    return `${name.padEnd(28)} ${layer.padEnd(10)} ${prf}  (tp ${t.tp}, fp ${t.fp}, found ${t.found}/${t.gold})`;
  });
}

export async function run(args: string[]): Promise<number> {
  return runCommand('eval', async () => {
    // --gold takes every following path until the next flag.
    const graphs: string[] = [];
    const golds: string[] = [];
    const rest: string[] = [];
    let mode: 'graph' | 'gold' = 'graph';
    for (const a of args) {
      if (a === '--gold') mode = 'gold';
      else if (a.startsWith('--gold=')) golds.push(a.slice(7));
      else if (a.startsWith('-')) {
        rest.push(a);
        mode = 'graph';
      } else (mode === 'gold' ? golds : graphs).push(a);
    }
    const { values } = parseCommandArgs(rest, { verbose: { type: 'boolean' }, json: { type: 'boolean' } });
    if (graphs.length !== 1) throw new UsageError('expects exactly one graph file');
    if (golds.length === 0) throw new UsageError('expects at least one --gold file');
    const graphPath = graphs[0]!;
    const graph = parseGraph(await readFile(graphPath, 'utf8'), graphPath);
    let total = emptyScores();
    const perFile: Array<{ file: string; scores: LayerScores }> = [];
    for (const file of golds) {
      let gold: GoldFile;
      try {
        gold = GoldFileSchema.parse(JSON.parse(await readFile(file, 'utf8')));
      } catch (err) {
        throw new Error(`${file}: not a gold file (${(err as Error).message.split('\n')[0]})`);
      }
      // A gold file for a document the graph does not hold would score zeros that mean nothing.
      const doc = docIdOfGold(gold);
      if (!graph.getAttribute('documents').some((d) => d.id === doc)) {
        throw new Error(
          `${file}: its document "${doc}" is not in ${graphPath}; ` +
            'extract it into the graph, or leave this gold file out',
        );
      }
      const scores = scoreGold(graph, gold);
      perFile.push({ file, scores });
      total = addScores(total, scores);
    }
    if (values.json) {
      const strip = (s: LayerScores) =>
        Object.fromEntries(
          LAYERS.map((l) => [
            l,
            {
              precision: precision(s[l]),
              recall: recall(s[l]),
              f1: f1(s[l]),
              tp: s[l].tp,
              fp: s[l].fp,
              found: s[l].found,
              gold: s[l].gold,
            },
          ]),
        );
      const files = perFile.map((p) => ({ file: p.file, ...strip(p.scores) }));
      await writeStdout(`${JSON.stringify({ files, total: strip(total) }, null, 2)}\n`);
      return 0;
    }
    const lines: string[] = [];
    for (const { file, scores } of perFile) {
      const name = file
        .split('/')
        .pop()!
        .replace(/\.gold\.json$/, '');
      lines.push(...formatRow(name, scores));
      if (values.verbose) {
        for (const layer of LAYERS) {
          for (const m of scores[layer].misses) lines.push(`    miss  ${layer}: ${m}`);
          for (const x of scores[layer].extras) lines.push(`    extra ${layer}: ${x}`);
        }
      }
    }
    if (perFile.length > 1) lines.push(...formatRow('all', total));
    await writeStdout(`${lines.join('\n')}\n`);
    return 0;
  });
}
