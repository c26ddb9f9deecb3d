/**
 * Puts the author's comments and blank lines back into frontmatter the editor re-wrote. The editor's
 * form has no place for `# 1月` or `# 三大区市场规模`, so the writer drops them; lines the rewrite left
 * unchanged are matched with the original (a longest common subsequence on the lines with their
 * trailing comment removed) and taken from the original, comment, column alignment and all. A value
 * the author changed keeps the comment of its line; comment-only and blank lines stay where they were.
 */
export function keepComments(original: string, rewritten: string): string {
  const before = original.split('\n');
  const after = rewritten.split('\n');
  const bare = before.map(withoutComment);
  const common = lcsTable(bare, after);
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length || j < after.length) {
    if (i < before.length && j < after.length && bare[i] === after[j]) {
      out.push(before[i] ?? '');
      i++;
      j++;
    } else if (j < after.length && (i >= before.length || (common[i]?.[j + 1] ?? 0) >= (common[i + 1]?.[j] ?? 0))) {
      const replaced = i < before.length && sameKey(bare[i] ?? '', after[j] ?? '') ? before[i] : undefined;
      out.push(replaced === undefined ? (after[j] ?? '') : `${after[j] ?? ''}${commentOf(replaced)}`);
      if (replaced !== undefined) i++;
      j++;
    } else {
      const line = before[i] ?? '';
      if (/^\s*(#.*)?$/.test(line)) out.push(line);
      i++;
    }
  }
  return out.join('\n');
}

// A comment is recognised only on a line without quotes before it, where `#` cannot be inside a string.
const TRAILING_COMMENT = /^([^'"#]*?\S)(\s+#.*)$/;

function withoutComment(line: string): string {
  if (/^\s*#/.test(line)) return '';
  return TRAILING_COMMENT.exec(line)?.[1] ?? line;
}

function commentOf(line: string): string {
  return TRAILING_COMMENT.exec(line)?.[2] ?? '';
}

/** The same mapping key or list item at the same indentation: `  revenue: 1万` and `  revenue: 2万`. */
function sameKey(a: string, b: string): boolean {
  const key = (line: string) => /^(\s*(?:- )?[^\s:'"]+:|\s*- )/.exec(line)?.[1];
  return key(a) !== undefined && key(a) === key(b);
}

/** table[i][j]: length of the longest common subsequence of a[i..] and b[j..]. Frontmatter is short. */
function lcsTable(a: readonly string[], b: readonly string[]): number[][] {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = table[i] ?? [];
      row[j] = a[i] === b[j] ? (table[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(table[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  return table;
}
