// The samples menu: the graphs bundled in graph-data/. Choosing one loads it and puts it in the
// URL (?graph=), so the link can be shared; another graph (dropped, pasted, ?graph=) shows as
// "other graph".
import { byId, h } from '../dom.js';

export interface Sample {
  url: string;
  title: string;
}

export const SAMPLES: readonly Sample[] = [
  { url: 'graph-data/kerry-moscow.json', title: 'Kerry in Moscow (1 article, 2015)' },
  { url: 'graph-data/wh-readouts.json', title: 'US diplomacy 2021–2025 (1,402 readouts)' },
];

export interface SamplesMenu {
  /** Shows which graph is open (a sample's URL, or anything else). */
  show(url: string | null): void;
}

export function mountSamples(open: (url: string) => void): SamplesMenu {
  const box = byId('samples-box');
  const select = byId<HTMLSelectElement>('samples');
  const other = h('option', { text: 'other graph', attrs: { value: '', disabled: true } });
  select.append(...SAMPLES.map((s) => h('option', { text: s.title, attrs: { value: s.url } })), other);
  select.addEventListener('change', () => {
    if (!select.value) return;
    const url = new URL(location.href);
    // A new graph starts from a clean view: only the page's own parameters survive.
    for (const key of [...url.searchParams.keys()]) if (key !== 'embed') url.searchParams.delete(key);
    url.searchParams.set('graph', select.value);
    history.replaceState(null, '', url.toString());
    open(select.value);
  });
  box.hidden = false;
  return {
    show: (url) => {
      const match = SAMPLES.find((s) => url !== null && (url === s.url || url.endsWith(`/${s.url}`)));
      select.value = match ? match.url : '';
    },
  };
}
