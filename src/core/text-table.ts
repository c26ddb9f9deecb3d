/** Columns of a plain-text table: which side numbers and words line up on. */
export type Align = 'left' | 'right';

/** Terminal width of text: CJK and full-width characters take two columns, so tables stay aligned. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    width += (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) ? 2 : 1;
  }
  return width;
}

function pad(text: string, width: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/** Rows of cells as aligned text, two spaces between columns, no trailing spaces. */
export function textTable(rows: readonly (readonly string[])[], align: readonly Align[], indent = '  '): string {
  const widths = align.map((_, column) => Math.max(0, ...rows.map((row) => displayWidth(row[column] ?? ''))));
  return rows.map((row) => indent + align.map((side, column) => pad(row[column] ?? '', widths[column] ?? 0, side)).join('  ').trimEnd()).join('\n');
}

/** Rows of cells as a GitHub-flavoured Markdown table; pipes inside cells are escaped. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[], align: readonly Align[]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|');
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${align.map((side) => (side === 'right' ? '---:' : '---')).join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}
