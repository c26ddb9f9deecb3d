import { PlanbookError } from '../core/errors.ts';
import type { Text } from './messages.ts';

/**
 * The export cannot be read as sales lines (not a workbook, no header, an unknown --map field…).
 * Carries the message in both languages; `message` is the Chinese one, the CLI's default.
 */
export class ImportError extends PlanbookError {
  readonly code = 'import';
  readonly exitCode: 1 | 2;
  readonly text: Text;
  constructor(text: Text, exitCode: 1 | 2 = 1) {
    super(text.zh);
    this.text = text;
    this.exitCode = exitCode;
  }
}
