import { formatFen, formatFenDelta, sumFen } from '../core/money.ts';
import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import { skipped, type SkippedCode } from './comparison-skipped.ts';
import { invalidPeopleFiles, report, type Rule } from './context.ts';
import { submittedReports } from '../model/model.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'midyear-figures': { severity: 'error', summary: 'The mid-year review’s H1 figures differ from the plans and reports.' },
} as const satisfies CodeDocs;

/** The mid-year review's H1 figures are the ones the people's plans and reports add up to. */
export const midyearFigures: Rule<keyof typeof codes | SkippedCode> = ({ content, invalid }) =>
  [...content.units.values()].flatMap(({ id, midyearReview }) => {
    if (!midyearReview) return [];
    const people = [...content.people.values()].filter((person) => person.plan?.data.unit === id);
    const target = sumFen(people.flatMap((person) => person.plan?.data.months.slice(0, 6) ?? []));
    const actual = sumFen(people.flatMap((person) => {
      const reports = submittedReports(person);
      return [1, 2, 3, 4, 5, 6].map((month) => reports.get(month)?.data.actual.revenue ?? 0);
    }));
    const out: Diagnostic<keyof typeof codes | SkippedCode>[] = [];
    const { h1 } = midyearReview.data;
    // Without a person's annual plan their reports drop out too (the unit comes from the plan).
    const invalidPlans = invalidPeopleFiles(content, invalid, id, (file) => file === 'plan.mdx');
    const invalidInputs = invalidPeopleFiles(content, invalid, id, (file) => file === 'plan.mdx' || /^0[1-6]\.report\.mdx$/.test(file));
    if (invalidPlans.length) out.push(skipped(midyearReview, ['h1', 'target'], say('midyear-figures.what-target'), invalidPlans));
    else if (h1.target !== target) {
      out.push(report(midyearReview, ['h1', 'target'], 'midyear-figures', say('midyear-figures.target', { stated: formatFen(h1.target), sum: formatFen(target), delta: formatFenDelta(h1.target - target) }), { expected: formatFen(target), actual: formatFen(h1.target) }));
    }
    if (invalidInputs.length) out.push(skipped(midyearReview, ['h1', 'actual'], say('midyear-figures.what-actual'), invalidInputs));
    else if (h1.actual !== actual) {
      out.push(report(midyearReview, ['h1', 'actual'], 'midyear-figures', say('midyear-figures.actual', { stated: formatFen(h1.actual), sum: formatFen(actual), delta: formatFenDelta(h1.actual - actual) }), { expected: formatFen(actual), actual: formatFen(h1.actual) }));
    }
    return out;
  });
