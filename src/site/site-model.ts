import { waitingDocuments, type WaitingDocument } from '../approvals/pending.ts';
import type { Provenance } from '../approvals/provenance.ts';
import type { Obligation } from '../model/calendar.ts';
import { obligations } from '../model/calendar.ts';
import type { LoadedDocument, LoadResult } from '../model/load.ts';
import { buildModel, type YearContent } from '../model/model.ts';
import { rollupYear, type PersonRollup, type UnitRollup, type YearRollup } from '../model/rollup.ts';

/** One fiscal year with everything its pages need, computed once. */
export interface YearView {
  year: number;
  content: YearContent;
  rollup: YearRollup;
  obligations: Obligation[];
  units: Map<string, UnitRollup>;
  people: Map<string, PersonRollup>;
  /** Obligations of each person (as writer or subject), in calendar order. */
  obligationsByPerson: Map<string, Obligation[]>;
  /** Obligation of each existing document, by content path. */
  obligationByPath: Map<string, Obligation>;
}

export interface SiteModel {
  asOf: string;
  years: YearView[];
  /** The year containing asOf, else the latest year before it, else the first. */
  defaultYear: number;
  documents: LoadedDocument[];
  /** Every document by content path ("2026/units/east/budget.mdx"). */
  byPath: Map<string, LoadedDocument>;
  /** Who approved which version of each document, by content path; empty outside a Git checkout. */
  provenance: Map<string, Provenance>;
  /** Every document waiting for approval on asOf, across all years, longest wait first. */
  waiting: WaitingDocument[];
  /** The same, by content path. */
  waitingByPath: Map<string, WaitingDocument>;
  /** The same, by the id of each person who may approve the pending stage (their 我的待办), longest wait first. */
  waitingByApprover: Map<string, WaitingDocument[]>;
}

/** Indexes every map the pages look up, so no page scans all documents (1,000 people × 24 files must build). */
export function buildSiteModel(load: Pick<LoadResult, 'orgs' | 'documents'>, asOf: string, provenance = new Map<string, Provenance>()): SiteModel {
  const model = buildModel(load);
  const years = [...model.years.values()]
    .sort((a, b) => a.year - b.year)
    .map((content): YearView => {
      const rollup = rollupYear(content, asOf);
      const due = obligations(content, asOf);
      const byPerson = new Map<string, Obligation[]>();
      const byPath = new Map<string, Obligation>();
      for (const obligation of due) {
        const who = obligation.person ?? obligation.owner;
        let list = byPerson.get(who);
        if (!list) byPerson.set(who, (list = []));
        list.push(obligation);
        if (obligation.document) byPath.set(obligation.path, obligation);
      }
      return {
        year: content.year,
        content,
        rollup,
        obligations: due,
        units: new Map(rollup.units.map((unit) => [unit.id, unit])),
        people: new Map(rollup.units.flatMap((unit) => unit.people.map((person) => [person.id, person] as const))),
        obligationsByPerson: byPerson,
        obligationByPath: byPath,
      };
    });
  const asOfYear = Number(asOf.slice(0, 4));
  const candidates = years.filter((view) => view.year <= asOfYear);
  const defaultYear = candidates.at(-1)?.year ?? years[0]?.year ?? asOfYear;
  const documents = years.flatMap((view) => view.content.documents);
  const orgs = new Map(years.map((view) => [view.year, view.content.org?.data]));
  const waiting = waitingDocuments(documents, (year) => orgs.get(year), provenance, asOf);
  const waitingByApprover = new Map<string, WaitingDocument[]>();
  for (const entry of waiting) {
    for (const id of new Set(entry.pending.approvers.map((approver) => approver.id))) {
      let list = waitingByApprover.get(id);
      if (!list) waitingByApprover.set(id, (list = []));
      list.push(entry);
    }
  }
  return { asOf, years, defaultYear, documents, byPath: new Map(documents.map((document) => [document.path, document])), provenance, waiting, waitingByPath: new Map(waiting.map((entry) => [entry.path, entry])), waitingByApprover };
}
