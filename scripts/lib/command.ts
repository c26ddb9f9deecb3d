import type { Text } from '../../src/core/messages.ts';
import type { Io } from './cli.ts';

/** Parsed flags, as node:util parseArgs returns them. */
export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** One `plan` command: what `plan --help` lists, its flags, and the function that runs it. */
export interface Command {
  /** One line for `plan --help`; a Text from a catalogue shows in the reader's language. */
  summary: Text;
  /** `plan <command> --help`, in both languages: loaded when asked for (17 modules every other start would load). */
  help: () => Promise<Text>;
  options: Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;
  /** Returns the exit code; expected failures throw a PlanbookError, which scripts/lib/cli-main.ts maps. */
  run: (values: OptionValues, positionals: string[], io: Io) => Promise<number>;
}

export const stringOption = { type: 'string' } as const;
export const booleanOption = { type: 'boolean' } as const;
/** A string flag that may be given several times (`--map A=x --map B=y`). */
export const stringsOption = { type: 'string', multiple: true } as const;

/** The value of a string flag, undefined when absent. */
export const str = (value: string | boolean | string[] | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

/** The values of a repeatable string flag, [] when absent. */
export const strs = (value: string | boolean | string[] | undefined): string[] => (Array.isArray(value) ? value : typeof value === 'string' ? [value] : []);
