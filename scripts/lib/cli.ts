import { PlanbookError } from '../../src/core/errors.ts';
import { LANGS, type Lang } from '../../src/core/lang.ts';
import type { Text } from '../../src/core/messages.ts';

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
  /** The reader's language (`--lang`, else PLANBOOK_LANG, else zh-CN); scripts/plan.ts sets it for every command. */
  lang?: Lang;
}

/** The language a command writes in: the one `plan` resolved, Chinese when a caller set none. */
export const langOf = (io: Io): Lang => io.lang ?? 'zh-CN';

/** `text` in the reader's language; a plain string (not yet in a catalogue) as it is. */
export const textFor = (io: Io, text: string | Text): string => (typeof text === 'string' ? text : langOf(io) === 'en' ? text.en : text.zh);

/**
 * The reader's language from `--lang` (zh-CN, zh or en), else the PLANBOOK_LANG environment variable,
 * else Chinese, the company's own (the org file needs no locale: every demo and real org is zh-CN).
 * Undefined for a value that is neither, so the caller can refuse it.
 */
export function resolveLang(flag: string | undefined, env: string | undefined): Lang | undefined {
  const value = flag ?? (env === '' ? undefined : env);
  if (value === undefined) return 'zh-CN';
  if (value === 'zh' || value.toLowerCase() === 'zh-cn') return 'zh-CN';
  return (LANGS as readonly string[]).includes(value) ? (value as Lang) : undefined;
}

export const processIo: Io = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
  cwd: process.cwd(),
  tty: Boolean(process.stdout.isTTY),
};
