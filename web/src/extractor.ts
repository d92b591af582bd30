// The in-browser extractor: pasted text through the library's own extractor (src/extract), so
// there is one extractor, not two. It is its own module, loaded only when someone pastes: with
// its models it is about three quarters of the viewer's code, and a page that only shows a graph
// should not parse it (see vite.config.ts, which builds it apart, and panels/paste.ts).
// It returns plain data, a graph file, so the page's own graphology holds every graph it shows.
import { extractDocument } from '../../src/extract/index.js';
import { buildGraph } from '../../src/graph/build.js';
import { toGraphFile } from '../../src/io/write-json.js';
import type { SourceDocument } from '../../src/model/extraction.js';
import type { GraphFile } from '../../src/model/graph-file.js';

/** A document from pasted text: a short first line followed by a blank line is its title. */
export function pastedDocument(text: string, id: string): SourceDocument {
  const doc: SourceDocument = { id, text };
  const m = /^([^\n]{1,200})\n\s*\n/.exec(text);
  if (m) doc.title = m[1]!.trim();
  return doc;
}

/** The graph file of one pasted document. */
export function extractGraphFile(text: string, id: string): GraphFile {
  return toGraphFile(buildGraph([extractDocument(pastedDocument(text, id))]));
}
