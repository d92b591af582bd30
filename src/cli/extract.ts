// `diplograph extract`: documents in, one graph out (or one graph per input with --shard).
import { access, constants } from 'node:fs/promises';
import { join } from 'node:path';
import { GraphAccumulator } from '../graph/merge.js';
import { writeFileAtomic } from '../io/atomic.js';
import { DIGEST_CHARS, describeFsError, documentId, listInputs, readInputFiles, where } from '../io/read-inputs.js';
import type { InputFile, InputProblem } from '../io/read-inputs.js';
import { serializeGraphParts } from '../io/write-json.js';
import { ExtractionPool, defaultJobs, type Outcome } from '../pool/pool.js';
import { MAX_DOC_HELP, UsageError, intOption, maxDocBytes, parseCommandArgs, plural, runCommand } from './args.js';
import { OUTPUT_HELP, OUTPUT_OPTIONS, emitGraph, outputOptions } from './output.js';
import { inPart, parsePart, type Part } from './part.js';
import { Progress } from './progress.js';

export const summary = 'extract a graph from articles (.txt .md .html .jsonl, folders, - for stdin)';

export const help = `Usage: diplograph extract <files|dirs|->... [options]

Reads articles and writes one graph of the actors and stances they contain.
Inputs: .txt (a first line followed by a blank line is the title), .md (front matter:
title, date, url), .html (main text only), .jsonl ({id, text, title?, date?, url?} per line),
directories (recursively, sorted), - for stdin (format sniffed from its first bytes).
The document id is the file name without its extension (JSONL: the "id" field).

Options:
${OUTPUT_HELP}
      --actors FILE    an actor dictionary (PETRARCH / Phoenix format) of known people and bodies
  -j, --jobs N         worker threads (default: ${defaultJobs()}, half the cores; 1 = no threads)
      --shard DIR      also write one graph per input file into DIR, for \`diplograph merge\`
                       (plain JSON, never laid out or rolled up), named after the file and a
                       digest of its bytes (DIR/<name>-<digest>.json, stdin: stdin-<digest>.json),
                       so runs over different files never write one name; without -o nothing
                       goes to stdout
      --part I/N       keep only the documents whose id hashes into part I of N (0 <= I < N):
                       N processes given the same inputs extract disjoint shares, and
                       \`diplograph merge\` of their graphs gives the bytes of one run
${MAX_DOC_HELP}

Bad inputs (empty, binary, malformed JSONL lines, unreadable files, documents over the size
limit) are skipped with one line each on stderr; the rest still goes through. Invalid UTF-8 is
read as U+FFFD, with a warning naming the file and the byte offset.
Exit status: 0 ok, 1 something was skipped or failed, 2 usage error.`;

interface Meta {
  source: string;
  line?: number;
  bytes: number;
}

interface Shard {
  acc: GraphAccumulator;
  pending: number;
  /** Set when the input has been read to its end: the digest of its bytes. */
  digest?: string;
}

/**
 * A shard's file name: the input's name and a digest of its bytes. Two inputs share a name only
 * when they hold the same bytes (then their documents are the same too), so neither the same
 * file name in two folders nor two runs piping different text through stdin overwrite a shard.
 */
export function shardName(path: string, digest: string): string {
  return `${path === '-' ? 'stdin' : documentId(path)}-${digest.slice(0, DIGEST_CHARS)}.json`;
}

/**
 * The id that decides which part reports a skipped input: a JSONL line's file and line (its id
 * is unknown), else the file's document id, so each problem is reported by exactly one part.
 */
function ownerId(item: { source: string; line?: number }): string {
  return item.line !== undefined ? `${item.source}:${item.line}` : documentId(item.source);
}

/**
 * With --part, whole files outside the part are not even read (an HTML page costs a parse).
 * Not when a JSONL file or stdin is among the inputs: their ids are known only once read, and
 * one may repeat a file's id, which only a part that reads that file too can report.
 */
function ownFiles(listed: { files: InputFile[]; problems: InputProblem[] }, part: Part) {
  const problems = listed.problems.filter((p) => inPart(ownerId(p), part));
  if (listed.files.some((f) => f.path === '-' || f.format === 'jsonl')) return { files: listed.files, problems };
  return { files: listed.files.filter((f) => inPart(documentId(f.path), part)), problems };
}

export async function run(args: string[]): Promise<number> {
  return runCommand('extract', async () => {
    const { values, positionals } = parseCommandArgs(args, {
      ...OUTPUT_OPTIONS,
      actors: { type: 'string' },
      jobs: { type: 'string', short: 'j' },
      shard: { type: 'string' },
      part: { type: 'string' },
      'max-doc-mb': { type: 'string' },
    });
    if (positionals.length === 0) throw new UsageError('no input: give files, directories, or - for stdin');
    if (positionals.filter((p) => p === '-').length > 1) throw new UsageError('stdin (-) can be read only once');
    const maxDocumentBytes = maxDocBytes(values['max-doc-mb']);
    const out = outputOptions(values);
    const jobs = intOption('jobs', values.jobs) ?? defaultJobs();
    const text = !values['no-text'];
    const part = parsePart(values.part);
    // A JSONL file spans parts: shards named after it would overwrite each other.
    if (part && values.shard) throw new UsageError('--part and --shard cannot be combined; give each part its own -o');
    if (values.actors) {
      await access(values.actors, constants.R_OK).catch((err: unknown) => {
        throw new Error(`cannot read --actors ${values.actors}: ${describeFsError(err)}`);
      });
    }

    const listed = await listInputs(positionals);
    const { files, problems } = part ? ownFiles(listed, part) : listed;
    const progress = new Progress(
      'extract',
      files.reduce((s, f) => s + f.size, 0),
      !values.quiet,
    );
    let skipped = 0;
    const skip = (at: string, reason: string) => {
      skipped++;
      progress.log(`diplograph extract: skipped ${at}: ${reason}`);
    };
    for (const p of problems) skip(p.source, p.reason);

    const main = !values.shard || out.output ? new GraphAccumulator() : undefined;
    const shards = new Map<string, Shard>();
    const writes: Promise<void>[] = [];
    let written = 0;
    let extracted = 0;
    const closeShard = (source: string) => {
      const shard = shards.get(source);
      if (!shard || shard.digest === undefined || shard.pending > 0) return;
      shards.delete(source);
      if (shard.acc.documentCount === 0) return;
      written++;
      writes.push(
        writeFileAtomic(join(values.shard!, shardName(source, shard.digest)), serializeGraphParts(shard.acc.toGraph())),
      );
    };

    // Each document's graph goes into the main graph and its shard's (the pool adds it).
    const targets = (meta: Meta): GraphAccumulator[] => {
      const list: GraphAccumulator[] = [];
      if (main) list.push(main);
      const shard = shards.get(meta.source);
      if (shard) list.push(shard.acc);
      return list;
    };
    const onResult = (outcome: Outcome<Meta>) => {
      const { meta } = outcome;
      progress.tick(1, meta.bytes);
      const shard = shards.get(meta.source);
      if ('error' in outcome) skip(where(meta), `extraction failed for document "${outcome.id}": ${outcome.error}`);
      else extracted++;
      if (shard) {
        shard.pending--;
        closeShard(meta.source);
      }
    };
    const pool = new ExtractionPool<Meta>(
      { jobs, text, ...(values.actors ? { actors: values.actors } : {}) },
      { targets, onResult },
    );
    // The threads stop while the graph is built and written.
    try {
      try {
        for await (const item of readInputFiles(files, { maxDocumentBytes })) {
          if (part && item.type !== 'end' && !inPart(item.type === 'document' ? item.doc.id : ownerId(item), part)) {
            progress.tick(0, item.bytes);
            continue;
          }
          if (item.type === 'document') {
            const meta: Meta = { source: item.source, bytes: item.bytes };
            if (item.line !== undefined) meta.line = item.line;
            if (item.warning) progress.log(`diplograph extract: warning: ${where(item)}: ${item.warning}`);
            if (values.shard) {
              let shard = shards.get(item.source);
              if (!shard) shards.set(item.source, (shard = { acc: new GraphAccumulator(), pending: 0 }));
              shard.pending++;
            }
            await pool.push(item.doc, meta);
          } else if (item.type === 'skipped') {
            skip(where(item), item.reason);
            progress.tick(0, item.bytes);
          } else {
            const shard = shards.get(item.source);
            if (shard) {
              shard.digest = item.digest;
              closeShard(item.source);
            }
          }
        }
        await pool.finish();
      } finally {
        progress.stop();
      }
      await Promise.all(writes);

      // The summary comes last, so its time and peak memory cover building and writing the graph.
      const parts: string[] = [];
      if (part) parts.push(`part ${part.index}/${part.count}`);
      if (skipped > 0) parts.push(`${skipped} skipped`);
      const status = skipped > 0 ? 1 : 0;
      // A part may hold no document (more parts than documents): its empty graph merges away.
      if (extracted === 0 && !part) {
        if (!values.quiet) process.stderr.write(`${[progress.summary(), ...parts].join('; ')}\n`);
        process.stderr.write('diplograph extract: no documents to extract\n');
        return 1;
      }
      if (main) {
        const graph = main.toGraph();
        const to = await emitGraph(graph, out);
        parts.push(
          `${plural(graph.order, 'node')}, ${plural(graph.size, 'edge')}${to === 'stdout' ? '' : ` -> ${to}`}`,
        );
      }
      if (values.shard) parts.push(`${plural(written, 'shard')} in ${values.shard}`);
      if (!values.quiet) process.stderr.write(`${[progress.summary(), ...parts].join('; ')}\n`);
      return status;
    } finally {
      await pool.close();
    }
  });
}
