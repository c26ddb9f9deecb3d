// Issue 9, item 9: before anything is due, figures say what is missing instead of 0.0%.
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import FigureCard from '../../src/components/FigureCard.astro';
import PeopleTable from '../../src/components/PeopleTable.astro';

const notDue = { actual: 0, targetToDate: 0, attainmentToDate: 0, attainment: 0, missingReports: 0 };

describe('empty states', () => {
  it('a figure card with nothing due and no report says so, not 0.0%', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(FigureCard, { props: { lang: 'zh-CN', heading: '公司', target: 1_380_000_000_00, actual: notDue } });
    expect(html).toContain('<span data-figure="attainmentToDate">尚无到期目标</span>');
    expect(html).toContain('<dd data-figure="attainment">尚无已提交的月度总结</dd>');
    expect(html).not.toContain('0.0%');
  });

  it('a people table without people is a sentence, not an empty table', async () => {
    const container = await AstroContainer.create();
    const html = await container.renderToString(PeopleTable, { props: { lang: 'zh-CN', year: 2027, org: undefined, people: [] } });
    expect(html).toContain('还没有人员年度计划：经理把预算分解到人员后，这里列出每个人的目标与完成情况。');
    expect(html).not.toContain('<table');
  });
});
