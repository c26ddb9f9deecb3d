import { PlanbookError } from '../core/errors.ts';
import type { Text } from './messages.ts';

/**
 * The export cannot be read as sales lines (not a workbook, no header, an unknown --map field…).
 * Carries the message in both languages; the CLI prints the one the reader chose (`--lang`).
 */
export class ImportError extends PlanbookError {
  readonly code = 'import';
  readonly exitCode: 1 | 2;
  constructor(text: Text, exitCode: 1 | 2 = 1) {
    super(text);
    this.exitCode = exitCode;
  }
}
