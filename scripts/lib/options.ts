// Option and argument parsers shared by the commands: each returns the value or throws a UsageError
// whose message names the flag, what it got and what it expects.
import { today } from '../../src/core/dates.ts';
import { listText } from '../../src/core/messages.ts';
import { UsageError } from './cli.ts';
import { say } from './cli-messages.ts';

/** Values of a `--format` flag, checked against what the command supports. */
export function formatOption<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(say('error.format', { value, allowed: listText(allowed) }));
}

/** A calendar date YYYY-MM-DD given as `flag` (e.g. `--as-of`); today when not given. */
export function dateOption(flag: string, value: string | undefined): string {
  const date = value ?? today();
  // A real calendar day: Date.parse takes 2026-02-30 (as 2026-03-02), so the day must come back unchanged.
  const parsed = /^\d{4}-\d{2}-\d{2}$/.test(date) ? new Date(`${date}T00:00:00Z`) : undefined;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) throw new UsageError(say('error.date', { flag, value: date }));
  return date;
}

/** `2026` → 2026; undefined for anything else, so each command can say which argument it expected. */
export function parseYear(text: string | undefined): number | undefined {
  return text !== undefined && /^\d{4}$/.test(text) ? Number(text) : undefined;
}

/** A month written 1–12 or 01–12, e.g. the `<MM>` of plan new monthly-plan; `usage` says where it goes. */
export function monthArgument(text: string | undefined, usage: string): number {
  const month = Number(text);
  if (!text || !/^\d{1,2}$/.test(text) || month < 1 || month > 12) throw new UsageError(say('error.month', { usage, got: text ?? say('nothing') }));
  return month;
}

/** A lowercase id like `zhang-san` (people, units, customer groups), named `what` in the message. */
export function idArgument(text: string, what: string): string {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(text)) throw new UsageError(say('error.id', { what, value: text }));
  return text;
}
