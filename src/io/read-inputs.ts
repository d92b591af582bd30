// Command-line inputs -> a stream of documents. Files, directories (recursively, in sorted
// order, so every run sees the same sequence) and `-` for stdin. JSONL and directories are
// iterated, never read whole. A bad input becomes a `skipped` item naming it and the reason;
// the good documents around it still go through.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { SourceDocument } from '../model/extraction.js';
import { InputError, decodeText } from './read-bytes.js';
import { parseJsonlLine, splitLines, tooLarge } from './read-jsonl.js';
import { readTxt } from './read-txt.js';

export type InputFormat = 'txt' | 'md' | 'html' | 'jsonl';

export interface InputFile {
  /** The path as the user wrote it (joined for files found in a directory); `-` is stdin. */
  path: string;
  /** Undefined for stdin: sniffed from its first bytes. */
  format?: InputFormat;
  /** Bytes, for progress; 0 when unknown (stdin). */
  size: number;
}

export type ReadItem =
  /** `warning`: read, but not as written (invalid UTF-8 replaced by U+FFFD, at a byte offset). */
  | { type: 'document'; source: string; line?: number; doc: SourceDocument; bytes: number; warning?: string }
  | { type: 'skipped'; source: string; line?: number; reason: string; bytes: number }
  /**
   * Every document of `source` has been yielded (per-file shards close on it); `digest` is the
   * SHA-256 of the bytes read from it (hex), so outputs named after it cannot collide.
   */
  | { type: 'end'; source: string; digest: string };

/** Length of the hex digest in names derived from content (48 bits: collisions are not a concern at corpus scale). */
export const DIGEST_CHARS = 12;

/** Passes chunks through, hashing them on the way. */
async function* hashing(chunks: AsyncIterable<Uint8Array>, hash: Hash): AsyncGenerator<Uint8Array> {
  for await (const c of chunks) {
    hash.update(c);
    yield c;
  }
}

const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

/** The format of a file by its extension; a file named explicitly with another one is text. */
export function formatOf(path: string): InputFormat | undefined {
  return EXTENSIONS[extname(path).toLowerCase()];
}

/** Document id of a file: its name without the extension. */
export function documentId(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext && ext !== name ? name.slice(0, -ext.length) : name;
}

export function describeFsError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory';
  return (err as Error).message;
}

export interface InputProblem {
  source: string;
  reason: string;
}

async function walk(dir: string, files: InputFile[], problems: InputProblem[], seen: Set<string>): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    problems.push({ source: dir, reason: describeFsError(err) });
    return;
  }
  const names = entries.filter((e) => !e.name.startsWith('.')).map((e) => e.name);
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const path = join(dir, name);
    let info;
    try {
      info = await stat(path);
    } catch (err) {
      problems.push({ source: path, reason: describeFsError(err) });
      continue;
    }
    if (info.isDirectory()) {
      // A symbolic link back up the tree would otherwise be walked forever.
      const id = `${info.dev}:${info.ino}`;
      if (seen.has(id)) continue;
      seen.add(id);
      await walk(path, files, problems, seen);
    } else {
      const format = formatOf(name);
      // Inside a directory only known formats are read: a corpus folder may hold other files.
      if (format && info.isFile()) files.push({ path, format, size: info.size });
    }
  }
}

/** Expands the command-line inputs into files, in order; missing paths become problems. */
export async function listInputs(args: readonly string[]): Promise<{ files: InputFile[]; problems: InputProblem[] }> {
  const files: InputFile[] = [];
  const problems: InputProblem[] = [];
  for (const arg of args) {
    if (arg === '-') {
      files.push({ path: '-', size: 0 });
      continue;
    }
    let info;
    try {
      info = await stat(arg);
    } catch (err) {
      problems.push({ source: arg, reason: describeFsError(err) });
      continue;
    }
    if (info.isDirectory()) await walk(arg, files, problems, new Set([`${info.dev}:${info.ino}`]));
    else files.push({ path: arg, format: formatOf(arg) ?? 'txt', size: info.size });
  }
  return { files, problems };
}

/**
 * One whole-file document (txt, md, html) from its text. The Markdown and HTML readers (front
 * matter, a DOM and Readability) load on the first such document: a run over text or JSONL
 * never pays for them.
 */
export async function parseDocument(
  format: Exclude<InputFormat, 'jsonl'>,
  id: string,
  text: string,
): Promise<SourceDocument> {
  switch (format) {
    case 'txt':
      return readTxt(id, text);
    case 'md':
      return (await import('./read-md.js')).readMarkdown(id, text);
    case 'html':
      return (await import('./read-html.js')).readHtml(id, text);
  }
}

/**
 * Why a document was skipped. A reader failing in a way nobody foresaw (a parser overflowing
 * its stack on a hostile file) skips that document too: one file never ends the run.
 */
function reasonOf(err: unknown): string {
  if (err instanceof InputError) return err.message;
  return `cannot read the document (${err instanceof Error ? err.message : String(err)})`;
}

async function* readJsonl(source: string, chunks: AsyncIterable<Uint8Array>, max: number): AsyncGenerator<ReadItem> {
  for await (const { line, bytes, tooLong } of splitLines(chunks, max)) {
    if (tooLong !== undefined) {
      yield { type: 'skipped', source, line, reason: tooLarge(tooLong, max), bytes: tooLong + 1 };
      continue;
    }
    try {
      let warning: string | undefined;
      const doc = parseJsonlLine(bytes, (w) => (warning = w));
      if (doc) yield { type: 'document', source, line, doc, bytes: bytes.length + 1, ...(warning ? { warning } : {}) };
    } catch (err) {
      yield { type: 'skipped', source, line, reason: reasonOf(err), bytes: bytes.length + 1 };
    }
  }
}

function sniff(bytes: Buffer): InputFormat {
  const head = bytes
    .subarray(0, 512)
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (head.startsWith('{')) return 'jsonl';
  if (head.startsWith('---')) return 'md';
  if (/^<(!doctype|html|head|body|article|p|div)\b/i.test(head)) return 'html';
  return 'txt';
}

/**
 * Stdin: JSONL (ids from its lines) or one document, whose id is `stdinId` or else derived from
 * its bytes (`stdin-<digest>`): two articles piped in by two runs get two ids, and the same
 * article twice gets one, so their graphs merge without mixing texts.
 */
async function* readStdin(
  stdin: AsyncIterable<Uint8Array>,
  stdinId: string | undefined,
  max: number,
  hash: Hash,
): AsyncGenerator<ReadItem> {
  const source = '-';
  const iterator = hashing(stdin, hash)[Symbol.asyncIterator]();
  const head: Buffer[] = [];
  let format: InputFormat | undefined;
  // Buffer until the first non-blank byte tells the format.
  for (;;) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(Buffer.from(next.value));
    const all = Buffer.concat(head);
    if (all.toString('utf8').trim() !== '' || all.length > 4096) {
      format = sniff(all);
      break;
    }
  }
  const rest = async function* () {
    yield* head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  };
  if (format === 'jsonl') {
    yield* readJsonl(source, rest(), max);
    return;
  }
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const c of rest()) {
    length += c.byteLength;
    // Past the limit the rest is only counted (read to the end, so the writer is not blocked).
    if (length <= max) chunks.push(Buffer.from(c));
    else chunks.length = 0;
  }
  if (length > max) {
    yield { type: 'skipped', source, reason: tooLarge(length, max), bytes: length };
    return;
  }
  const bytes = Buffer.concat(chunks);
  try {
    let warning: string | undefined;
    const text = decodeText(bytes, (w) => (warning = w));
    const id = stdinId ?? `stdin-${createHash('sha256').update(bytes).digest('hex').slice(0, DIGEST_CHARS)}`;
    const doc = await parseDocument(format === 'md' || format === 'html' ? format : 'txt', id, text);
    yield { type: 'document', source, doc, bytes: bytes.length, ...(warning ? { warning } : {}) };
  } catch (err) {
    const reason = reasonOf(err);
    yield { type: 'skipped', source, reason: reason === 'empty file' ? 'empty input' : reason, bytes: bytes.length };
  }
}

export async function* readInputFile(file: InputFile, options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const source = file.path;
  const max = options.maxDocumentBytes ?? Infinity;
  const hash = createHash('sha256');
  if (source === '-') {
    yield* readStdin(options.stdin ?? process.stdin, options.stdinId, max, hash);
  } else if (file.format === 'jsonl') {
    try {
      yield* readJsonl(source, hashing(createReadStream(source, { highWaterMark: 1 << 20 }), hash), max);
    } catch (err) {
      if (err instanceof InputError || !(err as NodeJS.ErrnoException).code) throw err;
      yield { type: 'skipped', source, reason: describeFsError(err), bytes: 0 };
    }
  } else if (file.size > max) {
    // Refused before reading: a 50 MB article is a mistake or an attack, not a news story.
    yield { type: 'skipped', source, reason: tooLarge(file.size, max), bytes: file.size };
  } else {
    let bytes: Buffer;
    try {
      bytes = await readFile(source);
    } catch (err) {
      yield { type: 'skipped', source, reason: describeFsError(err), bytes: 0 };
      yield { type: 'end', source, digest: hash.digest('hex') };
      return;
    }
    hash.update(bytes);
    try {
      if (bytes.length > max) throw new InputError(tooLarge(bytes.length, max));
      let warning: string | undefined;
      const text = decodeText(bytes, (w) => (warning = w));
      const doc = await parseDocument(file.format ?? 'txt', documentId(source), text);
      yield { type: 'document', source, doc, bytes: bytes.length, ...(warning ? { warning } : {}) };
    } catch (err) {
      yield { type: 'skipped', source, reason: reasonOf(err), bytes: bytes.length };
    }
  }
  yield { type: 'end', source, digest: hash.digest('hex') };
}

export interface ReadOptions {
  /** Stdin stream (tests pass their own). */
  stdin?: AsyncIterable<Uint8Array>;
  /** Document id for a whole document read from stdin (default: `stdin-` and a digest of its bytes). */
  stdinId?: string;
  /**
   * Documents larger than this many bytes (a file, a JSONL line, stdin) are skipped with
   * "document too large", without being held in memory. Default: no limit (the CLI sets one).
   */
  maxDocumentBytes?: number;
}

/** The CLI's default for `--max-doc-mb`. */
export const DEFAULT_MAX_DOCUMENT_MB = 5;

/**
 * Reads every input in order. Problems found while listing (missing paths) come first as
 * skipped items. A document id seen before is skipped: ids key the evidence of the graph.
 */
export async function* readInputs(args: readonly string[], options: ReadOptions = {}): AsyncGenerator<ReadItem> {
  const { files, problems } = await listInputs(args);
  for (const p of problems) yield { type: 'skipped', source: p.source, reason: p.reason, bytes: 0 };
  yield* readInputFiles(files, options);
}

export async function* readInputFiles(
  files: readonly InputFile[],
  options: ReadOptions = {},
): AsyncGenerator<ReadItem> {
  const seen = new Map<string, string>();
  for (const file of files) {
    for await (const item of readInputFile(file, options)) {
      if (item.type === 'document') {
        const first = seen.get(item.doc.id);
        if (first !== undefined) {
          yield {
            type: 'skipped',
            source: item.source,
            line: item.line,
            reason: `duplicate document id "${item.doc.id}" (first read from ${first})`,
            bytes: item.bytes,
          };
          continue;
        }
        seen.set(item.doc.id, item.source);
      }
      yield item;
    }
  }
}

/** `file:line` for messages. */
export function where(item: { source: string; line?: number }): string {
  const source = item.source === '-' ? '<stdin>' : item.source;
  return item.line !== undefined ? `${source}:${item.line}` : source;
}
