// Every message of plan import actuals, Chinese (the default) and English side by side, kept in
// one module so they move into the CLI's message catalogue as they are.
import { formatFenDetail, type Fen } from '../core/money.ts';

import type { Text } from '../core/messages.ts';

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

const fieldList = (fields: readonly string[], lang: keyof Text) => fields.map((field) => `${FIELD_NAMES[field]?.[lang] ?? field}`).join(lang === 'zh' ? '、' : ', ');
const monthZh = ({ year, month }: { year: number; month: number }) => `${year}年${month}月`;
const monthEn = ({ year, month }: { year: number; month: number }) => `${year}-${String(month).padStart(2, '0')}`;

export const text = {
  notXlsx: (detail: string): Text => ({ zh: `无法读取 Excel 文件（${detail}）；应为 .xlsx 工作簿`, en: `cannot read the Excel file (${detail}); expected an .xlsx workbook` }),
  noSheet: (sheet: string, names: readonly string[]): Text => ({
    zh: `没有工作表“${sheet}”；工作簿中有：${names.join('、') || '（无）'}`,
    en: `no worksheet "${sheet}"; the workbook has: ${names.join(', ') || '(none)'}`,
  }),
  unknownFormat: (file: string): Text => ({
    zh: `无法识别 ${file} 的格式；应为 .xlsx 工作簿，或以逗号、分号或制表符分隔的 .csv、.tsv、.txt 文本`,
    en: `unknown format of ${file}; expected an .xlsx workbook, or .csv, .tsv or .txt text separated by commas, semicolons or tabs`,
  }),
  legacyXls: (file: string): Text => ({ zh: `${file} 是旧版 Excel 97–2003 工作簿（.xls）；请在 Excel 中另存为 .xlsx 或 .csv 后再导入`, en: `${file} is an Excel 97–2003 workbook (.xls); save it as .xlsx or .csv in Excel, then import that` }),
  notText: (file: string): Text => ({ zh: `${file} 不是文本文件（含二进制内容）；应为以逗号、分号或制表符分隔的文本，或 .xlsx 工作簿`, en: `${file} is not a text file (it holds binary data); expected text separated by commas, semicolons or tabs, or an .xlsx workbook` }),
  noDelimiter: (file: string): Text => ({
    zh: `${file} 的前 50 行中没有逗号、分号或制表符：不是分隔的表格；应为销售系统导出的 CSV 或制表符分隔文本`,
    en: `${file} has no comma, semicolon or tab on its first 50 lines (where the header must be): not a separated table; expected a CSV or tab-separated export of the sales system`,
  }),
  badMap: (entry: string, fields: readonly string[]): Text => ({
    zh: `--map “${entry}” 无法识别；应为 列名=字段 或 列字母=字段（如 业务员=salesperson、F=amount），字段为 ${fields.join(', ')}`,
    en: `unexpected --map "${entry}", expected COLUMN=field or LETTER=field (业务员=salesperson, F=amount) with field one of ${fields.join(', ')}`,
  }),
  ambiguousColumns: (row: number, field: string, columns: readonly string[]): Text => ({
    zh: `表头（第 ${row} 行）中有多列可作为${fieldList([field], 'zh')}：${columns.join('、')}；用 --map 指定一列，如 --map "${columns[0]?.split(' ')[0]}=${field}"`,
    en: `the header (row ${row}) has several ${fieldList([field], 'en')} columns: ${columns.join(', ')}; choose one with --map, e.g. --map "${columns[0]?.split(' ')[0]}=${field}"`,
  }),
  noHeader: (row: number | undefined, missing: readonly string[], fields: readonly string[]): Text => ({
    zh: `前 50 行中找不到表头：${row === undefined ? '没有非空行' : `最接近的是第 ${row} 行，缺少 ${fieldList(missing, 'zh')} 列`}；用 --map 指定列（字段：${fields.join(', ')}）`,
    en: `no header in the first 50 rows: ${row === undefined ? 'every row is empty' : `the closest is row ${row}, without a ${fieldList(missing, 'en')} column`}; name the columns with --map (fields: ${fields.join(', ')})`,
  }),
  badMonth: (value: string): Text => ({ zh: `--month “${value}” 无法识别；应为 YYYY-MM，如 2026-11`, en: `unexpected --month "${value}", expected YYYY-MM like 2026-11` }),
  mergedAmount: (row: number): Text => ({ zh: `金额单元格与第 ${row} 行合并，只在第 ${row} 行计一次`, en: `the amount cell is merged with row ${row} and counts once, there` }),
  unreadableDate: (value: string): Text => ({
    zh: value === '' ? '缺少日期' : `日期“${value}”无法识别；应为 2026-11-05、2026/11/5、2026年11月5日 或 Excel 日期`,
    en: value === '' ? 'no date' : `unreadable date "${value}", expected 2026-11-05, 2026/11/5, 2026年11月5日 or an Excel date`,
  }),
  outsideMonth: (day: string, month: { year: number; month: number }): Text => ({ zh: `日期 ${day} 不在 ${monthZh(month)} 内`, en: `date ${day} is outside ${monthEn(month)}` }),
  unknownYear: (year: number): Text => ({ zh: `内容中没有 ${year} 年的组织文件（${year}/org.yaml）`, en: `the content has no organisation file for ${year} (${year}/org.yaml)` }),
  emptyAmount: (): Text => ({ zh: '缺少金额', en: 'no amount' }),
  /** `detail`: why the parser refused it, in both languages (src/core/money.ts). */
  unreadableAmount: (value: string, detail?: Text): Text => ({
    zh: `金额“${value}”无法读取${detail ? `（${detail.zh}）` : ''}`,
    en: `unreadable amount "${value}"${detail ? ` (${detail.en})` : ''}`,
  }),
  missingSalesperson: (): Text => ({ zh: '缺少销售员', en: 'no salesperson' }),
  unknownSalesperson: (name: string, year: number): Text => ({
    zh: `未知销售员“${name}”：${year}/org.yaml 中没有此 id、姓名或登录名`,
    en: `unknown salesperson "${name}": no id, name or login in ${year}/org.yaml`,
  }),
  ambiguousSalesperson: (name: string, year: number): Text => ({ zh: `销售员“${name}”在 ${year}/org.yaml 中对应多人；请改用 id`, en: `salesperson "${name}" matches several people in ${year}/org.yaml; use the id` }),
  notSalesperson: (name: string, year: number): Text => ({
    zh: `“${name}”在 ${year}/org.yaml 中不是承担个人指标的销售员，没有月度总结`,
    en: `"${name}" carries no personal target in ${year}/org.yaml, so has no monthly reports`,
  }),
  missingGroup: (): Text => ({ zh: '缺少客户群', en: 'no customer group' }),
  unknownGroup: (name: string, names: readonly string[]): Text => ({ zh: `未知客户群“${name}”；应为 ${names.join('、')}`, en: `unknown customer group "${name}", expected one of ${names.join(', ')}` }),
  ambiguousGroup: (name: string): Text => ({ zh: `客户群“${name}”对应多个客户群；请改用 id`, en: `customer group "${name}" matches several groups; use the id` }),
  unknownExpenseLine: (name: string, names: readonly string[]): Text => ({ zh: `未知费用科目“${name}”；应为 ${names.join('、')}`, en: `unknown expense line "${name}", expected one of ${names.join(', ')}` }),
  ambiguousExpenseLine: (name: string): Text => ({ zh: `费用科目“${name}”对应多个科目；请改用 id`, en: `expense line "${name}" matches several lines; use the id` }),
  negativeSpend: (file: string, line: string, sum: Fen): Text => ({
    zh: `${file}：费用科目 ${line} 的明细合计为 ${formatFenDetail(sum)}，费用不能为负`,
    en: `${file}: the lines of expense line ${line} add up to ${formatFenDetail(sum)}; spend cannot be negative`,
  }),
  unreadableFlag: (value: string): Text => ({ zh: `新产品标记“${value}”无法识别；应为 是/否`, en: `unreadable new-product flag "${value}", expected 是/否 or yes/no` }),
  totalMismatch: (row: number, label: string, stated: Fen | undefined, sum: Fen, unreadable: number): Text => ({
    zh: `第 ${row} 行“${label}”${stated === undefined ? '没有可读金额' : `为 ${formatFenDetail(stated)}`}，其上明细之和为 ${formatFenDetail(sum)}${unreadable ? `（另有 ${unreadable} 行金额无法读取）` : ''}`,
    en: `row ${row} "${label}" ${stated === undefined ? 'has no readable amount' : `says ${formatFenDetail(stated)}`}, the lines above add up to ${formatFenDetail(sum)}${unreadable ? ` (${unreadable} more with unreadable amounts)` : ''}`,
  }),
  totalMatches: (row: number, label: string, sum: Fen): Text => ({ zh: `第 ${row} 行“${label}” ${formatFenDetail(sum)} 与明细之和一致`, en: `row ${row} "${label}" ${formatFenDetail(sum)} matches the sum of the lines` }),
  invalidReport: (file: string): Text => ({ zh: `${file} 已存在但无法读取或校验未通过；先运行 plan check 修正`, en: `${file} exists but is invalid; fix it first (plan check)` }),
  dirty: (files: readonly string[]): Text => ({
    zh: `未写入任何文件：以下文件有 Git 尚未提交的修改，请先提交（或加 --force）：\n${files.map((file) => `  ${file}`).join('\n')}`,
    en: `nothing written; these files have changes Git does not hold. Commit them first (or pass --force):\n${files.map((file) => `  ${file}`).join('\n')}`,
  }),
} as const;

/** Labels of the preview and the reconciliation, by language. */
export const labels = {
  zh: {
    reading: (file: string, where: string, headerRow: number) => `读取 ${file}（${where}，表头在第 ${headerRow} 行）`,
    sheet: (name: string) => `工作表“${name}”`,
    encoding: (name: string, delimiter: string) => `${delimiter === ',' ? 'CSV' : `文本（${delimiter === '\t' ? '制表符' : '分号'}分隔）`}，编码 ${name}`,
    columns: '列',
    counted: (rows: number, used: number) => `明细 ${rows} 行，可用 ${used} 行`,
    skipped: (blank: number, header: number, subtotal: number, note: number) => `跳过：空行 ${blank}、重复表头 ${header}、小计 ${subtotal}、备注 ${note}`,
    revenue: '实际销售额',
    newProductRevenue: '新产品销售额',
    created: '新建草稿',
    updated: '更新',
    unchanged: '不变',
    total: (old: string, next: string, reports: number, created: number, updated: number, unchanged: number) => `合计：${old} → ${next}（${reports} 份月度总结：新建 ${created}、更新 ${updated}、不变 ${unchanged}）`,
    notInExport: (count: number) => `本次导出中没有明细、保持不变的月度总结（${count}）：`,
    unusableHead: (count: number) => `无法使用的行（${count}）：`,
    row: (row: number) => `第 ${row} 行`,
    totalsHead: '合计行核对：',
    preview: '预览：未写入任何文件。确认无误后加 --write 写入。',
    nothingToWrite: '无需修改：月度总结已与导出一致。',
    wrote: (file: string, action: string) => `${action} ${file}`,
    blocked: '有无法使用的行：未写入。修正导出文件，或加 --allow-unmatched 只导入可用的行。',
    blockedTotal: '合计行与明细之和不符：导出可能未完整读取，未写入。',
    checkSame: (reports: number) => `核对一致：${reports} 份月度总结与导出相符。`,
    checkDiffers: (count: number) => `核对发现 ${count} 处差异：`,
    missingReport: (exported: string) => `没有月度总结；导出的实际销售额为 ${exported}`,
    noLines: (report: string) => `实际销售额：总结为 ${report}，导出中没有此人本月的明细`,
    reportSays: (figure: string, report: string, exported: string) => `${figure}：总结为 ${report}，导出为 ${exported}`,
  },
  en: {
    reading: (file: string, where: string, headerRow: number) => `reading ${file} (${where}, header on row ${headerRow})`,
    sheet: (name: string) => `sheet "${name}"`,
    encoding: (name: string, delimiter: string) => `${delimiter === ',' ? 'CSV' : `text (${delimiter === '\t' ? 'tab' : 'semicolon'}-separated)`}, encoding ${name}`,
    columns: 'columns',
    counted: (rows: number, used: number) => `${rows} lines, ${used} usable`,
    skipped: (blank: number, header: number, subtotal: number, note: number) => `skipped: ${blank} blank, ${header} repeated header, ${subtotal} subtotal, ${note} note rows`,
    revenue: 'actual revenue',
    newProductRevenue: 'new-product revenue',
    created: 'new draft',
    updated: 'update',
    unchanged: 'unchanged',
    total: (old: string, next: string, reports: number, created: number, updated: number, unchanged: number) =>
      `total: ${old} → ${next} (${reports} monthly reports: ${created} new, ${updated} updated, ${unchanged} unchanged)`,
    notInExport: (count: number) => `monthly reports with no lines in this export, kept as they are (${count}):`,
    unusableHead: (count: number) => `lines that cannot be used (${count}):`,
    row: (row: number) => `row ${row}`,
    totalsHead: 'total rows:',
    preview: 'preview: nothing written. Run again with --write to write it.',
    nothingToWrite: 'nothing to change: the monthly reports already match the export.',
    wrote: (file: string, action: string) => `${action} ${file}`,
    blocked: 'some lines cannot be used: nothing written. Fix the export, or pass --allow-unmatched to import the usable lines only.',
    blockedTotal: 'a total row does not match the sum of the lines: the export may not have been read in full; nothing written.',
    checkSame: (reports: number) => `reconciled: ${reports} monthly reports match the export.`,
    checkDiffers: (count: number) => `${count} differences between the reports and the export:`,
    missingReport: (exported: string) => `no monthly report; the export's actual revenue is ${exported}`,
    noLines: (report: string) => `actual revenue: report ${report}, the export has no lines for this person and month`,
    reportSays: (figure: string, report: string, exported: string) => `${figure}: report ${report}, export ${exported}`,
  },
} as const;

/** Group the month as a heading: "2026年11月" / "2026-11". */
export const monthHeading = (lang: keyof Text, month: { year: number; month: number }) => (lang === 'zh' ? monthZh(month) : monthEn(month));
