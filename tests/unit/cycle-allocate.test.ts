import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocate, allocateEvenly, AllocationError } from '../../src/cycle/allocate.ts';
import { parseMoney, sumFen } from '../../src/core/money.ts';

const fen = (text: string) => {
  const parsed = parseMoney(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.fen;
};

describe('largest-remainder allocation', () => {
  it('gives 1分 across 3 people to the first, and the parts add up', () => {
    expect(allocateEvenly(1, 3)).toEqual([1, 0, 0]);
  });

  it('splits 100万 across 7 months to the 分 with nothing lost', () => {
    const parts = allocateEvenly(fen('100万'), 7);
    expect(sumFen(parts)).toBe(fen('100万'));
    expect(parts).toEqual([14_285_715, 14_285_715, 14_285_714, 14_285_714, 14_285_714, 14_285_714, 14_285_714]);
  });

  it('follows a seasonality profile with decimal weights exactly', () => {
    const profile = [7, 4, 8, 8, 8.5, 9, 7.5, 7.5, 9, 8, 10, 13.5];
    const parts = allocate(fen('1,146万'), profile);
    expect(sumFen(parts)).toBe(fen('1,146万'));
    expect(parts[4]).toBe(fen('97.41万'));
    expect(parts[1]).toBe(fen('45.84万'));
  });

  it('weighs by last year’s actuals in 分 without float error', () => {
    const parts = allocate(fen('3,000万'), [fen('1,153.34万'), fen('712.97万'), fen('398.18万')]);
    expect(sumFen(parts)).toBe(fen('3,000万'));
  });

  it('keeps a negative total negative and exact', () => {
    expect(allocateEvenly(-100, 3)).toEqual([-34, -33, -33]);
  });

  it('refuses weights that are all zero or not numbers', () => {
    expect(() => allocate(100, [0, 0])).toThrow(AllocationError);
    expect(() => allocate(100, ['-1', '2'])).toThrow(/expected a weight/);
  });

  it('always adds up, and no part is a whole 分 away from its exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.array(fc.integer({ min: 0, max: 10 ** 9 }), { minLength: 1, maxLength: 30 }), (total, weights) => {
        fc.pre(weights.some((weight) => weight > 0));
        const parts = allocate(total, weights);
        expect(sumFen(parts)).toBe(total);
        const sum = weights.reduce((a, b) => a + b, 0);
        parts.forEach((part, index) => expect(Math.abs(part - (total * (weights[index] ?? 0)) / sum)).toBeLessThan(1 + 1e-6));
      }),
    );
  });
});

describe('allocation at a granularity', () => {
  it('splits 272.2万 in whole 万 by 10 : 13.5, the odd 0.2万 to the larger part', () => {
    expect(allocate(272_200_000, ['10', '13.5'], 1_000_000)).toEqual([116_000_000, 156_200_000]);
  });

  it('splits in whole 1000元 steps with largest remainder, adding up exactly', () => {
    const parts = allocate(1_000_000_00, [1, 1, 1], 100_000);
    expect(parts).toEqual([33_400_000, 33_300_000, 33_300_000]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(1_000_000_00);
  });
});
