/** A mistake in how a command was called: printed without a stack trace, exit code 2. */
export class UsageError extends Error {
  readonly code = 'usage';
}

/** Values of a `--format` flag, checked against what the command supports. */
export function formatOption<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`Unexpected --format "${value}", expected one of ${allowed.join(', ')}`);
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
