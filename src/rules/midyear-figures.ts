import { formatFen, formatFenDelta, sumFen } from '../core/money.ts';
import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { report, type Rule } from './context.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'midyear-figures': { severity: 'error', summary: 'The mid-year review’s H1 figures differ from the plans and reports.' },
} as const satisfies CodeDocs;

/** The mid-year review's H1 figures are the ones the people's plans and reports add up to. */
export const midyearFigures: Rule<keyof typeof codes> = ({ content }) =>
  [...content.units.values()].flatMap(({ id, midyearReview }) => {
    if (!midyearReview) return [];
    const people = [...content.people.values()].filter((person) => person.plan?.data.unit === id);
    const target = sumFen(people.flatMap((person) => person.plan?.data.months.slice(0, 6) ?? []));
    const actual = sumFen(people.flatMap((person) => [1, 2, 3, 4, 5, 6].map((month) => person.reports.get(month)?.data.actual.revenue ?? 0)));
    const out: Diagnostic<keyof typeof codes>[] = [];
    const { h1 } = midyearReview.data;
    if (h1.target !== target) {
      out.push(report(midyearReview, ['h1', 'target'], 'midyear-figures', `H1 target is ${formatFen(h1.target)}, the people's January–June plans add up to ${formatFen(target)}: ${formatFenDelta(h1.target - target)}`, { expected: formatFen(target), actual: formatFen(h1.target) }));
    }
    if (h1.actual !== actual) {
      out.push(report(midyearReview, ['h1', 'actual'], 'midyear-figures', `H1 actual is ${formatFen(h1.actual)}, the January–June reports add up to ${formatFen(actual)}: ${formatFenDelta(h1.actual - actual)}`, { expected: formatFen(actual), actual: formatFen(h1.actual) }));
    }
    return out;
  });
