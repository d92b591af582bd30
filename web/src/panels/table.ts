// The table view: the accessible alternative to the canvas. Nodes and edges of the current
// view, sortable by any column with a button in its header; rows are focusable and Enter (or a
// click) opens the same details panel as the graph.
import type { DiploGraph } from '../../../src/model/graph.js';
import { clear, h } from '../dom.js';
import type { Visibility } from '../view/visibility.js';

const ROW_LIMIT = 500;

type Cell = string | number;
interface Column {
  name: string;
  numeric?: boolean;
}

interface TableSpec {
  caption: string;
  columns: Column[];
  rows: { key: string; cells: Cell[] }[];
  onOpen(key: string): void;
}

const sortState = new Map<string, { column: number; dir: 1 | -1 }>();

function renderTable(spec: TableSpec): HTMLElement {
  const state = sortState.get(spec.caption) ?? { column: 0, dir: 1 };
  const rows = [...spec.rows].sort((a, b) => {
    const x = a.cells[state.column]!;
    const y = b.cells[state.column]!;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
    return c * state.dir || (a.key < b.key ? -1 : 1);
  });
  const wrapper = h('div', {});
  const head = h(
    'tr',
    {},
    ...spec.columns.map((col, i) => {
      const sorted = state.column === i;
      const button = h('button', {
        text: `${col.name}${sorted ? (state.dir === 1 ? ' ▲' : ' ▼') : ''}`,
        attrs: { type: 'button', 'aria-label': `Sort by ${col.name}` },
        on: {
          click: () => {
            sortState.set(spec.caption, { column: i, dir: sorted ? (state.dir === 1 ? -1 : 1) : col.numeric ? -1 : 1 });
            const next = renderTable(spec);
            wrapper.replaceWith(next);
            next.querySelector<HTMLButtonElement>(`th:nth-child(${i + 1}) button`)?.focus();
          },
        },
      });
      return h(
        'th',
        { attrs: { scope: 'col', 'aria-sort': sorted ? (state.dir === 1 ? 'ascending' : 'descending') : 'none' } },
        button,
      );
    }),
  );
  const body = h('tbody', {});
  for (const row of rows.slice(0, ROW_LIMIT)) {
    const tr = h(
      'tr',
      { attrs: { tabindex: 0, 'data-key': row.key } },
      ...row.cells.map((c) => h('td', { text: String(c) })),
    );
    tr.addEventListener('click', () => spec.onOpen(row.key));
    tr.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter' || ev.key === ' ') {
        ev.preventDefault();
        spec.onOpen(row.key);
      }
    });
    body.append(tr);
  }
  const shown = spec.rows.length > ROW_LIMIT ? `, first ${ROW_LIMIT} shown — narrow with filters or search` : '';
  const caption = `${spec.caption} (${spec.rows.length}${shown})`;
  wrapper.append(h('table', {}, h('caption', { text: caption }), h('thead', {}, head), body));
  return wrapper;
}

export function renderTables(
  root: HTMLElement,
  graph: DiploGraph,
  visibility: Visibility,
  open: (type: 'node' | 'edge', key: string) => void,
): void {
  clear(root);
  const nodeRows = [...visibility.nodes].map((key) => {
    const a = graph.getNodeAttributes(key);
    return { key, cells: [a.label, a.kind, a.country ?? '', a.mentions.length, graph.degree(key)] as Cell[] };
  });
  const edgeRows = [...visibility.edges].map((key) => {
    const a = graph.getEdgeAttributes(key);
    const docs = new Set(a.evidence.map((e) => e.doc)).size;
    return {
      key,
      cells: [
        graph.getNodeAttribute(graph.source(key), 'label'),
        a.family === 'relation' && a.title ? `${a.kind}: ${a.title}` : a.kind,
        graph.getNodeAttribute(graph.target(key), 'label'),
        a.weight,
        a.family === 'stance' ? (a.polarity > 0 ? '+1' : '−1') : '',
        docs,
      ] as Cell[],
    };
  });
  root.append(
    renderTable({
      caption: 'Nodes',
      columns: [
        { name: 'Label' },
        { name: 'Kind' },
        { name: 'Country' },
        { name: 'Mentions', numeric: true },
        { name: 'Degree', numeric: true },
      ],
      rows: nodeRows,
      onOpen: (key) => open('node', key),
    }),
    renderTable({
      caption: 'Edges',
      columns: [
        { name: 'Source' },
        { name: 'Kind' },
        { name: 'Target' },
        { name: 'Weight', numeric: true },
        { name: 'Polarity' },
        { name: 'Documents', numeric: true },
      ],
      rows: edgeRows,
      onOpen: (key) => open('edge', key),
    }),
  );
}
