import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { formatFen, formatFenDelta, parseMoney, sumFen } from '../../src/core/money.ts';
import type { Fen } from '../../src/core/money.ts';

const MAX = Number.MAX_SAFE_INTEGER;

function fenOf(input: unknown): Fen {
  const parsed = parseMoney(input);
  if (!parsed.ok) throw new Error(`expected ${String(input)} to parse, got: ${parsed.message}`);
  return parsed.fen;
}

function messageOf(input: unknown): string {
  const parsed = parseMoney(input);
  if (parsed.ok) throw new Error(`expected ${String(input)} to be rejected, got ${parsed.fen} 分`);
  return parsed.message;
}

describe('parseMoney accepts', () => {
  it.each<[string, unknown, Fen]>([
    ['YAML integer', 1200000, 120000000],
    ['zero', 0, 0],
    ['negative zero', -0, 0],
    ['negative integer', -50, -5000],
    ['YAML float with one decimal', 1200000.5, 120000050],
    ['YAML float with two decimals', 0.01, 1],
    ['YAML float 0.1', 0.1, 10],
    ['negative YAML float', -12.34, -1234],
    ['YAML float with 15 significant digits', 1234567890123.45, 123456789012345],
    ['bigint', 12n, 1200],
    ['negative bigint', -5n, -500],
    ['bigint at the limit', 90071992547409n, 9007199254740900],
    ['plain digits', '1200000', 120000000],
    ['digits with decimals', '1200000.50', 120000050],
    ['thousands separators', '1,200,000.50', 120000050],
    ['thousands separators without decimals', '1,200', 120000],
    ['one decimal', '0.1', 10],
    ['trailing zeros past 分', '1.230', 123],
    ['万', '120万', 120000000],
    ['亿', '1.2亿', 12000000000],
    ['¥ 万元', '¥300万元', 300000000],
    ['full-width ￥', '￥300万元', 300000000],
    ['万元', '300万元', 300000000],
    ['¥ with separators', '¥1,200.50', 120050],
    ['元', '1200元', 120000],
    ['minus sign', '-50万', -50000000],
    ['U+2212 minus sign', '\u221250万', -50000000],
    ['plus sign', '+20万', 20000000],
    ['minus before ¥', '-¥20.00', -2000],
    ['surrounding whitespace', '  120万\t\n', 120000000],
    ['spaces between parts', '¥ 300 万 元', 300000000],
    ['万 with 1 decimal of 元', '1.23456万', 1234560],
    ['万 with 分', '1.234567万', 1234567],
    ['亿 with 分', '0.0000000001亿', 1],
    ['万 with separators', '12,000万', 12000000000],
    ['largest safe 分 in 万', '9,007,199,254.740991万', MAX],
    ['smallest safe 分 in yuan', '-¥90,071,992,547,409.91', -MAX],
    ['zero in 万', '0万', 0],
    ['negative zero string', '-0', 0],
  ])('%s: %o', (_name, input, fen) => {
    expect(parseMoney(input)).toEqual({ ok: true, fen });
  });

  it('never returns negative zero', () => {
    expect(Object.is(fenOf('-0.00'), 0)).toBe(true);
    expect(Object.is(fenOf(-0), 0)).toBe(true);
  });
});

describe('parseMoney rejects', () => {
  it.each<[string, string]>([
    ['empty', ''],
    ['whitespace only', '   '],
    ['words', 'abc'],
    ['doubled unit', '12万万'],
    ['two decimal points', '1.2.3'],
    ['unit alone', '万'],
    ['currency alone', '¥'],
    ['bad grouping', '1,20,000'],
    ['group of four', '1,2000'],
    ['grouping gap', '1200,000'],
    ['leading comma', ',100'],
    ['group after leading zero', '0,100'],
    ['trailing decimal point', '1.'],
    ['bare fraction', '.5'],
    ['exponent', '1e5'],
    ['two signs', '--5'],
    ['signs on both sides of ¥', '-¥-5'],
    ['元 before 万', '5元万'],
    ['space inside digits', '1 000'],
    ['trailing junk', '120万 approx'],
    ['full-width digits', '１２０万'],
    ['unknown unit', '12千'],
  ])('%s: %o', (_name, input) => {
    const message = messageOf(input);
    expect(message).toMatch(/^Unexpected .*expected an amount like 1200000, 1,200,000.50, 120万, 1.2亿 or ¥300万元/);
    if (input.trim() !== '') expect(message).toContain(JSON.stringify(input));
  });

  it.each<[string, string]>([
    ['1/10 分', '0.001'],
    ['fraction of 分 in 万', '1.2345678万'],
    ['fraction of 分 in 亿', '0.00000000001亿'],
    ['fraction of 分 with ¥', '¥1.005'],
  ])('finer than 分 (%s): %o', (_name, input) => {
    const message = messageOf(input);
    expect(message).toMatch(/whole number of 分/);
    expect(message).toContain(JSON.stringify(input));
  });

  it.each<[string, unknown, string]>([
    ['float 0.001', 0.001, '0.001'],
    ['float with exponent', 1e-7, '1e-7'],
    ['float sum artefact', 0.1 + 0.2, '0.30000000000000004'],
  ])('finer than 分 (%s)', (_name, input, shown) => {
    const message = messageOf(input);
    expect(message).toMatch(/whole number of 分/);
    expect(message).toContain(shown);
  });

  it.each<[string, unknown, string]>([
    ['string beyond 2^53 分', '90071992547409.92', '"90071992547409.92"'],
    ['negative string beyond 2^53 分', '-90071992547409.92', '"-90071992547409.92"'],
    ['万 beyond 2^53 分', '99999999999万', '"99999999999万"'],
    ['integer whose 分 is unsafe', 90071992547410, '90071992547410'],
    ['unsafe integer number', 2 ** 60, String(2 ** 60)],
    ['integer with exponent', 1e21, '1e+21'],
    ['bigint', 9007199254740993n, '9007199254740993'],
    ['bigint just past the limit', 90071992547410n, '90071992547410'],
  ])('too large (%s)', (_name, input, shown) => {
    const message = messageOf(input);
    expect(message).toMatch(/^Unexpected amount too large/);
    expect(message).toContain(shown);
  });

  it.each<[string, unknown, string]>([
    ['NaN', Number.NaN, 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity'],
    ['-Infinity', Number.NEGATIVE_INFINITY, '-Infinity'],
  ])('non-finite number %s', (_name, input, shown) => {
    const message = messageOf(input);
    expect(message).toMatch(/expected a finite amount/);
    expect(message).toContain(shown);
  });

  it.each<[string, unknown, string]>([
    ['true', true, 'Unexpected true'],
    ['false', false, 'Unexpected false'],
    ['null', null, 'Unexpected empty value'],
    ['undefined', undefined, 'Unexpected empty value'],
    ['object', { yuan: 1 }, 'Unexpected a mapping'],
    ['array', [1], 'Unexpected a list'],
    ['symbol', Symbol('x'), 'Unexpected a symbol'],
  ])('non-amount value %s', (_name, input, shown) => {
    const message = messageOf(input);
    expect(message).toMatch(/expected an amount like /);
    expect(message).toContain(shown);
  });

  it('quotes the input exactly as written in the usual message', () => {
    expect(messageOf('abc')).toBe('Unexpected "abc", expected an amount like 1200000, 1,200,000.50, 120万, 1.2亿 or ¥300万元');
  });
});

describe('formatFen', () => {
  it.each<[Fen, string]>([
    [0, '0'],
    [1, '0.000001万'],
    [150000, '0.15万'],
    [1000000, '1万'],
    [120000000, '120万'],
    [120000050, '120.00005万'],
    [12000000000, '12,000万'],
    [120000000000, '120,000万'],
    [-20000000, '-20万'],
    [-1, '-0.000001万'],
    [MAX, '9,007,199,254.740991万'],
  ])("'wan' %d → %s", (fen, text) => {
    expect(formatFen(fen)).toBe(text);
    expect(formatFen(fen, 'wan')).toBe(text);
  });

  it.each<[Fen, string]>([
    [0, '¥0.00'],
    [1, '¥0.01'],
    [99, '¥0.99'],
    [100, '¥1.00'],
    [120050, '¥1,200.50'],
    [1200000000, '¥12,000,000.00'],
    [-2000, '-¥20.00'],
    [-MAX, '-¥90,071,992,547,409.91'],
  ])("'yuan' %d → %s", (fen, text) => {
    expect(formatFen(fen, 'yuan')).toBe(text);
  });

  it.each<[Fen, string]>([
    [0, '0.00'],
    [5, '0.05'],
    [1200000000, '12000000.00'],
    [-2000, '-20.00'],
    [MAX, '90071992547409.91'],
  ])("'plain' %d → %s", (fen, text) => {
    expect(formatFen(fen, 'plain')).toBe(text);
  });

  it.each([0.5, Number.NaN, Number.POSITIVE_INFINITY, MAX + 1, -MAX - 1])('throws RangeError for %d', (fen) => {
    expect(() => formatFen(fen)).toThrow(RangeError);
    expect(() => formatFen(fen, 'yuan')).toThrow(RangeError);
    expect(() => formatFenDelta(fen)).toThrow(RangeError);
  });

  it('throws RangeError for an unknown style from an untyped caller', () => {
    expect(() => formatFen(100, 'usd' as 'yuan')).toThrow(RangeError);
  });
});

describe('formatFenDelta', () => {
  it.each<[Fen, string]>([
    [0, '0'],
    [20000000, '+20万'],
    [-20000000, '\u221220万'],
    [10000, '+0.01万'],
    [-10000, '\u22120.01万'],
    [9999, '+99.99元'],
    [1, '+0.01元'],
    [-1, '\u22120.01元'],
    [-150, '\u22121.50元'],
    [12000000000, '+12,000万'],
  ])('%d → %s', (fen, text) => {
    expect(formatFenDelta(fen)).toBe(text);
  });
});

const anySafe = fc.maxSafeInteger();
const fullRange = fc.integer({ min: -MAX, max: MAX });
const small = fc.integer({ min: -10_000_000, max: 10_000_000 });
const amounts = fc.oneof(anySafe, fullRange, small);

describe('round trips', () => {
  for (const style of ['wan', 'yuan', 'plain'] as const) {
    it(`parseMoney(formatFen(x, '${style}')) === x`, () => {
      fc.assert(
        fc.property(amounts, (fen) => {
          expect(parseMoney(formatFen(fen, style))).toEqual({ ok: true, fen });
        }),
        { numRuns: 2000 },
      );
    });
  }

  it('parseMoney(formatFenDelta(x)) === x', () => {
    fc.assert(
      fc.property(amounts, (fen) => {
        expect(parseMoney(formatFenDelta(fen))).toEqual({ ok: true, fen });
      }),
      { numRuns: 2000 },
    );
  });

  it('formats the safe-integer edges', () => {
    for (const fen of [MAX, -MAX, 1, -1, 0, 9999, 10000, 999999, 1000000]) {
      for (const style of ['wan', 'yuan', 'plain'] as const) {
        expect(fenOf(formatFen(fen, style))).toBe(fen);
      }
      expect(fenOf(formatFenDelta(fen))).toBe(fen);
    }
  });

  it('a float of yuan with up to 2 decimals parses to its exact 分 (15 significant digits)', () => {
    // 15 significant digits always survive a round trip through a double; beyond that the YAML
    // float itself has already lost the amount, so there is nothing exact to recover.
    fc.assert(
      fc.property(fc.integer({ min: -(10 ** 15 - 1), max: 10 ** 15 - 1 }), (fen) => {
        expect(parseMoney(fen / 100)).toEqual({ ok: true, fen });
      }),
      { numRuns: 2000 },
    );
  });

  it('bigint yuan parses to exactly 100 times as many 分 or is too large', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(2n ** 60n), max: 2n ** 60n }), (yuan) => {
        const exact = yuan * 100n;
        const parsed = parseMoney(yuan);
        if (exact >= -BigInt(MAX) && exact <= BigInt(MAX)) {
          expect(parsed).toEqual({ ok: true, fen: Number(exact) });
        } else {
          expect(parsed.ok).toBe(false);
        }
      }),
    );
  });
});

describe('sumFen', () => {
  it('is 0 for nothing', () => {
    expect(sumFen([])).toBe(0);
  });

  it('accepts any iterable', () => {
    function* values(): Generator<Fen> {
      yield 100;
      yield -30;
      yield 5;
    }
    expect(sumFen(values())).toBe(75);
    expect(sumFen(new Set([1, 2, 3]))).toBe(6);
  });

  it('summing 0.1 yuan ten times is exactly 1 yuan', () => {
    const tenth = fenOf('0.1');
    expect(sumFen(Array.from({ length: 10 }, () => tenth))).toBe(fenOf('1'));
    expect(sumFen(Array.from({ length: 10 }, () => fenOf(0.1)))).toBe(100);
  });

  it('summing 0.01 yuan a million times is exactly 10,000 yuan', () => {
    const cent = fenOf('0.01');
    expect(formatFen(sumFen(Array.from({ length: 1_000_000 }, () => cent)), 'yuan')).toBe('¥10,000.00');
  });

  it('equals the BigInt sum for amounts whose total stays safe', () => {
    const bounded = fc.integer({ min: -(10 ** 13), max: 10 ** 13 });
    fc.assert(
      fc.property(fc.array(bounded, { maxLength: 200 }), (values) => {
        const exact = values.reduce((total, value) => total + BigInt(value), 0n);
        expect(BigInt(sumFen(values))).toBe(exact);
      }),
    );
  });

  it('equals the BigInt sum, or throws RangeError exactly when a running total leaves the safe range', () => {
    fc.assert(
      fc.property(fc.array(amounts, { maxLength: 20 }), (values) => {
        let exact = 0n;
        let overflows = false;
        for (const value of values) {
          exact += BigInt(value);
          if (exact > BigInt(MAX) || exact < -BigInt(MAX)) overflows = true;
        }
        if (overflows) {
          expect(() => sumFen(values)).toThrow(RangeError);
        } else {
          expect(BigInt(sumFen(values))).toBe(exact);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('throws RangeError when two safe amounts overflow', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX }), fc.integer({ min: 1, max: MAX }), (a, b) => {
        fc.pre(BigInt(a) + BigInt(b) > BigInt(MAX));
        expect(() => sumFen([a, b])).toThrow(RangeError);
        expect(() => sumFen([-a, -b])).toThrow(RangeError);
      }),
    );
  });

  it.each<[string, Fen[]]>([
    ['just past the top', [MAX, 1]],
    ['just past the bottom', [-MAX, -1]],
    ['a running total that would come back into range', [MAX, MAX, -MAX]],
  ])('throws RangeError on overflow: %s', (_name, values) => {
    expect(() => sumFen(values)).toThrow(RangeError);
  });

  it('reaches the edges without throwing', () => {
    expect(sumFen([MAX - 1, 1])).toBe(MAX);
    expect(sumFen([-MAX + 1, -1])).toBe(-MAX);
    expect(sumFen([MAX, -MAX])).toBe(0);
  });

  it.each<[string, unknown]>([
    ['a fraction of 分', 0.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['an unsafe integer', MAX + 1],
    ['a string', '100'],
  ])('throws RangeError for %s', (_name, value) => {
    expect(() => sumFen([1, value as Fen])).toThrow(RangeError);
  });
});

describe('formatFenShort', () => {
  it('rounds to 0.01万 for summaries, half away from zero', async () => {
    const { formatFenShort } = await import('../../src/core/money.ts');
    expect(formatFenShort(8_950_229_349)).toBe('8,950.23万');
    expect(formatFenShort(5_000)).toBe('0.01万');
    expect(formatFenShort(4_999)).toBe('0');
    expect(formatFenShort(-15_000)).toBe('-0.02万');
    expect(formatFenShort(120_000_000)).toBe('120万');
  });
});

describe('parseMoney names the form written and a fix that parses to what the author meant', () => {
  it.each<[string, RegExp, string, Fen]>([
    ['1.7971E+04', /^Unexpected scientific notation "1\.7971E\+04"/, '17971', 1797100],
    ['9.81E+03', /^Unexpected scientific notation/, '9810', 981000],
    ['1.5e-2', /^Unexpected scientific notation/, '0.015', 1.5],
    ['0x1F4C', /^Unexpected hexadecimal literal/, '8012', 801200],
    ['0o24776', /^Unexpected octal literal/, '10750', 1075000],
    ['0b1', /^Unexpected binary literal/, '1', 100],
    ['1_200_000', /^Unexpected underscores in/, '1200000', 120000000],
    ['２１.６４万', /^Unexpected full-width characters in/, '21.64万', 21640000],
    ['83，900', /^Unexpected full-width characters in/, '83,900', 8390000],
    ['9 813.64', /^Unexpected space inside the digits of/, '9813.64', 981364],
    ['¥-20.00', /^Unexpected sign after the currency sign in/, '-¥20.00', -2000],
    ['(1,200)', /^Unexpected parentheses or trailing minus for a negative in/, '-1,200', -120000],
    ['1,200-', /^Unexpected parentheses or trailing minus for a negative in/, '-1,200', -120000],
    ['1,20,000', /^Unexpected commas that do not group the digits in threes in/, '120000', 12000000],
    // YAML 1.1 tools and spreadsheets read a leading zero as octal or text: refused, never re-typed.
    ['0213500', /^Unexpected leading zero in "0213500"/, '213500', 21350000],
    ['007', /^Unexpected leading zero in/, '7', 700],
    ['¥ 00.5万', /^Unexpected leading zero in/, '¥ 0.5万', 500000],
    ['-0120万', /^Unexpected leading zero in/, '-120万', -120000000],
  ])('%s', (input, form, fix, fen) => {
    const message = messageOf(input);
    expect(message).toMatch(form);
    if (Number.isInteger(fen)) {
      expect(message).toMatch(new RegExp(`; write ${fix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
      expect(fenOf(fix)).toBe(fen);
    } else {
      // 0.015 元 is finer than 1分: no fix is offered that would be refused in turn.
      expect(message).not.toMatch(/; write/);
    }
  });

  it.each(['.inf', '-.Inf', '.NaN'])('%s is named, with no fix', (input) => {
    expect(messageOf(input)).toMatch(/^Unexpected infinity or not-a-number .*¥300万元$/);
  });

  it('refuses more than 64 characters before reading them, whatever they are', () => {
    expect(messageOf(`+${' '.repeat(20_000)}x`)).toMatch(/^Unexpected amount of 20002 characters, expected at most 64/);
    expect(messageOf(`${'0'.repeat(50)}1.00`)).toMatch(/^Unexpected leading zero in .*; write 1\.00$/);
  });
});

describe('a refusal whose suggested fix is refused again', () => {
  it('is a clear refusal, not a stack overflow ("-", "--", "(-)" once recursed forever)', () => {
    for (const written of ['-', '--', '(-)', '()']) {
      const parsed = parseMoney(written);
      expect(parsed).toMatchObject({ ok: false });
      expect(parsed.ok ? '' : parsed.message).toContain(`Unexpected parentheses or trailing minus for a negative in ${JSON.stringify(written)}`);
    }
  });
});
