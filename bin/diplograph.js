#!/usr/bin/env node
// Runs the compiled CLI (built by `npm run build`, which `prepare` runs on install).
import { main } from '../dist/src/cli/main.js';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`diplograph: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
