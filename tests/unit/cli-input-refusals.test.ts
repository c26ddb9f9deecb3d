import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPlan } from './helpers/run-plan.ts';

// Inputs a newcomer typed that were accepted or answered with a raw Node error (found by trying the
// new commands after they landed): each is refused with what was expected, in the reader's language.

describe('refused input, said plainly', () => {
  it.each(['2026-02-30', '2026-04-31', '2025-02-29', '2026-13-01'])('--as-of %s is not a calendar day', async (day) => {
    const result = await runPlan(['budget', '--as-of', day]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`--as-of "${day}" 无效，应为`);
    expect(result.stdout).toBe('');
  });

  it('--as-of 2028-02-29 (a leap day) is a calendar day', async () => {
    const result = await runPlan(['budget', '--year', '2026', '--as-of', '2028-02-29']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('截至 2028-02-29');
  });

  it('import --from a file that does not exist, or a folder, names it instead of ENOENT/EISDIR', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planbook-import-'));
    const missing = await runPlan(['import', 'actuals', '--from', path.join(dir, 'nope.csv'), '--month', '2026-11']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`--from ${path.join(dir, 'nope.csv')}：文件不存在`);
    expect(missing.stderr).not.toMatch(/ENOENT/);
    const folder = await runPlan(['import', 'actuals', '--from', dir, '--month', '2026-11', '--lang', 'en']);
    expect(folder.code).toBe(2);
    expect(folder.stderr).toContain(`--from ${dir}: a folder, not a file`);
    expect(folder.stderr).not.toMatch(/EISDIR/);
  });

  it('an unreadable amount in an export says why in the reader’s language', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'planbook-import-'));
    const file = path.join(dir, 'export.csv');
    writeFileSync(file, '日期,销售员,客户群,金额\n2026-11-03,何俊,大客户,"12,34万"\n');
    const zh = await runPlan(['import', 'actuals', '--from', file, '--month', '2026-11']);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toMatch(/第 2 行\s+金额“12,34万”无法读取（金额 "12,34万" 中有不是每三位一组的逗号.*请写 1234万）/);
    const en = await runPlan(['import', 'actuals', '--from', file, '--month', '2026-11', '--lang', 'en']);
    expect(en.stdout).toMatch(/unreadable amount "12,34万" \(Unexpected commas that do not group the digits in threes/);
  });
});
