import { parseArgs } from 'node:util';
import { ContentDirError } from '../src/model/load.ts';
import { approvalCommands } from './commands/approval-commands.ts';
import { check, checkHelp } from './commands/check.ts';
import { cycleCommands } from './commands/cycle.ts';
import { rollup, rollupHelp } from './commands/rollup.ts';
import { schema, schemaHelp } from './commands/schema.ts';
import { EXIT, processIo, UsageError, type Io } from './lib/cli.ts';

interface Command {
  summary: string;
  help: string;
  options: Record<string, { type: 'string' | 'boolean'; short?: string }>;
  run: (values: Record<string, string | boolean | undefined>, positionals: string[], io: Io) => Promise<number>;
}

const contentOption = { content: { type: 'string' as const } };
const str = (value: string | boolean | undefined) => (typeof value === 'string' ? value : undefined);

/** The CLI entry only parses flags and picks a command; commands live in scripts/commands/. */
const commands: Record<string, Command> = {
  check: {
    summary: 'validate the content and check that every figure adds up',
    help: checkHelp,
    options: { ...contentOption, format: { type: 'string' }, 'as-of': { type: 'string' } },
    run: (values, _, io) => check({ content: str(values['content']) ?? 'content', format: str(values['format']), asOf: str(values['as-of']) }, io),
  },
  rollup: {
    summary: 'print the roll-up company → unit → person → month',
    help: rollupHelp,
    options: { ...contentOption, format: { type: 'string' }, year: { type: 'string' } },
    run: (values, _, io) => rollup({ content: str(values['content']) ?? 'content', format: str(values['format']), year: str(values['year']) }, io),
  },
  schema: {
    summary: 'print the content format reference (Markdown) or JSON Schemas',
    help: schemaHelp,
    options: { format: { type: 'string' }, write: { type: 'boolean' }, check: { type: 'boolean' } },
    run: (values, _, io) => schema({ format: str(values['format']), write: values['write'] === true, check: values['check'] === true }, io),
  },
  ...cycleCommands,
  ...approvalCommands,
};

function mainHelp(): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    'plan — Planbook: the annual sales plan kept as code',
    '',
    'Usage: npm run --silent plan -- <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${command.summary}`),
    '',
    'Run plan <command> --help for the options of a command.',
  ].join('\n');
}

/** Runs the CLI and returns the exit code; the one place that maps errors to exit codes. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = commands[name];
  if (!command) {
    io.err(`plan: unknown command "${name}"\n\n${mainHelp()}`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if (values['help']) {
      io.out(command.help);
      return EXIT.ok;
    }
    return await command.run(values, positionals, io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ContentDirError || isParseArgsError(error)) {
      io.err(`plan ${name}: ${(error as Error).message}\nRun plan ${name} --help for usage.`);
      return EXIT.usage;
    }
    io.err(`plan ${name}: internal error: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env['PLANBOOK_DEBUG'] && error instanceof Error) io.err(error.stack ?? '');
    else io.err('This is a bug in Planbook, not in your content; set PLANBOOK_DEBUG=1 for details.');
    return EXIT.usage;
  }
}

function isParseArgsError(error: unknown): boolean {
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

if (import.meta.main) {
  // `plan check | head` closes the pipe early; that is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  process.exitCode = await main(process.argv.slice(2));
}
