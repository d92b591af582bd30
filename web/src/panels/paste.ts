// Pasted text goes through the library's own extractor (src/extract), in the browser: there is
// one extractor, not two. Dropped files open as graphs (JSON or GEXF).
import { extractDocument } from '../../../src/extract/index.js';
import { buildGraph } from '../../../src/graph/build.js';
import { mergeGraphs } from '../../../src/graph/merge.js';
import type { SourceDocument } from '../../../src/model/extraction.js';
import type { DiploGraph } from '../../../src/model/graph.js';
import { byId } from '../dom.js';
import { datasetFromGraph, datasetFromText, type Dataset } from '../state/dataset.js';

let pasted = 0;

/** A document from pasted text: a short first line followed by a blank line is its title. */
export function pastedDocument(text: string, id: string): SourceDocument {
  const doc: SourceDocument = { id, text };
  const m = /^([^\n]{1,200})\n\s*\n/.exec(text);
  if (m) doc.title = m[1]!.trim();
  return doc;
}

export function extractText(text: string, current: DiploGraph | null, merge: boolean): Dataset {
  pasted += 1;
  const extraction = extractDocument(pastedDocument(text, `pasted-${pasted}`));
  const graph = buildGraph([extraction]);
  return datasetFromGraph(
    merge && current ? mergeGraphs([current, graph]) : graph,
    merge && current ? 'merged graph' : 'pasted text',
  );
}

export interface PasteContext {
  current(): DiploGraph | null;
  open(dataset: Dataset): void;
}

export function mountPaste(ctx: PasteContext): void {
  const area = byId<HTMLTextAreaElement>('paste');
  const status = byId('paste-status');
  const merge = byId<HTMLInputElement>('paste-merge');
  byId('extract').addEventListener('click', () => {
    const text = area.value;
    status.classList.remove('error');
    if (!text.trim()) {
      status.textContent = 'Paste some text first.';
      return;
    }
    try {
      const t0 = performance.now();
      const dataset = extractText(text, ctx.current(), merge.checked);
      const ms = Math.round(performance.now() - t0);
      status.textContent = `${dataset.graph.order} actors, ${dataset.graph.size} edges extracted in ${ms} ms.`;
      ctx.open(dataset);
    } catch (err) {
      status.classList.add('error');
      status.textContent = `Extraction failed: ${(err as Error).message}`;
    }
  });
}

export function mountDrop(ctx: { open(dataset: Dataset): void; error(message: string): void }): void {
  const overlay = byId('drop-overlay');
  let depth = 0;
  const hasFiles = (ev: DragEvent) => [...(ev.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragenter', (ev) => {
    if (!hasFiles(ev)) return;
    depth++;
    overlay.hidden = false;
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) overlay.hidden = true;
  });
  window.addEventListener('dragover', (ev) => {
    if (hasFiles(ev)) ev.preventDefault();
  });
  const openFile = async (file: File) => {
    try {
      ctx.open(datasetFromText(await file.text(), file.name));
    } catch (err) {
      ctx.error((err as Error).message);
    }
  };
  window.addEventListener('drop', (ev) => {
    ev.preventDefault();
    depth = 0;
    overlay.hidden = true;
    const file = ev.dataTransfer?.files[0];
    if (file) void openFile(file);
  });
}
