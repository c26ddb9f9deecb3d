import { sortedByText } from '../core/compare-text.ts';
import type { Text } from '../core/messages.ts';
import { say } from '../core/reading-messages.ts';
import type { DocumentData, DocumentOf, DocumentType, Org } from '../schemas/index.ts';
import { DOCUMENT_TYPES, isSubmitted } from './document-types.ts';
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

/**
 * A person's monthly reports that are handed in (not drafts), by month: the only ones whose figures
 * are actuals (see `DOCUMENT_STATES`).
 */
export function submittedReports(person: PersonContent): Map<number, Loaded<MonthlyReport>> {
  const submitted = new Map<number, Loaded<MonthlyReport>>();
  for (const [month, report] of person.reports) if (isSubmitted(report.data.status)) submitted.set(month, report);
  return submitted;
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
  /** What the slot is, e.g. "individual annual plan for zhang-san"; undefined for the organisation file. */
  what?: Text;
}

export interface Model {
  years: Map<number, YearContent>;
  /** Content paths that exist but failed to read or validate (already reported). */
  invalid: Set<string>;
}

/** Indexes loaded files by year, unit, person and month; a second file for the same slot is recorded as a duplicate. */
export function buildModel(load: Pick<LoadResult, 'orgs' | 'documents'> & Partial<Pick<LoadResult, 'invalid' | 'partialOrgs'>>): Model {
  const years = new Map<number, YearContent>();
  const yearOf = (year: number) => {
    let content = years.get(year);
    if (!content) {
      content = { year, units: new Map(), people: new Map(), documents: [], duplicates: [] };
      years.set(year, content);
    }
    return content;
  };

  for (const org of sortedByText(load.orgs, (org) => org.path)) {
    const content = yearOf(org.data.year);
    if (!content.org) content.org = org;
    else content.duplicates.push({ file: org, existing: content.org });
  }

  // A year whose org.yaml is invalid is checked against what could be read of it (it stays invalid).
  for (const org of load.partialOrgs ?? []) yearOf(org.data.year).org ??= org;

  for (const document of sortedByText(load.documents, (document) => document.path)) {
    const content = yearOf(document.data.year);
    if (index(content, document.data.type, document)) content.documents.push(document);
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

/** Where documents of one type are indexed in a year's content. */
interface Slot<T extends DocumentType> {
  get: (content: YearContent, key: DocumentKey) => Loaded<DocumentOf<T>> | undefined;
  put: (content: YearContent, document: Loaded<DocumentOf<T>>) => void;
  /** What the slot holds, for the message about a second file, e.g. "individual annual plan for zhang-san". */
  what: (data: DocumentOf<T>) => Text;
}

const SLOTS: { [T in DocumentType]: Slot<T> } = {
  'market-research': {
    get: (content) => content.marketResearch,
    put: (content, document) => {
      content.marketResearch = document;
    },
    what: (data) => DOCUMENT_TYPES[data.type].label,
  },
  'sales-plan': {
    get: (content, { unit = '' }) => content.units.get(unit)?.salesPlan,
    put: (content, document) => {
      unitOf(content, document.data.unit).salesPlan = document;
    },
    what: (data) => say('model.slot.unit', { label: DOCUMENT_TYPES[data.type].label, unit: data.unit }),
  },
  budget: {
    get: (content, { unit = '' }) => content.units.get(unit)?.budget,
    put: (content, document) => {
      unitOf(content, document.data.unit).budget = document;
    },
    what: (data) => say('model.slot.unit', { label: DOCUMENT_TYPES[data.type].label, unit: data.unit }),
  },
  'person-plan': {
    get: (content, { person = '' }) => content.people.get(person)?.plan,
    put: (content, document) => {
      personOf(content, document.data.person).plan = document;
    },
    what: (data) => say('model.slot.person', { label: DOCUMENT_TYPES[data.type].label, person: data.person }),
  },
  'monthly-plan': {
    get: (content, { person = '', month = 0 }) => content.people.get(person)?.monthlyPlans.get(month),
    put: (content, document) => {
      personOf(content, document.data.person).monthlyPlans.set(document.data.month, document);
    },
    what: (data) => say('model.slot.month', { label: DOCUMENT_TYPES[data.type].label, person: data.person, month: data.month }),
  },
  'monthly-report': {
    get: (content, { person = '', month = 0 }) => content.people.get(person)?.reports.get(month),
    put: (content, document) => {
      personOf(content, document.data.person).reports.set(document.data.month, document);
    },
    what: (data) => say('model.slot.month', { label: DOCUMENT_TYPES[data.type].label, person: data.person, month: data.month }),
  },
  'midyear-review': {
    get: (content, { unit = '' }) => content.units.get(unit)?.midyearReview,
    put: (content, document) => {
      unitOf(content, document.data.unit).midyearReview = document;
    },
    what: (data) => say('model.slot.unit', { label: DOCUMENT_TYPES[data.type].label, unit: data.unit }),
  },
  'annual-report': {
    get: (content) => content.annualReport,
    put: (content, document) => {
      content.annualReport = document;
    },
    what: (data) => DOCUMENT_TYPES[data.type].label,
  },
};

/** Which document of its type `data` is: the parts of the path its type's scope varies by. */
function keyOf(data: DocumentData): DocumentKey {
  const scope = DOCUMENT_TYPES[data.type].scope;
  return {
    // A person's annual plan names its unit too, but is one per person.
    ...(scope === 'unit' && 'unit' in data ? { unit: data.unit } : {}),
    ...('person' in data ? { person: data.person } : {}),
    ...('month' in data ? { month: data.month } : {}),
  };
}

/** Puts a document in its slot, or records it as a duplicate when an earlier file holds the slot. */
function index<T extends DocumentType>(content: YearContent, type: T, document: Loaded<DocumentOf<T>>): boolean {
  const slot: Slot<T> = SLOTS[type];
  const existing = slot.get(content, keyOf(document.data));
  if (existing) {
    content.duplicates.push({ file: document, existing, what: slot.what(document.data) });
    return false;
  }
  slot.put(content, document);
  return true;
}

/** The indexed document of `type` for a unit, person or month of the year, if there is one. */
export function documentAt(content: YearContent, type: DocumentType, key: DocumentKey): LoadedDocument | undefined {
  return SLOTS[type].get(content, key);
}
