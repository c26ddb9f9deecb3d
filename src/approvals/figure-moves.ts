import { sumFen, type Fen } from '../core/money.ts';
import type { YearContent } from '../model/model.ts';
import { rollupYear, type YearRollup } from '../model/rollup.ts';

/** One figure that differs between two versions of the plan. */
export interface FigureMove {
  year: number;
  scope: 'company' | 'unit' | 'person';
  id: string;
  name: string;
  /**
   * Which figure, as a stable code: target, budget, allocated, expenses, actual, profit,
   * newProductRevenue, spend, Q1–Q4, M1–M12 (month targets of the annual plan), and with ids:
   * group:ID (planned revenue of a customer group over the monthly plans), group-actual:ID,
   * expenses:LINE (a budget expense line), spend:LINE (spent on it so far), and per month
   * M11:group:ID (a monthly plan), M10:actual, M10:group-actual:ID, M10:spend:LINE (a monthly report).
   */
  figure: string;
  /** The figure in the reader's words, with customer group and expense line names: "11月 大客户 目标". */
  label: string;
  base: Fen | null;
  head: Fen | null;
}

const FIGURE_LABELS: Record<string, string> = {
  target: '目标',
  budget: '预算目标',
  allocated: '已分解',
  expenses: '费用预算',
  actual: '实际',
  profit: '利润目标',
  newProductRevenue: '新产品目标',
  spend: '费用已支出',
};

/** Names of customer groups and expense lines by id, from the year's org.yaml. */
type Names = Map<string, string>;

/** "目标", "Q3 目标", "3月 目标", "大客户 目标", "10月 市场推广 支出" (ids without a name stay ids). */
export function figureLabel(figure: string, names: Names = new Map()): string {
  const name = (id: string) => names.get(id) ?? id;
  const month = /^M(\d+)(?::(.+))?$/.exec(figure);
  if (month) {
    const [, number = '', rest] = month;
    return `${number}月 ${rest === undefined ? '目标' : rest === 'actual' ? '实际' : figureLabel(rest, names).replace(/ 已支出$/, ' 支出')}`;
  }
  if (/^Q\d$/.test(figure)) return `${figure} 目标`;
  const [kind = '', id = ''] = figure.split(':');
  if (kind === 'group') return `${name(id)} 目标`;
  if (kind === 'group-actual') return `${name(id)} 实际`;
  if (kind === 'expenses') return `${name(id)} 费用预算`;
  if (kind === 'spend' && id) return `${name(id)} 已支出`;
  return FIGURE_LABELS[figure] ?? figure;
}

const quarters = (months: readonly { target: Fen }[]) => [0, 1, 2, 3].map((q) => months.slice(q * 3, q * 3 + 3).reduce((sum, month) => sum + month.target, 0));

type Flat = Omit<FigureMove, 'base' | 'head'> & { value: Fen | null };

/** Sums a figure per id over several parts (units of the company), keeping the first-seen order. */
function sumById(parts: readonly (readonly { id: string; value: Fen }[])[]): Map<string, Fen> {
  const out = new Map<string, Fen>();
  for (const part of parts) for (const { id, value } of part) out.set(id, (out.get(id) ?? 0) + value);
  return out;
}

/** Every figure of a year worth comparing, keyed so both sides line up. */
function flatten(content: YearContent, rollup: YearRollup): Map<string, Flat> {
  const out = new Map<string, Flat>();
  const names: Names = new Map([...(content.org?.data.customerGroups ?? []), ...(content.org?.data.expenseLines ?? [])].map((item) => [item.id, item.name]));
  const put = (scope: FigureMove['scope'], id: string, name: string, figure: string, value: Fen | null) =>
    out.set(`${rollup.year}|${scope}|${id}|${figure}`, { year: rollup.year, scope, id, name, figure, label: figureLabel(figure, names), value });
  const company = rollup.company || '公司';
  const groupsOf = (people: YearRollup['units'][number]['people'], field: 'target' | 'actual') => sumById(people.map((person) => person.groups.map((group) => ({ id: group.id, value: group[field] }))));
  const linesOf = (units: YearRollup['units'], field: 'budget' | 'spent') => sumById(units.map((unit) => (unit.expenses?.lines ?? []).map((line) => ({ id: line.id, value: line[field] }))));
  const everyone = rollup.units.flatMap((unit) => unit.people);
  const withExpenses = rollup.units.filter((unit) => unit.expenses);

  put('company', '', company, 'target', rollup.target);
  put('company', '', company, 'profit', rollup.targets?.profit ?? null);
  put('company', '', company, 'newProductRevenue', rollup.targets?.newProductRevenue ?? null);
  put('company', '', company, 'actual', rollup.actual);
  quarters(rollup.months).forEach((value, q) => put('company', '', company, `Q${q + 1}`, value));
  for (const [group, value] of groupsOf(everyone, 'target')) put('company', '', company, `group:${group}`, value);
  for (const [group, value] of groupsOf(everyone, 'actual')) put('company', '', company, `group-actual:${group}`, value);
  put('company', '', company, 'expenses', withExpenses.length ? sumFen(withExpenses.map((unit) => unit.expenses?.total ?? 0)) : null);
  put('company', '', company, 'spend', withExpenses.length ? sumFen(withExpenses.map((unit) => unit.expenses?.spent ?? 0)) : null);
  for (const [line, value] of linesOf(rollup.units, 'budget')) put('company', '', company, `expenses:${line}`, value);
  for (const [line, value] of linesOf(rollup.units, 'spent')) put('company', '', company, `spend:${line}`, value);

  for (const unit of rollup.units) {
    put('unit', unit.id, unit.name, 'budget', unit.budgetTarget);
    put('unit', unit.id, unit.name, 'profit', unit.profitTarget);
    put('unit', unit.id, unit.name, 'newProductRevenue', unit.newProductTarget);
    put('unit', unit.id, unit.name, 'allocated', unit.allocated);
    put('unit', unit.id, unit.name, 'actual', unit.actual);
    quarters(unit.months).forEach((value, q) => put('unit', unit.id, unit.name, `Q${q + 1}`, value));
    for (const [group, value] of groupsOf(unit.people, 'target')) put('unit', unit.id, unit.name, `group:${group}`, value);
    for (const [group, value] of groupsOf(unit.people, 'actual')) put('unit', unit.id, unit.name, `group-actual:${group}`, value);
    put('unit', unit.id, unit.name, 'expenses', unit.expenses?.total ?? null);
    put('unit', unit.id, unit.name, 'spend', unit.expenses?.spent ?? null);
    for (const line of unit.expenses?.lines ?? []) {
      put('unit', unit.id, unit.name, `expenses:${line.id}`, line.budget);
      put('unit', unit.id, unit.name, `spend:${line.id}`, line.spent);
    }
  }

  for (const person of everyone) {
    const documents = content.people.get(person.id);
    const plan = documents?.plan?.data;
    put('person', person.id, person.name, 'target', person.target);
    put('person', person.id, person.name, 'newProductRevenue', plan?.target.newProductRevenue ?? null);
    put('person', person.id, person.name, 'actual', person.actual);
    person.months.forEach((month) => put('person', person.id, person.name, `M${month.month}`, month.target));
    for (const group of person.groups) {
      put('person', person.id, person.name, `group:${group.id}`, group.target);
      put('person', person.id, person.name, `group-actual:${group.id}`, group.actual);
    }
    for (let month = 1; month <= 12; month++) {
      const monthly = documents?.monthlyPlans.get(month)?.data;
      for (const [group, value] of Object.entries(monthly?.groups ?? {})) put('person', person.id, person.name, `M${month}:group:${group}`, value);
      const report = documents?.reports.get(month)?.data;
      if (!report) continue;
      put('person', person.id, person.name, `M${month}:actual`, report.actual.revenue);
      for (const [group, value] of Object.entries(report.groups ?? {})) put('person', person.id, person.name, `M${month}:group-actual:${group}`, value);
      for (const [line, value] of Object.entries(report.spend)) put('person', person.id, person.name, `M${month}:spend:${line}`, value);
    }
  }
  return out;
}

/**
 * Figures that differ between two versions of the content, company first, then units, then people:
 * a change to one document shows with its effect on the unit's and the company's totals. Attainment
 * to date is judged as of `asOf` (YYYY-MM-DD), as everywhere else.
 */
export function figureMoves(base: readonly YearContent[], head: readonly YearContent[], asOf: string): FigureMove[] {
  const flat = (years: readonly YearContent[]) => new Map([...years].sort((a, b) => a.year - b.year).flatMap((content) => [...flatten(content, rollupYear(content, asOf))]));
  const before = flat(base);
  const after = flat(head);
  const moves: FigureMove[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    const value = { base: a?.value ?? null, head: b?.value ?? null };
    if (value.base === value.head) continue;
    const { year, scope, id, name, figure, label } = (b ?? a) as Flat;
    moves.push({ year, scope, id, name, figure, label, ...value });
  }
  return moves;
}
