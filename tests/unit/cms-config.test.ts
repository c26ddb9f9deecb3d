import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/cms/config.ts';
import type { CmsField } from '../../src/cms/decap-types.ts';
import { amountPattern, parseMoney } from '../../src/core/money.ts';
import { loadContent } from '../../src/model/load.ts';
import { buildModel } from '../../src/model/model.ts';
import { MINIMAL } from './helpers/fixture-edits.ts';
import { ROOT, runPlan } from './helpers/run-plan.ts';

const model = buildModel(await loadContent(`${ROOT}/content`));
const orgs = [...model.years].flatMap(([year, { org }]) => (org ? [{ year, org: org.data }] : []));
const config = cmsConfig({ orgs });
const collection = (name: string) => {
  const found = config.collections.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no collection ${name}`);
  return found;
};
const field = (fields: readonly CmsField[] | undefined, ...path: string[]): CmsField => {
  const [name, ...rest] = path;
  const found = fields?.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`no field ${path.join('.')}`);
  return rest.length ? field(found.fields, ...rest) : found;
};

describe('the /admin/ editor configuration (plan cms)', () => {
  it('keeps the committed public/admin/config.yml in sync with the schemas and org.yaml files', async () => {
    const { code, stderr } = await runPlan(['cms', '--check']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('reports a stale config.yml, naming the command that rewrites it', async () => {
    // The minimal company has other people and groups than the demo the committed file was generated from.
    const { code, stderr } = await runPlan(['cms', '--check', '--content', MINIMAL, '--lang', 'en']);
    expect(code).toBe(1);
    expect(stderr).toContain('public/admin/config.yml is out of date');
    expect((await runPlan(['cms', '--check', '--content', MINIMAL])).stderr).toContain('public/admin/config.yml 与内容格式或某个 org.yaml 不一致，已过期');
    expect(stderr).toContain('plan -- cms --write');
  });

  it('has one collection per document type and year, laid out as content/ is', () => {
    expect(config.collections.map((entry) => entry.name)).toContain('monthly-report-2026');
    expect(config.collections).toHaveLength(16);
    const reports = collection('monthly-report-2026');
    expect(reports).toMatchObject({ label: '月度销售总结（2026）', folder: 'content/2026/people', path: '{{person}}/{{slug}}', slug: '{{fields.month}}.report', extension: 'mdx', filter: { field: 'type', value: 'monthly-report' } });
    expect(collection('budget-2027')).toMatchObject({ folder: 'content/2027/units', path: '{{unit}}/{{slug}}', slug: 'budget', preview_path: '2027/docs/units/{{unit}}/budget/' });
    expect(collection('market-research-2026')).toMatchObject({ folder: 'content/2026', path: '{{slug}}', slug: 'market-research' });
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow', locale: 'zh_Hans', local_backend: true });
  });

  it('gives amounts a text field with the accepted forms and parseMoney\'s syntax', () => {
    const revenue = field(collection('monthly-report-2026').fields, 'actual', 'revenue');
    expect(revenue).toMatchObject({ widget: 'string', label: '实际销售额', required: true });
    expect(revenue.hint).toContain('1,200,000.50、120万、1.2亿、¥300万元');
    expect(revenue.pattern?.[0]).toBe(amountPattern('signed'));
    const spend = field(collection('monthly-report-2026').fields, 'spend', 'promotion');
    expect(spend.pattern?.[0]).toBe(amountPattern('non-negative'));
  });

  it('fills people, units, customer groups and expense lines from that year\'s org.yaml', () => {
    const fields = collection('monthly-report-2026').fields;
    expect(field(fields, 'person').options).toContainEqual({ label: '何俊（销售代表）', value: 'he-jun' });
    expect(field(fields, 'groups').fields?.map((member) => `${member.name}=${member.label}`)).toEqual(orgs[0]?.org.customerGroups.map((group) => `${group.id}=${group.name}`));
    expect(field(fields, 'spend').fields?.map((member) => member.name)).toEqual(orgs[0]?.org.expenseLines.map((line) => line.id));
    expect(field(collection('budget-2026').fields, 'unit').options?.map((option) => option.label)).toEqual(['华东事业部', '华南事业部', '华北事业部']);
    expect(field(collection('budget-2026').fields, 'unit').label).toBe('事业部');
  });

  it('labels months 1月…12月, and a person plan\'s 12 targets too', () => {
    const month = field(collection('monthly-report-2026').fields, 'month');
    expect(month.options?.map((option) => option.label)).toEqual(['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月']);
    expect(month.options?.[10]?.value).toBe('11');
    expect(field(collection('person-plan-2026').fields, 'months').fields?.map((member) => member.label)).toEqual(month.options?.map((option) => option.label));
    expect(field(collection('midyear-review-2026').fields, 'h2Forecast').fields?.map((member) => member.label)).toEqual(['7月', '8月', '9月', '10月', '11月', '12月']);
  });

  it('writes dates as YYYY-MM-DD text and starts a new document from the plan new template', () => {
    expect(field(collection('monthly-report-2026').fields, 'date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    const body = field(collection('monthly-report-2026').fields, 'body');
    expect(body.default).toContain('## 本月销售情况');
    expect(body.default).toContain('## 问题分析');
    expect(body.default).toContain('# （姓名） （ ）月销售总结');
  });

  it('names who and which document in commit messages, the pull request titles', () => {
    expect(config.backend.commit_messages.create).toBe('{{author-name}}：新建{{collection}} {{slug}}');
    expect(collection('monthly-report-2026').label_singular).toBe('2026年月度销售总结');
  });
});

describe('the amount pattern of the editor', () => {
  // Characters of amounts and of the slips people make; short strings cover every branch of the scanner.
  const text = fc.array(fc.constantFrom(' ', '-', '\u2212', '+', '¥', '￥', '0', '1', '2', ',', '.', '万', '亿', '元', 'e', '\u3000'), { maxLength: 14 }).map((chars) => chars.join(''));

  it('accepts exactly what parseMoney reads (beyond syntax, precision and size are left to plan check)', () => {
    fc.assert(
      fc.property(text, fc.constantFrom('signed' as const, 'non-negative' as const), (written, sign) => {
        const parsed = parseMoney(written);
        const syntaxOk = parsed.ok || /fraction of a 分|too large/.test(parsed.message);
        const signOk = sign === 'signed' || !/^\s*[-\u2212]/.test(written);
        expect(new RegExp(amountPattern(sign)).test(written)).toBe(syntaxOk && signOk);
      }),
      { numRuns: 5000 },
    );
  });

  it('refuses 12,34万 and takes the forms the hint lists', () => {
    const pattern = new RegExp(amountPattern('non-negative'));
    expect(pattern.test('12,34万')).toBe(false);
    for (const written of ['1200000', '1,200,000.50', '120万', '1.2亿', '¥300万元', '12.5万']) expect(pattern.test(written)).toBe(true);
  });
});
