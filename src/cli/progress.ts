// Progress on stderr: a bar (documents, MB, MB/s, ETA) when stderr is a terminal, and one
// plain summary line at the end either way. Messages printed during a run go above the bar.
import { createRequire } from 'node:module';
import type cliProgress from 'cli-progress';
import { megabytes } from './args.js';

/** The bar library, loaded only when there is a terminal to draw on (never in a pipeline). */
function loadBars(): typeof cliProgress {
  return createRequire(import.meta.url)('cli-progress') as typeof cliProgress;
}

export class Progress {
  private readonly started = process.hrtime.bigint();
  private readonly bars: cliProgress.MultiBar | undefined;
  private readonly bar: cliProgress.SingleBar | undefined;
  docs = 0;
  bytes = 0;
  skipped = 0;

  constructor(
    readonly command: string,
    private readonly totalBytes: number,
    enabled: boolean,
  ) {
    if (enabled && process.stderr.isTTY) {
      const bars = loadBars();
      this.bars = new bars.MultiBar(
        {
          stream: process.stderr,
          format: `${command} |{bar}| {docs} docs | {mb}/{totalMb} MB | {rate} MB/s | ETA {eta_formatted}`,
          hideCursor: true,
          clearOnComplete: true,
          etaBuffer: 50,
          fps: 5,
        },
        bars.Presets.shades_classic,
      );
      this.bar = this.bars.create(Math.max(1, totalBytes), 0, this.payload());
    }
  }

  seconds(): number {
    return Number(process.hrtime.bigint() - this.started) / 1e9;
  }

  private payload() {
    const s = this.seconds();
    return {
      docs: this.docs,
      mb: megabytes(this.bytes),
      totalMb: this.totalBytes > 0 ? megabytes(this.totalBytes) : '?',
      rate: s > 0 ? (this.bytes / 1e6 / s).toFixed(2) : '0.00',
    };
  }

  tick(docs: number, bytes: number): void {
    this.docs += docs;
    this.bytes += bytes;
    if (this.bar) {
      if (this.bytes > this.totalBytes) this.bar.setTotal(this.bytes);
      this.bar.update(this.bytes, this.payload());
    }
  }

  /** A line for the user (a skipped input): above the bar when there is one. */
  log(line: string): void {
    if (this.bars) this.bars.log(`${line}\n`);
    else process.stderr.write(`${line}\n`);
  }

  stop(): void {
    this.bars?.stop();
  }

  /** "extract: 120 documents, 1.23 MB in 2.1 s (0.59 MB/s), peak RSS 180 MB" */
  summary(): string {
    const s = this.seconds();
    const rss = process.resourceUsage().maxRSS / 1024;
    const rate = (this.bytes / 1e6 / Math.max(s, 1e-3)).toFixed(2);
    const docs = `${this.docs} document${this.docs === 1 ? '' : 's'}`;
    const time = `${megabytes(this.bytes)} MB in ${s.toFixed(1)} s (${rate} MB/s)`;
    return `${this.command}: ${docs}, ${time}, peak RSS ${rss.toFixed(0)} MB`;
  }
}
