// Shared pieces of the sub-commands: option parsing with usage errors (exit 2), failures
// (exit 1), the one-line messages for skipped inputs, and stdout writes that wait for the pipe.
import { parseArgs, type ParseArgsConfig } from 'node:util';

/** Bad command line: the command prints it with a hint and exits 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type ParsedCommandArgs<O extends Options> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>;

export function parseCommandArgs<O extends Options>(args: string[], options: O): ParsedCommandArgs<O> {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

/** A positive integer option, or undefined when absent. */
export function intOption(name: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min)
    throw new UsageError(`--${name} expects an integer >= ${min}, got "${value}"`);
  return n;
}

/** Default of `--max-doc-mb`: larger documents are skipped (DESIGN: never an out-of-memory crash). */
export const DEFAULT_MAX_DOC_MB = 5;

export const MAX_DOC_HELP =
  '      --max-doc-mb N   skip documents larger than N MB ' +
  `(a file, a JSONL line, stdin; default ${DEFAULT_MAX_DOC_MB})`;

/** `--max-doc-mb N` in bytes (MB of 10^6 bytes; decimals allowed). */
export function maxDocBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_DOC_MB * 1e6;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n <= 0)
    throw new UsageError(`--max-doc-mb expects a number of MB > 0, got "${value}"`);
  return Math.round(n * 1e6);
}

export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw new UsageError(`--${name} expects one of ${allowed.join(', ')}, got "${value}"`);
  return value as T;
}

export function warn(line: string): void {
  process.stderr.write(`${line}\n`);
}

/** Runs a command body: usage errors exit 2, any other error exits 1, each with one line. */
export async function runCommand(name: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (err) {
    if (err instanceof UsageError) {
      warn(`diplograph ${name}: ${err.message}\nRun \`diplograph ${name} --help\` for the options.`);
      return 2;
    }
    warn(`diplograph ${name}: ${err instanceof Error ? err.message : String(err)}`);
    return 1;
  }
}

let pipeWatched = false;
let pipeClosed = false;

/** True once the reader of stdout has gone away (EPIPE): there is no point going on. */
export function stdoutClosed(): boolean {
  return pipeClosed;
}

/** Writes to stdout and waits until the data is handed to the pipe (a closed pipe is fine). */
export function writeStdout(data: string): Promise<void> {
  if (!pipeWatched) {
    pipeWatched = true;
    // `diplograph mentions corpus | head`: the reader left; stop quietly instead of crashing.
    process.stdout.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      pipeClosed = true;
    });
  }
  return new Promise((resolve, reject) => {
    process.stdout.write(data, (err) => {
      if (err && (err as NodeJS.ErrnoException).code !== 'EPIPE') reject(err);
      else {
        if (err) pipeClosed = true;
        resolve();
      }
    });
  });
}

export function megabytes(bytes: number): string {
  return (bytes / 1e6).toFixed(bytes < 1e6 ? 3 : bytes < 1e7 ? 2 : 1);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
