import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { tableAsCsv } from '../../src/cycle/export-csv.ts';
import { checkContent } from '../../src/rules/check.ts';
import { rollupYear, type YearRollup } from '../../src/model/rollup.ts';
import { runPlan } from './helpers/run-plan.ts';

const outDir = () => mkdtempSync(path.join(tmpdir(), 'planbook-export-'));

async function demoRollup() {
  const { model } = await checkContent('content', { asOf: '2026-11-27' });
  const content = model.years.get(2026);
  if (!content) throw new Error('no FY2026 in the demo');
  return rollupYear(content, '2026-11-27');
}

/** 元 as Excel stores it, back to 分: exact for every amount below 2^53 分 / 100. */
const fenOf = (value: unknown) => Math.round(Number(value) * 100);

// Each case runs the CLI and writes or reads a workbook: generous for a busy 2-core machine.
describe('plan export --format xlsx', { timeout: 60_000 }, () => {
  it('writes a workbook a real reader opens, with the roll-up’s figures to the 分', async () => {
    const file = path.join(outDir(), 'fy2026.xlsx');
    const { code, stdout } = await runPlan(['export', '--format', 'xlsx', '--year', '2026', '--out', file, '--content', 'content']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/汇总（16 行）、月度横表（32 行）、月度（192 行）、预算执行（24 行）、版本对比（16 行）/);
    const rollup = await demoRollup();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['汇总', '月度横表', '月度', '预算执行', '版本对比']);

    const months = workbook.getWorksheet('月度');
    const header = months?.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual(['层级', '代码', '名称', '事业部', '事业部名称', '月份', '目标（元）', '实际（元）', '完成率']);
    const rows = new Map<string, unknown[]>();
    months?.eachRow((row, index) => {
      if (index > 1) rows.set(`${String(row.getCell(2).value)}/${String(row.getCell(6).value)}`, row.values as unknown[]);
    });
    const expected = [
      ['company', rollup.months],
      ...rollup.units.flatMap((unit) => [[unit.id, unit.months] as const, ...unit.people.map((person) => [person.id, person.months] as const)]),
    ] as const;
    let compared = 0;
    for (const [id, figures] of expected) {
      for (const month of figures) {
        const row = rows.get(`${id}/${month.month}`);
        expect(fenOf(row?.[7]), `${id} month ${month.month} target`).toBe(month.target);
        if (month.actual === null) expect(row?.[8]).toBeUndefined();
        else expect(fenOf(row?.[8]), `${id} month ${month.month} actual`).toBe(month.actual);
        compared++;
      }
    }
    expect(compared).toBe(192);
    expect(months?.getRow(2).getCell(7).numFmt).toBe('#,##0.00');

    const budget = workbook.getWorksheet('预算执行');
    const east = rollup.units.find((unit) => unit.id === 'east');
    const promotion = east?.expenses?.lines.find((line) => line.id === 'promotion');
    let found = false;
    budget?.eachRow((row) => {
      if (row.getCell(1).value === 'east' && row.getCell(2).value === east?.name && row.getCell(3).value === 'promotion') {
        expect(row.getCell(4).value).toBe('市场推广费用');
        expect(fenOf(row.getCell(5).value)).toBe(promotion?.budget);
        expect(fenOf(row.getCell(6).value)).toBe(promotion?.spent);
        found = true;
      }
    });
    expect(found).toBe(true);
  });

  it('has a months-as-columns sheet whose every figure equals plan rollup --format json, names beside ids', async () => {
    const file = path.join(outDir(), 'months.xlsx');
    expect((await runPlan(['export', '--format', 'xlsx', '--year', '2026', '--as-of', '2026-11-30', '--out', file, '--content', 'content'])).code).toBe(0);
    const json = JSON.parse((await runPlan(['rollup', '--format', 'json', '--year', '2026', '--as-of', '2026-11-30', '--content', 'content'])).stdout) as { years: YearRollup[] };
    const rollup = json.years[0]!;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('月度横表');
    expect((sheet?.getRow(1).values as unknown[]).slice(1)).toEqual(['层级', '代码', '名称', '事业部', '事业部名称', '指标', ...Array.from({ length: 12 }, (_, index) => `${index + 1}月`), '全年合计']);
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', xSplit: 6, ySplit: 1 });
    const read = new Map<string, unknown[]>();
    sheet?.eachRow((row, index) => {
      if (index > 1) read.set(`${String(row.getCell(2).value)}/${String(row.getCell(6).value)}`, (row.values as unknown[]).slice(7, 20));
    });
    const expected = [
      ['company', rollup.company, rollup] as const,
      ...rollup.units.flatMap((unit) => [[unit.id, unit.name, unit] as const, ...unit.people.map((person) => [person.id, person.name, person] as const)]),
    ];
    expect(read.size).toBe(expected.length * 2);
    for (const [id, , figures] of expected) {
      const target = read.get(`${id}/目标`);
      const actual = read.get(`${id}/实际`);
      expect(target?.slice(0, 12).map(fenOf), `${id} targets`).toEqual(figures.months.map((month) => month.target));
      expect(fenOf(target?.[12]), `${id} year target`).toBe(figures.months.reduce((sum, month) => sum + month.target, 0));
      // row.values is sparse: an empty cell is a hole, read as null here.
      expect(Array.from(actual?.slice(0, 12) ?? [], (value) => (value === undefined || value === null ? null : fenOf(value))), `${id} actuals`).toEqual(figures.months.map((month) => month.actual));
      expect(fenOf(actual?.[12]), `${id} actual to date`).toBe(figures.actual);
    }
    let nameOfEast: unknown;
    sheet?.eachRow((row) => {
      if (row.getCell(2).value === 'zhang-wei') nameOfEast = row.getCell(5).value;
    });
    expect(nameOfEast).toBe('华东事业部');
  });

  it('puts company totals in the budget sheet, equal to the sum of the units', async () => {
    const file = path.join(outDir(), 'budget.xlsx');
    expect((await runPlan(['export', '--format', 'xlsx', '--year', '2026', '--as-of', '2026-11-30', '--out', file, '--content', 'content'])).code).toBe(0);
    const rollup = await demoRollup();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const rows: unknown[][] = [];
    workbook.getWorksheet('预算执行')?.eachRow((row) => rows.push(row.values as unknown[]));
    const total = rows.find((row) => row[1] === 'company' && row[3] === 'total');
    expect(total?.slice(1, 5)).toEqual(['company', rollup.company, 'total', '合计']);
    expect(fenOf(total?.[5])).toBe(rollup.units.reduce((sum, unit) => sum + (unit.expenses?.total ?? 0), 0));
    expect(fenOf(total?.[6])).toBe(rollup.units.reduce((sum, unit) => sum + (unit.expenses?.spent ?? 0), 0));
    expect(Number(total?.[9])).toBeCloseTo(334 / 365, 10);
  });

  it('refuses to overwrite an existing file unless --force', async () => {
    const file = path.join(outDir(), 'finance.xlsx');
    writeFileSync(file, 'finance’s own workbook');
    const refused = await runPlan(['export', '--format', 'xlsx', '--year', '2026', '--out', file, '--content', 'content']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/已存在，未写入/);
    expect(readFileSync(file, 'utf8')).toBe('finance’s own workbook');
    expect((await runPlan(['export', '--format', 'xlsx', '--year', '2026', '--out', file, '--force', '--content', 'content'])).code).toBe(0);
    expect(readFileSync(file).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes into an existing folder named by --out, under the default name, and never replaces that folder', async () => {
    const folder = outDir();
    const xlsx = await runPlan(['export', '--format', 'xlsx', '--year', '2026', '--out', folder, '--force', '--content', 'content']);
    expect(xlsx.code).toBe(0);
    expect(xlsx.stdout).toContain(`已写入 ${path.join(folder, 'planbook-FY2026.xlsx')}：FY2026 汇总（16 行）`);
    const csv = await runPlan(['export', '--format', 'csv', '--table', 'summary', '--year', '2026', '--out', folder, '--content', 'content']);
    expect(csv.code).toBe(0);
    expect(readdirSync(folder).sort()).toEqual(['planbook-FY2026-summary.csv', 'planbook-FY2026.xlsx']);
    expect(readFileSync(path.join(folder, 'planbook-FY2026.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(readFileSync(path.join(folder, 'planbook-FY2026-summary.csv'), 'utf8')).toMatch(/^\uFEFF层级,/);
    const again = await runPlan(['export', '--format', 'xlsx', '--year', '2026', '--out', folder, '--content', 'content']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${path.join(folder, 'planbook-FY2026.xlsx')} 已存在，未写入`);
  });

  it('refuses a file whose folder does not exist, naming that folder as written, and creates nothing', async () => {
    const root = outDir();
    const file = path.join(root, 'no-such-folder', 'finance.xlsx');
    const { code, stderr } = await runPlan(['export', '--format', 'xlsx', '--year', '2026', '--out', file, '--content', 'content']);
    expect(code).toBe(2);
    expect(stderr).toContain(`--out ${file}：文件夹 ${path.join(root, 'no-such-folder')} 不存在。`);
    expect(readdirSync(root)).toEqual([]);
  });

  it('creates a new folder written with a trailing slash and writes the default name inside it, never a file named like the folder', async () => {
    const root = outDir();
    const { code, stdout } = await runPlan(['export', '--format', 'csv', '--year', '2026', '--out', 'exports/', '--content', path.resolve('content')], root);
    expect(code).toBe(0);
    expect(stdout).toBe('已新建文件夹 exports/\n已写入 exports/planbook-FY2026-months.csv：FY2026 months 表\n');
    expect(readdirSync(path.join(root, 'exports'))).toEqual(['planbook-FY2026-months.csv']);
  });
});

describe('plan export --format csv', () => {
  it('starts with a BOM, uses CRLF, Chinese headers and exact 元 amounts', async () => {
    const file = path.join(outDir(), 'months.csv');
    expect((await runPlan(['export', '--format', 'csv', '--year', '2026', '--out', file, '--content', 'content'])).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF层级,代码,名称,事业部,事业部名称,月份,目标（元）,实际（元）,完成率\r\n')).toBe(true);
    const rollup = await demoRollup();
    const january = rollup.months[0];
    expect(text).toContain(`\r\n公司,company,${rollup.company},,,1,${((january?.target ?? 0) / 100).toFixed(2)},`);
  });

  it('prints English headers with --lang en', async () => {
    const { stdout } = await runPlan(['export', '--format', 'csv', '--table', 'summary', '--lang', 'en', '--year', '2026', '--content', 'content']);
    expect(stdout).toMatch(/^\uFEFFLevel,ID,Name,Unit,Unit name,Annual target \(CNY\),/);
    expect(stdout).toMatch(/\r\nCompany,company,华信智能科技有限公司,,,120000000\.00,/);
  });

  it('quotes commas, quotes and line breaks, and defuses formula-like text', () => {
    const table = {
      id: 'summary' as const,
      zh: '汇总',
      en: 'Summary',
      columns: [
        { zh: '名称', en: 'Name', kind: 'text' as const },
        { zh: '金额', en: 'Amount', kind: 'money' as const },
        { zh: '完成率', en: 'Attainment', kind: 'ratio' as const },
      ],
      rows: [
        ['华信, "上海"\n分公司', 1, 0.9874],
        ['=HYPERLINK("x")', -150, null],
      ],
    };
    expect(tableAsCsv(table, 'zh-CN')).toBe('\uFEFF名称,金额,完成率\r\n"华信, ""上海""\n分公司",0.01,98.74%\r\n"\'=HYPERLINK(""x"")",-1.50,\r\n');
  });

  it.each([
    ['=', '=1+2', "'=1+2"],
    ['+', '+1', "'+1"],
    ['-', '-2+3', "'-2+3"],
    ['@', '@SUM(A1)', "'@SUM(A1)"],
    ['TAB then =', '\t=1+2', "'\t=1+2"],
    ['CR then =', '\r=1+2', '"\'\r=1+2"'],
  ])('neutralises a text cell starting with %s and keeps a negative amount a number', (_lead, name, written) => {
    const table = {
      id: 'summary' as const,
      zh: '汇总',
      en: 'Summary',
      columns: [
        { zh: '名称', en: 'Name', kind: 'text' as const },
        { zh: '金额', en: 'Amount', kind: 'money' as const },
      ],
      rows: [[name, -36741]],
    };
    expect(tableAsCsv(table, 'zh-CN')).toBe(`\uFEFF名称,金额\r\n${written},-367.41\r\n`);
  });
});
