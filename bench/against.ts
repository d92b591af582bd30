// Builds another revision of the library beside this one, so a benchmark can time both in one
// run on the same machine state: `npm run bench -- --against <git-ref>`. The revision is
// checked out as a git worktree in the temporary directory, shares this checkout's
// node_modules and is compiled with its own tsconfig; nothing of it stays in the project.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Extractor {
  extractDocument(doc: { id: string; text: string }): { edges: unknown[] };
}

/** The `--against REF` argument, if any. */
export function againstRef(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--against');
  return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith('--against='))?.slice('--against='.length);
}

/** Compiles `ref` in a worktree and loads its extractor. */
export async function loadRevision(ref: string): Promise<{ extractor: Extractor; label: string }> {
  const root = resolve(import.meta.dirname, '..');
  const commit = execFileSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(mkdtempSync(join(tmpdir(), 'diplograph-bench-')), commit);
  execFileSync('git', ['worktree', 'add', '--detach', dir, commit], { cwd: root, stdio: 'ignore' });
  try {
    if (!existsSync(join(dir, 'node_modules')))
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
      cwd: dir,
      stdio: 'inherit',
    });
    const extractor = (await import(pathToFileURL(join(dir, 'dist/src/extract/index.js')).href)) as Extractor;
    return { extractor, label: commit };
  } finally {
    // The compiled modules are loaded: the worktree can go.
    execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: root, stdio: 'ignore' });
  }
}

/**
 * Builds another revision's viewer into a temporary directory and returns that directory (its
 * index.html is what `startServer({ root })` serves). The revision's files are taken with
 * `git archive`, so no worktree is registered; they share this checkout's node_modules.
 */
export function buildViewerOf(ref: string): { root: string; label: string } {
  const root = resolve(import.meta.dirname, '..');
  const commit = execFileSync('git', ['rev-parse', '--short', ref], { cwd: root, encoding: 'utf8' }).trim();
  const dir = join(mkdtempSync(join(tmpdir(), 'diplograph-bench-')), commit);
  mkdirSync(dir);
  const tar = execFileSync('git', ['archive', '--format=tar', commit, 'web', 'src', 'vite.config.ts', 'package.json'], {
    cwd: root,
    maxBuffer: 1 << 30,
  });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const vite = join(root, 'node_modules/vite/bin/vite.js');
  execFileSync(process.execPath, [vite, 'build', '--logLevel', 'error'], { cwd: dir, stdio: 'inherit' });
  return { root: join(dir, 'web', 'dist'), label: commit };
}
