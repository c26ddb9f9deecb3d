import type { Budget } from '../schemas/budget.ts';
import { formatFenShort, type Fen } from '../core/money.ts';
import { amount, mdx, str } from './frontmatter.ts';

export interface UnitDraftInput {
  year: number;
  unit: string;
  unitName: string;
  manager: string;
  managerName: string;
  date: string;
  /** Last year's budget: its targets and lines are the draft's starting figures. */
  lastBudget: Budget | undefined;
  /** Last year's reported revenue so far and the months it covers. */
  lastActual: Fen;
  lastMonths: number;
  expenseLines: { id: string; name: string }[];
}

function targetLines(budget: Budget | undefined): string[] {
  const targets = budget?.targets;
  return [
    'targets:',
    `  revenue: ${amount(targets?.revenue ?? 0)}`,
    `  profit: ${amount(targets?.profit ?? 0)}`,
    `  newProductRevenue: ${amount(targets?.newProductRevenue ?? 0)}`,
    ...(targets?.newCustomers !== undefined ? [`  newCustomers: ${targets.newCustomers}`] : []),
  ];
}

function reference(input: UnitDraftInput): string[] {
  const { year, lastBudget, lastActual, lastMonths } = input;
  const target = lastBudget?.targets.revenue;
  return [
    '## 上年度参考数据',
    '',
    '| 指标 | 数值 |',
    '|---|---:|',
    `| ${year - 1}年销售额目标 | ${target === undefined ? '—' : `${formatFenShort(target)}元`} |`,
    `| ${year - 1}年实际销售额（${lastMonths}个月） | ${formatFenShort(lastActual)}元 |`,
    '',
    `> 草稿中的目标沿用${year - 1}年预算，请按市场调研报告和增长点修改，并保持与预算一致。`,
  ];
}

/** 市场部下年度销售计划 draft: last year's targets as the starting point, the seed's sections. */
export function salesPlanTemplate(input: UnitDraftInput): string {
  const { year, unit, unitName, manager, date, lastBudget } = input;
  return mdx(
    [
      'type: sales-plan',
      `year: ${year}`,
      `title: ${str(`${unitName}${year}年度销售计划`)}`,
      `author: ${manager}`,
      'status: draft',
      `date: ${date}`,
      `unit: ${unit}`,
      ...targetLines(lastBudget),
      'growthPoints: []',
      'measures:',
      '  product: []',
      '  price: []',
      '  channel: []',
      '  promotion: []',
      'quarters: []',
      'kpis: []',
      'risks: []',
    ],
    [`# ${unitName}${year}年度销售计划`, '', ...reference(input), '', '## 销售目标', '', '## 增长点', '', '## 营销策略（产品 / 价格 / 渠道 / 促销）', '', '## 分季度实施步骤', '', '## 考核指标', '', '## 风险评估'],
  );
}

/** 下年度销售预算 draft: last year's targets and expense lines, total = the lines. */
export function budgetTemplate(input: UnitDraftInput): string {
  const { year, unit, unitName, manager, date, lastBudget, expenseLines } = input;
  const lines = expenseLines.map((line) => ({ ...line, fen: lastBudget?.expenses.lines[line.id] ?? 0 }));
  const total = lines.reduce((sum, line) => sum + line.fen, 0);
  return mdx(
    [
      'type: budget',
      `year: ${year}`,
      `title: ${str(`${unitName}${year}年度销售预算`)}`,
      `author: ${manager}`,
      'status: draft',
      `date: ${date}`,
      `unit: ${unit}`,
      ...targetLines(lastBudget),
      'expenses:',
      `  total: ${amount(total)}`,
      '  lines:',
      ...lines.map((line) => `    ${line.id}: ${amount(line.fen)}   # ${line.name}`),
    ],
    [`# ${unitName}${year}年度销售预算`, '', ...reference(input), '', '## 预算说明', '', '## 费用明细', '', '## 费用控制'],
  );
}
