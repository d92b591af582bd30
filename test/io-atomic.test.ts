import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic, writeFilesAtomic } from '../src/io/atomic.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'diplograph-atomic-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes, replaces, creates missing directories and leaves no temporary file', async () => {
    const path = join(dir, 'deep', 'er', 'graph.json');
    await writeFileAtomic(path, 'first');
    await writeFileAtomic(path, 'second');
    expect(readFileSync(path, 'utf8')).toBe('second');
    expect(readdirSync(join(dir, 'deep', 'er'))).toEqual(['graph.json']);
  });

  it('leaves the target as it was and removes the temporary file when the rename fails', async () => {
    const target = join(dir, 'occupied');
    mkdirSync(join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, 'new')).rejects.toThrow();
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect(readdirSync(target)).toEqual(['child']);
  });

  it('writes several files into a directory', async () => {
    const written = await writeFilesAtomic(join(dir, 'csv'), { 'nodes.csv': 'a', 'edges.csv': 'b' });
    expect(written).toEqual([join(dir, 'csv', 'edges.csv'), join(dir, 'csv', 'nodes.csv')]);
    expect(readFileSync(join(dir, 'csv', 'nodes.csv'), 'utf8')).toBe('a');
  });
});
