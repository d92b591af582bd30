// Viewer benchmark (`npm run bench:web`): a generated graph of 20,000 nodes and 100,000 edges in
// headless Chromium. Measures the time to the first frame, to apply a kind filter, to search,
// and the longest main-thread stall while ForceAtlas2 runs in its worker.
// Targets: first frame < 1.5 s, filter < 50 ms, no stall > 100 ms.
//
// `npm run bench:web -- --against <git-ref>[,<git-ref>]` builds those revisions' viewers too and times both in
// the same browser, alternating the order of the pages for BENCH_ROUNDS rounds (default 3), and prints medians:
// on a shared machine only numbers from one run are comparable.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/cli/serve.js';
import { syntheticGraph } from './web-graph.js';
import type { Browser } from 'playwright-core';
import { againstRef, buildViewerOf } from './against.js';
import { ensureViewerBuilt, launchChromium, readCounts, waitForGraph, ROOT } from '../test/browser-harness.js';

type Metrics = Record<string, number>;

/** Labels of the timings, in print order (ms). */
const LABELS: Record<string, string> = {
  firstFrame: 'first frame drawn (navigation start -> sigma afterRender)',
  fetched: '  of which: file fetched',
  json: '  of which: JSON.parse',
  validation: '  of which: schema validation',
  graphology: '  of which: graphology import',
  sigma: '  of which: sigma set-up (index + program data)',
  onScreen: 'first frame on screen (2 rAF after it; large graphs: nodes)',
  edgesDrawn: 'edges drawn (sigma afterRender with edges)',
  edgesOnScreen: 'edges on screen (2 rAF later)',
  filterApply: 'kind filter: apply (visibility + sigma state + counts), median',
  filterFrame: 'kind filter: until the frame after (2 rAF), median',
  filterEdges: 'kind filter: until its edges are on screen, median',
  searchResults: 'search: results for a query',
  searchEnter: 'search: Enter -> panel rendered',
  stallGap: 'FA2 running 5 s: longest gap between frames',
  stallTask: 'FA2 running 5 s: longest long task',
};

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One page load of the viewer at `url`: first frame, `filterRounds` kind filters off and on, a search. */
async function measure(
  browser: Browser,
  url: string,
  filterRounds: number,
  stall: boolean,
): Promise<{ metrics: Metrics; notes: string[] }> {
  const metrics: Metrics = {};
  const notes: string[] = [];
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  page.on('pageerror', (e) => console.error('page error:', e.message));
  try {
    await page.goto(url);
    await waitForGraph(page, 300_000);
    const marks = await page.evaluate<Record<string, number>>(
      `(async () => { await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const out = { painted: performance.now() };
        for (const m of performance.getEntriesByType('mark')) out[m.name.replace('diplograph:', '')] = m.startTime;
        return out; })()`,
    );
    metrics.firstFrame = marks['first-frame']!;
    metrics.fetched = marks.fetched!;
    metrics.json = marks.json! - marks.fetched!;
    metrics.validation = marks.validated! - marks.json!;
    metrics.graphology = marks.parsed! - marks.validated!;
    metrics.sigma = marks.sigma! - marks.parsed!;
    metrics.onScreen = marks['nodes-shown'] ?? marks.painted!;
    // Large graphs draw their edges once the first frame is on screen.
    const edges = await page.evaluate<[number, number]>(
      `(async () => { while (!performance.getEntriesByName('diplograph:edges-drawn').length) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return [performance.getEntriesByName('diplograph:edges-drawn')[0].startTime, performance.now()]; })()`,
    );
    metrics.edgesDrawn = edges[0];
    metrics.edgesOnScreen = edges[1];
    const [n, e] = await readCounts(page);
    notes.push(`${n} nodes · ${e} edges visible`);
    await page.waitForTimeout(1000);

    // Filter: the click handler applies visibility synchronously; then wait for the next frame.
    const filter = async (checked: boolean) =>
      page.evaluate(async (checked) => {
        const box = document.querySelector<HTMLInputElement>('[data-testid=filter-kind-person]')!;
        const t0 = performance.now();
        if (box.checked !== checked) box.click();
        const t1 = performance.now();
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const t2 = performance.now();
        // Large graphs draw the edges after that frame: wait for them too.
        // (No named functions in here: tsx's name helpers do not exist in the page.)
        while (!performance.getEntriesByName('diplograph:edges-drawn').some((m) => m.startTime > t0))
          await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return [t1 - t0, t2 - t0, performance.now() - t0];
      }, checked);
    const runs: number[][] = [];
    for (let i = 0; i < filterRounds; i++) {
      runs.push(await filter(false));
      runs.push(await filter(true));
    }
    metrics.filterApply = median(runs.map((r) => r[0]!));
    metrics.filterFrame = median(runs.map((r) => r[1]!));
    metrics.filterEdges = median(runs.map((r) => r[2]!));

    const search = await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid=search]')!;
      const t0 = performance.now();
      input.value = 'Sergei Actor 1234';
      input.dispatchEvent(new Event('input'));
      const t1 = performance.now();
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter' }));
      const t2 = performance.now();
      return [t1 - t0, t2 - t1, document.querySelector('#panel h2')?.textContent ?? ''];
    });
    metrics.searchResults = search[0] as number;
    metrics.searchEnter = search[1] as number;
    notes.push(`search opened "${search[2]}"`);
    if (!stall) return { metrics, notes };

    // ForceAtlas2 in its worker: probe the main thread with rAF gaps and long tasks.
    // A string, not a function: tsx's name helpers do not exist in the page.
    const probe = await page.evaluate<{
      maxGap: number;
      frames: number;
      maxLong: number;
      longCount: number;
    }>(`(async () => {
      const longtasks = [];
      const observer = new PerformanceObserver((list) => list.getEntries().forEach((en) => longtasks.push(en.duration)));
      observer.observe({ type: 'longtask', buffered: false });
      document.querySelector('[data-testid=layout]').click();
      let last = performance.now();
      let maxGap = 0;
      let frames = 0;
      const until = last + 5000;
      await new Promise((done) => {
        requestAnimationFrame(function probe() {
          const now = performance.now();
          maxGap = Math.max(maxGap, now - last);
          last = now;
          frames++;
          if (now < until) requestAnimationFrame(probe);
          else done();
        });
      });
      document.querySelector('[data-testid=layout]').click();
      observer.disconnect();
      return { maxGap, frames, maxLong: Math.max(0, ...longtasks), longCount: longtasks.length };
    })()`);
    metrics.stallGap = probe.maxGap;
    metrics.stallTask = probe.maxLong;
    notes.push(`FA2: ${probe.frames} frames, ${probe.longCount} long tasks`);
    return { metrics, notes };
  } finally {
    await page.close();
  }
}

/** Filters and searches to a tenth of a millisecond, page loads to the millisecond. */
function fmt(key: string, v: number | undefined): string {
  if (v === undefined || Number.isNaN(v)) return '–';
  return `${v.toFixed(key.startsWith('filter') || key.startsWith('search') ? 1 : 0)} ms`;
}

async function main(): Promise<void> {
  const order = Number(process.env.BENCH_NODES ?? 20_000);
  const size = Number(process.env.BENCH_EDGES ?? 100_000);
  const ref = againstRef(process.argv);
  await ensureViewerBuilt();
  const viewers = [{ label: 'this tree', root: join(ROOT, 'web', 'dist') }];
  // Several revisions: `--against 24a6b35,main`.
  if (ref) viewers.unshift(...ref.split(',').map((r) => buildViewerOf(r)));
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-bench-'));
  const file = join(dir, 'big.json');
  writeFileSync(file, JSON.stringify(syntheticGraph(order, size)));
  const servers = await Promise.all(viewers.map((v) => startServer({ graph: file, root: v.root })));
  const browser = await launchChromium();
  const rounds = ref ? Number(process.env.BENCH_ROUNDS ?? 3) : 1;
  const results: { metrics: Metrics; notes: string[] }[][] = viewers.map(() => []);
  try {
    for (let r = 0; r < rounds; r++) {
      // Alternate which viewer goes first, so a drift in the machine's load hits both alike.
      const sequence = viewers.map((_, i) => i);
      if (r % 2 === 1) sequence.reverse();
      for (const i of sequence) results[i]!.push(await measure(browser, servers[i]!.url, ref ? 1 : 3, !ref));
    }
  } finally {
    await browser.close();
    await Promise.all(servers.map((s) => s.close()));
  }
  console.log(`viewer benchmark, ${order} nodes / ${size} edges, headless Chromium (software WebGL)`);
  if (!ref) {
    const { metrics, notes } = results[0]![0]!;
    for (const [k, label] of Object.entries(LABELS)) console.log(`  ${label.padEnd(64)} ${fmt(k, metrics[k])}`);
    for (const note of notes) console.log(`  ${note}`);
    return;
  }
  console.log(`medians of ${rounds} alternating page loads each:`);
  console.log(`  ${''.padEnd(64)} ${viewers.map((v) => v.label.padStart(12)).join(' ')}`);
  for (const [k, label] of Object.entries(LABELS)) {
    if (k.startsWith('stall')) continue;
    const cells = results.map((runs) => fmt(k, median(runs.map((run) => run.metrics[k]!))).padStart(12));
    console.log(`  ${label.padEnd(64)} ${cells.join(' ')}`);
  }
  results.forEach((runs, i) => console.log(`  ${viewers[i]!.label}: ${runs[0]!.notes.join('; ')}`));
}

await main();
