/**
 * `claimlens` — the editors' command line. Each subcommand lives in its own file and exports
 * `run(args, io) -> exit code`.
 */
import type { CliIo } from './io';
import { nodeIo } from './io';

type Command = (args: string[], io: CliIo) => Promise<number>;

const COMMANDS: Record<string, { summary: string; load: () => Promise<Command> }> = {
  figures: {
    summary: 'find the figures in text (table, or --jsonl from stdin)',
    load: async () => (await import('./figures')).run,
  },
  scan: {
    summary: 'scan saved pages: the annotations the extension would show',
    load: async () => (await import('./scan')).run,
  },
  corpus: {
    summary: 'load saved pages in Chromium with the extension and check its invariants',
    load: async () => (await import('./corpus')).run,
  },
  dataset: {
    summary: 'check, build or export claims datasets',
    load: async () => (await import('./dataset')).run,
  },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  claimlens ${name.padEnd(8)} ${c.summary}`);
  return `usage:\n${lines.join('\n')}\n`;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    io.stdout(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.stderr(`claimlens: unknown command '${name}'\n${usage()}`);
    return 2;
  }
  return (await command.load())(rest, io);
}

main(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`claimlens: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
