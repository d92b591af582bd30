// `extract --part I/N`: each of N processes (a SLURM array task, a Kubernetes indexed pod) is
// given the same inputs and keeps the documents whose id hashes into its part, so nobody has
// to split the corpus first. The hash is of the document id alone, never of the machine, the
// input order or the other inputs, so every process agrees on who owns a document.
import { createHash } from 'node:crypto';
import { UsageError } from './args.js';

/** Part `index` (0-based) of `count`. */
export interface Part {
  index: number;
  count: number;
}

/**
 * The part (0 <= part < count) a document id belongs to: the first four bytes of the SHA-1 of
 * its UTF-8 bytes, read as a big-endian unsigned integer, modulo `count`. SHA-1 rather than a
 * short hash because every language has it, so a user can predict a part outside Node:
 * `int(hashlib.sha1(id.encode()).hexdigest()[:8], 16) % count` in Python.
 */
export function partOf(id: string, count: number): number {
  return createHash('sha1').update(id, 'utf8').digest().readUInt32BE(0) % count;
}

export function inPart(id: string, part: Part): boolean {
  return partOf(id, part.count) === part.index;
}

/** `--part I/N` with 0 <= I < N, or undefined when absent. */
export function parsePart(value: string | undefined): Part | undefined {
  if (value === undefined) return undefined;
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(value);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index >= count) {
    throw new UsageError(`--part expects I/N with 0 <= I < N, got "${value}"`);
  }
  return { index, count };
}
