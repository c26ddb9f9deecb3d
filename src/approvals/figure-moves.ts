import type { Fen } from '../core/money.ts';
import type { YearRollup } from '../model/rollup.ts';

/** One figure that differs between two versions of the plan. */
export interface FigureMove {
  year: number;
  scope: 'company' | 'unit' | 'person';
  id: string;
  name: string;
  /** target, budget, allocated, expenses, actual, Q1–Q4 or M1–M12. */
  figure: string;
  base: Fen | null;
  head: Fen | null;
}

const FIGURE_LABELS: Record<string, string> = { target: '目标', budget: '预算目标', allocated: '已分解', expenses: '费用预算', actual: '实际' };

/** "目标", "Q3 目标", "3月 目标". */
export function figureLabel(figure: string): string {
  if (/^Q\d$/.test(figure)) return `${figure} 目标`;
  if (/^M\d+$/.test(figure)) return `${figure.slice(1)}月 目标`;
  return FIGURE_LABELS[figure] ?? figure;
}

const quarters = (months: readonly { target: Fen }[]) => [0, 1, 2, 3].map((q) => months.slice(q * 3, q * 3 + 3).reduce((sum, month) => sum + month.target, 0));

/** Every figure of a year worth comparing, keyed so both sides line up. */
function flatten(rollup: YearRollup): Map<string, Omit<FigureMove, 'base' | 'head'> & { value: Fen | null }> {
  const out = new Map<string, Omit<FigureMove, 'base' | 'head'> & { value: Fen | null }>();
  const put = (scope: FigureMove['scope'], id: string, name: string, figure: string, value: Fen | null) => out.set(`${rollup.year}|${scope}|${id}|${figure}`, { year: rollup.year, scope, id, name, figure, value });
  put('company', '', rollup.company || '公司', 'target', rollup.target);
  put('company', '', rollup.company || '公司', 'actual', rollup.actual);
  quarters(rollup.months).forEach((value, q) => put('company', '', rollup.company || '公司', `Q${q + 1}`, value));
  for (const unit of rollup.units) {
    put('unit', unit.id, unit.name, 'budget', unit.budgetTarget);
    put('unit', unit.id, unit.name, 'allocated', unit.allocated);
    put('unit', unit.id, unit.name, 'expenses', unit.expenses?.total ?? null);
    put('unit', unit.id, unit.name, 'actual', unit.actual);
    quarters(unit.months).forEach((value, q) => put('unit', unit.id, unit.name, `Q${q + 1}`, value));
    for (const person of unit.people) {
      put('person', person.id, person.name, 'target', person.target);
      put('person', person.id, person.name, 'actual', person.actual);
      person.months.forEach((month) => put('person', person.id, person.name, `M${month.month}`, month.target));
    }
  }
  return out;
}

/** Figures that differ between the base and head roll-ups, company first, then units, then people. */
export function figureMoves(base: readonly YearRollup[], head: readonly YearRollup[]): FigureMove[] {
  const before = new Map(base.flatMap((rollup) => [...flatten(rollup)]));
  const after = new Map(head.flatMap((rollup) => [...flatten(rollup)]));
  const moves: FigureMove[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const a = before.get(key);
    const b = after.get(key);
    const value = { base: a?.value ?? null, head: b?.value ?? null };
    if (value.base === value.head) continue;
    const { year, scope, id, name, figure } = (b ?? a) as NonNullable<typeof a>;
    moves.push({ year, scope, id, name, figure, ...value });
  }
  return moves;
}
