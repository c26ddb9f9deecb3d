import { verbatim, type Text } from './messages.ts';

/**
 * The exit code an expected error ends a command with: 1 when the content or repository does not
 * allow what was asked (the user fixes a file), 2 when the command was called wrongly (a flag,
 * argument, folder or ref). `scripts/lib/cli-main.ts` is the one place that turns errors into exit codes.
 */
export type ErrorExitCode = 1 | 2;

/**
 * Base of every error a user can cause: a stable `code` callers branch on (as isomorphic-git does)
 * and the exit code the CLI returns. Anything thrown that is not a PlanbookError is a bug in
 * Planbook, reported as an internal error.
 */
export abstract class PlanbookError extends Error {
  abstract readonly code: string;
  abstract readonly exitCode: ErrorExitCode;
  /** The message in both languages; `message` is its English side (for logs and stack traces). */
  readonly text: Text;
  constructor(message: string | Text) {
    const text = typeof message === 'string' ? verbatim(message) : message;
    super(text.en);
    this.text = text;
  }
}
