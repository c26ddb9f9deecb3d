import type { DocumentType, Org } from '../schemas/index.ts';
import type { AnnualReport } from '../schemas/annual-report.ts';
import type { Budget } from '../schemas/budget.ts';
import type { MarketResearch } from '../schemas/market-research.ts';
import type { MidyearReview } from '../schemas/midyear-review.ts';
import type { MonthlyPlan } from '../schemas/monthly-plan.ts';
import type { MonthlyReport } from '../schemas/monthly-report.ts';
import type { PersonPlan } from '../schemas/person-plan.ts';
import type { SalesPlan } from '../schemas/sales-plan.ts';
import type { Loaded, LoadedDocument, LoadResult } from './load.ts';

export interface UnitContent {
  id: string;
  salesPlan?: Loaded<SalesPlan>;
  budget?: Loaded<Budget>;
  midyearReview?: Loaded<MidyearReview>;
}

export interface PersonContent {
  id: string;
  plan?: Loaded<PersonPlan>;
  /** Monthly plans by month 1–12. */
  monthlyPlans: Map<number, Loaded<MonthlyPlan>>;
  /** Monthly reports by month 1–12. */
  reports: Map<number, Loaded<MonthlyReport>>;
}

/** Everything of one fiscal year, indexed by what the frontmatter says (not by path). */
export interface YearContent {
  year: number;
  org?: Loaded<Org>;
  marketResearch?: Loaded<MarketResearch>;
  annualReport?: Loaded<AnnualReport>;
  units: Map<string, UnitContent>;
  people: Map<string, PersonContent>;
  documents: LoadedDocument[];
  /** Files left out of the index because an earlier file (by path) holds the same slot. */
  duplicates: Duplicate[];
}

/** A second file for a slot of the year: the organisation file, or one document. */
export interface Duplicate {
  /** The file left out. */
  file: Loaded<unknown>;
  /** The file that holds the slot. */
  existing: Loaded<unknown>;
  /** What the slot is, e.g. "annual plan for zhang-san"; undefined for the organisation file. */
  what?: string;
}

export interface Model {
  years: Map<number, YearContent>;
  /** Content paths that exist but failed to read or validate (already reported). */
  invalid: Set<string>;
}

/** Indexes loaded files by year, unit, person and month; a second file for the same slot is recorded as a duplicate. */
export function buildModel(load: Pick<LoadResult, 'orgs' | 'documents'> & Partial<Pick<LoadResult, 'invalid'>>): Model {
  const years = new Map<number, YearContent>();
  const yearOf = (year: number) => {
    let content = years.get(year);
    if (!content) {
      content = { year, units: new Map(), people: new Map(), documents: [], duplicates: [] };
      years.set(year, content);
    }
    return content;
  };
  const claim = <T>(content: YearContent, existing: Loaded<T> | undefined, incoming: Loaded<T>, what: string): boolean => {
    if (!existing) return true;
    content.duplicates.push({ file: incoming, existing, what });
    return false;
  };

  for (const org of [...load.orgs].sort((a, b) => a.path.localeCompare(b.path))) {
    const content = yearOf(org.data.year);
    if (!content.org) content.org = org;
    else content.duplicates.push({ file: org, existing: content.org });
  }

  for (const document of [...load.documents].sort((a, b) => a.path.localeCompare(b.path))) {
    const content = yearOf(document.data.year);
    const data = document.data;
    let indexed = true;
    switch (data.type) {
      case 'market-research':
        if ((indexed = claim(content, content.marketResearch, document, 'market research report'))) content.marketResearch = document as Loaded<typeof data>;
        break;
      case 'annual-report':
        if ((indexed = claim(content, content.annualReport, document, 'annual report'))) content.annualReport = document as Loaded<typeof data>;
        break;
      case 'sales-plan':
      case 'budget':
      case 'midyear-review': {
        const unit = unitOf(content, data.unit);
        const slot = data.type === 'sales-plan' ? 'salesPlan' : data.type === 'budget' ? 'budget' : 'midyearReview';
        if ((indexed = claim(content, unit[slot] as Loaded<unknown> | undefined, document, `${data.type} for unit ${data.unit}`))) {
          (unit as unknown as Record<string, unknown>)[slot] = document;
        }
        break;
      }
      case 'person-plan': {
        const person = personOf(content, data.person);
        if ((indexed = claim(content, person.plan, document, `annual plan for ${data.person}`))) person.plan = document as Loaded<typeof data>;
        break;
      }
      case 'monthly-plan':
      case 'monthly-report': {
        const person = personOf(content, data.person);
        const map = (data.type === 'monthly-plan' ? person.monthlyPlans : person.reports) as Map<number, LoadedDocument>;
        if ((indexed = claim(content, map.get(data.month), document, `${data.type} for ${data.person}, month ${data.month}`))) map.set(data.month, document);
        break;
      }
      default:
        // A type added to the schemas needs its place in the year here (and in SLOTS below).
        data satisfies never;
    }
    if (indexed) content.documents.push(document);
  }
  return { years, invalid: new Set(load.invalid ?? []) };
}

function unitOf(content: YearContent, id: string): UnitContent {
  let unit = content.units.get(id);
  if (!unit) content.units.set(id, (unit = { id }));
  return unit;
}

function personOf(content: YearContent, id: string): PersonContent {
  let person = content.people.get(id);
  if (!person) content.people.set(id, (person = { id, monthlyPlans: new Map(), reports: new Map() }));
  return person;
}

/** Which document of a type: the unit, person and month that pick it out (only those its scope needs). */
export interface DocumentKey {
  unit?: string;
  person?: string;
  month?: number;
}

/** Where each type is indexed in a year's content. */
const SLOTS = {
  'market-research': (content) => content.marketResearch,
  'sales-plan': (content, { unit = '' }) => content.units.get(unit)?.salesPlan,
  budget: (content, { unit = '' }) => content.units.get(unit)?.budget,
  'person-plan': (content, { person = '' }) => content.people.get(person)?.plan,
  'monthly-plan': (content, { person = '', month = 0 }) => content.people.get(person)?.monthlyPlans.get(month),
  'monthly-report': (content, { person = '', month = 0 }) => content.people.get(person)?.reports.get(month),
  'midyear-review': (content, { unit = '' }) => content.units.get(unit)?.midyearReview,
  'annual-report': (content) => content.annualReport,
} satisfies Record<DocumentType, (content: YearContent, key: DocumentKey) => LoadedDocument | undefined>;

/** The indexed document of `type` for a unit, person or month of the year, if there is one. */
export function documentAt(content: YearContent, type: DocumentType, key: DocumentKey): LoadedDocument | undefined {
  return SLOTS[type](content, key);
}
