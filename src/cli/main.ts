// The `diplograph` command: dispatch to one module per sub-command.
// Each module exports `summary` (one line), `help` (full text) and `run(args): Promise<number>`.
// Exit codes: 0 ok, 1 failure or skipped input, 2 usage.

export interface Command {
  summary: string;
  help: string;
  run(args: string[]): Promise<number>;
}

// Loaded on demand, so `diplograph eval` does not pay for the worker pool or the server.
const LOADERS = {
  extract: () => import('./extract.js'),
  export: () => import('./export.js'),
  merge: () => import('./merge.js'),
  mentions: () => import('./mentions.js'),
  eval: () => import('./eval.js'),
  serve: () => import('./serve.js'),
} satisfies Record<string, () => Promise<Command>>;
type CommandName = keyof typeof LOADERS;
const COMMANDS = Object.keys(LOADERS) as CommandName[];

async function load(name: CommandName): Promise<Command> {
  return LOADERS[name]();
}

async function usage(): Promise<string> {
  const lines = ['Usage: diplograph <command> [options]', '', 'Commands:'];
  for (const name of COMMANDS) {
    const summary = await load(name).then(
      (c) => c.summary,
      () => '(not available)',
    );
    lines.push(`  ${name.padEnd(10)}${summary}`);
  }
  lines.push('', 'Run `diplograph <command> --help` for the options of a command.');
  return lines.join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${await usage()}\n`);
    return name ? 0 : 2;
  }
  if (name === '--version') {
    process.stdout.write('diplograph 0.1.0\n');
    return 0;
  }
  if (!(COMMANDS as readonly string[]).includes(name)) {
    process.stderr.write(`diplograph: unknown command "${name}"\n\n${await usage()}\n`);
    return 2;
  }
  const command = await load(name as CommandName);
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${command.help}\n`);
    return 0;
  }
  return command.run(args);
}
