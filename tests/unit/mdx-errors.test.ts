import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/mdx/parse.ts';

/**
 * Every way micromark's MDX parser fails on a body people write: the line and column of the cause
 * (the opening tag, quote, brace or "<", not the end of the file), the words of the fix, and the
 * fixed body the parser then accepts.
 */
const KINDS: { kind: string; body: string; line: number; column: number; fix: RegExp; fixed: string }[] = [
  { kind: 'component left open', body: '# 标题\n\n<Figure of="a.b">\n\n文字\n', line: 3, column: 1, fix: /end the component with "\/>"/, fixed: '# 标题\n\n<Figure of="a.b" />\n\n文字\n' },
  { kind: 'closed by another tag', body: '# 标题\n\n<Chart kind="x" of="y"></Figure>\n', line: 3, column: 24, fix: /end the component with "\/>"/, fixed: '# 标题\n\n<Chart kind="x" of="y" />\n' },
  { kind: 'brace left open', body: '# 标题\n\n合计 {1 +\n\n文字\n', line: 3, column: 4, fix: /write \\\{ for a brace/, fixed: '# 标题\n\n合计 \\{1 +\n\n文字\n' },
  { kind: 'less-than before a digit', body: '# 标题\n\n价格 <1万\n', line: 3, column: 5, fix: /write \\< for a less-than sign/, fixed: '# 标题\n\n价格 \\<1万\n' },
  { kind: 'less-than before a word', body: '# 标题\n\n如果 a <b 的话\n', line: 3, column: 6, fix: /write \\< for a less-than sign/, fixed: '# 标题\n\n如果 a \\<b 的话\n' },
  { kind: 'unquoted attribute value', body: '# 标题\n\n<Figure of=units.east />\n', line: 3, column: 12, fix: /quote the value/, fixed: '# 标题\n\n<Figure of="units.east" />\n' },
  { kind: 'attribute quote left open', body: '# 标题\n\n<Figure of="x\n', line: 3, column: 12, fix: /close the quote/, fixed: '# 标题\n\n<Figure of="x" />\n' },
  { kind: 'closing tag alone', body: '# 标题\n\n</Figure>\n', line: 3, column: 2, fix: /write \\</, fixed: '# 标题\n\n\\</Figure>\n' },
  { kind: 'lazy line in a block quote', body: '> <Figure\nof="x" />\n', line: 2, column: 1, fix: /start every line of the block quote with "> "/, fixed: '> <Figure\n> of="x" />\n' },
];

describe('MDX errors say where the cause is and how to fix it', () => {
  it.each(KINDS)('$kind', ({ body, line, column, fix, fixed }) => {
    const parsed = parseBody(body);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect({ line: parsed.line, column: parsed.column }).toEqual({ line, column });
    expect(parsed.message).toMatch(/^Unexpected MDX syntax: /);
    expect(parsed.message).toMatch(fix);
    expect(parseBody(fixed).ok).toBe(true);
  });
});
