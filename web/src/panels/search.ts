// Search over labels and aliases, accent- and case-insensitive: "Sergey" finds Sergei Lavrov
// through his alias. Enter selects the best match and opens its panel.
import type { DiploGraph } from '../../../src/model/graph.js';
import { foldName } from '../../../src/model/names.js';
import { ENTITY_COLORS } from '../../../src/model/vocab.js';
import { clear, h } from '../dom.js';

export const normalise = foldName;

interface Entry {
  key: string;
  label: string;
  names: string[];
  /** Normalised names, parallel to `names`. */
  norm: string[];
  weight: number;
}

export interface SearchHit {
  key: string;
  label: string;
  /** The alias that matched, when it is not the label. */
  via?: string;
  score: number;
}

export class SearchIndex {
  private entries: Entry[] = [];

  constructor(graph: DiploGraph) {
    graph.forEachNode((key, a) => {
      const names = [a.label, ...a.aliases];
      this.entries.push({
        key,
        label: a.label,
        names,
        norm: names.map(normalise),
        weight: a.mentions.length + graph.degree(key),
      });
    });
  }

  search(query: string, limit = 8, visible?: (key: string) => boolean): SearchHit[] {
    const q = normalise(query);
    if (!q) return [];
    const hits: SearchHit[] = [];
    for (const e of this.entries) {
      let best = 0;
      let via: string | undefined;
      e.norm.forEach((n, i) => {
        let s = 0;
        if (n === q) s = 100;
        else if (n.startsWith(q)) s = 80;
        else if (n.includes(` ${q}`)) s = 60;
        else if (n.includes(q)) s = 40;
        if (i > 0) s -= 5; // the label beats an alias of equal quality
        if (s > best) {
          best = s;
          via = i > 0 ? e.names[i] : undefined;
        }
      });
      if (best <= 0) continue;
      if (visible && !visible(e.key)) best -= 30;
      hits.push({ key: e.key, label: e.label, via, score: best + Math.min(19, Math.log2(1 + e.weight) * 3) });
    }
    hits.sort((a, b) => b.score - a.score || (a.label < b.label ? -1 : 1));
    return hits.slice(0, limit);
  }
}

export interface SearchBox {
  setIndex(index: SearchIndex, graph: DiploGraph): void;
}

export function mountSearch(
  input: HTMLInputElement,
  list: HTMLUListElement,
  onPick: (key: string) => void,
  visible: (key: string) => boolean,
): SearchBox {
  let index: SearchIndex | null = null;
  let graph: DiploGraph | null = null;
  let hits: SearchHit[] = [];
  let active = 0;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
  };
  const pick = (hit: SearchHit | undefined) => {
    if (!hit) return;
    close();
    input.value = hit.label;
    onPick(hit.key);
  };
  const render = () => {
    clear(list);
    hits.forEach((hit, i) => {
      const kind = graph?.hasNode(hit.key) ? graph.getNodeAttribute(hit.key, 'kind') : undefined;
      const li = h(
        'li',
        {
          attrs: { role: 'option', id: `search-hit-${i}`, 'aria-selected': i === active ? 'true' : 'false' },
          on: {
            mousedown: (ev) => {
              ev.preventDefault();
              pick(hit);
            },
          },
        },
        h('span', { class: 'swatch', attrs: { style: `background:${kind ? ENTITY_COLORS[kind] : '#999'}` } }),
        h('span', { text: hit.label }),
        hit.via ? h('span', { class: 'alias', text: `(${hit.via})` }) : null,
      );
      list.append(li);
    });
    list.hidden = hits.length === 0;
    input.setAttribute('aria-expanded', hits.length ? 'true' : 'false');
    if (hits.length) input.setAttribute('aria-activedescendant', `search-hit-${active}`);
    else input.removeAttribute('aria-activedescendant');
  };
  const update = () => {
    hits = index ? index.search(input.value, 8, visible) : [];
    active = 0;
    render();
  };

  input.addEventListener('input', update);
  input.addEventListener('focus', () => input.value && update());
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter') {
      ev.preventDefault();
      if (!hits.length) update();
      pick(hits[active]);
    } else if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      if (!hits.length) return;
      active = (active + (ev.key === 'ArrowDown' ? 1 : hits.length - 1)) % hits.length;
      render();
    } else if (ev.key === 'Escape') {
      close();
    }
  });

  return {
    setIndex(next, g) {
      index = next;
      graph = g;
      hits = [];
      close();
    },
  };
}
