import { pathFor } from './content-files.ts';
import { addDays } from '../core/dates.ts';
import { DOCUMENT_TYPES, isSubmitted, typesOf } from './document-types.ts';
import type { DocumentType, Org } from '../schemas/index.ts';
import type { Loaded } from './load.ts';
import { documentAt, type YearContent } from './model.ts';
import { orgIndex } from './org-index.ts';

/** One document the seed's calendar expects, and where it stands on a given date. */
export interface Obligation {
  /** Step of the seed's cycle, 1–7. */
  step: number;
  type: DocumentType;
  /** Path inside the content directory where the document lives or should live. */
  path: string;
  /** Person id who writes it. */
  owner: string;
  unit?: string;
  person?: string;
  month?: number;
  /** Last day it may be completed, YYYY-MM-DD. */
  due: string;
  /**
   * done: approved; submitted: handed in, not yet approved; draft: the file exists but is not handed
   * in (it meets no deadline); missing: no file yet.
   */
  progress: 'done' | 'submitted' | 'draft' | 'missing';
  /** overdue when past due and not done; due-soon within 14 days; otherwise upcoming or done. */
  state: 'done' | 'overdue' | 'due-soon' | 'upcoming';
  document?: Loaded<{ status: string }>;
}

/**
 * People who carry a personal target: everyone in a unit who is not its manager, plus anyone with a
 * plan; only those of `among` when given.
 */
export function salespeople(content: YearContent, among?: ReadonlySet<string>): string[] {
  const org = content.org?.data;
  const fromOrg = org ? orgSalespeople(org) : new Set<string>();
  // A few people of a 10,000-person org.yaml (a split check's group) are looked up, not the whole list sorted.
  if (among) return [...among].filter((id) => fromOrg.has(id) || content.people.get(id)?.plan).sort();
  const ids = new Set(fromOrg);
  for (const [id, person] of content.people) if (person.plan) ids.add(id);
  return [...ids].sort();
}

const orgSalespeopleCache = new WeakMap<Org, Set<string>>();

/** The people of org.yaml in a unit who are not a unit's manager, worked out once per org file. */
function orgSalespeople(org: Org): Set<string> {
  let ids = orgSalespeopleCache.get(org);
  if (!ids) {
    const managers = new Set(org.units.map((unit) => unit.manager));
    ids = new Set(org.people.filter((person) => person.unit && !managers.has(person.id)).map((person) => person.id));
    orgSalespeopleCache.set(org, ids);
  }
  return ids;
}

/** Due dates by calendar (an org file's), year and type, indexed by month (0: none); see `obligations`. */
const duesByCalendar = new WeakMap<object, Map<number, Map<DocumentType, string[]>>>();

/**
 * Everything the seed's calendar expects for the year, judged on `asOf`, in the registry's scopes and
 * order. `people`, when given, keeps only those people's obligations (the company's and units' stay,
 * unless `peopleOnly`): what an incremental check re-judges after a change to their files.
 */
export function obligations(content: YearContent, asOf: string, people?: ReadonlySet<string>, peopleOnly = false): Obligation[] {
  const org = content.org?.data;
  if (!org) return [];
  const { year } = content;
  const out: Obligation[] = [];
  // Due dates depend on the calendar, year, type and month only, and the horizon on asOf: worked out
  // once each, not for each of 250,000 obligations of a 10,000-person company (nor for each of a
  // split check's thousand slices of one org.yaml).
  // A salvaged org file may lack its calendar: its dues are then the org's own.
  const calendarKey: object = (org.calendar as Org['calendar'] | undefined) ?? org;
  let byYear = duesByCalendar.get(calendarKey);
  if (!byYear) duesByCalendar.set(calendarKey, (byYear = new Map()));
  let dues = byYear.get(year);
  if (!dues) byYear.set(year, (dues = new Map()));
  const soon = addDays(asOf, 14);
  const add = (type: DocumentType, entry: Pick<Obligation, 'owner' | 'unit' | 'person' | 'month'>, document: Loaded<{ status: string }> | undefined) => {
    const info = DOCUMENT_TYPES[type];
    let byMonth = dues.get(type);
    if (!byMonth) dues.set(type, (byMonth = []));
    let due = byMonth[entry.month ?? 0];
    if (due === undefined) byMonth[entry.month ?? 0] = due = info.due({ year, month: entry.month }, org.calendar);
    const progress = !document ? 'missing' : document.data.status === 'approved' ? 'done' : isSubmitted(document.data.status) ? 'submitted' : 'draft';
    const done = progress === 'done' || (progress === 'submitted' && info.doneWhen === 'submitted');
    const state = done ? 'done' : asOf > due ? 'overdue' : soon >= due ? 'due-soon' : 'upcoming';
    const path = document?.path ?? pathFor({ kind: 'document', year, type, ...(entry.unit ? { unit: entry.unit } : {}), ...(entry.person ? { person: entry.person } : {}), ...(entry.month ? { month: entry.month } : {}) });
    // Field by field in the order of the spread it replaced (`{ step, type, ...entry, due, … }`),
    // each of `entry`'s keys present only where given: spreading into the middle of a literal was
    // most of the overdue rule's time for 250,000 obligations (issue 13).
    const obligation = { step: info.step, type, owner: entry.owner } as Obligation;
    if ('unit' in entry) obligation.unit = entry.unit;
    if ('person' in entry) obligation.person = entry.person;
    if ('month' in entry) obligation.month = entry.month;
    obligation.due = due;
    obligation.path = path;
    obligation.progress = progress;
    obligation.state = state;
    if (document) obligation.document = document;
    out.push(obligation);
  };
  const vp = org.roles.marketingVp;
  const ownerOf = (type: DocumentType, { manager = vp, salesperson = manager }: { manager?: string; salesperson?: string } = {}) => {
    const writer = DOCUMENT_TYPES[type].writer;
    return writer === 'marketingVp' ? vp : writer === 'unitManager' ? manager : salesperson;
  };
  // Company documents due before the year open the calendar (market research); the others close it (annual report).
  const [opening, closing] = partition(typesOf('company'), (type) => DOCUMENT_TYPES[type].due({ year }, org.calendar) < `${year}-01-01`);
  if (!peopleOnly) for (const type of opening) add(type, { owner: ownerOf(type) }, documentAt(content, type, {}));
  const [unitTypes, personTypes, monthTypes] = [typesOf('unit'), typesOf('person'), typesOf('month')];
  for (const unit of peopleOnly ? [] : org.units) {
    for (const type of unitTypes) add(type, { owner: ownerOf(type, { manager: unit.manager }), unit: unit.id }, documentAt(content, type, { unit: unit.id }));
  }
  for (const id of salespeople(content, people)) {
    const unit = content.people.get(id)?.plan?.data.unit ?? orgIndex(org).people.get(id)?.unit ?? '';
    const owners = { manager: orgIndex(org).units.get(unit)?.manager ?? id, salesperson: id };
    for (const type of personTypes) add(type, { owner: ownerOf(type, owners), unit, person: id }, documentAt(content, type, { person: id }));
    for (let month = 1; month <= 12; month++) {
      for (const type of monthTypes) add(type, { owner: ownerOf(type, owners), unit, person: id, month }, documentAt(content, type, { person: id, month }));
    }
  }
  if (!peopleOnly) for (const type of closing) add(type, { owner: ownerOf(type) }, documentAt(content, type, {}));
  return out;
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  return [items.filter(test), items.filter((item) => !test(item))];
}
