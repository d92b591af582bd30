// The timeline: when the documents carry dates, a month range under the graph (two sliders over
// a histogram of documents per month) that filters edges by the dates of their evidence, and a
// Play button that steps it month by month. It writes dateFrom/dateTo of the view state, so the
// range is in the URL (from, to) like every filter.
import type { DocumentInfo } from '../../../src/model/graph-file.js';
import { byId, clear, h } from '../dom.js';
import type { ViewStore } from '../state/store.js';
import type { ViewState } from '../state/view-state.js';

/** How long each month stays on screen while playing (ms). */
const PLAY_STEP = 900;

/** "2021-01" .. "2025-01", every month between the first and last dated document. */
export function monthsOf(documents: Iterable<DocumentInfo>): string[] {
  let first: string | null = null;
  let last: string | null = null;
  for (const d of documents) {
    if (!d.date) continue;
    const m = d.date.slice(0, 7);
    if (!first || m < first) first = m;
    if (!last || m > last) last = m;
  }
  if (!first || !last) return [];
  const out: string[] = [];
  let [y, mo] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const m = `${y}-${String(mo).padStart(2, '0')}`;
    out.push(m);
    if (m >= last) return out;
    mo++;
    if (mo > 12) {
      mo = 1;
      y++;
    }
  }
}

export const monthStart = (month: string) => `${month}-01`;
export function monthEnd(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return `${month}-${String(days).padStart(2, '0')}`;
}

export interface TimelinePanel {
  /** Rebuilds for a new graph: hidden when fewer than two months are dated. */
  refresh(documents: ReadonlyMap<string, DocumentInfo>): void;
}

export function mountTimeline(store: ViewStore): TimelinePanel {
  const root = byId('timeline');
  let months: string[] = [];
  let timer: ReturnType<typeof setInterval> | undefined;

  const from = h('input', {
    attrs: { type: 'range', min: 0, step: 1, 'data-testid': 'timeline-from', 'aria-label': 'first month' },
  });
  const to = h('input', {
    attrs: { type: 'range', min: 0, step: 1, 'data-testid': 'timeline-to', 'aria-label': 'last month' },
  });
  const label = h('span', {
    class: 'timeline-label',
    attrs: { 'data-testid': 'timeline-label', 'aria-live': 'polite' },
  });
  const play = h('button', {
    text: '▶ Play',
    attrs: { type: 'button', 'data-testid': 'timeline-play', 'aria-pressed': 'false' },
  });
  const all = h('button', {
    text: 'All',
    attrs: { type: 'button', title: 'Every month', 'data-testid': 'timeline-all' },
  });
  const bars = h('div', { class: 'timeline-bars', attrs: { 'aria-hidden': 'true' } });

  /** The month indexes a view state shows (the whole range when it has no dates). */
  const range = (s: ViewState): [number, number] => {
    const last = months.length - 1;
    const i = s.dateFrom ? months.findIndex((m) => monthEnd(m) >= s.dateFrom!) : 0;
    let j = s.dateTo ? months.findLastIndex((m) => monthStart(m) <= s.dateTo!) : last;
    if (j < 0) j = 0;
    return [Math.max(0, i < 0 ? last : i), Math.max(0, j)];
  };
  const apply = (i: number, j: number) => {
    const [a, b] = i <= j ? [i, j] : [j, i];
    const whole = a === 0 && b === months.length - 1;
    store.set({ dateFrom: whole ? null : monthStart(months[a]!), dateTo: whole ? null : monthEnd(months[b]!) });
  };
  const sync = (s: ViewState) => {
    if (!months.length) return;
    const [i, j] = range(s);
    from.value = String(i);
    to.value = String(j);
    label.textContent = i === j ? months[i]! : `${months[i]} – ${months[j]}`;
    bars.querySelectorAll<HTMLElement>('span').forEach((bar, k) => bar.classList.toggle('in', k >= i && k <= j));
  };
  const stop = () => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = '▶ Play';
    play.setAttribute('aria-pressed', 'false');
  };
  // Playing keeps the window's width and slides it a month at a time; from the whole range it
  // starts with the first month and grows, so the graph builds up as the months pass.
  const step = () => {
    const [i, j] = range(store.get());
    if (j >= months.length - 1) {
      stop();
      return;
    }
    if (playSlides) apply(i + 1, j + 1);
    else apply(i, j + 1);
  };
  let playSlides = false;
  play.addEventListener('click', () => {
    if (timer) {
      stop();
      return;
    }
    let [i, j] = range(store.get());
    if (i === 0 && j === months.length - 1) {
      j = 0;
      playSlides = false;
    } else if (j >= months.length - 1) {
      const width = j - i;
      i = 0;
      j = width;
      playSlides = true;
    } else playSlides = i > 0 || j - i < 2;
    apply(i, j);
    timer = setInterval(step, PLAY_STEP);
    play.textContent = '❚❚ Pause';
    play.setAttribute('aria-pressed', 'true');
  });
  all.addEventListener('click', () => {
    stop();
    apply(0, months.length - 1);
  });
  from.addEventListener('input', () => {
    stop();
    apply(Number(from.value), Math.max(Number(from.value), Number(to.value)));
  });
  to.addEventListener('input', () => {
    stop();
    apply(Math.min(Number(from.value), Number(to.value)), Number(to.value));
  });
  store.subscribe(sync);

  return {
    refresh(documents) {
      stop();
      months = monthsOf(documents.values());
      clear(root);
      root.hidden = months.length < 2;
      if (root.hidden) {
        root.removeAttribute('data-testid');
        return;
      }
      root.setAttribute('data-testid', 'timeline');
      const perMonth = new Map<string, number>();
      for (const d of documents.values())
        if (d.date) perMonth.set(d.date.slice(0, 7), (perMonth.get(d.date.slice(0, 7)) ?? 0) + 1);
      const peak = Math.max(1, ...perMonth.values());
      clear(bars);
      for (const m of months) {
        const n = perMonth.get(m) ?? 0;
        bars.append(
          h('span', {
            attrs: {
              style: `height:${Math.round((n / peak) * 100)}%`,
              title: `${m}: ${n} document${n === 1 ? '' : 's'}`,
            },
          }),
        );
      }
      for (const input of [from, to]) input.max = String(months.length - 1);
      const sliders = h('div', { class: 'timeline-sliders' }, bars, from, to);
      root.append(h('div', { class: 'timeline-head' }, play, all, label), sliders);
      sync(store.get());
    },
  };
}
