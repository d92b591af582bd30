// A crash mid-write never leaves half a file: processes that write outputs are killed
// (SIGKILL) at seeded pseudo-random points, and the previous output must still be there, whole
// and valid, every time. The seed is printed; HARDENING_SEED=<n> replays a failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentGraph } from '../src/graph/build.js';
import { serializeGraph } from '../src/io/write-json.js';
import { parseGraphFile } from '../src/model/validate.js';
import { extractionA } from './fixtures/export-sample.js';
import { seededRandom } from '../src/graph/seeded.js';

const SEED = Number(process.env.HARDENING_SEED ?? 0x5eed) >>> 0;

let dir: string;
const at = (...p: string[]) => join(dir, ...p);
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-crash-'));
  console.log(`hardening-crash: seed ${SEED} (replay with HARDENING_SEED=${SEED})`);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * Runs `args` with node and kills it with SIGKILL: `ms` after it starts, or, with `afterLines`,
 * as soon as it has printed that many lines (then what the assertions count does not depend
 * on how fast the machine is: a loaded one only takes longer to get there).
 */
function runAndKill(args: string[], ms: number, afterLines = 0): Promise<{ killed: boolean; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let timer: NodeJS.Timeout | undefined;
    const arm = () => (timer ??= setTimeout(() => child.kill('SIGKILL'), ms));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      if (afterLines > 0 && stdout.split('\n').length - 1 >= afterLines) arm();
    });
    child.stderr.resume();
    if (afterLines === 0) arm();
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(timer);
      resolve({ killed: signal === 'SIGKILL', stdout });
    });
  });
}

/** A valid graph file of about `chars` characters (its document text makes it large). */
function bigGraphFile(chars: number, fill: string): string {
  const ex = extractionA();
  const text = ex.document.text! + fill.repeat(chars);
  return serializeGraph(documentGraph({ ...ex, document: { ...ex.document, chars: text.length, text } }));
}

describe('atomic writes under SIGKILL', () => {
  it('a process writing the same file in a loop, killed at random points, never leaves it broken', async () => {
    const random = seededRandom(SEED);
    const a = bigGraphFile(3_000_000, 'a');
    const b = bigGraphFile(3_000_000, 'b');
    writeFileSync(at('a.json'), a);
    writeFileSync(at('b.json'), b);
    const target = at('out', 'graph.json');
    mkdirSync(at('out'));
    writeFileSync(target, a);
    let writes = 0;
    for (let round = 0; round < 8; round++) {
      // Killed after a seeded number of finished writes (the loop is then inside the next one),
      // plus a seeded delay of a few milliseconds to vary where in that write the kill lands.
      const lines = 1 + Math.floor(random() * 4);
      const ms = Math.floor(random() * 20);
      const { killed, stdout } = await runAndKill(
        ['test/fixtures/atomic-loop.mjs', target, at('a.json'), at('b.json')],
        ms,
        lines,
      );
      expect(killed, `round ${round} (seed ${SEED}): the loop never ends, it must have been killed`).toBe(true);
      writes += stdout.split('\n').filter(Boolean).length;
      const content = readFileSync(target, 'utf8');
      expect(
        content === a || content === b,
        `round ${round} (seed ${SEED}, killed at ${ms} ms): the file is neither version`,
      ).toBe(true);
      parseGraphFile(content, target);
    }
    // The kills did land between and during writes, not only before the first one.
    expect(writes).toBeGreaterThan(0);
  }, 60_000);

  it('diplograph extract -o and --shard, killed at random points, leave the previous outputs whole', async () => {
    const random = seededRandom(SEED ^ 0x9e3779b9);
    const lines: string[] = [];
    const sentences = [
      'Russian Foreign Minister Sergei Lavrov met U.S. Secretary of State John Kerry in Moscow.',
      '"We will not accept this," Lavrov said.',
      'Turkey criticised the Kurdish forces in Syria, according to the Foreign Ministry.',
      'NATO Secretary General Jens Stoltenberg warned Russia.',
    ];
    for (let i = 0; i < 800; i++)
      lines.push(
        JSON.stringify({
          id: `doc-${i}`,
          text: `${sentences[i % 4]} ${sentences[(i + 1) % 4]} ${sentences[(i + 2) % 4]}`,
        }),
      );
    writeFileSync(at('corpus.jsonl'), `${lines.join('\n')}\n`);
    const out = at('graph.json');
    const shards = at('shards');
    const args = [
      'bin/diplograph.js',
      'extract',
      at('corpus.jsonl'),
      '--jobs',
      '1',
      '--quiet',
      '-o',
      out,
      '--shard',
      shards,
    ];
    const t0 = performance.now();
    const first = spawnSync(process.execPath, args, { encoding: 'utf8' });
    const full = performance.now() - t0;
    expect(first.status, first.stderr).toBe(0);
    const expected = readFileSync(out, 'utf8');
    const [shardFile] = readdirSync(shards);
    expect(shardFile).toMatch(/^corpus-[0-9a-f]{12}\.json$/);
    const shard = join(shards, shardFile!);
    const expectedShard = readFileSync(shard, 'utf8');
    parseGraphFile(expected);
    for (let round = 0; round < 4; round++) {
      // Anywhere from start-up to the end of the write (the output is the same bytes every run).
      const ms = Math.floor(100 + random() * full);
      await runAndKill(args, ms);
      const content = readFileSync(out, 'utf8');
      expect(
        content === expected,
        `round ${round} (seed ${SEED}, killed at ${ms} ms of ${Math.round(full)}): ${out} changed`,
      ).toBe(true);
      expect(existsSync(shard) && readFileSync(shard, 'utf8') === expectedShard).toBe(true);
    }
  }, 240_000);
});
