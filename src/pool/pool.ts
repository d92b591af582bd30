// Extraction over a stream of documents: batches go to a tinypool of worker threads (or run
// in this thread with --jobs 1), with a bounded number of batches in flight, so memory holds
// the graph being built, not the corpus. Results arrive in completion order: the merge is
// order-independent, so the graph does not depend on it.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { DocumentExtraction, SourceDocument } from '../model/extraction.js';
import extractBatch, { type ExtractResult, type ExtractTask } from './worker.js';

export interface PoolOptions {
  /** Worker threads; 1 runs in this thread. Default: the number of cores. */
  jobs?: number;
  actors?: string;
  /** A batch closes at this many documents ... */
  batchDocs?: number;
  /** ... or this many characters of text. */
  batchChars?: number;
}

/** What the caller attaches to each document and gets back with its result. */
export interface Pending<T> {
  doc: SourceDocument;
  meta: T;
}

export type Outcome<T> = { meta: T; extraction: DocumentExtraction } | { meta: T; id: string; error: string };

export function defaultJobs(): number {
  return Math.max(1, availableParallelism());
}

/**
 * Extracts every document of `input`, calling `onResult` for each as it completes. Items that
 * are not documents are handed to `onOther` in order with the documents read before them
 * (an item is passed on only after the documents before it are batched, not extracted).
 */
export class ExtractionPool<T> {
  private readonly jobs: number;
  private readonly batchDocs: number;
  private readonly batchChars: number;
  private pool: Tinypool | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private batch: Pending<T>[] = [];
  private batchSize = 0;
  private batches = 0;
  private held: Pending<T>[] | undefined;

  constructor(
    private readonly options: PoolOptions,
    private readonly onResult: (outcome: Outcome<T>) => void,
  ) {
    this.jobs = Math.max(1, options.jobs ?? defaultJobs());
    this.batchDocs = options.batchDocs ?? 64;
    this.batchChars = options.batchChars ?? 1 << 20;
  }

  /** Queues one document; resolves when there is room for more. */
  async push(doc: SourceDocument, meta: T): Promise<void> {
    this.batch.push({ doc, meta });
    this.batchSize += doc.text.length;
    if (this.batch.length >= this.batchDocs || this.batchSize >= this.batchChars) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.batch.length === 0) return;
    const batch = this.batch;
    this.batch = [];
    this.batchSize = 0;
    this.batches++;
    // The first batch waits: a single small input is extracted here, without starting threads.
    if (this.jobs > 1 && this.batches === 1) {
      this.held = batch;
      return;
    }
    if (this.held) {
      const held = this.held;
      this.held = undefined;
      await this.dispatch(held);
    }
    await this.dispatch(batch);
  }

  private async dispatch(batch: Pending<T>[]): Promise<void> {
    const limit = this.jobs * 2;
    while (this.inFlight.size >= limit) await Promise.race(this.inFlight);
    const task: ExtractTask = { docs: batch.map((p) => p.doc) };
    if (this.options.actors) task.actors = this.options.actors;
    const run = this.runTask(task).then((results) => this.deliver(batch, results));
    const tracked = run.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
    // Surface a failure at the next await instead of as an unhandled rejection.
    tracked.catch(() => undefined);
  }

  private deliver(batch: Pending<T>[], results: ExtractResult[]): void {
    results.forEach((r, i) => {
      const meta = batch[i]!.meta;
      this.onResult(r.ok ? { meta, extraction: r.extraction } : { meta, id: r.id, error: r.error });
    });
  }

  private runTask(task: ExtractTask): Promise<ExtractResult[]> {
    if (this.jobs === 1) return extractBatch(task);
    this.pool ??= new Tinypool({
      filename: new URL('./worker.js', import.meta.url).href,
      minThreads: this.jobs,
      maxThreads: this.jobs,
    });
    return this.pool.run(task) as Promise<ExtractResult[]>;
  }

  /** Extracts what is left and waits for every result; then stops the threads. */
  async finish(): Promise<void> {
    try {
      await this.flush();
      if (this.held) {
        // Everything fitted in one batch: run it here.
        const held = this.held;
        this.held = undefined;
        const task: ExtractTask = { docs: held.map((p) => p.doc) };
        if (this.options.actors) task.actors = this.options.actors;
        this.deliver(held, await extractBatch(task));
      }
      await Promise.all(this.inFlight);
    } finally {
      await this.close();
    }
  }

  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    if (pool) await pool.destroy();
  }
}
