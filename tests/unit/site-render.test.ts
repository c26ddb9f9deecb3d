import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chartHtml } from '../../src/charts/table.ts';
import { translator, validateTranslations } from '../../src/i18n/index.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatFenShort } from '../../src/core/money.ts';
import { moneyFormat } from '../../src/site/money.ts';
import { renderBody } from '../../src/mdx/render.ts';
import { attainmentSpec, chartFor, monthlySpec } from '../../src/site/charts.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { summaryHtml } from '../../src/site/summary.ts';
import { ROOT } from './helpers/run-plan.ts';

const site = buildSiteModel(await loadContent(path.join(ROOT, 'tests/fixtures/minimal')), '2026-01-20');
const view = site.years[0]!;

describe('portal rendering', () => {
  it('prints the rolled-up figure a <Figure> names, never the code', () => {
    const html = renderBody('华东目标 <Figure of="units.east.target" />，完成率 <Figure of="units.east.attainmentToDate" />。', { rollup: view.rollup, chart: () => '' });
    const east = view.units.get('east')!;
    expect(html).toContain(`>${formatFenShort(east.target)}</data>`);
    expect(html).toContain(`${(east.attainmentToDate * 100).toFixed(1)}%`);
  });

  it('charts are images with a text alternative and the data table beside them', () => {
    const t = translator('zh-CN');
    const html = chartHtml(monthlySpec('华东', view.units.get('east')!, t, 'zh-CN'));
    expect(html).toMatch(/<svg[^>]*role="img"[^>]*aria-labelledby/);
    expect(html).toContain('<title id=');
    expect(html).toContain('<table class="data">');
    expect(html.match(/<tr>/g)?.length).toBe(13);
  });

  it('shows frontmatter amounts formatted and ids by name, not raw YAML', () => {
    const budget = view.content.units.get('east')!.budget!;
    const html = summaryHtml(budget.data, { t: translator('en'), org: view.content.org?.data, lang: 'en' });
    const promotion = view.content.org!.data.expenseLines.find((line) => line.id === 'promotion')!;
    expect(html).toContain(`<dt>${promotion.nameEn ?? promotion.name}</dt><dd><span class="num">${moneyFormat('en').detail(budget.data.expenses.lines['promotion']!)}</span></dd>`);
    // English readers get full yuan (src/site/money.ts), not 万.
    expect(html).toMatch(/<span class="num">¥\d{1,3}(?:,\d{3})+<\/span>/);
    expect(html).not.toContain('promotion:');
  });

  it('shows an amount that needs more than 2 decimals of 万 in exact 元: 440,123.50元, never 44.01235万', () => {
    const budget = view.content.units.get('east')!.budget!;
    const data = { ...budget.data, expenses: { ...budget.data.expenses, lines: { ...budget.data.expenses.lines, advertising: 44_012_350, other: 8_400_000 } } };
    const html = summaryHtml(data, { t: translator('zh-CN'), org: view.content.org?.data, lang: 'zh-CN' });
    expect(html).toContain('<span class="num">440,123.50元</span>');
    expect(html).toContain('<span class="num">8.4万</span>');
    expect(html).not.toMatch(/\d\.\d{3,}万/);
  });

  it('a year with no monthly targets says so instead of drawing a flat chart with an axis of 0, 0, 0', () => {
    const t = translator('zh-CN');
    const east = view.units.get('east')!;
    const empty = { ...east, months: east.months.map((m) => ({ ...m, target: 0, actual: null })) };
    const html = chartHtml(monthlySpec('华东事业部', empty, t, 'zh-CN'));
    expect(html).not.toContain('<svg');
    expect(html).toContain('<p class="note">华东事业部 还没有月度目标：人员年度计划把目标分解到月份后，这里显示每月目标与实际。</p>');
    expect(chartHtml(monthlySpec('华东事业部', east, t, 'zh-CN'))).toContain('<svg');
  });

  it('attainment with nothing due says so instead of 0.0%', () => {
    const t = translator('zh-CN');
    const east = view.units.get('east')!;
    const notDue = { ...east, targetToDate: 0, actual: 0, attainmentToDate: 0 };
    const spec = attainmentSpec('华信', [{ label: '华东事业部', figures: notDue }], t, 'zh-CN', 'units');
    expect(spec.table.rows[0]![3]).toBe('尚无到期目标');
    expect(chartHtml(spec)).toContain('华信 还没有到期的目标，完成率在第一个月度总结到期后显示。');
    expect(chartHtml(spec)).not.toContain('0.0%');
  });

  it('titles the company attainment chart by what it plots: units, not people', () => {
    const t = translator('zh-CN');
    const company = chartFor('attainment', { scope: 'company' }, view.rollup, view.content.org?.data, 'zh-CN', t, '华信');
    expect(company).toContain('<caption>华信 各事业部完成率</caption>');
    expect(company).not.toContain('人员完成率');
    const unit = chartFor('attainment', { scope: 'unit', id: 'east' }, view.rollup, view.content.org?.data, 'zh-CN', t, '华信');
    expect(unit).toContain('人员完成率</caption>');
  });

  it('refuses translation tables whose keys differ', () => {
    expect(() => validateTranslations({ 'zh-CN': { a: '甲', b: '乙' }, en: { a: 'A' } })).toThrow(/missing keys \[b\]/);
  });
});
