import { listText } from '../core/messages.ts';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allocate, allocateEvenly } from '../cycle/allocate.ts';
import { forecastYear } from '../cycle/forecast.ts';
import { carryOverOrg } from '../edit/org-text.ts';
import { salespeople } from '../model/calendar.ts';
import { submittedReports, type YearContent } from '../model/model.ts';
import { sumFen } from '../core/money.ts';
import { rollupYear } from '../model/rollup.ts';
import type { Org } from '../schemas/index.ts';
import { dateWithin, newPath } from './frontmatter.ts';
import { monthlyPlanTemplate, monthlyReportTemplate } from './monthly.ts';
import { midyearReviewTemplate } from './midyear-review.ts';
import { personPlanTemplate } from './person-plan.ts';
import { budgetTemplate, salesPlanTemplate } from './unit-drafts.ts';
import { annualReportTemplate, marketResearchTemplate } from './year-documents.ts';
import { PlanbookError } from '../core/errors.ts';
import { say } from '../cycle/cycle-messages.ts';

/** A file `plan new` will create: path inside the content directory and its text. */
export interface NewFile {
  path: string;
  text: string;
}

/** What the command asked for does not fit the content (unknown person, no annual plan). */
export class ScaffoldError extends PlanbookError {
  readonly exitCode = 1;
  readonly code = 'scaffold';
}

const orgOf = (content: YearContent): Org => {
  if (!content.org) throw new ScaffoldError(say('new.no-org', { year: content.year }));
  return content.org.data;
};

const personIn = (org: Org, id: string, year: number) => {
  const person = org.people.find((candidate) => candidate.id === id);
  if (!person) throw new ScaffoldError(say('new.unknown-person', { id, year }));
  return person;
};

/** A person's annual plan, author their unit's manager. */
export function personPlanFile(year: number, org: Org, id: string, date: string): NewFile {
  const person = personIn(org, id, year);
  const unit = org.units.find((candidate) => candidate.id === person.unit);
  if (!unit) throw new ScaffoldError(say('new.no-unit', { name: person.name, id, year }));
  const manager = org.people.find((candidate) => candidate.id === unit.manager);
  const text = personPlanTemplate({ year, person: id, name: person.name, unit: unit.id, unitName: unit.name, manager: unit.manager, managerName: manager?.name ?? unit.manager, date: dateWithin(date, 'person-plan', { year }) });
  return { path: newPath('person-plan', year, { person: id }), text };
}

/**
 * Next fiscal year from the last: org.yaml carried over, market research, a sales plan and budget
 * per unit starting from last year's figures, and an empty annual plan for every salesperson.
 */
export function newYearFiles(last: YearContent, contentDir: string, date: string): NewFile[] {
  const year = last.year + 1;
  const org = orgOf(last);
  const orgText = readFileSync(path.join(contentDir, last.org?.path ?? ''), 'utf8');
  const rollup = rollupYear(last, date);
  const files: NewFile[] = [
    { path: `${year}/org.yaml`, text: carryOverOrg(orgText, year) },
    { path: newPath('market-research', year), text: marketResearchTemplate({ year, org, date: dateWithin(date, 'market-research', { year }) }) },
  ];
  for (const unit of org.units) {
    const unitRollup = rollup.units.find((candidate) => candidate.id === unit.id);
    const input = {
      year,
      unit: unit.id,
      unitName: unit.name,
      manager: unit.manager,
      managerName: org.people.find((person) => person.id === unit.manager)?.name ?? unit.manager,
      date: dateWithin(date, 'sales-plan', { year }),
      lastBudget: last.units.get(unit.id)?.budget?.data,
      lastActual: unitRollup?.actual ?? 0,
      lastMonths: unitRollup?.months.filter((month) => month.actual !== null).length ?? 0,
      expenseLines: org.expenseLines,
    };
    files.push({ path: newPath('sales-plan', year, { unit: unit.id }), text: salesPlanTemplate(input) });
    // A budget's date window is the sales plan's: both are written before the year.
    files.push({ path: newPath('budget', year, { unit: unit.id }), text: budgetTemplate(input) });
  }
  for (const id of salespeople(last)) {
    if (org.people.some((person) => person.id === id && person.unit)) files.push(personPlanFile(year, org, id, date));
  }
  return files;
}

/** Annual plans for every salesperson of the year who has none yet (the step after the budgets). */
export function missingPersonPlans(content: YearContent, date: string): NewFile[] {
  const org = orgOf(content);
  const missing = salespeople(content).filter((id) => !content.people.get(id)?.plan && org.people.some((person) => person.id === id && person.unit));
  if (missing.length === 0) throw new ScaffoldError(say('new.all-planned', { year: content.year }));
  return missing.map((id) => personPlanFile(content.year, org, id, date));
}

function monthlyInput(content: YearContent, id: string, month: number) {
  const org = orgOf(content);
  const person = personIn(org, id, content.year);
  return { year: content.year, month, person: id, name: person.name, groups: org.customerGroups.map((group) => ({ id: group.id, name: group.name })) };
}

/** A monthly plan: the annual plan's month target, split like the previous month (or evenly). */
export function monthlyPlanFile(content: YearContent, id: string, month: number, date: string): NewFile {
  const input = monthlyInput(content, id, month);
  const person = content.people.get(id);
  if (!person?.plan) throw new ScaffoldError(say('new.no-plan', { year: content.year, id }));
  const target = person.plan.data.months[month - 1] ?? 0;
  const previous = person.monthlyPlans.get(month - 1)?.data.groups;
  const weights = input.groups.map((group) => previous?.[group.id] ?? 0);
  const split = previous && weights.some((weight) => weight > 0) ? allocate(target, weights) : allocateEvenly(target, input.groups.length);
  const time = { year: content.year, month };
  return { path: newPath('monthly-plan', content.year, { person: id, month }), text: monthlyPlanTemplate({ ...input, date: dateWithin(date, 'monthly-plan', time), target, split }) };
}

/** A monthly report with zero actuals and the seed's three sections. */
export function monthlyReportFile(content: YearContent, id: string, month: number, date: string): NewFile {
  const input = monthlyInput(content, id, month);
  const target = content.people.get(id)?.plan?.data.months[month - 1] ?? 0;
  const time = { year: content.year, month };
  return { path: newPath('monthly-report', content.year, { person: id, month }), text: monthlyReportTemplate({ ...input, date: dateWithin(date, 'monthly-report', time), target }) };
}

/** The mid-year review with H1 figures from the plans and reports and a plan-shape H2 forecast. */
export function midyearReviewFile(content: YearContent, unitId: string, date: string): NewFile {
  const org = orgOf(content);
  const unit = org.units.find((candidate) => candidate.id === unitId);
  if (!unit) throw new ScaffoldError(say('new.unknown-unit', { unit: unitId, year: content.year, units: listText(org.units.map((candidate) => candidate.id)) }));
  const [forecast] = forecastYear(content, 'plan-shape', unitId).units;
  if (!forecast) throw new ScaffoldError(say('new.no-forecast', { unit: unitId }));
  const text = midyearReviewTemplate({ year: content.year, forecast, manager: unit.manager, date: dateWithin(date, 'midyear-review', { year: content.year }) });
  return { path: newPath('midyear-review', content.year, { unit: unitId }), text };
}

/** The annual report with the year's reported revenue. */
export function annualReportFile(content: YearContent, date: string): NewFile {
  const org = orgOf(content);
  const reports = [...content.people.values()].flatMap((person) => [...submittedReports(person).values()]);
  const revenue = sumFen(reports.map((report) => report.data.actual.revenue));
  const newProductRevenue = sumFen(reports.map((report) => report.data.actual.newProductRevenue ?? 0));
  const text = annualReportTemplate({ year: content.year, org, date: dateWithin(date, 'annual-report', { year: content.year }), revenue, newProductRevenue });
  return { path: newPath('annual-report', content.year), text };
}
