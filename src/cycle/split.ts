import type { Loaded } from '../model/load.ts';
import { submittedReports, type PersonContent, type YearContent } from '../model/model.ts';
import { formatFen, sumFen, type Fen } from '../core/money.ts';
import type { PathKey } from '../core/positions.ts';
import { allocate, type Weight } from './allocate.ts';
import { weightsFor } from './split-weights.ts';
import { orgIndex } from '../model/org-index.ts';
import { PlanbookError } from '../core/errors.ts';
import { listText, type Text, verbatim } from '../core/messages.ts';
import { say } from './cycle-messages.ts';

export const SPLIT_METHODS = ['even', 'weights', 'last-year', 'seasonality'] as const;
export type SplitMethod = (typeof SPLIT_METHODS)[number];

/** What to split: a unit's budget to people, a person's year to months, or one month to customer groups. */
export type SplitTarget = { kind: 'unit'; unit: string } | { kind: 'person'; person: string } | { kind: 'month'; person: string; month: number };

export interface SplitRequest {
  target: SplitTarget;
  method: SplitMethod;
  weights?: Map<string, Weight> | undefined;
  profile?: string | undefined;
  /** Granularity of the parts in 分 (1,000,000 = 1万); default 1分. */
  round?: Fen | undefined;
  /**
   * Which months of an annual plan are open to the split: `as-of` (a date, YYYY-MM-DD) keeps the
   * months before its month and every month with a submitted report; `from` re-splits from that
   * month (1–12) on; `all` re-splits the whole year.
   */
  months?: { asOf: string } | { from: number } | 'all' | undefined;
}

/** One figure the split owns: where it is and what it becomes. */
export interface SplitFigure {
  /** Row label for people: a person's name, a customer group; for months "kept" or empty. */
  label: string;
  /** Path inside the content directory. */
  path: string;
  /** Display path of the file. */
  file: string;
  figure: PathKey[];
  old: Fen | null;
  fen: Fen;
}

export interface SplitPlan {
  /** What is split, e.g. "华东事业部 budget revenue → 5 people". */
  title: Text;
  total: Fen;
  method: Text;
  figures: SplitFigure[];
  /** Things the person should know (people left out, figures that now disagree). */
  notes: Text[];
}

/** The content does not allow the split (missing file, no data for the method). */
export class SplitError extends PlanbookError {
  readonly exitCode = 1;
  readonly code = 'split';
}

const MONTH_LABELS = Array.from({ length: 12 }, (_, index) => `${index + 1}月`);

/** Works out every figure of a split; pure, so the preview and the write use the same numbers. */
export function planSplit(content: YearContent, lastYear: YearContent | undefined, request: SplitRequest): SplitPlan {
  switch (request.target.kind) {
    case 'unit':
      return splitUnit(content, lastYear, request.target.unit, request);
    case 'person':
      return splitPerson(content, lastYear, request.target.person, request);
    case 'month':
      return splitMonth(content, lastYear, request.target.person, request.target.month, request);
  }
}

function splitUnit(content: YearContent, lastYear: YearContent | undefined, unitId: string, request: SplitRequest): SplitPlan {
  const org = content.org?.data;
  const unit = org?.units.find((candidate) => candidate.id === unitId);
  if (!unit) throw new SplitError(say('split.unknown-unit', { unit: unitId, year: content.year, units: org ? listText(org.units.map((candidate) => candidate.id)) : say('split.no-org') }));
  const budget = content.units.get(unitId)?.budget;
  if (!budget) throw new SplitError(say('split.no-budget', { year: content.year, unit: unitId }));
  const plans = [...content.people.values()].flatMap((person) => (person.plan?.data.unit === unitId ? [person.plan] : [])).sort((a, b) => a.data.person.localeCompare(b.data.person));
  if (plans.length === 0) throw new SplitError(say('split.no-plans', { name: unit.name, year: content.year, unit: unitId }));
  const name = (id: string) => (org && orgIndex(org).people.get(id)?.name) ?? id;
  const parts = plans.map((plan) => ({ key: plan.data.person, aliases: [name(plan.data.person)] }));
  const total = budget.data.targets.revenue;
  let weights: Weight[];
  let method: Text;
  switch (request.method) {
    case 'even':
      weights = parts.map(() => 1);
      method = say('split.evenly');
      break;
    case 'weights':
      weights = weightsFor(parts, requireWeights(request), say('weights.person'));
      method = say('split.by-weights');
      break;
    case 'last-year': {
      if (!lastYear) throw new SplitError(say('split.no-last-year', { year: content.year - 1 }));
      const reportsOf = (person: string) => {
        const previous = lastYear.people.get(person);
        return previous ? [...submittedReports(previous).values()] : [];
      };
      const actuals = plans.map((plan) => sumFen(reportsOf(plan.data.person).map((report) => report.data.actual.revenue)));
      const without = plans.filter((_, index) => actuals[index] === 0).map((plan) => plan.data.person);
      if (without.length) throw new SplitError(say('split.no-last-year-actuals', { year: content.year - 1, people: listText(without) }));
      weights = actuals;
      method = say('split.by-last-year', { year: content.year - 1 });
      break;
    }
    case 'seasonality':
      throw new SplitError(say('split.seasonality-unit'));
  }
  const notes: Text[] = [];
  const planned = new Set(plans.map((plan) => plan.data.person));
  const managers = new Set(org?.units.map((candidate) => candidate.manager));
  for (const person of org?.people ?? []) {
    if (person.unit === unitId && !managers.has(person.id) && !planned.has(person.id)) {
      notes.push(say('split.note-no-plan', { name: person.name, id: person.id, unit: unit.name, year: content.year }));
    }
  }
  const amounts = allocate(total, weights, request.round);
  const changed = plans.filter((plan, index) => plan.data.target.revenue !== amounts[index]);
  if (changed.length) notes.push(say('split.note-months-disagree', { year: content.year, people: listText(changed.map((plan) => plan.data.person)) }));
  return {
    title: say('split.title-unit', { unit: unit.name, count: plans.length }),
    total,
    method: rounded(method, request),
    notes,
    figures: plans.map((plan, index) => figure(plan, name(plan.data.person), ['target', 'revenue'], plan.data.target.revenue, amounts[index] ?? 0)),
  };
}

function splitPerson(content: YearContent, lastYear: YearContent | undefined, personId: string, request: SplitRequest): SplitPlan {
  const plan = annualPlan(content, personId);
  const total = plan.data.target.revenue;
  const parts = MONTH_LABELS.map((label, index) => ({ key: String(index + 1), aliases: [label, String(index + 1).padStart(2, '0')] }));
  let weights: Weight[];
  let method: Text;
  const notes: Text[] = [];
  switch (request.method) {
    case 'even':
      weights = parts.map(() => 1);
      method = say('split.evenly');
      break;
    case 'weights':
      weights = weightsFor(parts, requireWeights(request), say('weights.month'));
      method = say('split.by-weights');
      break;
    case 'seasonality': {
      const profiles = content.org?.data.seasonality ?? {};
      const names = Object.keys(profiles);
      const name = request.profile ?? (names.length === 1 ? names[0] : undefined);
      if (name === undefined) throw new SplitError(say('split.profile-needed', { year: content.year, names: names.length ? listText(names) : say('split.no-profiles') }));
      const profile = profiles[name];
      if (!profile) throw new SplitError(say('split.unknown-profile', { name, names: names.length ? listText(names) : say('split.no-profile-defined') }));
      weights = profile;
      method = say('split.by-profile', { name });
      break;
    }
    case 'last-year': {
      const previous = lastYear?.people.get(personId);
      if (!previous) throw new SplitError(say('split.no-previous', { year: content.year - 1, person: personId }));
      // Months not yet reported (a plan made in November) take last year's plan, not zero.
      const fallback: number[] = [];
      const reported = submittedReports(previous);
      weights = MONTH_LABELS.map((_, index) => {
        const actual = reported.get(index + 1)?.data.actual.revenue;
        if (actual !== undefined) return actual;
        fallback.push(index + 1);
        return previous.plan?.data.months[index] ?? 0;
      });
      if (fallback.length) notes.push(say('split.note-fallback', { year: content.year - 1, months: listText(fallback) }));
      method = say('split.by-last-year-months', { year: content.year - 1 });
      break;
    }
  }
  if (total === 0) notes.push(say('split.note-zero', { year: content.year, unit: plan.data.unit }));
  const kept = keptMonths(content, personId, request.months);
  if (kept.months.length === 12) throw new SplitError(say('split.all-kept', { year: content.year, why: kept.why }));
  const keptTotal = sumFen(kept.months.map((month) => plan.data.months[month - 1] ?? 0));
  const open = MONTH_LABELS.map((_, index) => index + 1).filter((month) => !kept.months.includes(month));
  if (keptTotal > total) throw new SplitError(say('split.kept-over', { kept: monthList(kept.months), why: kept.why, keptTotal: formatFen(keptTotal), total: formatFen(total) }));
  const shares = allocate(total - keptTotal, open.map((month) => weights[month - 1] ?? 0), request.round);
  const amounts = MONTH_LABELS.map((_, index) => (kept.months.includes(index + 1) ? (plan.data.months[index] ?? 0) : (shares[open.indexOf(index + 1)] ?? 0)));
  if (kept.months.length) notes.push(say('split.note-kept', { kept: monthList(kept.months), why: kept.why, keptTotal: formatFen(keptTotal), open: monthList(open), rest: formatFen(total - keptTotal) }));
  const monthlyDiffer = amounts.flatMap((amount, index) => {
    const monthly = content.people.get(personId)?.monthlyPlans.get(index + 1);
    return monthly && monthly.data.target !== amount ? [index + 1] : [];
  });
  if (monthlyDiffer.length) notes.push(say('split.note-monthly', { months: listText(monthlyDiffer.map((month) => String(month).padStart(2, '0'))), year: content.year, person: personId }));
  return {
    title: say('split.title-person', { name: displayName(content, personId) }),
    total,
    method: rounded(method, request),
    notes,
    figures: amounts.map((amount, index) => figure(plan, kept.months.includes(index + 1) ? 'kept' : '', ['months', index], plan.data.months[index] ?? null, amount)),
  };
}

function splitMonth(content: YearContent, lastYear: YearContent | undefined, personId: string, month: number, request: SplitRequest): SplitPlan {
  const person = content.people.get(personId);
  const monthly = person?.monthlyPlans.get(month);
  const mm = String(month).padStart(2, '0');
  if (!monthly) throw new SplitError(say('split.no-monthly-plan', { year: content.year, person: personId, mm }));
  const annual = person?.plan?.data.months[month - 1];
  const total = annual ?? monthly.data.target;
  const org = content.org?.data;
  const groupName = (id: string) => org?.customerGroups.find((group) => group.id === id)?.name ?? id;
  const present = Object.keys(monthly.data.groups);
  let keys = present.length ? present : (org?.customerGroups.map((group) => group.id) ?? []);
  let weights: Weight[];
  let method: Text;
  const notes: Text[] = [];
  switch (request.method) {
    case 'even':
      weights = keys.map(() => 1);
      method = say('split.evenly');
      break;
    case 'weights': {
      const given = requireWeights(request);
      const all = org?.customerGroups.map((group) => group.id) ?? keys;
      keys = [...new Set([...keys, ...all.filter((id) => given.has(id) || given.has(groupName(id)))])];
      weights = weightsFor(keys.map((key) => ({ key, aliases: [groupName(key)] })), given, say('weights.group'));
      method = say('split.by-weights');
      break;
    }
    case 'last-year': {
      const previous = lastYear?.people.get(personId);
      const source = (previous && submittedReports(previous).get(month)?.data.groups) ?? previous?.monthlyPlans.get(month)?.data.groups;
      if (!source) throw new SplitError(say('split.no-previous-groups', { year: content.year - 1, person: personId, month }));
      keys = [...new Set([...keys, ...Object.keys(source)])];
      weights = keys.map((key) => source[key] ?? 0);
      method = say('split.by-last-year-groups', { year: content.year - 1, month });
      break;
    }
    case 'seasonality':
      throw new SplitError(say('split.seasonality-month'));
  }
  if (keys.length === 0) throw new SplitError(say('split.no-groups', { year: content.year }));
  const amounts = allocate(total, weights, request.round);
  const figures = keys.map((key, index) => figure(monthly, groupName(key), ['groups', key], monthly.data.groups[key] ?? null, amounts[index] ?? 0));
  if (annual !== undefined && monthly.data.target !== annual) {
    figures.unshift(figure(monthly, 'target', ['target'], monthly.data.target, annual));
    notes.push(say('split.note-follows', { month }));
  }
  if (annual === undefined) notes.push(say('split.note-no-annual', { person: personId }));
  return { title: say('split.title-month', { name: displayName(content, personId), month }), total, method: rounded(method, request), notes, figures };
}

/**
 * The months of a person's annual plan a split leaves as they are. In a year in progress the past
 * is kept: the months before the as-of month (what attainment is already measured against, reported
 * or late) and any later month with a submitted report; drafts do not count as reported.
 */
function keptMonths(content: YearContent, personId: string, months: SplitRequest['months']): { months: number[]; why: Text } {
  const all = MONTH_LABELS.map((_, index) => index + 1);
  if (months === undefined || months === 'all') return { months: [], why: verbatim('') };
  if ('from' in months) return { months: all.filter((month) => month < months.from), why: say('split.why-from', { month: String(months.from).padStart(2, '0') }) };
  const [year = 0, month = 0] = months.asOf.split('-').map(Number);
  const past = year < content.year ? 0 : year > content.year ? 12 : month - 1;
  const person = content.people.get(personId);
  const reported = person ? submittedReports(person) : new Map();
  const kept = all.filter((candidate) => candidate <= past || reported.has(candidate));
  return { months: kept, why: say('split.why-past', { month: months.asOf.slice(0, 7) }) };
}

/** Runs of months: "1月–3月、5月" in Chinese, "months 1–3, 5" or "month 1" in English. */
export function monthList(months: readonly number[]): Text {
  const runs: [number, number][] = [];
  for (const month of [...months].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && last[1] === month - 1) last[1] = month;
    else runs.push([month, month]);
  }
  return {
    zh: runs.map(([first, last]) => (first === last ? `${first}月` : `${first}月–${last}月`)).join('、'),
    en: `${months.length === 1 ? 'month' : 'months'} ${runs.map(([first, last]) => (first === last ? `${first}` : `${first}–${last}`)).join(', ')}`,
  };
}

const rounded = (method: Text, request: SplitRequest): Text => (request.round && request.round > 1 ? say('split.in-steps', { method, step: formatFen(request.round) }) : method);

function annualPlan(content: YearContent, personId: string): NonNullable<PersonContent['plan']> {
  const plan = content.people.get(personId)?.plan;
  if (!plan) throw new SplitError(say('split.missing-plan', { year: content.year, person: personId }));
  return plan;
}

function requireWeights(request: SplitRequest): Map<string, Weight> {
  if (!request.weights) throw new SplitError(say('split.need-weights'));
  return request.weights;
}

function displayName(content: YearContent, id: string): string {
  return (content.org && orgIndex(content.org.data).people.get(id)?.name) ?? id;
}

function figure(document: Loaded<unknown>, label: string, path: PathKey[], old: Fen | null, fen: Fen): SplitFigure {
  return { label, path: document.path, file: document.file, figure: path, old, fen };
}
