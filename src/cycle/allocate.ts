import type { Fen } from '../core/money.ts';
import { PlanbookError } from '../core/errors.ts';
import { say } from './cycle-messages.ts';

/**
 * A weight as people write it: an integer (fen of last year's actuals) or a decimal such as the
 * seasonality profile's 8.5. Decimals are read digit by digit so a float never shapes an amount.
 */
export type Weight = number | bigint | string;

/** Thrown when weights cannot describe a split (all zero, negative, not a number). */
export class AllocationError extends PlanbookError {
  readonly exitCode = 1;
  readonly code = 'allocation';
}

/**
 * Splits `total` 分 in proportion to `weights` with the largest-remainder method: every part gets
 * the floor of its exact share, and the 分 left over go one each to the largest remainders
 * (ties to the earlier part). The parts always add up to `total` exactly.
 *
 * `step` (分, default 1) is the granularity: parts are whole multiples of it (1万 = 1,000,000), the
 * steps left over going to the largest remainders the same way. When `total` itself is not a
 * multiple of `step`, the odd amount below one step goes to the part with the largest weight (the
 * earlier on ties), so the parts still add up to `total`.
 */
export function allocate(total: Fen, weights: readonly Weight[], step: Fen = 1): Fen[] {
  if (!Number.isSafeInteger(total)) throw new AllocationError(say('allocate.not-whole', { value: String(total) }));
  if (!Number.isSafeInteger(step) || step < 1) throw new AllocationError(say('allocate.step', { value: String(step) }));
  if (weights.length === 0) throw new AllocationError(say('allocate.no-parts'));
  const scaled = toIntegers(weights);
  const sum = scaled.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new AllocationError(say('allocate.all-zero'));
  if (step > 1) {
    const steps = Math.trunc(total / step);
    const parts = allocate(steps, weights).map((part) => part * step);
    const largest = scaled.reduce((best, weight, index) => (weight > (scaled[best] ?? 0n) ? index : best), 0);
    parts[largest] = (parts[largest] ?? 0) + (total - steps * step);
    return parts;
  }
  const magnitude = BigInt(Math.abs(total));
  const floors = scaled.map((weight) => (magnitude * weight) / sum);
  const remainders = scaled.map((weight, index) => ({ index, rest: (magnitude * weight) % sum }));
  let left = magnitude - floors.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.rest === b.rest ? a.index - b.index : a.rest > b.rest ? -1 : 1));
  for (const { index } of remainders) {
    if (left === 0n) break;
    floors[index] = (floors[index] ?? 0n) + 1n;
    left--;
  }
  const sign = total < 0 ? -1 : 1;
  return floors.map((part) => sign * Number(part));
}

/** Equal shares: `allocate` with equal weights, so the odd 分 go to the first parts. */
export function allocateEvenly(total: Fen, parts: number): Fen[] {
  return allocate(total, Array.from({ length: parts }, () => 1));
}

/** Scales decimal weights to integers with a common power of ten. */
function toIntegers(weights: readonly Weight[]): bigint[] {
  const decimals = weights.map(decimalOf);
  const places = Math.max(...decimals.map((decimal) => decimal.fraction.length));
  return decimals.map(({ whole, fraction }) => BigInt(whole + fraction.padEnd(places, '0')));
}

function decimalOf(weight: Weight): { whole: string; fraction: string } {
  const text = typeof weight === 'string' ? weight.trim() : String(weight);
  const match = /^\+?(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) throw new AllocationError(say('allocate.weight', { value: JSON.stringify(text) }));
  return { whole: match[1] ?? '0', fraction: (match[2] ?? '').replace(/0+$/, '') };
}
