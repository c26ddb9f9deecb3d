// The pieces of plan import actuals that read cells: encodings, dates, amounts, CSV row numbers.
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeExport } from '../../src/import/decode.ts';
import { readDay } from '../../src/import/export-date.ts';
import { readCsv } from '../../src/import/read-csv.ts';
import { readAmount } from '../../src/import/sales-lines.ts';
import { minimalWith } from './helpers/fixture-edits.ts';
import { runPlan } from './helpers/run-plan.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

describe('decodeExport', () => {
  it('reads bytes that are not UTF-8 as GB18030, and UTF-8 (with or without BOM) as UTF-8', () => {
    expect(decodeExport(iconv.encode('业务员,金额', 'gbk'))).toEqual({ text: '业务员,金额', encoding: 'GB18030' });
    expect(decodeExport(Buffer.from('业务员,金额'))).toEqual({ text: '业务员,金额', encoding: 'UTF-8' });
    expect(decodeExport(Buffer.from('\uFEFF业务员'))).toEqual({ text: '业务员', encoding: 'UTF-8 BOM' });
    expect(decodeExport(Buffer.from('\uFEFF业务员', 'utf16le'))).toEqual({ text: '业务员', encoding: 'UTF-16LE' });
  });
});

describe('readDay', () => {
  it('reads Excel serials, date cells and the text forms, and nothing else', () => {
    expect(readDay(46_331)).toEqual({ year: 2026, month: 11, day: 5 });
    expect(readDay('46331')).toEqual({ year: 2026, month: 11, day: 5 });
    expect(readDay(46_331.75)).toEqual({ year: 2026, month: 11, day: 5 });
    expect(readDay(new Date(Date.UTC(2026, 10, 30)))).toEqual({ year: 2026, month: 11, day: 30 });
    expect(readDay('２０２６年１１月５日')).toEqual({ year: 2026, month: 11, day: 5 });
    expect(readDay('20261105')).toEqual({ year: 2026, month: 11, day: 5 });
    expect(readDay('2026-11-05T09:30:00')).toEqual({ year: 2026, month: 11, day: 5 });
    for (const notADate of [2026, '2026-02-30', '11/05/2026', '上周五', '', null, true]) expect(readDay(notADate)).toBeUndefined();
  });
});

describe('readAmount', () => {
  it('reads text and number cells to exact 分 and refuses what is not an amount', () => {
    expect(readAmount('¥1,234.50')).toEqual({ fen: 123_450 });
    expect(readAmount('￥１，２３４．５０')).toEqual({ fen: 123_450 });
    expect(readAmount('-300元')).toEqual({ fen: -30_000 });
    expect(readAmount(1234.5)).toEqual({ fen: 123_450 });
    expect(readAmount(0.1 + 0.2)).toMatchObject({ text: { en: expect.stringContaining('fraction of a 分') } });
    expect(readAmount(null)).toEqual({ text: { zh: '缺少金额', en: 'no amount' } });
    expect(readAmount('(300)')).toMatchObject({ text: { zh: expect.stringContaining('金额“(300)”无法读取') } });
  });
});

describe('readCsv', () => {
  it('numbers rows as Excel shows the file, blank lines included', () => {
    const table = readCsv(Buffer.from('title\n\ndate,salesperson\n2026-11-05,"Zhang, Wei"\n'));
    expect(table.rows.map((row) => [row.number, row.cells])).toEqual([
      [1, ['title']],
      [2, [null]],
      [3, ['date', 'salesperson']],
      [4, ['2026-11-05', 'Zhang, Wei']],
    ]);
  });

  it('reads semicolon- and tab-separated exports', () => {
    expect(readCsv(Buffer.from('日期;业务员;金额\n2026-11-05;张伟;1,5\n')).rows[1]?.cells).toEqual(['2026-11-05', '张伟', '1,5']);
    expect(readCsv(Buffer.from('日期\t业务员\t金额\n2026-11-05\t张伟\t1,234.50\n')).rows[1]?.cells).toEqual(['2026-11-05', '张伟', '1,234.50']);
  });
});

describe('plan import actuals: usage', () => {
  it('says in English with --lang en what header it could not find', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'planbook-import-')), 'export.csv');
    writeFileSync(file, 'when,who,what\n');
    const { code, stderr } = await runPlan(['import', 'actuals', '--from', file, '--content', minimalWith(), '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toContain('plan import: no header in the first 50 rows: the closest is row 1, without a date, salesperson, customer group, amount column');
  });

  it('refuses an unknown --map field and a --month that is not YYYY-MM with exit 2', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'planbook-import-')), 'export.csv');
    writeFileSync(file, '日期,业务员,客户群,金额\n');
    const map = await runPlan(['import', 'actuals', '--from', file, '--content', minimalWith(), '--map', '经手人=person']);
    expect(map.code).toBe(2);
    expect(map.stderr).toContain('--map “经手人=person” 无法识别');
    const month = await runPlan(['import', 'actuals', '--from', file, '--content', minimalWith(), '--month', '2026-13']);
    expect(month.code).toBe(2);
    expect(month.stderr).toContain('--month “2026-13” 无法识别；应为 YYYY-MM');
  });

  it('reads a file by what it is: tab-separated .txt as a table and says so; prose, binary, an old .xls and other names refused with exit 2', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'planbook-import-'));
    const write = (name: string, bytes: string | Buffer) => {
      writeFileSync(path.join(folder, name), bytes);
      return path.join(folder, name);
    };
    const run = (name: string, bytes: string | Buffer, ...flags: string[]) => runPlan(['import', 'actuals', '--from', write(name, bytes), '--content', minimalWith(), '--month', '2026-01', ...flags]);
    const tab = await run('销售明细.txt', '日期\t业务员\t客户群\t金额\n2026-01-05\t张伟\t大客户\t1000\n');
    expect(tab.stdout).toMatch(/^读取 .*销售明细\.txt（文本（制表符分隔），编码 UTF-8，表头在第 1 行）/);
    expect((await run('销售明细.tsv', '日期\t业务员\t客户群\t金额\n', '--lang', 'en')).stdout).toMatch(/\(text \(tab-separated\), encoding UTF-8, header on row 1\)/);
    const refusals: [string, string | Buffer, string][] = [
      ['notes.txt', '十一月会议纪要\n本月销售良好。\n', 'notes.txt 的前 50 行中没有逗号、分号或制表符：不是分隔的表格'],
      ['scan.txt', Buffer.from('%PDF-1.4\u0000\u0001', 'latin1'), 'scan.txt 不是文本文件（含二进制内容）'],
      ['old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), 'old.xls 是旧版 Excel 97–2003 工作簿（.xls）；请在 Excel 中另存为 .xlsx 或 .csv'],
      ['export.json', '日期,业务员,客户群,金额\n', '无法识别 export.json 的格式；应为 .xlsx 工作簿，或以逗号、分号或制表符分隔的 .csv、.tsv、.txt 文本'],
    ];
    for (const [name, bytes, message] of refusals) {
      const refused = await run(name, bytes);
      expect(refused, name).toMatchObject({ code: 2, stdout: '' });
      expect(refused.stderr, name).toContain(`plan import: ${message}`);
    }
  });
});
