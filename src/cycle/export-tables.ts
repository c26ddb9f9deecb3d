import { fractionValue } from '../core/fraction.ts';
import { labelIn, type Bilingual, type Lang } from '../core/lang.ts';
import { sumFen, type Fen } from '../core/money.ts';
import type { Figures, YearRollup } from '../model/rollup.ts';
import type { BudgetExecution, Execution } from './budget-execution.ts';
import type { PlanVersionsRow, Variance, YearOverYearRow } from './versions.ts';

/** Every table of the export, in workbook order; `plan export --format csv --table ID` picks one. */
export const TABLE_IDS = ['summary', 'months-wide', 'months', 'budget', 'versions', 'year-over-year'] as const;
export type TableId = (typeof TABLE_IDS)[number];

export type CellKind = 'text' | 'int' | 'money' | 'ratio';
/** Money cells hold 分; the writers turn them into 元. null is an empty cell (no report yet). */
export type Cell = string | number | null;

export interface Column extends Bilingual {
  kind: CellKind;
}

export interface Table extends Bilingual {
  id: TableId;
  columns: Column[];
  rows: Cell[][];
  /** A warning shown above the header row (the figures leave out invalid files: --allow-invalid). */
  banner?: string;
  /** Columns kept in view when scrolling right (ids and names beside twelve months). */
  frozenColumns?: number;
}

const LEVEL = { company: { zh: '公司', en: 'Company' }, unit: { zh: '事业部', en: 'Unit' }, person: { zh: '个人', en: 'Person' }, total: { zh: '合计', en: 'Total' } } as const;
const MEASURE = { target: { zh: '目标', en: 'Target' }, actual: { zh: '实际', en: 'Actual' } } as const;
const FLAG = { over: { zh: '超支', en: 'Over budget' }, ahead: { zh: '超进度', en: 'Ahead of time' } } as const;

const ratio = (part: Fen, whole: Fen): number | null => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 10_000);

interface Row {
  level: keyof typeof LEVEL;
  id: string;
  name: string;
  unit: string;
  unitName: string;
  figures: Figures;
}

function rowsOf(rollup: YearRollup): Row[] {
  return [
    { level: 'company', id: 'company', name: rollup.company, unit: '', unitName: '', figures: rollup },
    ...rollup.units.flatMap((unit): Row[] => [
      { level: 'unit', id: unit.id, name: unit.name, unit: unit.id, unitName: unit.name, figures: unit },
      ...unit.people.map((person): Row => ({ level: 'person', id: person.id, name: person.name, unit: unit.id, unitName: unit.name, figures: person })),
    ]),
  ];
}

/** What the workbook is made of: the roll-up and the views computed from it for the same year and date. */
export interface ExportInput {
  rollup: YearRollup;
  execution: BudgetExecution;
  versions: PlanVersionsRow[];
  /** This year against last year; undefined when the content has no last year. */
  yearOverYear?: YearOverYearRow[] | undefined;
}

const MONTH_NAMES = Array.from({ length: 12 }, (_, index) => ({ zh: `${index + 1}月`, en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][index] ?? '' }));

const varianceCells = (value: Variance): Cell[] => [value.amount, fractionValue(value.percent)];

/**
 * The roll-up as the tables finance opens in Excel: summary, months as columns (company, units,
 * people × target/actual), the same month by month as rows (for pivot tables), budget execution with
 * company totals, and the versions side by side. Names stand next to ids.
 */
export function exportTables({ rollup, execution, versions, yearOverYear }: ExportInput, lang: Lang = 'zh-CN'): Table[] {
  const level = (key: keyof typeof LEVEL) => labelIn(LEVEL[key], lang);
  const rows = rowsOf(rollup);
  const head: Column[] = [
    { zh: '层级', en: 'Level', kind: 'text' },
    { zh: '代码', en: 'ID', kind: 'text' },
    { zh: '名称', en: 'Name', kind: 'text' },
    { zh: '事业部', en: 'Unit', kind: 'text' },
    { zh: '事业部名称', en: 'Unit name', kind: 'text' },
  ];
  const lead = (row: Row): Cell[] => [level(row.level), row.id, row.name, row.unit, row.unitName];
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
    rows: rows.map((row) => [...lead(row), row.figures.target, row.figures.targetToDate, row.figures.actual, ratio(row.figures.actual, row.figures.targetToDate), row.figures.missingReports, ratio(row.figures.actual, row.figures.target)]),
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
    rows: rows.flatMap((row) => row.figures.months.map((month) => [...lead(row), month.month, month.target, month.actual, month.actual === null ? null : ratio(month.actual, month.target)])),
  };
  const monthsWide: Table = {
    id: 'months-wide',
    zh: '月度横表',
    en: 'Months',
    frozenColumns: head.length + 1,
    columns: [...head, { zh: '指标', en: 'Measure', kind: 'text' }, ...MONTH_NAMES.map((month): Column => ({ ...month, kind: 'money' })), { zh: '全年合计', en: 'Year total', kind: 'money' }],
    // A month without any submitted report is an empty actual cell, not 0: nothing was reported yet.
    rows: rows.flatMap((row) => [
      [...lead(row), labelIn(MEASURE.target, lang), ...row.figures.months.map((month) => month.target), sumFen(row.figures.months.map((month) => month.target))],
      [...lead(row), labelIn(MEASURE.actual, lang), ...row.figures.months.map((month) => month.actual), row.figures.actual],
    ]),
  };
  const flag = (figures: Execution) => (figures.over ? labelIn(FLAG.over, lang) : figures.ahead ? labelIn(FLAG.ahead, lang) : '');
  const elapsed = fractionValue(execution.elapsed);
  const executionCells = (figures: Execution): Cell[] => [figures.budget, figures.spent, figures.remaining, fractionValue(figures.used), elapsed, flag(figures)];
  const budget: Table = {
    id: 'budget',
    zh: '预算执行',
    en: 'Budget',
    columns: [
      { zh: '事业部代码', en: 'Unit ID', kind: 'text' },
      { zh: '事业部', en: 'Unit', kind: 'text' },
      { zh: '科目代码', en: 'Line ID', kind: 'text' },
      { zh: '费用科目', en: 'Expense line', kind: 'text' },
      { zh: '预算（元）', en: 'Budget (CNY)', kind: 'money' },
      { zh: '已支出（元）', en: 'Spent (CNY)', kind: 'money' },
      { zh: '余额（元）', en: 'Remaining (CNY)', kind: 'money' },
      { zh: '使用率', en: 'Used', kind: 'ratio' },
      { zh: '时间进度', en: 'Year elapsed', kind: 'ratio' },
      { zh: '标记', en: 'Flag', kind: 'text' },
    ],
    rows: [
      ...execution.units.flatMap((unit) => [
        ...unit.lines.map((line): Cell[] => [unit.id, unit.name, line.id, line.name, ...executionCells(line)]),
        [unit.id, unit.name, 'total', level('total'), ...executionCells(unit)],
      ]),
      ...execution.lines.map((line): Cell[] => ['company', rollup.company, line.id, line.name, ...executionCells(line)]),
      ['company', rollup.company, 'total', level('total'), ...executionCells(execution)],
    ],
  };
  const versionsTable: Table = {
    id: 'versions',
    zh: '版本对比',
    en: 'Versions',
    columns: [
      ...head,
      { zh: '年度计划（元）', en: 'Plan (CNY)', kind: 'money' },
      { zh: '半年滚动预测（元）', en: 'Mid-year reforecast (CNY)', kind: 'money' },
      { zh: '预测−计划（元）', en: 'Reforecast − plan (CNY)', kind: 'money' },
      { zh: '预测−计划 %', en: 'Reforecast − plan %', kind: 'ratio' },
      { zh: '截至目前计划（元）', en: 'Plan to date (CNY)', kind: 'money' },
      { zh: '截至目前实际（元）', en: 'Actual to date (CNY)', kind: 'money' },
      { zh: '实际−计划（元）', en: 'Actual − plan (CNY)', kind: 'money' },
      { zh: '实际−计划 %', en: 'Actual − plan %', kind: 'ratio' },
    ],
    rows: versions.map((row): Cell[] => {
      const unit = row.level === 'company' ? undefined : rollup.units.find((candidate) => candidate.id === row.id || candidate.people.some((person) => person.id === row.id));
      return [level(row.level), row.id, row.name, unit?.id ?? '', unit?.name ?? '', row.plan, row.reforecast, ...varianceCells(row.reforecastVsPlan), row.planToDate, row.actual, ...varianceCells(row.actualVsPlanToDate)];
    }),
  };
  const lastYear: Table[] = yearOverYear
    ? [
        {
          id: 'year-over-year',
          zh: '同比',
          en: 'Year over year',
          columns: [
            { zh: '层级', en: 'Level', kind: 'text' },
            { zh: '代码', en: 'ID', kind: 'text' },
            { zh: '名称', en: 'Name', kind: 'text' },
            { zh: `FY${rollup.year - 1} 计划（元）`, en: `FY${rollup.year - 1} plan (CNY)`, kind: 'money' },
            { zh: `FY${rollup.year - 1} 实际（元）`, en: `FY${rollup.year - 1} actual (CNY)`, kind: 'money' },
            { zh: `FY${rollup.year} 计划（元）`, en: `FY${rollup.year} plan (CNY)`, kind: 'money' },
            { zh: '计划同比（元）', en: 'Plan vs last plan (CNY)', kind: 'money' },
            { zh: '计划同比 %', en: 'Plan vs last plan %', kind: 'ratio' },
            { zh: '计划较上年实际（元）', en: 'Plan vs last actual (CNY)', kind: 'money' },
            { zh: '计划较上年实际 %', en: 'Plan vs last actual %', kind: 'ratio' },
            { zh: `FY${rollup.year} 截至目前实际（元）`, en: `FY${rollup.year} actual to date (CNY)`, kind: 'money' },
            { zh: '上年同期实际（元）', en: 'Last year same months (CNY)', kind: 'money' },
            { zh: '实际同比（元）', en: 'Actual vs last year (CNY)', kind: 'money' },
            { zh: '实际同比 %', en: 'Actual vs last year %', kind: 'ratio' },
          ],
          rows: yearOverYear.map((row): Cell[] => [level(row.level), row.id, row.name, row.lastPlan, row.lastActual, row.plan, ...varianceCells(row.planVsLastPlan), ...varianceCells(row.planVsLastActual), row.actual, row.lastActualSamePeriod, ...varianceCells(row.actualVsLastSamePeriod)]),
        },
      ]
    : [];
  return [summary, monthsWide, months, budget, versionsTable, ...lastYear];
}
