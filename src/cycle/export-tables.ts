import { labelIn, type Bilingual, type Lang } from '../core/lang.ts';
import type { Fen } from '../core/money.ts';
import type { Figures, YearRollup } from '../model/rollup.ts';

export type CellKind = 'text' | 'int' | 'money' | 'ratio';
/** Money cells hold 分; the writers turn them into 元. null is an empty cell (no report yet). */
export type Cell = string | number | null;

export interface Column extends Bilingual {
  kind: CellKind;
}

export interface Table extends Bilingual {
  id: 'summary' | 'months' | 'budget';
  columns: Column[];
  rows: Cell[][];
  /** A warning shown above the header row (the figures leave out invalid files: --allow-invalid). */
  banner?: string;
}

const LEVEL = { company: { zh: '公司', en: 'Company' }, unit: { zh: '事业部', en: 'Unit' }, person: { zh: '个人', en: 'Person' }, total: { zh: '合计', en: 'Total' } } as const;

const ratio = (part: Fen, whole: Fen): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

interface Row {
  level: keyof typeof LEVEL;
  id: string;
  name: string;
  unit: string;
  figures: Figures;
}

function rowsOf(rollup: YearRollup): Row[] {
  return [
    { level: 'company', id: 'company', name: rollup.company, unit: '', figures: rollup },
    ...rollup.units.flatMap((unit): Row[] => [
      { level: 'unit', id: unit.id, name: unit.name, unit: unit.id, figures: unit },
      ...unit.people.map((person): Row => ({ level: 'person', id: person.id, name: person.name, unit: unit.id, figures: person })),
    ]),
  ];
}

/** The roll-up as the tables finance opens in Excel: summary, person × month, budget lines vs spend. */
export function exportTables(rollup: YearRollup, lang: Lang = 'zh-CN'): Table[] {
  const level = (key: keyof typeof LEVEL) => labelIn(LEVEL[key], lang);
  const rows = rowsOf(rollup);
  const head: Column[] = [
    { zh: '层级', en: 'Level', kind: 'text' },
    { zh: '代码', en: 'ID', kind: 'text' },
    { zh: '名称', en: 'Name', kind: 'text' },
    { zh: '事业部', en: 'Unit', kind: 'text' },
  ];
  const summary: Table = {
    id: 'summary',
    zh: '汇总',
    en: 'Summary',
    columns: [
      ...head,
      { zh: '年度目标（元）', en: 'Annual target (CNY)', kind: 'money' },
      { zh: '截至目前目标（元）', en: 'Target to date (CNY)', kind: 'money' },
      { zh: '截至目前实际（元）', en: 'Actual to date (CNY)', kind: 'money' },
      { zh: '截至目前完成率', en: 'Attainment to date', kind: 'ratio' },
      { zh: '逾期未交月报', en: 'Missing monthly reports', kind: 'int' },
      { zh: '全年完成率', en: 'Attainment of year', kind: 'ratio' },
    ],
    // Target and attainment to date as the roll-up defines them: reported or due months, missing reports beside.
    rows: rows.map((row) => [level(row.level), row.id, row.name, row.unit, row.figures.target, row.figures.targetToDate, row.figures.actual, ratio(row.figures.actual, row.figures.targetToDate), row.figures.missingReports, ratio(row.figures.actual, row.figures.target)]),
  };
  const months: Table = {
    id: 'months',
    zh: '月度',
    en: 'Monthly',
    columns: [
      ...head,
      { zh: '月份', en: 'Month', kind: 'int' },
      { zh: '目标（元）', en: 'Target (CNY)', kind: 'money' },
      { zh: '实际（元）', en: 'Actual (CNY)', kind: 'money' },
      { zh: '完成率', en: 'Attainment', kind: 'ratio' },
    ],
    rows: rows.flatMap((row) => row.figures.months.map((month) => [level(row.level), row.id, row.name, row.unit, month.month, month.target, month.actual, month.actual === null ? null : ratio(month.actual, month.target)])),
  };
  const budget: Table = {
    id: 'budget',
    zh: '预算执行',
    en: 'Budget',
    columns: [
      { zh: '事业部', en: 'Unit', kind: 'text' },
      { zh: '科目代码', en: 'Line ID', kind: 'text' },
      { zh: '费用科目', en: 'Expense line', kind: 'text' },
      { zh: '预算（元）', en: 'Budget (CNY)', kind: 'money' },
      { zh: '已支出（元）', en: 'Spent (CNY)', kind: 'money' },
      { zh: '余额（元）', en: 'Remaining (CNY)', kind: 'money' },
      { zh: '使用率', en: 'Used', kind: 'ratio' },
    ],
    rows: rollup.units.flatMap((unit) =>
      unit.expenses
        ? [
            ...unit.expenses.lines.map((line): Cell[] => [unit.name, line.id, line.name, line.budget, line.spent, line.budget - line.spent, ratio(line.spent, line.budget)]),
            [unit.name, 'total', level('total'), unit.expenses.total, unit.expenses.spent, unit.expenses.total - unit.expenses.spent, ratio(unit.expenses.spent, unit.expenses.total)],
          ]
        : [],
    ),
  };
  return [summary, months, budget];
}
