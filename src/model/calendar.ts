import { pathFor } from './content-files.ts';
import type { Loaded } from './load.ts';
import type { YearContent } from './model.ts';
import { orgIndex } from './org-index.ts';

/** One document the seed's calendar expects, and where it stands on a given date. */
export interface Obligation {
  /** Step of the seed's cycle, 1–7. */
  step: number;
  type: string;
  /** Path inside the content directory where the document lives or should live. */
  path: string;
  /** Person id who writes it. */
  owner: string;
  unit?: string;
  person?: string;
  month?: number;
  /** Last day it may be completed, YYYY-MM-DD. */
  due: string;
  /** done: exists and approved; submitted: exists, not yet approved; missing: no file yet. */
  progress: 'done' | 'submitted' | 'missing';
  /** overdue when past due and not done; due-soon within 14 days; otherwise upcoming or done. */
  state: 'done' | 'overdue' | 'due-soon' | 'upcoming';
  document?: Loaded<{ status: string }>;
}

const isoDay = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** People who carry a personal target: everyone in a unit who is not its manager, plus anyone with a plan. */
export function salespeople(content: YearContent): string[] {
  const org = content.org?.data;
  const managers = new Set(org?.units.map((unit) => unit.manager) ?? []);
  const ids = new Set(org?.people.filter((person) => person.unit && !managers.has(person.id)).map((person) => person.id) ?? []);
  for (const [id, person] of content.people) if (person.plan) ids.add(id);
  return [...ids].sort();
}

/** Everything the seed's calendar expects for the year, judged on `asOf`. */
export function obligations(content: YearContent, asOf: string): Obligation[] {
  const org = content.org?.data;
  if (!org) return [];
  const { year } = content;
  const grace = org.calendar.monthlyReportGraceDays;
  const out: Obligation[] = [];
  const add = (entry: Omit<Obligation, 'progress' | 'state' | 'path'>, document: Loaded<{ status: string }> | undefined) => {
    const progress = !document ? 'missing' : document.data.status === 'approved' ? 'done' : 'submitted';
    // A monthly report is done once submitted: the seed has the manager read it, not approve it.
    const done = progress === 'done' || (progress === 'submitted' && (entry.type === 'monthly-report' || entry.type === 'monthly-plan'));
    const state = done ? 'done' : asOf > entry.due ? 'overdue' : addDays(asOf, 14) >= entry.due ? 'due-soon' : 'upcoming';
    const path = document?.path ?? pathFor({ kind: 'document', year, type: entry.type, ...(entry.unit && !entry.person ? { unit: entry.unit } : {}), ...(entry.person ? { person: entry.person } : {}), ...(entry.month ? { month: entry.month } : {}) });
    out.push({ ...entry, path, progress, state, ...(document ? { document } : {}) });
  };
  const vp = org.roles.marketingVp;
  const beforeYear = isoDay(year - 1, 12, 31);
  add({ step: 1, type: 'market-research', owner: vp, due: isoDay(year - 1, 10, 31) }, content.marketResearch);
  for (const unit of org.units) {
    const unitContent = content.units.get(unit.id);
    add({ step: 1, type: 'sales-plan', owner: unit.manager, unit: unit.id, due: isoDay(year - 1, 11, 30) }, unitContent?.salesPlan);
    add({ step: 2, type: 'budget', owner: unit.manager, unit: unit.id, due: beforeYear }, unitContent?.budget);
    add({ step: 6, type: 'midyear-review', owner: unit.manager, unit: unit.id, due: isoDay(year, 7, org.calendar.midyearReviewDay) }, unitContent?.midyearReview);
  }
  for (const id of salespeople(content)) {
    const person = content.people.get(id);
    const unit = person?.plan?.data.unit ?? orgIndex(org).people.get(id)?.unit ?? '';
    const manager = orgIndex(org).units.get(unit)?.manager ?? id;
    add({ step: 3, type: 'person-plan', owner: manager, unit, person: id, due: isoDay(year, 1, 15) }, person?.plan);
    for (let month = 1; month <= 12; month++) {
      add({ step: 4, type: 'monthly-plan', owner: id, unit, person: id, month, due: isoDay(year, month, 1) }, person?.monthlyPlans.get(month));
      add({ step: 5, type: 'monthly-report', owner: id, unit, person: id, month, due: addDays(isoDay(year, month + 1, 0), grace) }, person?.reports.get(month));
    }
  }
  add({ step: 7, type: 'annual-report', owner: vp, due: isoDay(year, 12, 31) }, content.annualReport);
  return out;
}
