// Every message of plan import actuals, Chinese (the default) and English side by side, in one
// typed catalogue (`say`, src/core/messages.ts) like every other command's.
import { formatFenDetail, type Fen } from '../core/money.ts';
import { joinTexts, listText, messages, type Text } from '../core/messages.ts';

/** A message in both languages: the catalogue's own type (src/core/messages.ts). */
export type { Text };

/** Field names as people read them in a header. */
export const FIELD_NAMES: Record<string, Text> = {
  date: { zh: '日期', en: 'date' },
  salesperson: { zh: '销售员', en: 'salesperson' },
  group: { zh: '客户群', en: 'customer group' },
  amount: { zh: '金额', en: 'amount' },
  customer: { zh: '客户', en: 'customer' },
  region: { zh: '区域', en: 'region' },
  product: { zh: '产品', en: 'product' },
  'new-product': { zh: '新产品', en: 'new product' },
  expense: { zh: '费用科目', en: 'expense line' },
};

const monthZh = ({ year, month }: { year: number; month: number }) => `${year}年${month}月`;
const monthEn = ({ year, month }: { year: number; month: number }) => `${year}-${String(month).padStart(2, '0')}`;

/** Every message of plan import actuals (see src/core/messages.ts); `text` and `labels` below compose them. */
export const say = messages({
  'read.not-xlsx': { zh: '无法读取 Excel 文件（{detail}）；应为 .xlsx 工作簿', en: 'cannot read the Excel file ({detail}); expected an .xlsx workbook' },
  'read.no-sheet': { zh: '没有工作表“{sheet}”；工作簿中有：{names}', en: 'no worksheet "{sheet}"; the workbook has: {names}' },
  'read.none': { zh: '（无）', en: '(none)' },
  'read.unknown-format': {
    zh: '无法识别 {file} 的格式；应为 .xlsx 工作簿，或以逗号、分号或制表符分隔的 .csv、.tsv、.txt 文本',
    en: 'unknown format of {file}; expected an .xlsx workbook, or .csv, .tsv or .txt text separated by commas, semicolons or tabs',
  },
  'read.legacy-xls': { zh: '{file} 是旧版 Excel 97–2003 工作簿（.xls）；请在 Excel 中另存为 .xlsx 或 .csv 后再导入', en: '{file} is an Excel 97–2003 workbook (.xls); save it as .xlsx or .csv in Excel, then import that' },
  'read.not-text': {
    zh: '{file} 不是文本文件（含二进制内容）；应为以逗号、分号或制表符分隔的文本，或 .xlsx 工作簿',
    en: '{file} is not a text file (it holds binary data); expected text separated by commas, semicolons or tabs, or an .xlsx workbook',
  },
  'read.no-delimiter': {
    zh: '{file} 的前 50 行中没有逗号、分号或制表符：不是分隔的表格；应为销售系统导出的 CSV 或制表符分隔文本',
    en: '{file} has no comma, semicolon or tab on its first 50 lines (where the header must be): not a separated table; expected a CSV or tab-separated export of the sales system',
  },
  'header.bad-map': {
    zh: '--map “{entry}” 无法识别；应为 列名=字段 或 列字母=字段（如 业务员=salesperson、F=amount），字段为 {fields}',
    en: 'unexpected --map "{entry}", expected COLUMN=field or LETTER=field (业务员=salesperson, F=amount) with field one of {fields}',
  },
  'header.ambiguous': {
    zh: '表头（第 {row} 行）中有多列可作为{field}：{columns}；用 --map 指定一列，如 --map "{column}={id}"',
    en: 'the header (row {row}) has several {field} columns: {columns}; choose one with --map, e.g. --map "{column}={id}"',
  },
  'header.none': { zh: '前 50 行中找不到表头：{why}；用 --map 指定列（字段：{fields}）', en: 'no header in the first 50 rows: {why}; name the columns with --map (fields: {fields})' },
  'header.all-empty': { zh: '没有非空行', en: 'every row is empty' },
  'header.closest': { zh: '最接近的是第 {row} 行，缺少 {missing} 列', en: 'the closest is row {row}, without a {missing} column' },
  'usage.month': { zh: '--month “{value}” 无法识别；应为 YYYY-MM，如 2026-11', en: 'unexpected --month "{value}", expected YYYY-MM like 2026-11' },
  'line.merged-amount': { zh: '金额单元格与第 {row} 行合并，只在第 {row} 行计一次', en: 'the amount cell is merged with row {row} and counts once, on row {row}' },
  'line.no-date': { zh: '缺少日期', en: 'no date' },
  'line.unreadable-date': { zh: '日期“{value}”无法识别；应为 2026-11-05、2026/11/5、2026年11月5日 或 Excel 日期', en: 'unreadable date "{value}", expected 2026-11-05, 2026/11/5, 2026年11月5日 or an Excel date' },
  'line.outside-month': { zh: '日期 {day} 不在 {month} 内', en: 'date {day} is outside {month}' },
  'write.unknown-year': { zh: '内容中没有 {year} 年的组织文件（{year}/org.yaml）', en: 'the content has no organisation file for {year} ({year}/org.yaml)' },
  'line.no-amount': { zh: '缺少金额', en: 'no amount' },
  'line.unreadable-amount': { zh: '金额“{value}”无法读取', en: 'unreadable amount "{value}"' },
  'line.unreadable-amount-why': { zh: '金额“{value}”无法读取（{detail}）', en: 'unreadable amount "{value}" ({detail})' },
  'line.no-salesperson': { zh: '缺少销售员', en: 'no salesperson' },
  'line.unknown-salesperson': { zh: '未知销售员“{name}”：{year}/org.yaml 中没有此 id、姓名或登录名', en: 'unknown salesperson "{name}": no id, name or login in {year}/org.yaml' },
  'line.ambiguous-salesperson': { zh: '销售员“{name}”在 {year}/org.yaml 中对应多人；请改用 id', en: 'salesperson "{name}" matches several people in {year}/org.yaml; use the id' },
  'line.not-salesperson': { zh: '“{name}”在 {year}/org.yaml 中不是承担个人指标的销售员，没有月度总结', en: '"{name}" carries no personal target in {year}/org.yaml, so has no monthly reports' },
  'line.no-group': { zh: '缺少客户群', en: 'no customer group' },
  'line.unknown-group': { zh: '未知客户群“{name}”；应为 {names}', en: 'unknown customer group "{name}", expected one of {names}' },
  'line.ambiguous-group': { zh: '客户群“{name}”对应多个客户群；请改用 id', en: 'customer group "{name}" matches several groups; use the id' },
  'line.unknown-expense-line': { zh: '未知费用科目“{name}”；应为 {names}', en: 'unknown expense line "{name}", expected one of {names}' },
  'line.ambiguous-expense-line': { zh: '费用科目“{name}”对应多个科目；请改用 id', en: 'expense line "{name}" matches several lines; use the id' },
  'write.negative-spend': { zh: '{file}：费用科目 {line} 的明细合计为 {sum}，费用不能为负', en: '{file}: the lines of expense line {line} add up to {sum}; spend cannot be negative' },
  'line.unreadable-flag': { zh: '新产品标记“{value}”无法识别；应为 是/否', en: 'unreadable new-product flag "{value}", expected 是/否 or yes/no' },
  'total.mismatch': { zh: '第 {row} 行“{label}”{stated}，其上明细之和为 {sum}{unreadable}', en: 'row {row} "{label}" {stated}, the lines above add up to {sum}{unreadable}' },
  'total.no-amount': { zh: '没有可读金额', en: 'has no readable amount' },
  'total.says': { zh: '为 {amount}', en: 'says {amount}' },
  'total.unreadable': { zh: '（另有 {count} 行金额无法读取）', en: ' ({count} more with unreadable amounts)' },
  'total.matches': { zh: '第 {row} 行“{label}” {sum} 与明细之和一致', en: 'row {row} "{label}" {sum} matches the sum of the lines' },
  'write.invalid-report': { zh: '{file} 已存在但无法读取或校验未通过；先运行 plan check 修正', en: '{file} exists but is invalid; fix it first (plan check)' },
  'write.dirty': {
    zh: '未写入任何文件：以下文件有 Git 尚未提交的修改，请先提交（或加 --force）：\n{files}',
    en: 'nothing written; these files have changes Git does not hold. Commit them first (or pass --force):\n{files}',
  },
  'preview.reading': { zh: '读取 {file}（{where}，表头在第 {row} 行）', en: 'reading {file} ({where}, header on row {row})' },
  'preview.sheet': { zh: '工作表“{name}”', en: 'sheet "{name}"' },
  'preview.csv': { zh: 'CSV，编码 {encoding}', en: 'CSV, encoding {encoding}' },
  'preview.separated': { zh: '文本（{separator}分隔），编码 {encoding}', en: 'text ({separator}-separated), encoding {encoding}' },
  'preview.tab': { zh: '制表符', en: 'tab' },
  'preview.semicolon': { zh: '分号', en: 'semicolon' },
  'preview.columns': { zh: '列', en: 'columns' },
  'preview.counted': { zh: '明细 {rows} 行，可用 {used} 行', en: '{rows} lines, {used} usable' },
  'preview.skipped': { zh: '跳过：空行 {blank}、重复表头 {header}、小计 {subtotal}、备注 {note}', en: 'skipped: {blank} blank, {header} repeated header, {subtotal} subtotal, {note} note rows' },
  'preview.revenue': { zh: '实际销售额', en: 'actual revenue' },
  'preview.new-product-revenue': { zh: '新产品销售额', en: 'new-product revenue' },
  'preview.created': { zh: '新建草稿', en: 'new draft' },
  'preview.updated': { zh: '更新', en: 'update' },
  'preview.unchanged': { zh: '不变', en: 'unchanged' },
  'preview.total': {
    zh: '合计：{old} → {next}（{reports} 份月度总结：新建 {created}、更新 {updated}、不变 {unchanged}）',
    en: 'total: {old} → {next} ({reports} monthly reports: {created} new, {updated} updated, {unchanged} unchanged)',
  },
  'preview.not-in-export': { zh: '本次导出中没有明细、保持不变的月度总结（{count}）：', en: 'monthly reports with no lines in this export, kept as they are ({count}):' },
  'preview.unusable': { zh: '无法使用的行（{count}）：', en: 'lines that cannot be used ({count}):' },
  'preview.row': { zh: '第 {row} 行', en: 'row {row}' },
  'preview.totals': { zh: '合计行核对：', en: 'total rows:' },
  'preview.only': { zh: '预览：未写入任何文件。确认无误后加 --write 写入。', en: 'preview: nothing written. Run again with --write to write it.' },
  'preview.nothing-to-write': { zh: '无需修改：月度总结已与导出一致。', en: 'nothing to change: the monthly reports already match the export.' },
  'preview.wrote': { zh: '{action} {file}', en: '{action} {file}' },
  'preview.blocked': { zh: '有无法使用的行：未写入。修正导出文件，或加 --allow-unmatched 只导入可用的行。', en: 'some lines cannot be used: nothing written. Fix the export, or pass --allow-unmatched to import the usable lines only.' },
  'preview.blocked-total': { zh: '合计行与明细之和不符：导出可能未完整读取，未写入。', en: 'a total row does not match the sum of the lines: the export may not have been read in full; nothing written.' },
  'check.same': { zh: '核对一致：{reports} 份月度总结与导出相符。', en: 'reconciled: {reports} monthly reports match the export.' },
  'check.differs': { zh: '核对发现 {count} 处差异：', en: '{count} differences between the reports and the export:' },
  'check.missing-report': { zh: '没有月度总结；导出的实际销售额为 {exported}', en: "no monthly report; the export's actual revenue is {exported}" },
  'check.no-lines': { zh: '实际销售额：总结为 {report}，导出中没有此人本月的明细', en: 'actual revenue: report {report}, the export has no lines for this person and month' },
  'check.report-says': { zh: '{figure}：总结为 {report}，导出为 {exported}', en: '{figure}: report {report}, export {exported}' },
});

const fieldText = (field: string): Text => FIELD_NAMES[field] ?? { zh: field, en: field };
const fieldList = (fields: readonly string[]): Text => joinTexts(fields.map(fieldText), { zh: '、', en: ', ' });
const monthText = (month: { year: number; month: number }): Text => ({ zh: monthZh(month), en: monthEn(month) });

/** The messages of reading an export, its lines and its writing, composed from `say`. */
export const text = {
  notXlsx: (detail: string): Text => say('read.not-xlsx', { detail }),
  noSheet: (sheet: string, names: readonly string[]): Text => say('read.no-sheet', { sheet, names: names.length ? listText(names) : say('read.none') }),
  unknownFormat: (file: string): Text => say('read.unknown-format', { file }),
  legacyXls: (file: string): Text => say('read.legacy-xls', { file }),
  notText: (file: string): Text => say('read.not-text', { file }),
  noDelimiter: (file: string): Text => say('read.no-delimiter', { file }),
  badMap: (entry: string, fields: readonly string[]): Text => say('header.bad-map', { entry, fields: listText(fields) }),
  ambiguousColumns: (row: number, field: string, columns: readonly string[]): Text =>
    say('header.ambiguous', { row, field: fieldText(field), columns: listText(columns), column: columns[0]?.split(' ')[0] ?? '', id: field }),
  noHeader: (row: number | undefined, missing: readonly string[], fields: readonly string[]): Text =>
    say('header.none', { why: row === undefined ? say('header.all-empty') : say('header.closest', { row, missing: fieldList(missing) }), fields: listText(fields) }),
  badMonth: (value: string): Text => say('usage.month', { value }),
  mergedAmount: (row: number): Text => say('line.merged-amount', { row }),
  unreadableDate: (value: string): Text => (value === '' ? say('line.no-date') : say('line.unreadable-date', { value })),
  outsideMonth: (day: string, month: { year: number; month: number }): Text => say('line.outside-month', { day, month: monthText(month) }),
  unknownYear: (year: number): Text => say('write.unknown-year', { year }),
  emptyAmount: (): Text => say('line.no-amount'),
  /** `detail`: why the parser refused it, in both languages (src/core/money.ts). */
  unreadableAmount: (value: string, detail?: Text): Text => (detail ? say('line.unreadable-amount-why', { value, detail }) : say('line.unreadable-amount', { value })),
  missingSalesperson: (): Text => say('line.no-salesperson'),
  unknownSalesperson: (name: string, year: number): Text => say('line.unknown-salesperson', { name, year }),
  ambiguousSalesperson: (name: string, year: number): Text => say('line.ambiguous-salesperson', { name, year }),
  notSalesperson: (name: string, year: number): Text => say('line.not-salesperson', { name, year }),
  missingGroup: (): Text => say('line.no-group'),
  unknownGroup: (name: string, names: readonly string[]): Text => say('line.unknown-group', { name, names: listText(names) }),
  ambiguousGroup: (name: string): Text => say('line.ambiguous-group', { name }),
  unknownExpenseLine: (name: string, names: readonly string[]): Text => say('line.unknown-expense-line', { name, names: listText(names) }),
  ambiguousExpenseLine: (name: string): Text => say('line.ambiguous-expense-line', { name }),
  negativeSpend: (file: string, line: string, sum: Fen): Text => say('write.negative-spend', { file, line, sum: formatFenDetail(sum) }),
  unreadableFlag: (value: string): Text => say('line.unreadable-flag', { value }),
  totalMismatch: (row: number, label: string, stated: Fen | undefined, sum: Fen, unreadable: number): Text =>
    say('total.mismatch', {
      row,
      label,
      stated: stated === undefined ? say('total.no-amount') : say('total.says', { amount: formatFenDetail(stated) }),
      sum: formatFenDetail(sum),
      unreadable: unreadable ? say('total.unreadable', { count: unreadable }) : '',
    }),
  totalMatches: (row: number, label: string, sum: Fen): Text => say('total.matches', { row, label, sum: formatFenDetail(sum) }),
  invalidReport: (file: string): Text => say('write.invalid-report', { file }),
  dirty: (files: readonly string[]): Text => say('write.dirty', { files: files.map((file) => `  ${file}`).join('\n') }),
} as const;

/** Labels of the preview and the reconciliation in one language, from `say`. */
function labelsIn(side: keyof Text) {
  return {
    reading: (file: string, where: string, headerRow: number) => say('preview.reading', { file, where, row: headerRow })[side],
    sheet: (name: string) => say('preview.sheet', { name })[side],
    encoding: (encoding: string, delimiter: string) =>
      (delimiter === ',' ? say('preview.csv', { encoding }) : say('preview.separated', { encoding, separator: say(delimiter === '\t' ? 'preview.tab' : 'preview.semicolon') }))[side],
    columns: say('preview.columns')[side],
    counted: (rows: number, used: number) => say('preview.counted', { rows, used })[side],
    skipped: (blank: number, header: number, subtotal: number, note: number) => say('preview.skipped', { blank, header, subtotal, note })[side],
    revenue: say('preview.revenue')[side],
    newProductRevenue: say('preview.new-product-revenue')[side],
    created: say('preview.created')[side],
    updated: say('preview.updated')[side],
    unchanged: say('preview.unchanged')[side],
    total: (old: string, next: string, reports: number, created: number, updated: number, unchanged: number) => say('preview.total', { old, next, reports, created, updated, unchanged })[side],
    notInExport: (count: number) => say('preview.not-in-export', { count })[side],
    unusableHead: (count: number) => say('preview.unusable', { count })[side],
    row: (row: number) => say('preview.row', { row })[side],
    totalsHead: say('preview.totals')[side],
    preview: say('preview.only')[side],
    nothingToWrite: say('preview.nothing-to-write')[side],
    wrote: (file: string, action: string) => say('preview.wrote', { file, action })[side],
    blocked: say('preview.blocked')[side],
    blockedTotal: say('preview.blocked-total')[side],
    checkSame: (reports: number) => say('check.same', { reports })[side],
    checkDiffers: (count: number) => say('check.differs', { count })[side],
    missingReport: (exported: string) => say('check.missing-report', { exported })[side],
    noLines: (report: string) => say('check.no-lines', { report })[side],
    reportSays: (figure: string, report: string, exported: string) => say('check.report-says', { figure, report, exported })[side],
  };
}

/** Labels of the preview and the reconciliation, by language. */
export const labels = { zh: labelsIn('zh'), en: labelsIn('en') } as const;

/** Group the month as a heading: "2026年11月" / "2026-11". */
export const monthHeading = (lang: keyof Text, month: { year: number; month: number }) => (lang === 'zh' ? monthZh(month) : monthEn(month));
