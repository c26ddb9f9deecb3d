import { obligations, type Obligation } from '../model/calendar.ts';
import type { Model, YearContent } from '../model/model.ts';
import type { DocumentData, DocumentType } from '../schemas/index.ts';
import type { Loaded } from '../model/load.ts';
import { documentLabel } from '../model/document-types.ts';
import { orgIndex } from '../model/org-index.ts';
import type { InvalidFile } from '../model/invalid-files.ts';
import { pendingApproval, type PendingApproval } from '../approvals/pending.ts';
import type { Provenance } from '../approvals/provenance.ts';
import type { Lang } from '../core/lang.ts';
import { textIn } from '../core/messages.ts';

/** One document of the calendar, as `plan status` reports it. */
export interface StatusItem {
  year: number;
  /** Step of the seed's cycle, 1–7. */
  step: number;
  type: DocumentType;
  /** e.g. "月度销售总结 monthly report, 10月". */
  label: string;
  /** Path inside the content directory. */
  path: string;
  /** Person id of who writes it, and their name. */
  owner: string;
  ownerName: string;
  unit?: string;
  unitName?: string;
  person?: string;
  month?: number;
  due: string;
  /**
   * done: approved (or, for monthly plans and reports, submitted); submitted: not yet approved;
   * missing: no file; invalid: the file exists but cannot be read or validated (see `invalid`).
   */
  progress: Obligation['progress'] | 'invalid';
  /** For an invalid file: where its first error is and what it says, `line:column message` (in the report's language). */
  invalid?: string;
  /** The document's own status field, when it exists. */
  status?: string;
  state: Obligation['state'];
  /** For a document waiting for approval: the pending stage, who can approve it and how long it has waited. */
  pending?: PendingApproval;
}

export interface YearStatus {
  year: number;
  counts: Record<Obligation['state'], number>;
  items: StatusItem[];
}

export interface StatusReport {
  asOf: string;
  years: YearStatus[];
}

/**
 * What is due, done and late on `asOf` for every year, optionally only what concerns one person
 * (what they write, what is about them, and what waits for their approval). `provenance` (the
 * ledger, by content path) decides which submitted documents still wait for approval.
 */
export function statusReport(
  model: Model,
  asOf: string,
  { person, invalid = [], provenance = new Map(), lang = 'zh-CN' }: { person?: string | undefined; invalid?: readonly InvalidFile[]; provenance?: ReadonlyMap<string, Provenance>; lang?: Lang } = {},
): StatusReport {
  const invalidByPath = new Map(invalid.map((file) => [file.path, file]));
  const years = [...model.years.values()].filter((content) => content.org).sort((a, b) => a.year - b.year);
  return {
    asOf,
    years: years.map((content) => {
      const items = obligations(content, asOf)
        .map((entry) => item(content, entry, invalidByPath.get(entry.path), provenance, asOf, lang))
        .filter((entry) => person === undefined || entry.owner === person || entry.person === person || entry.pending?.approvers.some((approver) => approver.id === person));
      const counts = { done: 0, overdue: 0, 'due-soon': 0, upcoming: 0 };
      for (const entry of items) counts[entry.state]++;
      return { year: content.year, counts, items };
    }),
  };
}

function item(content: YearContent, entry: Obligation, invalid: InvalidFile | undefined, provenance: ReadonlyMap<string, Provenance>, asOf: string, lang: Lang): StatusItem {
  const org = content.org?.data;
  const document = entry.document as Loaded<DocumentData> | undefined;
  const pending =
    document && org ? pendingApproval({ type: entry.type, path: entry.path, unit: entry.unit, person: entry.person, author: document.data.author, status: document.data.status, date: document.data.date }, org, provenance.get(entry.path), asOf) : undefined;
  const ownerName = (org && orgIndex(org).people.get(entry.owner)?.name) ?? entry.owner;
  const unitName = entry.unit && org ? orgIndex(org).units.get(entry.unit)?.name : undefined;
  return {
    year: content.year,
    step: entry.step,
    type: entry.type,
    label: documentLabel(entry.type, entry.month),
    path: entry.path,
    owner: entry.owner,
    ownerName,
    ...(entry.unit ? { unit: entry.unit } : {}),
    ...(unitName ? { unitName } : {}),
    ...(entry.person ? { person: entry.person } : {}),
    ...(entry.month ? { month: entry.month } : {}),
    due: entry.due,
    // An existing file that does not validate is not missing: it is there and needs fixing.
    progress: invalid && entry.progress === 'missing' ? 'invalid' : entry.progress,
    ...(invalid && entry.progress === 'missing' ? { invalid: `${invalid.error.line}:${invalid.error.column} ${textIn(invalid.error.message, lang)}` } : {}),
    ...(entry.document ? { status: entry.document.data.status } : {}),
    state: entry.state,
    ...(pending ? { pending } : {}),
  };
}
