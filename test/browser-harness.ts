// Shared by the browser tests and the viewer benchmark: build the viewer when it is missing or
// older than its sources, serve it with `diplograph serve`'s server, drive Debian's Chromium.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '..');
export const VIEWER = join(ROOT, 'web', 'dist', 'index.html');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function newest(dir: string): number {
  let t = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const p = join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }
  return t;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Builds web/dist once (a lock directory keeps parallel test files from building together). */
export async function ensureViewerBuilt(): Promise<void> {
  const stale = () => !existsSync(VIEWER) || statSync(VIEWER).mtimeMs < newest(join(ROOT, 'web'));
  if (!stale()) return;
  const lock = join(ROOT, 'web', '.build-lock');
  for (let i = 0; ; i++) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      if (i > 240) throw new Error('browser-harness: timed out waiting for another viewer build');
      await sleep(500);
    }
  }
  try {
    if (stale())
      execFileSync(
        process.execPath,
        [join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'error'],
        { cwd: ROOT, stdio: 'inherit' },
      );
  } finally {
    rmdirSync(lock);
  }
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

/** Waits until the viewer has drawn its first frame of a non-empty graph. */
export async function waitForGraph(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(() => document.body.dataset.rendered === 'true', undefined, { timeout });
}

/** "23 nodes · 31 edges" -> [23, 31] */
export async function readCounts(page: Page): Promise<[number, number]> {
  const text = (await page.getByTestId('counts').textContent()) ?? '';
  const m = /(\d+) nodes · (\d+) edges/.exec(text);
  if (!m) throw new Error(`browser-harness: unexpected counts "${text}"`);
  return [Number(m[1]), Number(m[2])];
}
