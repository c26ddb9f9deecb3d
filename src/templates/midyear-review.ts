import type { UnitForecast } from '../cycle/forecast.ts';
import { formatFenShort, sumFen } from '../core/money.ts';
import { amount, mdx, str } from './frontmatter.ts';

/** 半年销售总结 pre-filled with H1 plan and actuals and a plan-shape H2 forecast (plan forecast). */
export function midyearReviewTemplate({ year, forecast, manager, date }: { year: number; forecast: UnitForecast; manager: string; date: string }): string {
  const percent = (actual: number, target: number) => (target === 0 ? '—' : `${((actual / target) * 100).toFixed(1)}%`);
  return mdx(
    [
      'type: midyear-review',
      `year: ${year}`,
      `title: ${str(`${forecast.name}${year}年半年销售总结`)}`,
      `author: ${manager}`,
      'status: draft',
      `date: ${date}`,
      `unit: ${forecast.id}`,
      'h1:',
      `  target: ${amount(forecast.h1Target)}          # = 1–6月个人计划合计`,
      `  actual: ${amount(forecast.h1Actual)}          # = 1–6月月度总结合计`,
      'h2Forecast:                 # plan forecast --method plan-shape',
      ...forecast.h2Forecast.map((fen, index) => `  - ${amount(fen)}      # ${index + 7}月`),
      'adjustments: []',
    ],
    [
      `# ${forecast.name}${year}年半年销售总结`,
      '',
      '## 上半年总结',
      '',
      `上半年计划销售额${formatFenShort(forecast.h1Target)}元，实际完成${formatFenShort(forecast.h1Actual)}元，完成率${percent(forecast.h1Actual, forecast.h1Target)}。`,
      '',
      '| 姓名 | 上半年计划 | 上半年实际 | 完成率 | 下半年计划 | 下半年预测 |',
      '|---|---:|---:|---:|---:|---:|',
      ...forecast.people.map((person) => `| ${person.name} | ${formatFenShort(person.h1Target)}元 | ${formatFenShort(person.h1Actual)}元 | ${percent(person.h1Actual, person.h1Target)} | ${formatFenShort(sumFen(person.h2Plan))}元 | ${formatFenShort(sumFen(person.h2Forecast))}元 |`),
      '',
      '## 问题分析',
      '',
      '## 下半年预测',
      '',
      `按上半年完成率调整下半年计划：下半年计划${formatFenShort(sumFen(forecast.h2Plan))}元，预测${formatFenShort(sumFen(forecast.h2Forecast))}元。`,
      '',
      '## 调整措施与改进建议',
    ],
  );
}
