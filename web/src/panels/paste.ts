// Pasted text goes through the library's own extractor (src/extract), in the browser: there is
// one extractor, not two. The extractor is loaded on the first paste (web/src/extractor.ts: the
// built page carries it as an inert text block, see vite.config.ts), so a page that only shows
// a graph does not parse its code and models. Dropped files open as graphs (JSON or GEXF).
import { graphFromFile } from '../../../src/io/read-graph.js';
import { EXTRACTOR_BLOCK_ID } from '../../../src/io/write-html.js';
import { mergeGraphs } from '../../../src/graph/merge.js';
import type { DiploGraph } from '../../../src/model/graph.js';
import { byId } from '../dom.js';
import { datasetFromGraph, datasetFromText, type Dataset } from '../state/dataset.js';
import type * as Extractor from '../extractor.js';

/** Where the development server serves the extractor module (it has no built block). */
const DEV_EXTRACTOR = '/src/extractor.ts';

let extractor: Promise<typeof Extractor> | null = null;

/** The extractor module, imported once: from the page's block when built, else from the server. */
export function loadExtractor(): Promise<typeof Extractor> {
  extractor ??= (async () => {
    const code = document.getElementById(EXTRACTOR_BLOCK_ID)?.textContent;
    if (!code) return (await import(/* @vite-ignore */ DEV_EXTRACTOR)) as typeof Extractor;
    const url = URL.createObjectURL(new Blob([code], { type: 'text/javascript' }));
    try {
      return (await import(/* @vite-ignore */ url)) as typeof Extractor;
    } finally {
      URL.revokeObjectURL(url);
    }
  })();
  extractor.catch(() => (extractor = null));
  return extractor;
}

let pasted = 0;

export async function extractText(text: string, current: DiploGraph | null, merge: boolean): Promise<Dataset> {
  const { extractGraphFile } = await loadExtractor();
  pasted += 1;
  const graph = graphFromFile(extractGraphFile(text, `pasted-${pasted}`));
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
  // Focusing the text area starts loading the extractor, so the first click seldom waits for it.
  area.addEventListener('focus', () => void loadExtractor().catch(() => undefined), { once: true });
  const extract = async () => {
    const text = area.value;
    status.classList.remove('error');
    if (!text.trim()) {
      status.textContent = 'Paste some text first.';
      return;
    }
    try {
      const t0 = performance.now();
      status.textContent = 'Extracting…';
      const dataset = await extractText(text, ctx.current(), merge.checked);
      const ms = Math.round(performance.now() - t0);
      status.textContent = `${dataset.graph.order} actors, ${dataset.graph.size} edges extracted in ${ms} ms.`;
      ctx.open(dataset);
    } catch (err) {
      status.classList.add('error');
      status.textContent = `Extraction failed: ${(err as Error).message}`;
    }
  };
  byId('extract').addEventListener('click', () => void extract());
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
