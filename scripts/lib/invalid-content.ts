import { PlanbookError } from '../../src/core/errors.ts';
import { invalidFiles, type InvalidFile } from '../../src/model/invalid-files.ts';
import type { LoadResult } from '../../src/model/load.ts';
import type { Lang } from '../../src/core/lang.ts';
import { listText, textIn } from '../../src/core/messages.ts';
import { langOf, type Io } from './cli.ts';
import { say } from './cli-messages.ts';

/** Figures were asked for while content files are invalid: their figures would be missing from every total. */
export class InvalidContentError extends PlanbookError {
  readonly code = 'invalid-content';
  readonly exitCode = 1;
}

/** `file:line:column  reason [rule]`, one line per invalid file, the reason in `lang`. */
export function invalidFileLines(files: readonly InvalidFile[], lang: Lang): string[] {
  return files.map(({ error }) => `  ${error.file}:${error.line}:${error.column}  ${textIn(error.message, lang)} [${error.rule}]`);
}

/**
 * The guard of every command that prints or writes figures. With invalid files it refuses (throws,
 * exit 1, listing them) unless `allowInvalid`; then it warns on stderr and returns the one-line
 * banner the output must carry. Undefined when every file is valid.
 */
export function guardFigures(files: readonly InvalidFile[], { allowInvalid, command, io }: { allowInvalid: boolean; command: string; io: Io }): string | undefined {
  if (files.length === 0) return undefined;
  const lang = langOf(io);
  if (!allowInvalid) {
    const inBoth = (side: Lang) => [textIn(say('invalid.refuse', { count: files.length }), side), ...invalidFileLines(files, side), textIn(say('invalid.refuse-hint'), side)].join('\n');
    throw new InvalidContentError({ zh: inBoth('zh-CN'), en: inBoth('en') });
  }
  io.err([textIn(say('invalid.warn', { command, count: files.length }), lang), ...invalidFileLines(files, lang)].join('\n'));
  return invalidBanner(files, lang);
}

/**
 * The warning that heads output made with --allow-invalid (a CSV row, a sheet's first row, a line of
 * text): it sends the reader to `plan check`. With `inCheck`, the same warning in `plan check`'s own
 * summary and JSON, which report the files' errors themselves.
 */
export function invalidBanner(files: readonly InvalidFile[], lang: Lang, inCheck = false): string {
  const shown = listText(files.slice(0, 3).map((file) => file.error.file));
  const more = files.length > 3 ? say('invalid.more', { more: files.length - 3 }) : { zh: '', en: '' };
  return textIn(say(inCheck ? 'invalid.banner-check' : 'invalid.banner', { count: files.length, files: shown, more }), lang);
}

/**
 * Refuses (exit 1, `file:line:column  reason [rule]`) when one of `paths` (inside the content folder),
 * a file the command takes its figures from, exists but is invalid: the model leaves it out, and the
 * command would otherwise call it missing.
 */
export function refuseInvalidSources(load: Pick<LoadResult, 'invalid' | 'diagnostics'>, paths: readonly string[]): void {
  const files = invalidFiles(load).filter((file) => paths.includes(file.path));
  if (files.length === 0) return;
  // No --allow-invalid hint: a figure taken from a file that could not be read would be a wrong figure.
  const inBoth = (side: Lang) => [textIn(say('invalid.source'), side), ...invalidFileLines(files, side)].join('\n');
  throw new InvalidContentError({ zh: inBoth('zh-CN'), en: inBoth('en') });
}
