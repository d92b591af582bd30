// `diplograph merge`: graph files (shards) in, one graph out — the same bytes as one
// `extract` over all their documents, in any order (src/graph/merge.ts).
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphAccumulator } from '../graph/merge.js';
import { describeFsError } from '../io/read-inputs.js';
import { parseGraph } from '../io/read-graph.js';
import type { DocumentInfo } from '../model/graph-file.js';
import { graphDocuments, type DiploGraph } from '../model/graph.js';
import { UsageError, parseCommandArgs, plural, runCommand } from './args.js';
import { OUTPUT_HELP, OUTPUT_OPTIONS, emitGraph, outputOptions } from './output.js';
import { Progress } from './progress.js';

export const summary = 'merge graph files (e.g. shards from extract --shard) into one';

export const help = `Usage: diplograph merge <graph.json|dir>... [options]

Merges graph files into one: nodes by key and known alias, edges by source, target and kind,
evidence de-duplicated. The result does not depend on the order or grouping of the inputs:
shards from \`extract --shard\` merge into the same bytes as one extract over everything.
A directory stands for the .json files in it (recursively, sorted).

Options:
${OUTPUT_HELP}
Exit status: 0 ok, 1 an input was skipped or failed, 2 usage error.`;

/** What merge keeps of a document seen first: its length and a digest of its text (not the text). */
interface SeenDocument {
  file: string;
  chars: number;
  digest?: string;
}

const digestOf = (text: string | undefined) =>
  text === undefined ? undefined : createHash('sha256').update(text).digest('hex');

/** Two documents that cannot be one: their lengths differ, or both texts are there and differ. */
function differ(a: SeenDocument, b: DocumentInfo): boolean {
  if (a.chars !== b.chars) return true;
  return a.digest !== undefined && b.text !== undefined && a.digest !== digestOf(b.text);
}

/**
 * Evidence points into a document by its id: two graphs holding one id for two texts would mix
 * them silently (the merged file keeps one text, and the other's offsets point into it). The
 * first such pair ends the merge, naming both files.
 */
function checkDocuments(graph: DiploGraph, file: string, seen: Map<string, SeenDocument>): void {
  for (const doc of graphDocuments(graph)) {
    const first = seen.get(doc.id);
    if (!first) {
      const digest = digestOf(doc.text);
      seen.set(doc.id, digest === undefined ? { file, chars: doc.chars } : { file, chars: doc.chars, digest });
      continue;
    }
    if (differ(first, doc)) {
      throw new Error(
        `document "${doc.id}" has different texts in ${first.file} (${first.chars} characters) ` +
          `and ${file} (${doc.chars}): ` +
          'refusing to mix their evidence; extract them again with distinct ids',
      );
    }
  }
}

async function expand(paths: readonly string[], problems: { source: string; reason: string }[]): Promise<string[]> {
  const files: string[] = [];
  const walk = async (dir: string) => {
    const names = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
    for (const name of names) {
      const path = join(dir, name);
      const info = await stat(path);
      if (info.isDirectory()) await walk(path);
      else if (name.endsWith('.json')) files.push(path);
    }
  };
  for (const p of paths) {
    try {
      if ((await stat(p)).isDirectory()) await walk(p);
      else files.push(p);
    } catch (err) {
      problems.push({ source: p, reason: describeFsError(err) });
    }
  }
  return files;
}

export async function run(args: string[]): Promise<number> {
  return runCommand('merge', async () => {
    const { values, positionals } = parseCommandArgs(args, OUTPUT_OPTIONS);
    if (positionals.length === 0) throw new UsageError('no input: give graph files or directories of them');
    const out = outputOptions(values);
    const problems: { source: string; reason: string }[] = [];
    const files = await expand(positionals, problems);
    const sizes = await Promise.all(files.map((f) => stat(f).then((s) => s.size)));
    const progress = new Progress(
      'merge',
      sizes.reduce((a, b) => a + b, 0),
      !values.quiet,
    );
    let skipped = 0;
    const skip = (source: string, reason: string) => {
      skipped++;
      progress.log(`diplograph merge: skipped ${source}: ${reason}`);
    };
    for (const p of problems) skip(p.source, p.reason);
    const acc = new GraphAccumulator();
    const documents = new Map<string, SeenDocument>();
    let graphs = 0;
    try {
      for (const [i, file] of files.entries()) {
        let json: string;
        try {
          json = await readFile(file, 'utf8');
        } catch (err) {
          skip(file, describeFsError(err));
          continue;
        }
        let graph: DiploGraph;
        try {
          graph = parseGraph(json, file);
        } catch (err) {
          // parseGraph names the file and the first bad field already.
          const message = (err as Error).message;
          skip(file, message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message);
          progress.tick(0, sizes[i]!);
          continue;
        }
        // A file that cannot be merged is skipped before its documents count (see checkDocuments).
        const refusal = GraphAccumulator.refusal(graph);
        if (refusal) {
          skip(file, refusal);
          progress.tick(0, sizes[i]!);
          continue;
        }
        checkDocuments(graph, file, documents);
        if (values['no-text']) for (const d of graph.getAttribute('documents')) delete d.text;
        acc.add(graph);
        graphs++;
        progress.tick(0, sizes[i]!);
      }
    } finally {
      progress.stop();
    }
    if (graphs === 0) {
      process.stderr.write('diplograph merge: no graphs to merge\n');
      return 1;
    }
    const graph = acc.toGraph();
    const to = await emitGraph(graph, out);
    if (!values.quiet) {
      const from = `${plural(graphs, 'graph')}, ${plural(acc.documentCount, 'document')}`;
      const into = `${plural(graph.order, 'node')}, ${plural(graph.size, 'edge')}${to === 'stdout' ? '' : ` in ${to}`}`;
      const parts = [`merge: ${from} -> ${into}`];
      if (skipped > 0) parts.push(`${skipped} skipped`);
      process.stderr.write(`${parts.join('; ')}\n`);
    }
    return skipped > 0 ? 1 : 0;
  });
}
