// The extraction worker: a batch of documents in, their extractions out. Plain data both
// ways, so it runs the same in a worker thread (tinypool) and in the main thread (--jobs 1).
import { extractDocument, type ExtractOptions } from '../extract/index.js';
import type { DocumentExtraction, SourceDocument } from '../model/extraction.js';
import { loadActors } from './actors.js';

export interface ExtractTask {
  docs: SourceDocument[];
  /** Path of an `--actors` dictionary: each worker loads it once. */
  actors?: string;
}

export type ExtractResult = { ok: true; extraction: DocumentExtraction } | { ok: false; id: string; error: string };

export default async function extractBatch(task: ExtractTask): Promise<ExtractResult[]> {
  const options: ExtractOptions = {};
  if (task.actors) {
    const actors = await loadActors(task.actors);
    if (actors !== undefined) options.actors = actors;
  }
  return task.docs.map((doc): ExtractResult => {
    try {
      return { ok: true, extraction: extractDocument(doc, options) };
    } catch (err) {
      // One document that breaks the extractor must not stop a corpus.
      return { ok: false, id: doc.id, error: err instanceof Error ? err.message : String(err) };
    }
  });
}
