import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config.ts';
import { documentFormat } from '../../src/cms/frontmatter-format.ts';
import { parseYaml } from '../../src/core/yaml.ts';
import { listFiles } from '../../src/model/content-files.ts';
import { loadContent } from '../../src/model/load.ts';
import { buildModel } from '../../src/model/model.ts';
import { documentSchemas, isDocumentType } from '../../src/schemas/index.ts';
import { MINIMAL, minimalWith } from './helpers/fixture-edits.ts';
import { ROOT, runPlan } from './helpers/run-plan.ts';

/** The editor's format of each collection, for the organisation files of `content`. */
async function formatsOf(content: string) {
  const model = buildModel(await loadContent(content));
  const orgs = [...model.years].flatMap(([year, { org }]) => (org ? [{ year, org: org.data }] : []));
  const config = cmsConfig({ orgs });
  return (type: string, year: string) => {
    const collection = config.collections.find((candidate) => candidate.name === `${type}-${year}`);
    if (!collection) throw new Error(`no collection ${type}-${year}`);
    return documentFormat(collection.fields);
  };
}

const frontmatterOf = (text: string) => /^---\n([\s\S]*?)\n---\n/.exec(text)?.[1] ?? '';

describe('the editor reads and writes documents without damage', async () => {
  const demo = path.join(ROOT, 'content');
  const formatOf = await formatsOf(demo);
  const documents = (await listFiles(demo)).filter((file) => file.endsWith('.mdx'));

  it('writes every demo document back byte for byte: key order, comments, alignment and amounts as written', () => {
    for (const file of documents) {
      const text = readFileSync(path.join(demo, file), 'utf8');
      const type = /^type: (.+)$/m.exec(text)?.[1] ?? '';
      if (!isDocumentType(type)) throw new Error(`${file}: no type`);
      const format = formatOf(type, file.slice(0, 4));
      const written = format.toFile(format.fromFile(text));
      const schema = documentSchemas[type];
      expect({ file, data: schema.parse(parseYaml(frontmatterOf(written))) }).toEqual({ file, data: schema.parse(parseYaml(frontmatterOf(text))) });
      expect(written.slice(written.indexOf('\n---\n'))).toBe(text.slice(text.indexOf('\n---\n')));
      expect({ file, written }).toEqual({ file, written: text });
    }
  });

  it('keeps the comment of a line whose figure the author changed, and comment lines around added keys', () => {
    const format = formatOf('person-plan', '2026');
    const text = readFileSync(path.join(demo, '2026/people/he-jun/plan.mdx'), 'utf8');
    const data = format.fromFile(text);
    const written = format.toFile({ ...data, months: { ...(data['months'] as object), m01: '55万' }, target: { revenue: '757.4万', newCustomers: 12 } });
    expect(written).toContain('months:\n  - 55万         # 1月\n  - 29.9万       # 2月\n');
    expect(written).toContain('target:\n  revenue: 757.4万\n  newCustomers: 12\nmonths:');
  });

  it('keeps amounts as the author wrote them: 12.5万 plain, 17850.50 unquoted, 213,500 with its commas', () => {
    const format = formatOf('monthly-report', '2026');
    const written = format.toFile({ type: 'monthly-report', year: 2026, title: '何俊 2026年11月销售总结', author: 'he-jun', status: 'draft', date: '2026-11-30', person: 'he-jun', month: '11', actual: { revenue: '213,500', newProductRevenue: '12.5万', newCustomers: '' }, groups: { retail: '' }, spend: { promotion: '17850.50' }, body: '\n# 正文\n' });
    expect(written).toBe(
      ['---', 'type: monthly-report', 'year: 2026', 'title: 何俊 2026年11月销售总结', 'author: he-jun', 'status: draft', 'date: 2026-11-30', 'person: he-jun', 'month: 11', 'actual:', '  revenue: 213,500', '  newProductRevenue: 12.5万', 'spend:', '  promotion: 17850.50', '---', '', '# 正文', ''].join('\n'),
    );
  });

  it('shows the form a month as 01–12 (the file name) and a person plan\'s months as 1月…12月 fields', () => {
    const report = formatOf('monthly-report', '2026').fromFile(readFileSync(path.join(demo, '2026/people/he-jun/09.report.mdx'), 'utf8'));
    expect(report).toMatchObject({ month: '09', actual: { revenue: '674,307.38', newCustomers: 1 } });
    const plan = formatOf('person-plan', '2026').fromFile(readFileSync(path.join(demo, '2026/people/he-jun/plan.mdx'), 'utf8'));
    expect(Object.keys(plan['months'] as object)).toEqual(['m01', 'm02', 'm03', 'm04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12']);
  });
});

describe('plan check on what the form writes', async () => {
  const formatOf = await formatsOf(MINIMAL);
  const FILE = '2026/people/zhang-wei/01.report.mdx';
  const format = formatOf('monthly-report', '2026');
  const original = format.fromFile(readFileSync(path.join(MINIMAL, FILE), 'utf8'));
  const withRevenue = (revenue: string) => format.toFile({ ...original, actual: { ...(original['actual'] as object), revenue } });

  it('accepts a report saved with the revenue in another style (21.35万 for 213,500)', async () => {
    const { code, stdout } = await runPlan(['check', '--content', minimalWith({ file: FILE, replace: withRevenue('21.35万') }), '--as-of', '2026-11-30', '--lang', 'en']);
    expect(stdout).not.toContain(FILE);
    expect(code).toBe(0);
  });

  it('refuses 12,34万 with the file, line and column of the amount and the accepted forms', async () => {
    const { code, stdout } = await runPlan(['check', '--content', minimalWith({ file: FILE, replace: withRevenue('12,34万') }), '--as-of', '2026-11-30', '--lang', 'en']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/2026\/people\/zhang-wei\/01\.report\.mdx\n +11:12 +error +Unexpected commas that do not group the digits in threes in "12,34万" for "actual\.revenue", expected an amount like 1200000, 1,200,000\.50, 120万, 1\.2亿 or ¥300万元.*\[money-format\]/);
  });
});

describe('the order of keys', async () => {
  const formatOf = await formatsOf(MINIMAL);
  it("keeps the author's order rather than the schema's (status before author stays so)", () => {
    const format = formatOf('monthly-report', '2026');
    const text = readFileSync(path.join(MINIMAL, '2026/people/zhang-wei/01.report.mdx'), 'utf8').replace('author: zhang-wei\nstatus: review\n', 'status: review\nauthor: zhang-wei\n');
    const data = format.fromFile(text);
    expect(format.toFile({ ...data, status: 'approved' })).toBe(text.replace('status: review', 'status: approved'));
  });
});
