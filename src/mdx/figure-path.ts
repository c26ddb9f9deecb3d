import type { Figures, YearRollup } from '../model/rollup.ts';

/**
 * What `<Figure of="…" />` may print. The grammar, resolved against `rollupYear` of the
 * document's year (so narrative always shows the figure the CLI computes):
 *
 *   company.<measure>            measure: target | revenue | actual | targetToDate | attainment | attainmentToDate | profit | newProductRevenue
 *   units.<unit>.<measure>       measure: as above, plus allocated, budget.total, budget.spent, budget.<line>, budget.<line>.spent
 *   people.<person>.<measure>    measure: target | revenue | actual | targetToDate | attainment | attainmentToDate | groups.<group>, groups.<group>.actual
 *
 * `revenue` is a synonym of `target`. Amounts print in 万, attainment as a percentage.
 */
export type FigureValue = { kind: 'money'; fen: number } | { kind: 'ratio'; ratio: number };

export type Resolution = { ok: true; value: FigureValue } | { ok: false; message: string };

export const FIGURE_GRAMMAR = 'company.<measure>, units.<unit>.<measure> or people.<person>.<measure> (measures: target, actual, targetToDate, attainment, attainmentToDate, …)';

const money = (fen: number | null | undefined): Resolution | undefined => (fen === null || fen === undefined ? undefined : { ok: true, value: { kind: 'money', fen } });
const ratio = (value: number): Resolution => ({ ok: true, value: { kind: 'ratio', ratio: value } });

function common(figures: Figures, measure: string): Resolution | undefined {
  switch (measure) {
    case 'target':
    case 'revenue':
      return money(figures.target);
    case 'actual':
      return money(figures.actual);
    case 'targetToDate':
      return money(figures.targetToDate);
    case 'attainment':
      return ratio(figures.attainment);
    case 'attainmentToDate':
      return ratio(figures.attainmentToDate);
    default:
      return undefined;
  }
}

export function resolveFigure(rollup: YearRollup, path: string): Resolution {
  const [scope, ...rest] = path.split('.');
  const fail = (why: string): Resolution => ({ ok: false, message: `Unexpected figure path "${path}": ${why}; expected ${FIGURE_GRAMMAR}` });
  if (scope === 'company') {
    const measure = rest.join('.');
    const found = common(rollup, measure) ?? (measure === 'profit' ? money(rollup.targets?.profit) : measure === 'newProductRevenue' ? money(rollup.targets?.newProductRevenue) : undefined);
    return found ?? fail(`no company measure "${measure}"`);
  }
  if (scope === 'units') {
    const [id = '', ...measureParts] = rest;
    const unit = rollup.units.find((candidate) => candidate.id === id);
    if (!unit) return fail(`no unit "${id}" in FY${rollup.year} (units: ${rollup.units.map((u) => u.id).join(', ')})`);
    const measure = measureParts.join('.');
    const [head, line, tail] = measureParts;
    const found =
      common(unit, measure) ??
      (measure === 'allocated' ? money(unit.allocated) : undefined) ??
      (measure === 'profit' ? money(unit.profitTarget) : undefined) ??
      (measure === 'newProductRevenue' ? money(unit.newProductTarget) : undefined) ??
      (head === 'budget' && unit.expenses
        ? line === 'total' && tail === undefined
          ? money(unit.expenses.total)
          : line === 'spent' && tail === undefined
            ? money(unit.expenses.spent)
            : (() => {
                const entry = unit.expenses.lines.find((candidate) => candidate.id === line);
                if (!entry) return undefined;
                return tail === undefined ? money(entry.budget) : tail === 'spent' ? money(entry.spent) : undefined;
              })()
        : undefined);
    return found ?? fail(`no measure "${measure}" for unit ${id}`);
  }
  if (scope === 'people') {
    const [id = '', ...measureParts] = rest;
    const person = rollup.units.flatMap((unit) => unit.people).find((candidate) => candidate.id === id);
    if (!person) return fail(`no person "${id}" with an annual plan in FY${rollup.year}`);
    const measure = measureParts.join('.');
    const [head, group, tail] = measureParts;
    const entry = head === 'groups' ? person.groups.find((candidate) => candidate.id === group) : undefined;
    const found = common(person, measure) ?? (entry ? (tail === undefined ? money(entry.target) : tail === 'actual' ? money(entry.actual) : undefined) : undefined);
    return found ?? fail(`no measure "${measure}" for ${id}`);
  }
  return fail(`it must start with company, units or people`);
}

/** Where `<Chart of="…" />` may point: the company, a unit or a person. */
export type ChartSubject = { scope: 'company' } | { scope: 'unit'; id: string } | { scope: 'person'; id: string };

export const CHART_KINDS = {
  monthly: ['company', 'unit', 'person'],
  budget: ['unit'],
  attainment: ['company', 'unit'],
  treemap: ['company'],
} as const satisfies Record<string, readonly ChartSubject['scope'][]>;

export type ChartKind = keyof typeof CHART_KINDS;

export function resolveChart(rollup: YearRollup, kind: string, of: string): { ok: true; kind: ChartKind; subject: ChartSubject } | { ok: false; message: string } {
  if (!Object.hasOwn(CHART_KINDS, kind)) return { ok: false, message: `Unexpected chart kind "${kind}", expected one of ${Object.keys(CHART_KINDS).join(', ')}` };
  const chartKind = kind as ChartKind;
  const [scope, id = '', ...extra] = of.split('.');
  let subject: ChartSubject | undefined;
  if (scope === 'company' && of === 'company') subject = { scope: 'company' };
  else if (scope === 'units' && extra.length === 0 && rollup.units.some((unit) => unit.id === id)) subject = { scope: 'unit', id };
  else if (scope === 'people' && extra.length === 0 && rollup.units.some((unit) => unit.people.some((person) => person.id === id))) subject = { scope: 'person', id };
  if (!subject) return { ok: false, message: `Unexpected chart subject "${of}", expected company, units.<unit> or people.<person> of FY${rollup.year}` };
  if (!(CHART_KINDS[chartKind] as readonly string[]).includes(subject.scope)) {
    return { ok: false, message: `Unexpected chart kind "${kind}" for ${of}, expected it for ${CHART_KINDS[chartKind].join(' or ')}` };
  }
  return { ok: true, kind: chartKind, subject };
}
