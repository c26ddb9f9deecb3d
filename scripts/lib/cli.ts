import { PlanbookError } from '../../src/core/errors.ts';

/** A mistake in how a command was called: printed without a stack trace, exit code 2. */
export class UsageError extends PlanbookError {
  readonly code = 'usage';
  readonly exitCode = 2;
}

/** Exit codes of every command: the contract CI relies on. */
export const EXIT = { ok: 0, violations: 1, usage: 2 } as const;

/** The output stream; commands write through it so tests can capture it. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  cwd: string;
  /** True when stdout is a terminal (colour, progress). */
  tty: boolean;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
  tty: Boolean(process.stdout.isTTY),
};
