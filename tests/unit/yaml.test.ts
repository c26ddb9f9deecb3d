import { describe, expect, it } from 'vitest';
import { parseYaml, YamlSyntaxError } from '../../src/core/yaml.ts';

describe('the one YAML interpretation (YAML 1.2 core)', () => {
  it('keeps dates as the text the author wrote', () => {
    expect(parseYaml('date: 2026-03-01\n')).toEqual({ date: '2026-03-01' });
  });

  it('keeps YAML 1.1 booleans such as NO and yes as strings', () => {
    expect(parseYaml('a: NO\nb: yes\nc: off\nd: true\ne: false\n')).toEqual({ a: 'NO', b: 'yes', c: 'off', d: true, e: false });
  });

  it('reads leading zeros as decimal, not octal', () => {
    expect(parseYaml('month: 08\nmode: 0755\n')).toEqual({ month: 8, mode: 755 });
  });

  it('rejects duplicate keys with the line of the second one', () => {
    try {
      parseYaml('a: 1\nb: 2\na: 3\n');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(YamlSyntaxError);
      expect((error as YamlSyntaxError).message).toMatch(/duplicated mapping key/);
      expect((error as YamlSyntaxError).line).toBe(2);
    }
  });

  it('keeps integers beyond 2^53 exact as BigInt instead of rounding them', () => {
    expect(parseYaml('big: 9007199254740993\nsafe: 9007199254740991\n')).toEqual({ big: 9007199254740993n, safe: 9007199254740991 });
  });

  it('does not construct JavaScript functions or other unsafe tags', () => {
    expect(() => parseYaml('x: !!js/function "function () { return 1 }"\n')).toThrow(YamlSyntaxError);
  });
});
