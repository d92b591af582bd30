// The pipeline: segment -> mentions -> resolve -> relations -> stances.
import type { DocumentExtraction, SourceDocument } from '../model/extraction.js';
import type { DocumentInfo } from '../model/graph-file.js';

export interface ExtractOptions {
  /** Extra known actors (from `--actors` dictionaries). */
  actors?: unknown;
}

export function documentInfo(doc: SourceDocument): DocumentInfo {
  const info: DocumentInfo = { id: doc.id, chars: doc.text.length, text: doc.text };
  if (doc.title) info.title = doc.title;
  if (doc.date) info.date = doc.date;
  if (doc.url) info.url = doc.url;
  return info;
}

export function extractDocument(doc: SourceDocument, _options: ExtractOptions = {}): DocumentExtraction {
  // Work in progress: the stages land next.
  return { document: documentInfo(doc), entities: [], edges: [] };
}
