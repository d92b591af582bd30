// Exports of the current view: PNG (sigma's canvas layers composited), JSON (the filtered graph,
// serialised by the library's writer), the other writers of src/io/write.ts when they run in a
// browser, and the iframe snippet for a standalone HTML export.
import { MultiDirectedGraph } from 'graphology';
import type { DiploGraph } from '../../../src/model/graph.js';
import { serializeGraph } from '../../../src/io/write-json.js';
import { embedGraph } from '../../../src/io/write-html.js';
import { OUTPUT_FORMATS, renderGraph } from '../../../src/io/write.js';
import { byId, download, h } from '../dom.js';
import type { DiploSigma } from '../view/renderer.js';
import { withoutViewAttributes } from '../view/appearance.js';
import type { Visibility } from '../view/visibility.js';
import { composePicture, PNG_SCALES, renderGraphPixels, type PictureText } from './picture.js';

/** The displayed subgraph: visible nodes and edges, with their current positions. */
export function visibleGraph(graph: DiploGraph, visibility: Visibility): DiploGraph {
  const out: DiploGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  out.replaceAttributes({ ...graph.getAttributes() });
  for (const key of visibility.nodes) out.addNode(key, { ...graph.getNodeAttributes(key) });
  for (const key of visibility.edges)
    out.addDirectedEdgeWithKey(
      key,
      graph.source(key),
      graph.target(key),
      withoutViewAttributes(graph.getEdgeAttributes(key)),
    );
  return out;
}

/** Composites every canvas of the sigma container on a white background. */
export function snapshot(sigma: DiploSigma): HTMLCanvasElement {
  // A synchronous render, so the WebGL buffer is still valid when it is copied below.
  sigma.refresh({ partialGraph: { nodes: [] }, skipIndexation: true });
  const container = sigma.getContainer();
  const { width, height } = container.getBoundingClientRect();
  const ratio = window.devicePixelRatio || 1;
  const out = document.createElement('canvas');
  out.width = Math.round(width * ratio);
  out.height = Math.round(height * ratio);
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const canvas of container.querySelectorAll('canvas')) {
    if (canvas.width && canvas.height) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return out;
}

export function baseName(name: string): string {
  return (name.replace(/\.[a-z]+$/i, '') || 'graph').replace(/[^\w.-]+/g, '-');
}

export interface ExportContext {
  sigma: () => DiploSigma;
  /** Title, summary and legend of the PNG. */
  picture: () => PictureText;
  graph: () => DiploGraph;
  visibility: () => Visibility;
  name: () => string;
  /** The view-state query (without `graph`), for the embed snippet. */
  viewQuery: () => string;
  message: (text: string, error?: boolean) => void;
}

type ExtraFormat = 'gexf' | 'svg' | 'html';

export function mountExport(ctx: ExportContext): void {
  const scaleSelect = byId<HTMLSelectElement>('png-scale');
  byId('export-png').addEventListener('click', () => {
    const scale = (PNG_SCALES as readonly number[]).includes(Number(scaleSelect.value)) ? Number(scaleSelect.value) : 2;
    const picture = composePicture(renderGraphPixels(ctx.sigma(), scale), scale, ctx.picture());
    const suffix = scale === 1 ? '' : `@${scale}x`;
    picture.toBlob((blob) => blob && download(blob, `${baseName(ctx.name())}${suffix}.png`), 'image/png');
  });
  byId('export-json').addEventListener('click', () => {
    const json = serializeGraph(visibleGraph(ctx.graph(), ctx.visibility()));
    download(json, `${baseName(ctx.name())}.view.json`, 'application/json');
  });
  mountEmbed(ctx);
  mountWriters(ctx);
}

// The page as it was served, before the viewer touched the DOM: in the single-file build it holds
// the whole viewer, so it is the template of a standalone HTML export made from the browser.
const PAGE_TEMPLATE = `<!doctype html>\n${document.documentElement.outerHTML}`;

/** GEXF, SVG and HTML through the library's writers (src/io/write.ts, write-html.ts). */
function mountWriters(ctx: ExportContext): void {
  const slot = byId('export-extra');
  const types: Record<ExtraFormat, string> = { gexf: 'application/xml', svg: 'image/svg+xml', html: 'text/html' };
  for (const format of ['gexf', 'svg', 'html'] as const) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) continue;
    const button = h('button', {
      text: format.toUpperCase(),
      attrs: { type: 'button', id: `export-${format}`, 'data-testid': `export-${format}` },
    });
    button.addEventListener('click', () => {
      try {
        const graph = visibleGraph(ctx.graph(), ctx.visibility());
        let content: string;
        if (format === 'html') {
          if (/<script[^>]+src=["']?\.?\/?src\//.test(PAGE_TEMPLATE))
            throw new Error('the development server has no single-file viewer; use the built viewer');
          content = embedGraph(PAGE_TEMPLATE, graph, { title: ctx.name() });
        } else {
          const output = renderGraph(graph, format);
          if (output.kind !== 'file') throw new Error('several files');
          content = output.content;
        }
        download(content, `${baseName(ctx.name())}.${format}`, types[format]);
      } catch (err) {
        const failed = `${format.toUpperCase()} export failed (${(err as Error).message})`;
        const cli = `\`diplograph export --format ${format}\``;
        ctx.message(`${failed}; ${cli} does the same from the command line.`, true);
      }
    });
    slot.append(button, ' ');
  }
}

function mountEmbed(ctx: ExportContext): void {
  const dialog = byId<HTMLDialogElement>('embed-dialog');
  byId('embed').addEventListener('click', () => {
    const file = `${baseName(ctx.name())}.html`;
    const query = ctx.viewQuery();
    const src = `${file}?embed=1${query ? `&${query.replace(/"/g, '%22')}` : ''}`;
    const snippet =
      `<iframe src="${src}" width="800" height="560" style="border:1px solid #e2e8f0"` +
      ' title="diplograph graph" loading="lazy"></iframe>';
    const area = h('textarea', {
      attrs: { rows: 5, readonly: true, 'data-testid': 'embed-snippet', 'aria-label': 'iframe snippet' },
    });
    area.value = snippet;
    const copy = h('button', { text: 'Copy', attrs: { type: 'button' } });
    copy.addEventListener('click', () => {
      area.select();
      // The Clipboard API is missing outside secure contexts (a page over plain http): the selected
      // text is then copied the older way, as it is when the API refuses.
      const clipboard = navigator.clipboard as Clipboard | undefined;
      // eslint-disable-next-line @typescript-eslint/no-deprecated -- the one way to copy without the Clipboard API
      const copyOld = () => document.execCommand('copy');
      if (clipboard) void clipboard.writeText(snippet).catch(copyOld);
      else copyOld();
    });
    const close = h('button', { text: 'Close', attrs: { type: 'button' } });
    close.addEventListener('click', () => dialog.close());
    dialog.replaceChildren(
      h('h2', { text: 'Embed this view in a report' }),
      h(
        'p',
        {},
        'A report cannot point at a local server, so embed a standalone HTML export instead. ' +
          'First export the graph with ',
        h('code', { text: `diplograph export g.json --format html -o ${file}` }),
        ' and host that file next to the report (same folder). Then paste this snippet into the report:',
      ),
      area,
      h('p', {
        class: 'hint',
        text:
          'The snippet keeps the current filters, selection and camera; ' +
          '?embed=1 shows the graph without the side panels.',
      }),
      h('div', { class: 'row' }, copy, close),
    );
    dialog.showModal();
  });
}
