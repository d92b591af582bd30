// Builds dist/ once before the tests: the CLI tests run the compiled command, as users do.
// Type errors are reported but do not stop the run (tsc still emits; `npm run typecheck` is
// the gate for types); a build that emits nothing does.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  const result = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    process.stderr.write(
      `global-setup: tsc reported errors (dist/ was still written):\n${result.stdout}${result.stderr}\n`,
    );
  }
  if (!existsSync('dist/src/cli/main.js'))
    throw new Error('global-setup: the build did not produce dist/src/cli/main.js');
}
