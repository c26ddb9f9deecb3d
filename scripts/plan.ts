import { parseArgs } from 'node:util';
import { PlanbookError } from '../src/core/errors.ts';
import { commands } from './commands/index.ts';
import { EXIT, processIo, type Io } from './lib/cli.ts';

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
    return exitCodeOf(error, name, io);
  }
}

/**
 * The one place that maps errors to exit codes. A PlanbookError is the user's to fix: its message,
 * no stack, its exit code (2 adds where to find the usage). Anything else is a bug in Planbook:
 * exit 2 with one line, the stack only with PLANBOOK_DEBUG=1.
 */
function exitCodeOf(error: unknown, name: string, io: Io): number {
  if (isParseArgsError(error)) {
    io.err(`plan ${name}: ${(error as Error).message}\nRun plan ${name} --help for usage.`);
    return EXIT.usage;
  }
  if (error instanceof PlanbookError) {
    io.err(error.exitCode === EXIT.usage ? `plan ${name}: ${error.message}\nRun plan ${name} --help for usage.` : `plan ${name}: ${error.message}`);
    return error.exitCode;
  }
  if (isSystemError(error)) {
    // A file or folder the system refused (ENOENT, EACCES, EISDIR…): the path named is the user's to fix.
    io.err(`plan ${name}: ${error.message}`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`plan ${name}: internal error: ${message} (a bug in Planbook, not in your content; PLANBOOK_DEBUG=1 shows where)`);
  if (process.env['PLANBOOK_DEBUG'] && error instanceof Error && error.stack) io.err(error.stack);
  return EXIT.usage;
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
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
