import { listText } from '../core/messages.ts';
import type { Weight } from './allocate.ts';
import { PlanbookError } from '../core/errors.ts';
import type { Text } from '../core/messages.ts';
import { say } from './cycle-messages.ts';

/** The value of `--weights` could not be read. */
export class WeightsError extends PlanbookError {
  readonly exitCode = 2;
  readonly code = 'weights';
}

/** Reads `--weights zhang-wei=3,li-na=2.5` into named weights, refusing duplicates and non-numbers. */
export function parseWeights(text: string): Map<string, Weight> {
  const weights = new Map<string, Weight>();
  for (const item of text.split(',').map((part) => part.trim()).filter(Boolean)) {
    const match = /^([^=\s]+)\s*=\s*(\d+(?:\.\d+)?)$/.exec(item);
    if (!match) throw new WeightsError(say('weights.item', { item }));
    const [, name = '', weight = ''] = match;
    if (weights.has(name)) throw new WeightsError(say('weights.twice', { name }));
    weights.set(name, weight);
  }
  if (weights.size === 0) throw new WeightsError(say('weights.none'));
  return weights;
}

/**
 * The weight of every part, in order. Every part must be named (0 is allowed) and every name must
 * be a part: a forgotten or misspelt name silently getting nothing is how spreadsheets go wrong.
 */
export function weightsFor(parts: readonly { key: string; aliases?: readonly string[] }[], weights: Map<string, Weight>, what: Text): Weight[] {
  const known = new Map<string, string>();
  for (const part of parts) for (const name of [part.key, ...(part.aliases ?? [])]) known.set(name, part.key);
  const byKey = new Map<string, Weight>();
  for (const [name, weight] of weights) {
    const key = known.get(name);
    if (key === undefined) throw new WeightsError(say('weights.unknown', { what, name, allowed: listText(parts.map((part) => part.key)) }));
    byKey.set(key, weight);
  }
  const missing = parts.filter((part) => !byKey.has(part.key)).map((part) => part.key);
  if (missing.length) throw new WeightsError(say('weights.missing', { names: listText(missing), what }));
  return parts.map((part) => byKey.get(part.key) ?? 0);
}
