import { describe, expect, it } from 'vitest';
import { parseMoney } from '../../src/core/money.ts';
import { moneyFormat } from '../../src/site/money.ts';

const en = moneyFormat('en');
const zh = moneyFormat('zh-CN');
const fen = (text: string) => {
  const parsed = parseMoney(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.fen;
};

describe('amounts for English readers', () => {
  it('summaries in millions of yuan, rounded to ¥10,000, so a column reads in one unit; whole yuan where that would be ¥0.00M', () => {
    expect(en.short(fen('1.2亿'))).toBe('¥120.00M');
    expect(en.short(fen('8,950.23万'))).toBe('¥89.50M');
    expect(en.short(fen('8,950.5万'))).toBe('¥89.51M');
    expect(en.short(fen('84万'))).toBe('¥0.84M');
    expect(en.short(fen('4,200'))).toBe('¥4,200');
    expect(en.short(fen('5,000'))).toBe('¥0.01M');
    expect(en.short(fen('99.9951万'))).toBe('¥1.00M');
    expect(en.short(fen('-250万'))).toBe('-¥2.50M');
    expect(en.short(0)).toBe('¥0');
  });

  it('detail tables exact in full yuan', () => {
    expect(en.detail(fen('440,123.50'))).toBe('¥440,123.50');
    expect(en.detail(fen('5,000万'))).toBe('¥50,000,000');
    expect(en.detail(fen('0.01'))).toBe('¥0.01');
    expect(en.delta(fen('20万'))).toBe('+¥200,000');
    expect(en.delta(-1)).toBe('\u2212¥0.01');
  });

  it('every exact English amount reads back to the same 分', () => {
    for (const amount of [1, 99, 44_012_350, 5_000_000_000, -123_456_789]) expect(fen(en.detail(amount))).toBe(amount);
  });

  it('Chinese pages keep 万', () => {
    expect(zh.short(fen('8,950.2345万'))).toBe('8,950.23万');
    expect(zh.detail(fen('440,123.50'))).toBe('440,123.50元');
  });
});
