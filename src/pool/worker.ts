// The extraction worker: a batch of documents in, the raw graph parts of their extractions out.
// Plain data both ways, so it runs the same in a worker thread (tinypool) and in the main
// thread (--jobs 1). The graph parts are built here, next to the extraction, and a batch's
// documents are merged before they travel: the main thread only adds compact parts to its
// graph. Document texts are not sent back (the main thread has them already).
import { extractDocument, type ExtractOptions } from '../extract/index.js';
import { GraphAccumulator, documentParts, type AccumulatorParts } from '../graph/merge.js';
import type { SourceDocument } from '../model/extraction.js';
import { loadActors } from './actors.js';

export interface ExtractTask {
  docs: SourceDocument[];
  /** The group of each document: a group's documents go into one set of parts. */
  groups: number[];
  /** Path of an `--actors` dictionary: each worker loads it once. */
  actors?: string;
}

export interface ExtractBatchResult {
  /** Per document, in order: null, or why its extraction failed. */
  errors: (string | null)[];
  /** Per group: the merged raw parts of its documents, without document texts. */
  parts: AccumulatorParts[];
}

export async function extractOptions(actorsPath: string | undefined): Promise<ExtractOptions> {
  const options: ExtractOptions = {};
  if (actorsPath) {
    const actors = await loadActors(actorsPath);
    if (actors !== undefined) options.actors = actors;
  }
  return options;
}

/** One document's graph parts; throws when the extractor fails on it. */
export function extractParts(doc: SourceDocument, options: ExtractOptions, text: boolean): AccumulatorParts {
  return documentParts(extractDocument(doc, options), { text });
}

export function errorMessage(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

export default async function extractBatch(task: ExtractTask): Promise<ExtractBatchResult> {
  const options = await extractOptions(task.actors);
  const groups: GraphAccumulator[] = [];
  const errors = task.docs.map((doc, i): string | null => {
    try {
      const parts = extractParts(doc, options, false);
      const g = task.groups[i] ?? 0;
      (groups[g] ??= new GraphAccumulator()).addParts(parts);
      return null;
    } catch (err) {
      // One document that breaks the extractor must not stop a corpus.
      return errorMessage(err);
    }
  });
  const parts: AccumulatorParts[] = [];
  for (let g = 0; g < groups.length; g++) parts.push(groups[g]?.parts() ?? { documents: [], nodes: [], edges: [] });
  return { errors, parts };
}
