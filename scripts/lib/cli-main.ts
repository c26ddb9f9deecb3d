// The `plan` CLI: flags, help and the one place errors become exit codes. Its entry point is
// scripts/plan.ts, which loads this module once start-up caches are in place.
import { parseArgs } from 'node:util';
import { PlanbookError } from '../../src/core/errors.ts';
import { commands } from '../commands/index.ts';
import { say } from './cli-messages.ts';
import { isParseArgsError, parseArgsText } from './parse-args-messages.ts';
import { systemErrorText } from './system-error-messages.ts';
import { EXIT, processIo, resolveLang, textFor, type Io } from './cli.ts';

function mainHelp(io: Io): string {
  const width = Math.max(...Object.keys(commands).map((name) => name.length));
  return [
    textFor(io, say('help.title')),
    '',
    textFor(io, say('help.usage')),
    '',
    textFor(io, say('help.commands')),
    ...Object.entries(commands).map(([name, command]) => `  ${name.padEnd(width)}  ${textFor(io, command.summary)}`),
    '',
    textFor(io, say('help.lang')),
    textFor(io, say('help.more')),
  ].join('\n');
}

/**
 * `--lang X` / `--lang=X` taken out of the arguments, wherever it stands (before or after the
 * command's name): a global option of every command.
 */
function takeLang(argv: readonly string[]): { flag: string | undefined; args: string[] } {
  let flag: string | undefined;
  const args: string[] = [];
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? '';
    if (arg === '--') {
      args.push(...argv.slice(index));
      break;
    }
    if (arg === '--lang' || arg.startsWith('--lang=')) {
      flag = arg === '--lang' ? (argv[index + 1] ?? '') : arg.slice('--lang='.length);
      if (arg === '--lang') index++;
      continue;
    }
    args.push(arg);
  }
  return { flag, args };
}

/** Runs the CLI and returns the exit code; the one place that maps errors to exit codes. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const { flag, args } = takeLang(argv);
  const command = args[0] === undefined ? undefined : commands[args[0]];
  const lang = resolveLang(flag, process.env['PLANBOOK_LANG']);
  if (!lang) {
    io.err(`plan: ${say('error.lang', { value: flag ?? process.env['PLANBOOK_LANG'] ?? '' }).en}\nplan: ${say('error.lang', { value: flag ?? process.env['PLANBOOK_LANG'] ?? '' }).zh}`);
    return EXIT.usage;
  }
  io = { ...io, lang };
  const [name, ...rest] = args;
  // `plan help check` is `plan check --help`.
  const asked = name === 'help' && rest[0] !== undefined ? commands[rest[0]] : undefined;
  if (asked) {
    io.out(textFor(io, await asked.help()));
    return EXIT.ok;
  }
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(mainHelp(io));
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  if (!command) {
    io.err(`plan: ${textFor(io, say('error.unknown-command', { name }))}\n\n${mainHelp(io)}`);
    return EXIT.usage;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: { ...command.options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    if (values['help']) {
      io.out(textFor(io, await command.help()));
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
  const usage = textFor(io, say('error.usage-hint', { name }));
  if (isParseArgsError(error)) {
    io.err(`plan ${name}: ${textFor(io, parseArgsText(error))}\n${usage}`);
    return EXIT.usage;
  }
  if (error instanceof PlanbookError) {
    const message = textFor(io, error.text);
    io.err(error.exitCode === EXIT.usage ? `plan ${name}: ${message}\n${usage}` : `plan ${name}: ${message}`);
    return error.exitCode;
  }
  if (isSystemError(error)) {
    // A file or folder the system refused (ENOENT, EACCES, EISDIR…): the path named is the user's to fix.
    io.err(`plan ${name}: ${textFor(io, systemErrorText(error))}`);
    return EXIT.usage;
  }
  const message = error instanceof Error ? error.message : String(error);
  io.err(`plan ${name}: ${textFor(io, say('error.internal', { message }))}`);
  if (process.env['PLANBOOK_DEBUG'] && error instanceof Error && error.stack) io.err(error.stack);
  return EXIT.usage;
}

function isSystemError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).syscall === 'string';
}
