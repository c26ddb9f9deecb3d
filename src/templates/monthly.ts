import type { Fen } from '../core/money.ts';
import { amount, mdx, str } from './frontmatter.ts';

export interface MonthlyInput {
  year: number;
  month: number;
  person: string;
  name: string;
  date: string;
  /** Customer group ids and names, in org.yaml order. */
  groups: { id: string; name: string }[];
}

/** 个人月度销售计划: the month's target from the annual plan, split by customer group. */
export function monthlyPlanTemplate(input: MonthlyInput & { target: Fen; split: Fen[] }): string {
  const { year, month, person, name, date, groups, target, split } = input;
  return mdx(
    [
      'type: monthly-plan',
      `year: ${year}`,
      `title: ${str(`${name} ${year}年${month}月销售计划`)}`,
      `author: ${person}`,
      'status: draft',
      `date: ${date}`,
      `person: ${person}`,
      `month: ${month}`,
      `target: ${amount(target)}`,
      'groups:',
      ...groups.map((group, index) => `  ${group.id}: ${amount(split[index] ?? 0)}`),
      'actions: []',
    ],
    [
      `# ${name} ${month}月销售计划`,
      '',
      `本月目标${amount(target)}元。客户群分解可用 \`plan split month ${year} ${person} ${String(month).padStart(2, '0')} --by weights --weights …\` 调整。`,
      '',
      '## 本月重点客户',
      '',
      '- ',
      '',
      '## 工作安排',
      '',
      '- 第一周：',
      '- 第二周：',
      '- 第三周：',
      '- 第四周：',
    ],
  );
}

/** 月度销售总结: actuals start at zero; the sections are the seed's 本月销售情况 / 问题分析 / 调整措施. */
export function monthlyReportTemplate(input: MonthlyInput & { target: Fen }): string {
  const { year, month, person, name, date, groups, target } = input;
  return mdx(
    [
      'type: monthly-report',
      `year: ${year}`,
      `title: ${str(`${name} ${year}年${month}月销售总结`)}`,
      `author: ${person}`,
      'status: draft',
      `date: ${date}`,
      `person: ${person}`,
      `month: ${month}`,
      'actual:',
      `  revenue: ${amount(0)}            # 实际销售额`,
      'groups:',
      ...groups.map((group) => `  ${group.id}: ${amount(0)}   # ${group.name}`),
      'spend: {}                 # 费用支出，按预算科目：promotion: 8,540',
    ],
    [
      `# ${name} ${month}月销售总结`,
      '',
      '## 本月销售情况',
      '',
      `${month}月目标${amount(target)}元，实际完成……元，完成率……。`,
      '',
      '## 问题分析',
      '',
      '1. ',
      '',
      '## 调整措施',
      '',
      '- ',
    ],
  );
}
