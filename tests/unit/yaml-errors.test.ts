import { describe, expect, it } from 'vitest';
import { parseYaml, YamlSyntaxError } from '../../src/core/yaml.ts';

function refusal(text: string): YamlSyntaxError {
  try {
    parseYaml(text);
  } catch (error) {
    if (error instanceof YamlSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(text)} to be refused`);
}

/**
 * Every js-yaml error kind an author can reach by typing frontmatter: the 1-based line and column of
 * the real cause, words of the message, and a fixed text that the same reader then accepts.
 */
const KINDS: { kind: string; text: string; line: number; column: number; says: RegExp; fixed: string }[] = [
  { kind: 'repeated key', text: 'title: a\nstatus: draft\ntitle: b\n', line: 3, column: 1, says: /second key "title" \(the first is 2 lines above\)/, fixed: 'title: a\nstatus: draft\n' },
  { kind: 'repeated nested key', text: 'targets:\n  revenue: 1\nactual:\n  revenue: 2\n  profit: 3\n  revenue: 4\n', line: 6, column: 3, says: /second key "revenue" \(the first is 2 lines above\)/, fixed: 'targets:\n  revenue: 1\nactual:\n  revenue: 2\n  profit: 3\n' },
  { kind: 'full-width colon', text: 'a: 1\ntitle：张伟\nb: 2\n', line: 2, column: 6, says: /full-width colon "：" in "title：张伟", expected ":" and a space: write "title: 张伟"/, fixed: 'a: 1\ntitle: 张伟\nb: 2\n' },
  { kind: 'full-width colon in a nested key', text: 'a: 1\nb:\n  c：1\n  d: 2\n', line: 3, column: 4, says: /write "c: 1"/, fixed: 'a: 1\nb:\n  c: 1\n  d: 2\n' },
  { kind: 'tab in indentation', text: 'a:\n\tb: 1\n', line: 2, column: 1, says: /tab in the indentation.*spaces/, fixed: 'a:\n  b: 1\n' },
  { kind: 'key indented less than its siblings', text: 'a:\n  b: 1\n c: 2\n', line: 3, column: 2, says: /line up with the keys/, fixed: 'a:\n  b: 1\n  c: 2\n' },
  { kind: 'value holding ": "', text: 'a: b: c\n', line: 1, column: 5, says: /quote a value that contains ": "/, fixed: 'a: "b: c"\n' },
  { kind: 'list item out of line', text: 'a:\n  - 1\n - 2\n', line: 3, column: 2, says: /line up/, fixed: 'a:\n  - 1\n  - 2\n' },
  { kind: 'line without a key', text: 'title: foo\nbar baz\nauthor: x\n', line: 2, column: 1, says: /line without "key: value"/, fixed: 'title: foo\n  bar baz\nauthor: x\n' },
  { kind: 'no space after the colon', text: 'a:1\nb:\n  c:2\n', line: 2, column: 2, says: /space after the colon/, fixed: 'a: 1\nb:\n  c: 2\n' },
  { kind: 'list item after a mapping', text: 'a: 1\n- 2\n', line: 2, column: 1, says: /"key: value"/, fixed: 'a:\n  - 1\n  - 2\n' },
  { kind: 'unclosed double quote', text: 'a: 1\nb: "abc\nc: 2\n', line: 2, column: 4, says: /closing double quote/, fixed: 'a: 1\nb: "abc"\nc: 2\n' },
  { kind: 'unclosed single quote', text: "a: 'abc\nb: 2\n", line: 1, column: 4, says: /closing single quote/, fixed: "a: 'abc'\nb: 2\n" },
  { kind: 'unclosed bracket', text: 'a: 1\nb: [1, 2\nc: 3\n', line: 2, column: 4, says: /closing \] or \}/, fixed: 'a: 1\nb: [1, 2]\nc: 3\n' },
  { kind: 'unclosed brace', text: 'a: {b: 1\n', line: 1, column: 4, says: /closing \] or \}/, fixed: 'a: {b: 1}\n' },
  { kind: 'leading comma in a list', text: 'a: [, 1]\n', line: 1, column: 5, says: /comma without a value/, fixed: 'a: [1]\n' },
  { kind: 'control character', text: 'a: 1\nb: x\u0007y\n', line: 2, column: 5, says: /control character U\+0007/, fixed: 'a: 1\nb: xy\n' },
  { kind: 'unknown escape', text: 'a: "C:\\qq"\n', line: 1, column: 8, says: /backslash escape/, fixed: "a: 'C:\\qq'\n" },
  { kind: 'bad hexadecimal escape', text: 'a: "\\xZZ"\n', line: 1, column: 7, says: /hexadecimal digits/, fixed: 'a: "\\\\xZZ"\n' },
  { kind: 'unknown tag', text: 'a: !foo 1\n', line: 1, column: 4, says: /^Unexpected YAML tag !foo on 1 for "a", expected a value without a tag/, fixed: 'a: "!foo 1"\n' },
  { kind: 'alias without anchor', text: 'a: *x\n', line: 1, column: 6, says: /alias/, fixed: 'a: "*x"\n' },
  { kind: 'two anchors', text: 'a: &x &y 1\n', line: 1, column: 7, says: /second anchor/, fixed: 'a: "&x &y 1"\n' },
];

describe('YAML errors say where, what was expected and how to fix it', () => {
  it.each(KINDS)('$kind', ({ text, line, column, says, fixed }) => {
    const error = refusal(text);
    expect({ line: error.line + 1, column: error.column + 1 }).toEqual({ line, column });
    expect(error.message).toMatch(/^Unexpected /);
    expect(error.message).toMatch(says);
    expect(() => parseYaml(fixed)).not.toThrow();
  });
});
