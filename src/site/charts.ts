import { monthlyChart } from '../charts/monthly.ts';
import { pairedBars, ratioBars } from '../charts/bars.ts';
import { chartHtml, type ChartSpec } from '../charts/table.ts';
import { treemapChart } from '../charts/treemap.ts';
import type { Lang, Translate } from '../i18n/index.ts';
import { cumulativeAttainment, type Figures, type UnitRollup, type YearRollup } from '../model/rollup.ts';
import type { ChartKind, ChartSubject } from '../mdx/figure-path.ts';
import type { Org } from '../schemas/index.ts';
import { moneyFormat } from './money.ts';
import { nameIn, percent, personName, unitName } from './names.ts';
import { attainmentExtremes, TREEMAP_PEOPLE_MAX } from './scale.ts';

// Charts and their data tables show rounded amounts in the page's language (src/site/money.ts).
const amounts = (lang: Lang) => {
  const { short } = moneyFormat(lang);
  return { fen: short, axis: (value: number) => short(Math.round(value)) };
};

export function monthlySpec(name: string, figures: Figures, t: Translate, lang: Lang): ChartSpec {
  const { fen, axis } = amounts(lang);
  const month = (m: number) => t('month.label', { month: m });
  // The same attainment to date as the headline, month by month: the last row that counts equals it.
  const cumulative = cumulativeAttainment(figures.months);
  const rows = figures.months.map((m, index) => {
    const ratio = cumulative[index];
    return [month(m.month), fen(m.target), m.actual === null ? t('fig.none') : fen(m.actual), ratio === null || ratio === undefined ? t('fig.none') : percent(ratio)];
  });
  return {
    svg: monthlyChart({
      title: t('chart.monthlyTitle', { name }),
      desc: t('chart.monthlyDesc'),
      months: figures.months,
      cumulative,
      labels: { target: t('fig.target'), actual: t('fig.actual'), cumulative: t('fig.cumulative'), month },
      formatAmount: axis,
    }),
    table: { caption: t('chart.monthlyTitle', { name }), head: [t('fig.month'), t('fig.target'), t('fig.actual'), t('fig.cumulative')], rows, numeric: [1, 2, 3] },
    // No target and no actual in any month: a flat chart with an axis of zeros says nothing.
    ...(figures.months.every((m) => m.target === 0 && m.actual === null) ? { empty: t('chart.monthlyEmpty', { name }) } : {}),
  };
}

export function budgetSpec(name: string, unit: UnitRollup, org: Org | undefined, lang: Lang, t: Translate): ChartSpec | undefined {
  const { fen } = amounts(lang);
  if (!unit.expenses) return undefined;
  const lineName = (id: string, fallback: string) => nameIn(lang, org?.expenseLines.find((line) => line.id === id), fallback);
  const lines = unit.expenses.lines.map((line) => ({ label: lineName(line.id, line.name), planned: line.budget, actual: line.spent }));
  return {
    svg: pairedBars({ title: t('chart.budgetTitle', { name }), desc: t('chart.budgetDesc'), rows: lines, labels: { planned: t('fig.budget'), actual: t('fig.spent') }, format: fen }),
    table: {
      caption: t('chart.budgetTitle', { name }),
      head: [t('unit.expenseLine'), t('fig.budget'), t('fig.spent'), t('fig.remaining')],
      rows: [
        ...lines.map((line) => [line.label, fen(line.planned), fen(line.actual), fen(line.planned - line.actual)]),
        [t('fig.total'), fen(unit.expenses.total), fen(unit.expenses.spent), fen(unit.expenses.total - unit.expenses.spent)],
      ],
      numeric: [1, 2, 3],
    },
  };
}

/** Attainment to date per row; `of` says what the rows are (a unit's people, the company's units), for the title. */
export function attainmentSpec(name: string, rows: { label: string; figures: Figures }[], t: Translate, lang: Lang, of: 'people' | 'units' = 'people'): ChartSpec {
  const { fen } = amounts(lang);
  const title = t(of === 'units' ? 'chart.attainmentUnitsTitle' : 'chart.attainmentTitle', { name });
  return {
    svg: ratioBars({ title, desc: t(of === 'units' ? 'chart.attainmentUnitsDesc' : 'chart.attainmentDesc'), rows: rows.map((row) => ({ label: row.label, ratio: row.figures.attainmentToDate })) }),
    table: {
      caption: title,
      head: ['', t('fig.targetToDate'), t('fig.actualToDate'), t('fig.attainmentToDate')],
      rows: rows.map((row) => [row.label, fen(row.figures.targetToDate), fen(row.figures.actual), row.figures.targetToDate === 0 ? t('fig.nothingDue') : percent(row.figures.attainmentToDate)]),
      numeric: [1, 2, 3],
    },
    // Nothing is due anywhere: every bar would be 0.0%, which reads as failure rather than "not yet".
    ...(rows.every((row) => row.figures.targetToDate === 0) ? { empty: t('chart.attainmentEmpty', { name }) } : {}),
  };
}

export function treemapSpec(name: string, rollup: YearRollup, org: Org | undefined, lang: Lang, t: Translate): ChartSpec {
  const { fen } = amounts(lang);
  // A large company's treemap shows units: ten thousand rectangles are neither readable nor small.
  const byPerson = rollup.units.reduce((sum, unit) => sum + unit.people.length, 0) <= TREEMAP_PEOPLE_MAX;
  const root = {
    name,
    children: rollup.units.map((unit) => ({
      name: unitName(lang, org, unit.id),
      children: byPerson && unit.people.length ? unit.people.map((person) => ({ name: personName(lang, org, person.id), value: person.target })) : [{ name: unitName(lang, org, unit.id), value: unit.target }],
    })),
  };
  return {
    svg: treemapChart({ title: t('chart.treemapTitle', { name }), desc: t('chart.treemapDesc'), root, format: fen }),
    table: {
      caption: t('chart.treemapTitle', { name }),
      head: [t('person.unit'), t('unit.people'), t('fig.target')],
      rows: rollup.units.flatMap((unit) => [
        [unitName(lang, org, unit.id), t('fig.total'), fen(unit.target)],
        ...(byPerson ? unit.people : []).map((person) => [unitName(lang, org, unit.id), personName(lang, org, person.id), fen(person.target)]),
      ]),
      numeric: [2],
    },
  };
}

/** The chart an MDX body asks for with <Chart kind of />, as HTML. */
export function chartFor(kind: ChartKind, subject: ChartSubject, rollup: YearRollup, org: Org | undefined, lang: Lang, t: Translate, company: string): string {
  const unit = subject.scope === 'unit' ? rollup.units.find((candidate) => candidate.id === subject.id) : undefined;
  const person = subject.scope === 'person' ? rollup.units.flatMap((candidate) => candidate.people).find((candidate) => candidate.id === subject.id) : undefined;
  const name = unit ? unitName(lang, org, unit.id) : person ? personName(lang, org, person.id) : company;
  let spec: ChartSpec | undefined;
  if (kind === 'monthly') spec = monthlySpec(name, unit ?? person ?? rollup, t, lang);
  else if (kind === 'budget' && unit) spec = budgetSpec(name, unit, org, lang, t);
  else if (kind === 'attainment') spec = attainmentSpec(name, unit ? attainmentExtremes(unit.people.map((p) => ({ label: personName(lang, org, p.id), figures: p }))) : rollup.units.map((u) => ({ label: unitName(lang, org, u.id), figures: u })), t, lang, unit ? 'people' : 'units');
  else if (kind === 'treemap') spec = treemapSpec(name, rollup, org, lang, t);
  return spec ? chartHtml(spec) : '';
}
