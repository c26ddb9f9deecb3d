import { describe, expect, it } from 'vitest';
import { NumberText, parseYaml, YamlSyntaxError } from '../../src/core/yaml.ts';

describe('the one YAML interpretation (YAML 1.2 core)', () => {
  it('keeps dates as the text the author wrote', () => {
    expect(parseYaml('date: 2026-03-01\n')).toEqual({ date: '2026-03-01' });
  });

  it('keeps YAML 1.1 booleans such as NO and yes as strings', () => {
    expect(parseYaml('a: NO\nb: yes\nc: off\nd: true\ne: false\n')).toEqual({ a: 'NO', b: 'yes', c: 'off', d: true, e: false });
  });

  it('reads leading zeros as decimal, not octal', () => {
    expect(parseYaml('month: 08\nmode: 0755\n')).toEqual({ month: new NumberText('08', 8), mode: new NumberText('0755', 755) });
  });

  it('keeps every number-looking plain scalar as the text written, so amounts are never re-typed by YAML', () => {
    expect(parseYaml('a: 1.7971E+04\nb: 0x1F4C\nc: 0o24776\nd: 0b1\ne: .inf\nf: 1200000.50\n')).toEqual({
      a: new NumberText('1.7971E+04', 17971),
      b: new NumberText('0x1F4C', 8012),
      c: new NumberText('0o24776', 10750),
      d: new NumberText('0b1', 1),
      e: new NumberText('.inf', Number.POSITIVE_INFINITY),
      f: new NumberText('1200000.50', 1200000.5),
    });
  });

  it('keeps quoted numbers as strings and numeric keys as their text', () => {
    expect(parseYaml('a: "12"\n2026: x\n0x10: y\n')).toEqual({ a: '12', 2026: 'x', '0x10': 'y' });
  });

  it('rejects duplicate keys with the line of the second one', () => {
    try {
      parseYaml('a: 1\nb: 2\na: 3\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(YamlSyntaxError);
      expect((error as YamlSyntaxError).message).toMatch(/^Unexpected second key "a"/);
      expect((error as YamlSyntaxError).line).toBe(2);
    }
  });

  it('keeps integers beyond 2^53 exact as BigInt instead of rounding them', () => {
    expect(parseYaml('big: 9007199254740993\nsafe: 9007199254740991\n')).toEqual({
      big: new NumberText('9007199254740993', 9007199254740993n),
      safe: new NumberText('9007199254740991', 9007199254740991),
    });
  });

  it('does not construct JavaScript functions or other unsafe tags', () => {
    expect(() => parseYaml('x: !!js/function "function () { return 1 }"\n')).toThrow(YamlSyntaxError);
  });
});
