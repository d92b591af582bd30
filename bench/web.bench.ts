// Viewer benchmark (`npm run bench:web`): a generated graph of 20,000 nodes and 100,000 edges in
// headless Chromium. Measures the time to the first frame, to apply a kind filter, to search,
// and the longest main-thread stall while ForceAtlas2 runs in its worker.
// Targets: first frame < 1.5 s, filter < 50 ms, no stall > 100 ms.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../src/cli/serve.js';
import { syntheticGraph } from './web-graph.js';
import { ensureViewerBuilt, launchChromium, readCounts, waitForGraph } from '../test/browser-harness.js';

async function main(): Promise<void> {
  const order = Number(process.env.BENCH_NODES ?? 20_000);
  const size = Number(process.env.BENCH_EDGES ?? 100_000);
  await ensureViewerBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'diplograph-bench-'));
  const file = join(dir, 'big.json');
  writeFileSync(file, JSON.stringify(syntheticGraph(order, size)));
  const server = await startServer({ graph: file });
  const browser = await launchChromium();
  const results: Record<string, string> = {};
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.on('pageerror', (e) => console.error('page error:', e.message));
    await page.goto(server.url);
    await waitForGraph(page, 120_000);
    const marks = await page.evaluate<Record<string, number>>(
      `(async () => { await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        const out = { painted: performance.now() };
        for (const m of performance.getEntriesByType('mark')) out[m.name.replace('diplograph:', '')] = m.startTime;
        return out; })()`,
    );
    const ms = (v: number | undefined) => `${(v ?? NaN).toFixed(0)} ms`;
    results['first frame drawn (navigation start -> sigma afterRender)'] = ms(marks['first-frame']);
    results['  of which: file fetched'] = ms(marks.fetched);
    results['  of which: JSON.parse'] = ms(marks.json! - marks.fetched!);
    results['  of which: schema validation'] = ms(marks.validated! - marks.json!);
    results['  of which: graphology import'] = ms(marks.parsed! - marks.validated!);
    results['  of which: sigma set-up (index + program data)'] = ms(marks.sigma! - marks.parsed!);
    results['first frame on screen (2 rAF after it; large graphs: nodes)'] = ms(marks['nodes-shown'] ?? marks.painted);
    // Large graphs draw their edges once the first frame is on screen.
    const edges = await page.evaluate<[number, number]>(
      `(async () => { while (!performance.getEntriesByName('diplograph:edges-drawn').length) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return [performance.getEntriesByName('diplograph:edges-drawn')[0].startTime, performance.now()]; })()`,
    );
    results['edges drawn (sigma afterRender with edges)'] = ms(edges[0]);
    results['edges on screen (2 rAF later)'] = ms(edges[1]);
    const [n, e] = await readCounts(page);
    results['graph'] = `${n} nodes · ${e} edges visible`;
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
        while (!performance.getEntriesByName('diplograph:edges-drawn').some((m) => m.startTime > t0)) await new Promise((r) => setTimeout(r, 20));
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return [t1 - t0, t2 - t0, performance.now() - t0];
      }, checked);
    const runs: number[][] = [];
    for (let i = 0; i < 3; i++) {
      runs.push(await filter(false));
      runs.push(await filter(true));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    results['kind filter: apply (visibility + sigma state + counts), median'] = `${median(runs.map((r) => r[0]!)).toFixed(1)} ms`;
    results['kind filter: until the frame after (2 rAF), median'] = `${median(runs.map((r) => r[1]!)).toFixed(1)} ms`;
    results['kind filter: until its edges are on screen, median'] = `${median(runs.map((r) => r[2]!)).toFixed(0)} ms`;

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
    results['search: results for a query'] = `${(search[0] as number).toFixed(1)} ms`;
    results['search: Enter -> panel rendered'] = `${(search[1] as number).toFixed(1)} ms (${search[2]})`;

    // ForceAtlas2 in its worker: probe the main thread with rAF gaps and long tasks.
    // A string, not a function: tsx's name helpers do not exist in the page.
    const stall = await page.evaluate<{ maxGap: number; frames: number; maxLong: number; longCount: number }>(`(async () => {
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
    results['FA2 running 5 s: longest gap between frames'] = `${stall.maxGap.toFixed(0)} ms (${stall.frames} frames)`;
    results['FA2 running 5 s: longest long task'] = `${stall.maxLong.toFixed(0)} ms (${stall.longCount} long tasks)`;
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`viewer benchmark, ${order} nodes / ${size} edges, headless Chromium (software WebGL)`);
  for (const [k, v] of Object.entries(results)) console.log(`  ${k.padEnd(62)} ${v}`);
}

await main();
