import { PlanbookError } from '../core/errors.ts';
import type { Text } from './messages.ts';

/**
 * The export cannot be read as sales lines (not a workbook, no header, an unknown --map field…).
 * Carries the message in both languages; `message` is the one in `lang`, Chinese by default.
 */
export class ImportError extends PlanbookError {
  readonly code = 'import';
  readonly exitCode: 1 | 2;
  readonly text: Text;
  constructor(text: Text, exitCode: 1 | 2 = 1, lang: keyof Text = 'zh') {
    super(text[lang]);
    this.text = text;
    this.exitCode = exitCode;
  }
}
