// Atomic file writes: the content goes to a temporary file in the same directory, is flushed,
// then renamed over the target. A crash leaves the old file or the new one, never half of one.
import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A whole content, or a sequence of parts (a graph too large for one string). */
export type FileContent = string | Uint8Array | Iterable<string>;

export async function writeFileAtomic(path: string, content: FileContent): Promise<void> {
  const dir = dirname(path);
  await mkdir(dir, { recursive: true });
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', 0o644);
  try {
    try {
      if (typeof content === 'string' || content instanceof Uint8Array) await handle.writeFile(content);
      else for (const part of content) await handle.write(part);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** Several files into one directory (CSV: nodes.csv and edges.csv), each written atomically. */
export async function writeFilesAtomic(
  dir: string,
  files: Readonly<Record<string, string | Uint8Array>>,
): Promise<string[]> {
  const written: string[] = [];
  for (const name of Object.keys(files).sort()) {
    const path = join(dir, name);
    await writeFileAtomic(path, files[name]!);
    written.push(path);
  }
  return written;
}
