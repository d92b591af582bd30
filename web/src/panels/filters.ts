// The filter panel: every control writes the view state; the state writes the controls back
// (URL restore, reset), so the two never disagree.
import type { DocumentInfo } from '../../../src/model/graph-file.js';
import { ENTITY_COLORS, ENTITY_KINDS, MODALITIES, STANCES, STANCE_KINDS } from '../../../src/model/vocab.js';
import { clear, h } from '../dom.js';
import type { ViewStore } from '../state/store.js';
import { defaultViewState, type ViewState } from '../state/view-state.js';

function toggle<T>(list: readonly T[], value: T, on: boolean): T[] {
  const without = list.filter((v) => v !== value);
  return on ? [...without, value] : without;
}

interface Control {
  sync(state: ViewState): void;
}

function checkbox(
  testid: string,
  text: string,
  swatch: string | null,
  get: (s: ViewState) => boolean,
  set: (on: boolean) => void,
  line = false,
): [HTMLElement, Control] {
  const input = h('input', { attrs: { type: 'checkbox', 'data-testid': testid, id: testid } });
  input.addEventListener('change', () => set(input.checked));
  const el = h(
    'label',
    { attrs: { for: testid } },
    input,
    swatch ? h('span', { class: `swatch${line ? ' line' : ''}`, attrs: { style: `background:${swatch}` } }) : null,
    text,
  );
  return [el, { sync: (s) => (input.checked = get(s)) }];
}

export interface FiltersPanel {
  refreshDocuments(): void;
  /** Shows how many actors the hide-isolated box hides (or would hide). */
  setIsolated(count: number): void;
}

export function mountFilters(
  root: HTMLElement,
  store: ViewStore,
  documents: () => ReadonlyMap<string, DocumentInfo>,
): FiltersPanel {
  const controls: Control[] = [];
  const add = ([el, c]: [HTMLElement, Control]) => {
    controls.push(c);
    return el;
  };
  const set = (patch: Partial<ViewState>) => store.set(patch);

  const kinds = h(
    'fieldset',
    {},
    h('legend', { text: 'Entities' }),
    ...ENTITY_KINDS.map((k) =>
      add(
        checkbox(
          `filter-kind-${k}`,
          k,
          ENTITY_COLORS[k],
          (s) => s.kinds.includes(k),
          (on) => set({ kinds: toggle(store.get().kinds, k, on) }),
        ),
      ),
    ),
  );
  const stances = h(
    'fieldset',
    {},
    h('legend', { text: 'Stances' }),
    ...STANCE_KINDS.map((k) =>
      add(
        checkbox(
          `filter-stance-${k}`,
          k,
          STANCES[k].color,
          (s) => s.stances.includes(k),
          (on) => set({ stances: toggle(store.get().stances, k, on) }),
          true,
        ),
      ),
    ),
    add(
      checkbox(
        'filter-relations',
        'roles and membership',
        'rgb(148,163,184)',
        (s) => s.relations,
        (on) => set({ relations: on }),
        true,
      ),
    ),
  );
  const polarity = h(
    'fieldset',
    {},
    h('legend', { text: 'Polarity' }),
    add(
      checkbox(
        'filter-polarity-positive',
        'cooperative (+1)',
        null,
        (s) => s.polarity.includes(1),
        (on) => set({ polarity: toggle(store.get().polarity, 1, on) }),
      ),
    ),
    add(
      checkbox(
        'filter-polarity-negative',
        'conflictual (−1)',
        null,
        (s) => s.polarity.includes(-1),
        (on) => set({ polarity: toggle(store.get().polarity, -1, on) }),
      ),
    ),
  );
  const modality = h(
    'fieldset',
    {},
    h('legend', { text: 'Modality of evidence' }),
    ...MODALITIES.filter((m) => m !== 'negated').map((m) =>
      add(
        checkbox(
          `filter-modality-${m}`,
          m,
          null,
          (s) => s.modalities.includes(m),
          (on) => set({ modalities: toggle(store.get().modalities, m, on) }),
        ),
      ),
    ),
    add(
      checkbox(
        'filter-negated',
        'show negated-only edges',
        null,
        (s) => s.negated,
        (on) => set({ negated: on }),
      ),
    ),
  );

  const minWeight = h('input', {
    attrs: {
      type: 'number',
      min: 0,
      step: 1,
      value: 0,
      'data-testid': 'filter-min-weight',
      id: 'filter-min-weight',
      style: 'width:60px',
    },
  });
  minWeight.addEventListener('change', () => set({ minWeight: Math.max(0, Math.floor(Number(minWeight.value) || 0)) }));
  controls.push({ sync: (s) => (minWeight.value = String(s.minWeight)) });

  const ego = h(
    'select',
    { attrs: { 'data-testid': 'filter-ego', id: 'filter-ego' } },
    h('option', { text: 'off', attrs: { value: '0' } }),
    h('option', { text: '1 hop', attrs: { value: '1' } }),
    h('option', { text: '2 hops', attrs: { value: '2' } }),
  );
  ego.addEventListener('change', () => set({ ego: Number(ego.value) as 0 | 1 | 2 }));
  controls.push({ sync: (s) => (ego.value = String(s.ego)) });

  const rollup = add(
    checkbox(
      'rollup',
      'roll up to states',
      null,
      (s) => s.rollup,
      (on) => set({ rollup: on, selection: null, ego: 0 }),
    ),
  );

  // Checked = hidden: the box reads "hide isolated actors (N)", N counted on every view change.
  const isolatedCount = h('span', { class: 'count', attrs: { 'data-testid': 'isolated-count' } });
  const isolatedInput = h('input', {
    attrs: { type: 'checkbox', 'data-testid': 'hide-isolated', id: 'hide-isolated' },
  });
  isolatedInput.addEventListener('change', () => set({ isolated: !isolatedInput.checked }));
  controls.push({ sync: (s) => (isolatedInput.checked = !s.isolated) });
  const isolated = h(
    'label',
    { attrs: { for: 'hide-isolated', title: 'Actors with no visible stance or relation' } },
    isolatedInput,
    'hide isolated actors ',
    isolatedCount,
  );

  const structure = h(
    'fieldset',
    {},
    h('legend', { text: 'Structure' }),
    isolated,
    h('label', { attrs: { for: 'filter-min-weight' } }, 'minimum weight ', minWeight),
    h('label', { attrs: { for: 'filter-ego' } }, 'ego network of selection ', ego),
    rollup,
  );

  // Documents and dates: rebuilt when a new graph is loaded.
  const docsBox = h('fieldset', {});
  const from = h('input', { attrs: { type: 'date', 'data-testid': 'filter-date-from', 'aria-label': 'from date' } });
  const to = h('input', { attrs: { type: 'date', 'data-testid': 'filter-date-to', 'aria-label': 'to date' } });
  from.addEventListener('change', () => set({ dateFrom: from.value || null }));
  to.addEventListener('change', () => set({ dateTo: to.value || null }));
  controls.push({
    sync: (s) => {
      from.value = s.dateFrom ?? '';
      to.value = s.dateTo ?? '';
    },
  });
  let docControls: Control[] = [];
  const refreshDocuments = () => {
    clear(docsBox);
    docControls = [];
    const docs = [...documents().values()];
    docsBox.append(h('legend', { text: `Documents (${docs.length})` }));
    if (docs.length <= 40) {
      for (const d of docs) {
        const testid = `filter-doc-${d.id}`;
        const input = h('input', { attrs: { type: 'checkbox', 'data-testid': testid } });
        input.addEventListener('change', () => {
          const all = [...documents().keys()];
          const current = store.get().docs ?? all;
          const next = toggle(current, d.id, input.checked);
          set({ docs: next.length === all.length ? null : next });
        });
        docControls.push({ sync: (s) => (input.checked = !s.docs || s.docs.includes(d.id)) });
        docsBox.append(
          h('label', { attrs: { title: d.id } }, input, `${d.title ?? d.id}${d.date ? ` (${d.date})` : ''}`),
        );
      }
    }
    const dates = docs
      .map((d) => d.date)
      .filter((d): d is string => !!d)
      .sort();
    if (dates.length) {
      from.min = to.min = dates[0]!;
      from.max = to.max = dates[dates.length - 1]!;
      docsBox.append(h('div', { class: 'row' }, from, '–', to));
    }
    for (const c of docControls) c.sync(store.get());
  };

  const display = h('fieldset', {}, h('legend', { text: 'Display' }));
  const select = (
    testid: string,
    label: string,
    options: [string, string][],
    get: (s: ViewState) => string,
    put: (v: string) => void,
  ) => {
    const el = h(
      'select',
      { attrs: { 'data-testid': testid, id: testid } },
      ...options.map(([v, t]) => h('option', { text: t, attrs: { value: v } })),
    );
    el.addEventListener('change', () => put(el.value));
    controls.push({ sync: (s) => (el.value = get(s)) });
    display.append(h('label', { attrs: { for: testid } }, `${label} `, el));
  };
  select(
    'size-by',
    'size by',
    [
      ['weighted', 'weighted degree'],
      ['degree', 'degree'],
      ['mentions', 'mentions'],
    ],
    (s) => s.sizeBy,
    (v) => set({ sizeBy: v as ViewState['sizeBy'] }),
  );
  select(
    'node-color',
    'node colour',
    [
      ['kind', 'entity kind'],
      ['community', 'community'],
    ],
    (s) => s.nodeColor,
    (v) => set({ nodeColor: v as ViewState['nodeColor'] }),
  );
  select(
    'edge-color',
    'edge colour',
    [
      ['polarity', 'polarity'],
      ['kind', 'stance kind'],
    ],
    (s) => s.edgeColor,
    (v) => set({ edgeColor: v as ViewState['edgeColor'] }),
  );
  select(
    'label-density',
    'labels',
    [
      ['few', 'few'],
      ['normal', 'normal'],
      ['many', 'many'],
    ],
    (s) => s.labels,
    (v) => set({ labels: v as ViewState['labels'] }),
  );

  const reset = h('button', {
    text: 'Reset filters',
    attrs: { type: 'button', 'data-testid': 'filter-reset' },
    on: {
      click: () => {
        const d = defaultViewState();
        const s = store.get();
        set({
          ...d,
          selection: s.selection,
          camera: s.camera,
          sizeBy: s.sizeBy,
          nodeColor: s.nodeColor,
          edgeColor: s.edgeColor,
          labels: s.labels,
        });
      },
    },
  });

  root.append(h('h2', { text: 'Filters' }), kinds, stances, polarity, modality, structure, docsBox, display, reset);
  const sync = (s: ViewState) => {
    for (const c of controls) c.sync(s);
    for (const c of docControls) c.sync(s);
  };
  sync(store.get());
  store.subscribe(sync);
  refreshDocuments();
  return { refreshDocuments, setIsolated: (count) => (isolatedCount.textContent = `(${count})`) };
}
