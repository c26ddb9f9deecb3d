import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { bodyHtml } from '../../src/site/body.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { ROOT } from './helpers/run-plan.ts';

const site = buildSiteModel(await loadContent(path.join(ROOT, 'tests/fixtures/minimal')), '2026-01-20');
const view = site.years[0]!;
const budget = view.content.units.get('east')!.budget!;

describe('document bodies on the zh-CN and English pages', () => {
  it('labels a chart in each page language, even though bodies are rendered once for both when they can be', () => {
    const document = { ...budget, body: '## 月度进度\n\n<Chart kind="monthly" of="units.east" />\n' };
    const zh = bodyHtml(document, view, 'zh-CN');
    const en = bodyHtml(document, view, 'en');
    expect(zh).toContain('月度计划与实际');
    expect(en).toContain('monthly plan vs actual');
    expect(en).not.toContain('月度计划与实际');
  });

  it('shows a body without charts the same on both pages', () => {
    const document = { ...budget, body: '## 说明\n\n预算按季度执行。\n' };
    const zh = bodyHtml(document, view, 'zh-CN');
    expect(zh).toContain('<h5>说明</h5>');
    expect(bodyHtml(document, view, 'en')).toBe(zh);
  });
});
