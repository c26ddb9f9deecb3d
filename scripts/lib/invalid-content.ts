import { PlanbookError } from '../../src/core/errors.ts';
import type { InvalidFile } from '../../src/model/invalid-files.ts';
import type { Io } from './cli.ts';

/** Figures were asked for while content files are invalid: their figures would be missing from every total. */
export class InvalidContentError extends PlanbookError {
  readonly code = 'invalid-content';
  readonly exitCode = 1;
}

const count = (n: number) => `${n} file${n === 1 ? '' : 's'} ${n === 1 ? 'is' : 'are'}`;

/** `file:line:column  reason [rule]`, one line per invalid file. */
export function invalidFileLines(files: readonly InvalidFile[]): string[] {
  return files.map(({ error }) => `  ${error.file}:${error.line}:${error.column}  ${error.message} [${error.rule}]`);
}

/**
 * The guard of every command that prints or writes figures. With invalid files it refuses (throws,
 * exit 1, listing them) unless `allowInvalid`; then it warns on stderr and returns the one-line
 * banner the output must carry. Undefined when every file is valid.
 */
export function guardFigures(files: readonly InvalidFile[], { allowInvalid, command, io }: { allowInvalid: boolean; command: string; io: Io }): string | undefined {
  if (files.length === 0) return undefined;
  if (!allowInvalid) {
    throw new InvalidContentError(
      [
        `refusing to print figures: ${count(files.length)} invalid and would be missing from every total and list:`,
        ...invalidFileLines(files),
        'Fix them (plan check lists every problem), or pass --allow-invalid to print the figures without them, marked incomplete.',
      ].join('\n'),
    );
  }
  io.err([`plan ${command}: warning: ${count(files.length)} invalid and left out of every figure below:`, ...invalidFileLines(files)].join('\n'));
  return invalidBanner(files);
}

/** The warning that heads output made with --allow-invalid (a CSV row, a sheet's first row, a line of text). */
export function invalidBanner(files: readonly InvalidFile[]): string {
  const shown = files.slice(0, 3).map((file) => file.error.file).join(', ');
  const more = files.length > 3 ? ` and ${files.length - 3} more` : '';
  return `⚠ 数据不完整 INCOMPLETE: ${files.length} invalid file${files.length === 1 ? '' : 's'} left out of every figure (${shown}${more}); run plan check`;
}
