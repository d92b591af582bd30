// Extraction over a stream of documents: batches go to a tinypool of worker threads (or run
// in this thread with --jobs 1), with a bounded number of batches in flight, so memory holds
// the graph being built, not the corpus. Workers send back the raw graph parts of each batch
// (merged per group of documents, without the texts this thread already has), which are added
// to the caller's accumulators. Results arrive in completion order: the merge is
// order-independent, so the graph does not depend on it.
import { availableParallelism } from 'node:os';
import Tinypool from 'tinypool';
import type { GraphAccumulator } from '../graph/merge.js';
import type { SourceDocument } from '../model/extraction.js';
import { errorMessage, extractOptions, extractParts, type ExtractBatchResult, type ExtractTask } from './worker.js';

export interface PoolOptions {
  /** Worker threads; 1 runs in this thread. Default: `defaultJobs()`. */
  jobs?: number;
  actors?: string;
  /** Keep documents[].text (default true). */
  text?: boolean;
  /** A batch closes at this many documents ... */
  batchDocs?: number;
  /** ... or this many characters of text. */
  batchChars?: number;
  /** The worker module (default: the compiled worker.js beside this file). */
  workerUrl?: URL;
}

export type Outcome<T> = { meta: T } | { meta: T; id: string; error: string };

export interface PoolHandlers<T> {
  /** The accumulators a document's graph goes into (asked once, when the document is queued). */
  targets(meta: T): readonly GraphAccumulator[];
  /** Called for each document, in batches, once its graph is in its accumulators (or it failed). */
  onResult(outcome: Outcome<T>): void;
}

interface Pending<T> {
  doc: SourceDocument;
  meta: T;
  group: number;
}

interface Batch<T> {
  items: Pending<T>[];
  /** Per group: the accumulators its documents go into. */
  groups: (readonly GraphAccumulator[])[];
}

/**
 * Half the cores. One extracting thread keeps about one and a half cores busy: V8 compiles
 * the extractor and collects its garbage on helper threads beside it. On two cores a second
 * worker thread therefore finds no free core, and each thread warms its own compiled code, so
 * two threads were slower than one (README, Corpora).
 */
export function defaultJobs(): number {
  return Math.max(1, Math.floor(availableParallelism() / 2));
}

/**
 * Extracts every document pushed, adding its graph to the accumulators `targets` names and
 * then calling `onResult`, in completion order.
 */
export class ExtractionPool<T> {
  private readonly jobs: number;
  private readonly text: boolean;
  private readonly batchDocs: number;
  private readonly batchChars: number;
  private pool: Tinypool | undefined;
  private readonly inFlight = new Set<Promise<void>>();
  private batch: Batch<T> = { items: [], groups: [] };
  private groupIndex = new Map<string, number>();
  private batchSize = 0;
  private batches = 0;
  private held: Batch<T> | undefined;
  private readonly ids = new WeakMap<GraphAccumulator, number>();

  constructor(
    private readonly options: PoolOptions,
    private readonly handlers: PoolHandlers<T>,
  ) {
    this.jobs = Math.max(1, options.jobs ?? defaultJobs());
    this.text = options.text ?? true;
    this.batchDocs = options.batchDocs ?? 2048;
    this.batchChars = options.batchChars ?? 256 * 1024;
  }

  /** Documents with the same accumulators share a group (one set of parts per batch). */
  private groupOf(targets: readonly GraphAccumulator[]): number {
    const name = targets
      .map((acc) => {
        let id = this.ids.get(acc);
        if (id === undefined) this.ids.set(acc, (id = nextId++));
        return id;
      })
      .join(',');
    let g = this.groupIndex.get(name);
    if (g === undefined) {
      g = this.batch.groups.length;
      this.batch.groups.push(targets);
      this.groupIndex.set(name, g);
    }
    return g;
  }

  /** Queues one document; resolves when there is room for more. */
  async push(doc: SourceDocument, meta: T): Promise<void> {
    this.batch.items.push({ doc, meta, group: this.groupOf(this.handlers.targets(meta)) });
    this.batchSize += doc.text.length;
    if (this.batch.items.length >= this.batchDocs || this.batchSize >= this.batchChars) await this.flush(false);
  }

  private async flush(last: boolean): Promise<void> {
    if (this.batch.items.length === 0) return;
    const batch = this.batch;
    this.batch = { items: [], groups: [] };
    this.groupIndex = new Map();
    this.batchSize = 0;
    this.batches++;
    if (this.jobs > 1 && this.batches === 1) {
      // A single small input is extracted here, without starting threads. A full first batch
      // waits for the next: more is likely to come, and the threads start loading meanwhile.
      if (last) return this.dispatch(batch, true);
      this.held = batch;
      this.startPool();
      return;
    }
    if (this.held) {
      const held = this.held;
      this.held = undefined;
      await this.dispatch(held, false);
    }
    await this.dispatch(batch, this.jobs === 1);
  }

  private async dispatch(batch: Batch<T>, here: boolean): Promise<void> {
    const limit = this.jobs * 2;
    while (this.inFlight.size >= limit) await Promise.race(this.inFlight);
    const run = here ? this.runHere(batch) : this.runInPool(batch);
    const tracked = run.finally(() => this.inFlight.delete(tracked));
    this.inFlight.add(tracked);
    // Surface a failure at the next await instead of as an unhandled rejection.
    tracked.catch(() => undefined);
  }

  /** --jobs 1: extract in this thread, straight into the accumulators. */
  private async runHere(batch: Batch<T>): Promise<void> {
    const options = await extractOptions(this.options.actors);
    for (const { doc, meta, group } of batch.items) {
      let parts;
      try {
        parts = extractParts(doc, options, this.text);
      } catch (err) {
        this.handlers.onResult({ meta, id: doc.id, error: errorMessage(err) });
        continue;
      }
      for (const acc of batch.groups[group]!) acc.addParts(parts);
      this.handlers.onResult({ meta });
    }
  }

  private async runInPool(batch: Batch<T>): Promise<void> {
    const task: ExtractTask = { docs: batch.items.map((p) => p.doc), groups: batch.items.map((p) => p.group) };
    if (this.options.actors) task.actors = this.options.actors;
    const result = (await this.startPool().run(task)) as ExtractBatchResult;
    const texts = this.text ? new Map(batch.items.map((p) => [p.doc.id, p.doc.text])) : undefined;
    result.parts.forEach((parts, g) => {
      for (const acc of batch.groups[g] ?? []) acc.addParts(parts, texts);
    });
    batch.items.forEach(({ doc, meta }, i) => {
      const error = result.errors[i];
      this.handlers.onResult(error == null ? { meta } : { meta, id: doc.id, error });
    });
  }

  private startPool(): Tinypool {
    this.pool ??= new Tinypool({
      filename: (this.options.workerUrl ?? new URL('./worker.js', import.meta.url)).href,
      minThreads: this.jobs,
      maxThreads: this.jobs,
    });
    return this.pool;
  }

  /**
   * Extracts what is left and waits for every result; then starts stopping the threads, which
   * takes a while: the caller can build its graph meanwhile, and `close()` waits for them.
   */
  async finish(): Promise<void> {
    try {
      await this.flush(true);
      if (this.held) {
        // Everything fitted in one batch: run it here.
        const held = this.held;
        this.held = undefined;
        await this.runHere(held);
      }
      await Promise.all(this.inFlight);
    } finally {
      this.stopping ??= this.stop();
    }
  }

  private stopping: Promise<void> | undefined;

  private async stop(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    if (pool) await pool.destroy();
  }

  /** Stops the threads (if `finish` has not already) and waits until they are gone. */
  async close(): Promise<void> {
    this.stopping ??= this.stop();
    await this.stopping;
  }
}

let nextId = 0;
