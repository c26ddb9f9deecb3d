import type { Org } from '../schemas/index.ts';
import type { Fen } from '../core/money.ts';
import { amount, mdx, str } from './frontmatter.ts';

/** 下年度市场调研报告 draft with the seed's sections. */
export function marketResearchTemplate({ year, org, date }: { year: number; org: Org; date: string }): string {
  return mdx(
    [
      'type: market-research',
      `year: ${year}`,
      `title: ${str(`${year}年度市场调研报告`)}`,
      `author: ${org.roles.marketingVp}`,
      'status: draft',
      `date: ${date}`,
      'competitors: []',
      'swot:',
      '  strengths: []',
      '  weaknesses: []',
      '  opportunities: []',
      '  threats: []',
    ],
    [`# ${org.company.name}${year}年度市场调研报告`, '', '## 市场概况', '', '## 竞争对手分析', '', '## SWOT 分析', '', '## 下年度目标建议'],
  );
}

/** 年度销售总结报告 with the year's actuals so far; the VP completes profit and the narrative. */
export function annualReportTemplate({ year, org, date, revenue, newProductRevenue }: { year: number; org: Org; date: string; revenue: Fen; newProductRevenue: Fen }): string {
  return mdx(
    [
      'type: annual-report',
      `year: ${year}`,
      `title: ${str(`${year}年度销售总结报告`)}`,
      `author: ${org.roles.marketingVp}`,
      'status: draft',
      `date: ${date}`,
      'actual:',
      `  revenue: ${amount(revenue)}        # = 全年月度总结合计`,
      '  profit: 0                 # 财务部确认后填写',
      `  newProductRevenue: ${amount(newProductRevenue)}`,
      'highlights: []',
      'issues: []',
    ],
    [`# ${org.company.name}${year}年度销售总结报告`, '', '## 全年完成情况', '', '## 主要成绩与经验', '', '## 存在问题', '', '## 下年度工作思路'],
  );
}
