// plan import actuals on messy exports: each case writes its file in the test (exceljs for xlsx,
// iconv-lite for a GBK CSV) against the minimal company, whose zhang-wei has a January report
// (213,500) and li-na none, and asserts the exact figure, row and message a user would see.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { minimalWith } from './helpers/fixture-edits.ts';
import { fixtureRepo } from './helpers/approvals-repo.ts';
import { runPlan } from './helpers/run-plan.ts';

type Cells = (string | number | Date | null | ExcelJS.CellFormulaValue)[];

/** Writes an .xlsx with these rows (row 1 first) into a temp folder; `shape` merges cells etc. */
async function xlsx(rows: Cells[], shape: (sheet: ExcelJS.Worksheet) => void = () => {}): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('销售明细');
  for (const row of rows) sheet.addRow(row);
  shape(sheet);
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'planbook-import-')), 'export.xlsx');
  await workbook.xlsx.writeFile(file);
  return file;
}

function csv(text: string, encoding: 'utf8' | 'gbk' = 'utf8'): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'planbook-import-')), 'export.csv');
  writeFileSync(file, encoding === 'gbk' ? iconv.encode(text, 'gbk') : text);
  return file;
}

const HEADER = ['日期', '业务员', '客户', '客户群', '金额'];

/** Runs the import as JSON and returns the parsed output with the exit code. */
async function preview(file: string, content: string, ...flags: string[]) {
  const { code, stdout, stderr } = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--format', 'json', ...flags]);
  if (!stdout) throw new Error(`no output (exit ${code}): ${stderr}`);
  return { code, json: JSON.parse(stdout) as ImportJson, stderr };
}

interface ImportJson {
  source: { headerRow: number; encoding?: string; sheet?: string; columns: Record<string, { column: string; label: string }> };
  lines: { used: number; unusable: number; skipped: { blank: number; header: number; subtotal: number; note: number } };
  reports: { person: string; month: number; action: string; path: string; figures: { field: string; old: number | null; new: number }[] }[];
  totals: { old: number; new: number };
  unusable: { row: number; reasons: { code: string; message: string; messageEn: string }[] }[];
  totalRows: { row: number; stated: number | null; sum: number; matches: boolean }[];
  written: { path: string; action: string }[];
}

const figure = (json: ImportJson, person: string, field: string) => json.reports.find((report) => report.person === person)?.figures.find((candidate) => candidate.field === field)?.new;
const ZHANG_WEI_REPORT = '2026/people/zhang-wei/01.report.mdx';

describe('plan import actuals: messy exports', { timeout: 60_000 }, () => {
  it('skips title rows above the header (a merged title across the columns) and finds the header on row 3', async () => {
    const file = await xlsx([['示例智能科技 2026年1月销售明细'], ['导出时间：2026-02-01'], HEADER, ['2026-01-05', '张伟', '临港智造', '大客户', 120000], ['2026-01-06', '张伟', '苏州经销', '经销商', 30000.5]], (sheet) =>
      sheet.mergeCells('A1:E1'),
    );
    const { code, json } = await preview(file, minimalWith());
    expect(code).toBe(0);
    expect(json.source.headerRow).toBe(3);
    expect(json.source.columns['amount']).toEqual({ column: 'E', label: '金额' });
    expect(figure(json, 'zhang-wei', 'actual.revenue')).toBe(15_000_050);
    expect(figure(json, 'zhang-wei', 'groups.distributors')).toBe(3_000_050);
  });

  it('excludes the 合计 row and checks its figure (a formula) against the sum of the lines', async () => {
    const rows: Cells[] = [HEADER, ['2026-01-05', '张伟', 'a', '大客户', 100000], ['2026-01-07', '李娜', 'b', '线上', 2345.67], ['合计', null, null, null, { formula: 'SUM(E2:E3)', result: 102345.67 }]];
    const { code, json } = await preview(await xlsx(rows), minimalWith());
    expect(code).toBe(0);
    expect(json.totalRows).toEqual([{ row: 4, label: '合计', stated: 10_234_567, sum: 10_234_567, unreadable: 0, matches: true }]);
    expect(json.totals.new).toBe(10_234_567);
  });

  it('refuses to write when the 合计 row does not match the lines: the export was not read in full', async () => {
    const content = minimalWith();
    const rows: Cells[] = [HEADER, ['2026-01-05', '张伟', 'a', '大客户', 100000], ['总计', null, null, null, 100000.01]];
    const file = await xlsx(rows);
    const { code, stdout } = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--write']);
    expect(code).toBe(1);
    expect(stdout).toContain('第 3 行“总计”为 100,000.01元，其上明细之和为 10万');
    expect(stdout).toContain('合计行与明细之和不符');
    expect(readFileSync(path.join(content, ZHANG_WEI_REPORT), 'utf8')).toContain('revenue: 213,500');
  });

  it('fills a salesperson merged down several lines into each line, and counts a merged amount once', async () => {
    const rows: Cells[] = [HEADER, ['2026-01-05', '张伟', 'a', '大客户', 100000], ['2026-01-06', null, 'b', '经销商', 20000], ['2026-01-07', null, 'c', '线上', 5000], ['2026-01-08', '李娜', 'd', '线上', 7000], ['2026-01-09', '李娜', 'd', '线上', null]];
    const file = await xlsx(rows, (sheet) => {
      sheet.mergeCells('B2:B4');
      sheet.mergeCells('E5:E6');
    });
    const { code, json } = await preview(file, minimalWith());
    expect(figure(json, 'zhang-wei', 'actual.revenue')).toBe(12_500_000);
    expect(figure(json, 'li-na', 'actual.revenue')).toBe(700_000);
    expect(json.unusable).toEqual([{ row: 6, reasons: [{ code: 'merged-amount', message: '金额单元格与第 5 行合并，只在第 5 行计一次', messageEn: 'the amount cell is merged with row 5 and counts once, on row 5' }] }]);
    expect(code).toBe(1);
  });

  it('skips blank rows and header rows repeated on every printed page', async () => {
    const rows: Cells[] = [HEADER, ['2026-01-05', '张伟', 'a', '大客户', 1000], [], HEADER, ['2026-01-06', '张伟', 'b', '大客户', 2000], [null, null, null, null, null], ['制表：刘芳']];
    const { code, json } = await preview(await xlsx(rows), minimalWith());
    expect(code).toBe(0);
    expect(json.lines.skipped).toEqual({ blank: 2, header: 1, subtotal: 0, note: 1 });
    expect(figure(json, 'zhang-wei', 'groups.key-accounts')).toBe(300_000);
  });

  it('reads amounts written as text with commas, ¥ and 元, negative lines for returns, and number cells exactly', async () => {
    const rows: Cells[] = [HEADER, ['2026-01-05', '张伟', 'a', '大客户', '¥1,234.50'], ['2026-01-05', '张伟', 'b', '大客户', '1,234.50元'], ['2026-01-06', '张伟', 'c', '大客户', '-300'], ['2026-01-07', '张伟', 'd', '线上', 0.1], ['2026-01-07', '张伟', 'e', '线上', 0.2], ['2026-01-08', '张伟', 'f', '经销商', '１，０００']];
    const { code, json } = await preview(await xlsx(rows), minimalWith());
    expect(code).toBe(0);
    // 1,234.50 + 1,234.50 − 300 = 2,169.00; 0.1 + 0.2 is 0.30 exactly (in 分, never as floats).
    expect(figure(json, 'zhang-wei', 'groups.key-accounts')).toBe(216_900);
    expect(figure(json, 'zhang-wei', 'groups.online')).toBe(30);
    expect(figure(json, 'zhang-wei', 'groups.distributors')).toBe(100_000);
    expect(figure(json, 'zhang-wei', 'actual.revenue')).toBe(316_930);
  });

  it('refuses a number cell with a fraction of a 分 instead of rounding it, naming the row', async () => {
    const rows: Cells[] = [HEADER, ['2026-01-05', '张伟', 'a', '大客户', 1000], ['2026-01-05', '张伟', 'b', '大客户', 12.345]];
    const { code, json } = await preview(await xlsx(rows), minimalWith());
    expect(code).toBe(1);
    expect(json.unusable[0]?.row).toBe(3);
    expect(json.unusable[0]?.reasons[0]?.code).toBe('unreadable-amount');
    expect(json.unusable[0]?.reasons[0]?.message).toContain('金额“12.345”无法读取（12.345 含不足一分的零头');
    expect(json.unusable[0]?.reasons[0]?.messageEn).toContain('Unexpected fraction of a 分 in 12.345');
    expect(figure(json, 'zhang-wei', 'actual.revenue')).toBe(100_000);
  });

  it('reads Excel date cells, date serials and text dates', async () => {
    const serial = (Date.UTC(2026, 0, 15) - Date.UTC(1899, 11, 30)) / 86_400_000;
    const rows: Cells[] = [
      HEADER,
      [new Date(Date.UTC(2026, 0, 2)), '张伟', 'a', '大客户', 1],
      [serial, '张伟', 'b', '大客户', 2],
      ['2026/1/20', '张伟', 'c', '大客户', 4],
      ['2026年1月31日', '张伟', 'd', '大客户', 8],
      ['2026.01.09 14:30', '张伟', 'e', '大客户', 16],
      ['2026-02-01', '张伟', 'f', '大客户', 32],
      ['1月32日', '张伟', 'g', '大客户', 64],
    ];
    const { json } = await preview(await xlsx(rows), minimalWith(), '--month', '2026-01');
    expect(figure(json, 'zhang-wei', 'groups.key-accounts')).toBe(3_100);
    expect(json.unusable).toEqual([
      { row: 7, reasons: [{ code: 'outside-month', message: '日期 2026-02-01 不在 2026年1月 内', messageEn: 'date 2026-02-01 is outside 2026-01' }] },
      { row: 8, reasons: [expect.objectContaining({ code: 'unreadable-date', message: '日期“1月32日”无法识别；应为 2026-11-05、2026/11/5、2026年11月5日 或 Excel 日期' })] },
    ]);
  });

  it('decodes a GBK-encoded CSV from an older system and says so', async () => {
    const file = csv('销售明细表\r\n单据日期,业务员,客户名称,客户分类,价税合计\r\n2026-01-05,张伟,上海临港,大客户,"12,000.00"\r\n2026-01-06,李娜,苏州,经销商,800\r\n合计,,,,"12,800.00"\r\n', 'gbk');
    const { code, json } = await preview(file, minimalWith());
    expect(code).toBe(0);
    expect(json.source.encoding).toBe('GB18030');
    expect(json.source.headerRow).toBe(2);
    expect(figure(json, 'zhang-wei', 'actual.revenue')).toBe(1_200_000);
    expect(figure(json, 'li-na', 'groups.distributors')).toBe(80_000);
    const text = await runPlan(['import', 'actuals', '--from', file, '--content', minimalWith()]);
    expect(text.stdout).toContain('CSV，编码 GB18030');
  });

  it('reads a UTF-8 CSV with a byte-order mark', async () => {
    const { json } = await preview(csv('\uFEFFdate,salesperson,customer group,amount\n2026-01-05,zhang-wei,key-accounts,1.5\n'), minimalWith());
    expect(json.source.encoding).toBe('UTF-8 BOM');
    expect(figure(json, 'zhang-wei', 'actual.revenue')).toBe(150);
  });

  it('matches names written with full-width characters and spaces, and logins and English names', async () => {
    const rows: Cells[] = [HEADER, ['2026-01-05', '张\u3000伟', 'a', '大客户', 1], ['2026-01-05', 'ｚｈａｎｇｗｅｉ－ｅｘ', 'b', 'ＫＥＹ－ＡＣＣＯＵＮＴＳ', 2], ['2026-01-05', ' 李 娜 ', 'c', '线上', 4]];
    const { code, json } = await preview(await xlsx(rows), minimalWith());
    expect(code).toBe(0);
    expect(figure(json, 'zhang-wei', 'groups.key-accounts')).toBe(300);
    expect(figure(json, 'li-na', 'groups.online')).toBe(400);
  });

  it('lists every line it cannot use with its row and reason, exits 1, and imports the rest with --allow-unmatched', async () => {
    const rows: Cells[] = [
      ['标题'],
      HEADER,
      ['2026-01-05', '王小二', 'a', '大客户', 100],
      ['2026-01-05', '张伟', 'b', '政府', 100],
      ['2026-01-05', '张伟', 'c', '大客户', '一百元'],
      ['2026-01-05', '周志强', 'd', '大客户', 100],
      ['2026-01-05', '张伟', 'e', '大客户', 500],
    ];
    const file = await xlsx(rows);
    const content = minimalWith();
    const { code, stdout } = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--write']);
    expect(code).toBe(1);
    expect(stdout).toContain('无法使用的行（4）：');
    expect(stdout).toContain('第 3 行  未知销售员“王小二”：2026/org.yaml 中没有此 id、姓名或登录名');
    expect(stdout).toContain('第 4 行  未知客户群“政府”；应为 大客户、经销商、线上');
    expect(stdout).toMatch(/第 5 行 {2}金额“一百元”无法读取/);
    expect(stdout).toContain('第 6 行  “周志强”在 2026/org.yaml 中不是承担个人指标的销售员');
    expect(readFileSync(path.join(content, ZHANG_WEI_REPORT), 'utf8')).toContain('revenue: 213,500');
    const english = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--lang', 'en']);
    expect(english.stdout).toContain('row 3  unknown salesperson "王小二": no id, name or login in 2026/org.yaml');
    const allowed = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--write', '--allow-unmatched']);
    expect(allowed.code).toBe(0);
    expect(readFileSync(path.join(content, ZHANG_WEI_REPORT), 'utf8')).toContain('revenue: 500\n');
  });

  it('finds columns by English headers, and by --map when the header uses other words', async () => {
    const english = csv('Date,Sales Rep,Customer Group,Amount\n2026-01-05,Zhang Wei,Online,99.99\n');
    const content = minimalWith({ file: '2026/org.yaml', find: '    name: 张伟\n', replace: '    name: 张伟\n    nameEn: Zhang Wei\n' });
    expect(figure((await preview(english, content)).json, 'zhang-wei', 'groups.online')).toBe(9_999);
    const other = csv('日期,经手人,客户群,收入\n2026-01-05,张伟,线上,10\n');
    const refused = await runPlan(['import', 'actuals', '--from', other, '--content', content]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('前 50 行中找不到表头：最接近的是第 1 行，缺少 销售员、金额 列');
    const mapped = await preview(other, content, '--map', '经手人=salesperson', '--map', 'D=amount');
    expect(figure(mapped.json, 'zhang-wei', 'groups.online')).toBe(1_000);
  });

  it('maps columns by letter below a merged title row', async () => {
    const file = await xlsx([['2026年1月明细'], ['时间', '人员', '分类', '数'], ['2026-01-05', '张伟', '线上', 12.5]], (sheet) => sheet.mergeCells('A1:D1'));
    const { json } = await preview(file, minimalWith(), '--map', 'A=date,B=salesperson,C=group,D=amount');
    expect(json.source.headerRow).toBe(2);
    expect(figure(json, 'zhang-wei', 'groups.online')).toBe(1_250);
  });

  it('refuses two amount columns (含税 and 金额) until --map picks one', async () => {
    const file = csv('日期,业务员,客户群,金额,含税金额\n2026-01-05,张伟,线上,100,113\n');
    const refused = await runPlan(['import', 'actuals', '--from', file, '--content', minimalWith()]);
    expect(refused.stderr).toContain('表头（第 1 行）中有多列可作为金额：D 金额、E 含税金额');
    const { json } = await preview(file, minimalWith(), '--map', '含税金额=amount');
    expect(figure(json, 'zhang-wei', 'actual.revenue')).toBe(11_300);
  });

  it('fills actual.newProductRevenue from a new-product column', async () => {
    const file = csv('日期,业务员,客户群,金额,是否新产品\n2026-01-05,张伟,线上,100,是\n2026-01-05,张伟,线上,50,否\n2026-01-06,张伟,大客户,-20,Y\n');
    const { json } = await preview(file, minimalWith());
    expect(figure(json, 'zhang-wei', 'actual.newProductRevenue')).toBe(8_000);
    expect(figure(json, 'zhang-wei', 'actual.revenue')).toBe(13_000);
  });
});

// Loads, git status and plan check on a busy two-core CI: generous bounds, not timings.
describe('plan import actuals: writing', { timeout: 60_000 }, () => {
  const rows: Cells[] = [HEADER, ['2026-01-05', '张伟', 'a', '大客户', 150000], ['2026-01-06', '张伟', 'b', '经销商', 60000.5], ['2026-01-08', '李娜', 'c', '大客户', 90000]];

  it('replaces only the figures of an existing report, creates a missing one as a draft, and a second import changes nothing', async () => {
    const content = minimalWith();
    const file = await xlsx(rows);
    const before = readFileSync(path.join(content, ZHANG_WEI_REPORT), 'utf8');
    const first = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--write', '--date', '2026-02-02']);
    expect(first.code).toBe(0);
    const after = readFileSync(path.join(content, ZHANG_WEI_REPORT), 'utf8');
    const changed = before.split('\n').flatMap((line, index) => (line === after.split('\n')[index] ? [] : [`${line} → ${after.split('\n')[index]}`]));
    expect(changed).toEqual(['  revenue: 213,500 →   revenue: 210,000.50', '  key-accounts: 131,000 →   key-accounts: 150,000', '  distributors: 57,500 →   distributors: 60,000.50', '  online: 25,000 →   online: 0']);
    const created = readFileSync(path.join(content, '2026/people/li-na/01.report.mdx'), 'utf8');
    expect(created).toMatch(/status: draft\ndate: 2026-02-02\n[\s\S]*revenue: 9万 {12}# 实际销售额\ngroups:\n {2}key-accounts: 9万 {3}# 大客户\n {2}distributors: 0/);
    expect((await runPlan(['check', '--content', content, '--as-of', '2026-02-20'])).code).toBe(0);
    const second = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--write']);
    expect(second.stdout).toContain('无需修改：月度总结已与导出一致。');
    expect(readFileSync(path.join(content, ZHANG_WEI_REPORT), 'utf8')).toBe(after);
    expect(readFileSync(path.join(content, '2026/people/li-na/01.report.mdx'), 'utf8')).toBe(created);
  });

  it('sets spend per expense line from lines with a 费用科目, opening a report\'s empty spend map', async () => {
    const content = minimalWith();
    const file = csv('日期,业务员,客户群,费用科目,金额\n2026-01-05,张伟,大客户,,1000\n2026-01-06,张伟,,市场推广费用,"8,540.00"\n2026-01-07,李娜,线上,,200\n2026-01-08,李娜,,labor,300.5\n2026-01-09,李娜,,差旅费,50\n');
    const { code, json } = await preview(file, content);
    expect(code).toBe(1);
    expect(json.unusable).toEqual([{ row: 6, reasons: [expect.objectContaining({ code: 'unknown-expense-line', message: '未知费用科目“差旅费”；应为 市场推广费用、人力成本、销售提成、广告宣传、其他' })] }]);
    expect(json.reports.find((report) => report.person === 'zhang-wei')?.figures.filter((figure) => figure.field.startsWith('spend.'))).toEqual([
      { field: 'spend.promotion', old: 800_000, new: 854_000 },
      { field: 'spend.labor', old: 1_500_000, new: 0 },
      { field: 'spend.commission', old: 320_250, new: 0 },
    ]);
    const written = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--write', '--allow-unmatched', '--date', '2026-02-02']);
    expect(written.code).toBe(0);
    expect(readFileSync(path.join(content, ZHANG_WEI_REPORT), 'utf8')).toContain('spend:\n  promotion: 8,540\n  labor: 0\n  commission: 0\n');
    expect(readFileSync(path.join(content, '2026/people/li-na/01.report.mdx'), 'utf8')).toContain('spend:                  # 费用支出，按预算科目：promotion: 8,540\n  labor: 300.50\n---');
    expect((await runPlan(['check', '--content', content, '--as-of', '2026-02-20'])).code).toBe(0);
    const again = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--write', '--allow-unmatched']);
    expect(again.stdout).toContain('无需修改');
  });

  it('writes every figure of a report in one unit: a new draft in 元 when one figure has 分, a group new to a report in the report’s unit', async () => {
    const content = minimalWith();
    const file = csv('日期,业务员,客户群,费用科目,金额\n2026-01-05,李娜,大客户,,120000\n2026-01-06,李娜,经销商,,3456.78\n2026-01-07,张伟,大客户,,131000\n2026-01-07,张伟,经销商,,57500\n2026-01-07,张伟,线上,,25000\n2026-01-08,张伟,,广告宣传,50000\n');
    expect((await runPlan(['import', 'actuals', '--from', file, '--content', content, '--write', '--date', '2026-02-02'])).code).toBe(0);
    const created = readFileSync(path.join(content, '2026/people/li-na/01.report.mdx'), 'utf8');
    expect(created).toMatch(/revenue: 123,456\.78 +# 实际销售额\ngroups:\n {2}key-accounts: 120,000 +# 大客户\n {2}distributors: 3,456\.78 +# 经销商\n {2}online: 0 /);
    const updated = readFileSync(path.join(content, ZHANG_WEI_REPORT), 'utf8');
    expect(updated).toContain('  revenue: 213,500\n');
    expect(updated).toContain('spend:\n  promotion: 0\n  labor: 0\n  commission: 0\n  advertising: 50,000\n---');
    expect((await runPlan(['check', '--content', content, '--as-of', '2026-02-20'])).code).toBe(0);
  });

  it('previews each report’s figures in the unit its file is written in, as the draft then reads', async () => {
    const content = minimalWith();
    const file = csv('日期,业务员,客户群,金额\n2026-02-03,李娜,大客户,123456.78\n2026-02-04,李娜,线上,80000\n2026-02-05,张伟,线上,50000\n2026-01-07,张伟,大客户,140000\n');
    const { stdout } = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--allow-unmatched']);
    // 李娜's new draft has a figure with 分, so all of it is in 元; 张伟's in 万; his January report is written in 元.
    expect(stdout).toMatch(/li-na\/02\.report\.mdx[^\n]*\n {4}实际销售额 +— → 203,456\.78元\n {4}大客户 +— → 123,456\.78元\n {4}经销商 +— → 0\n {4}线上 +— → 80,000\.00元\n/);
    expect(stdout).toMatch(/zhang-wei\/02\.report\.mdx[^\n]*\n {4}实际销售额 +— → 5万\n/);
    expect(stdout).toMatch(/zhang-wei\/01\.report\.mdx[^\n]*\n {4}实际销售额 +213,500\.00元 → 140,000\.00元\n/);
    expect((await runPlan(['import', 'actuals', '--from', file, '--content', content, '--write', '--allow-unmatched', '--force'])).code).toBe(0);
    expect(readFileSync(path.join(content, '2026/people/li-na/02.report.mdx'), 'utf8')).toMatch(/revenue: 203,456\.78 [\s\S]*online: 80,000 /);
    expect(readFileSync(path.join(content, ZHANG_WEI_REPORT), 'utf8')).toContain('  revenue: 140,000\n');
  });

  it('refuses a negative spend total instead of writing a report the schema rejects', async () => {
    const content = minimalWith();
    const file = csv('日期,业务员,客户群,费用科目,金额\n2026-01-05,张伟,大客户,,1000\n2026-01-06,张伟,,其他,-100\n');
    const { code, stderr } = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--write']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/zhang-wei\/01\.report\.mdx：费用科目 other 的明细合计为 -0\.01万，费用不能为负/);
    expect(readFileSync(path.join(content, ZHANG_WEI_REPORT), 'utf8')).toContain('revenue: 213,500');
  });

  it('refuses to rewrite a report with uncommitted changes unless --force', async () => {
    const repo = await fixtureRepo();
    try {
      const report = path.join(repo.dir, 'content', ZHANG_WEI_REPORT);
      writeFileSync(report, readFileSync(report, 'utf8').replace('## 问题分析', '## 问题分析\n\n（张伟正在写）'));
      const file = await xlsx(rows);
      const refused = await runPlan(['import', 'actuals', '--from', file, '--content', 'content', '--write'], repo.dir);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`有 Git 尚未提交的修改，请先提交（或加 --force）：\n  content/${ZHANG_WEI_REPORT}`);
      expect(readFileSync(report, 'utf8')).toContain('revenue: 213,500');
      const forced = await runPlan(['import', 'actuals', '--from', file, '--content', 'content', '--write', '--force'], repo.dir);
      expect(forced.code).toBe(0);
      expect(readFileSync(report, 'utf8')).toContain('（张伟正在写）');
      expect(readFileSync(report, 'utf8')).toContain('revenue: 210,000.50');
    } finally {
      repo.cleanup();
    }
  });

  it('--check states a report written in 万 and its export in 万, in both languages', async () => {
    const content = minimalWith(
      { file: ZHANG_WEI_REPORT, find: '  revenue: 213,500\n', replace: '  revenue: 21.35万\n' },
      { file: ZHANG_WEI_REPORT, find: '  key-accounts: 131,000\n  distributors: 57,500\n  online: 25,000\n', replace: '  key-accounts: 13.1万\n  distributors: 5.75万\n  online: 2.5万\n' },
    );
    const file = csv('日期,业务员,客户群,金额\n2026-01-05,张伟,大客户,123456.78\n');
    const zh = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--month', '2026-01', '--check']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('01.report.mdx  实际销售额：总结为 21.35万，导出为 12.345678万');
    expect(zh.stdout).toContain('01.report.mdx  大客户：总结为 13.1万，导出为 12.345678万');
    expect(zh.stdout).toContain('01.report.mdx  线上：总结为 2.5万，导出为 0');
    const en = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--month', '2026-01', '--check', '--lang', 'en']);
    expect(en.stdout).toContain('01.report.mdx  actual revenue: report 21.35万, export 12.345678万');
  });

  it('--check lists every difference between the reports and the export, and exits 0 once they agree', async () => {
    const content = minimalWith();
    const file = await xlsx(rows);
    const check = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--check']);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('核对发现 5 处差异：');
    // Paths as typed: the export and the content folder are absolute temp paths, shown as such.
    expect(check.stdout).toContain(`读取 ${file}（`);
    expect(check.stdout).toContain(`张伟 2026年1月  ${content}/${ZHANG_WEI_REPORT}`);
    // Both figures of a line in the unit the report is written in (元 here), as the preview states them: never 21.35万 beside 210,000.50元.
    expect(check.stdout).toContain('01.report.mdx  实际销售额：总结为 213,500.00元，导出为 210,000.50元');
    expect(check.stdout).toContain('01.report.mdx  线上：总结为 25,000.00元，导出为 0');
    expect(check.stdout).toMatch(/李娜 2026年1月 {2}\S+li-na\/01.report.mdx {2}没有月度总结；导出的实际销售额为 9万/);
    const json = JSON.parse((await runPlan(['import', 'actuals', '--from', file, '--content', content, '--check', '--format', 'json'])).stdout);
    expect(json.differences[0]).toMatchObject({ person: 'zhang-wei', month: 1, figure: 'actual.revenue', report: 21_350_000, export: 21_000_050 });
    await runPlan(['import', 'actuals', '--from', file, '--content', content, '--write']);
    const again = await runPlan(['import', 'actuals', '--from', file, '--content', content, '--check']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('核对一致：2 份月度总结与导出相符。');
  });
});
