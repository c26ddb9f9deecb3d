import type { DocumentType, Org } from '../schemas/index.ts';
import type { LoadedDocument } from '../model/load.ts';
import { orgIndex } from '../model/org-index.ts';
import { CHAINS, ROLE_LABELS, type Role } from './chains.ts';
import { stagesFor } from './pull-request.ts';
import type { Provenance } from './provenance.ts';
import type { Holder } from './roles.ts';

/** The document facts the pending stage depends on (a `Loaded` document's path and frontmatter). */
export interface PendingDocument {
  type: DocumentType;
  /** Path inside the content folder. */
  path: string;
  unit?: string | undefined;
  person?: string | undefined;
  /** Person id of the author. */
  author: string;
  /** The author's `status:` claim. */
  status: string;
  /** `date:`: when the document was written or last submitted, YYYY-MM-DD. */
  date: string;
}

/** Who must act next on a document that waits for approval. */
export interface PendingApproval {
  /** 1-based index of the pending stage in the document's chain. */
  stage: number;
  /** Number of stages in the chain. */
  stages: number;
  role: Role;
  /** The role as people read it: 营销副总 / marketing VP. */
  roleLabel: { zh: string; en: string };
  /** The people who can approve this stage (the role's holders, then their deputies). */
  approvers: Holder[];
  /** The day the wait started: the document's `date:`. */
  since: string;
  /** Whole days from `since` to the as-of date (0 when submitted that day). */
  days: number;
}

const DAY_MS = 86_400_000;

/** Whole calendar days from `from` to `to` (both YYYY-MM-DD); never negative. */
export function daysBetween(from: string, to: string): number {
  return Math.max(0, Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS));
}

/**
 * Who must approve a document next, or undefined when it does not wait: only a document its author
 * has submitted (`status: review`) whose current content the ledger has not approved waits. The
 * ledger records a chain once it is complete (on merge), and an open pull request's partial reviews
 * are not in the repository, so the pending stage is the chain's first: a change after approval
 * starts the chain again. When every holder of that stage is the author (a unit manager writes the
 * annual plans they approve), the role's deputy role approves instead: the stages are the chain check's own (`stagesFor`).
 * The wait counts from the document's `date:` ("written or last submitted"), so it is the same
 * in a Git checkout, a source tarball and a test fixture.
 */
export function pendingApproval(document: PendingDocument, org: Org, provenance: Provenance | undefined, asOf: string): PendingApproval | undefined {
  if (document.status !== 'review') return undefined;
  if (provenance && !provenance.changedAfterApproval) return undefined;
  const stages = stagesFor({ path: `content/${document.path}`, kind: document.type, chain: CHAINS[document.type], ...(document.unit ? { unit: document.unit } : {}), ...(document.person ? { person: document.person } : {}) }, org, orgIndex(org).people.get(document.author)?.login ?? []);
  const first = stages[0];
  if (!first) return undefined;
  return {
    stage: 1,
    stages: stages.length,
    role: first.role,
    roleLabel: { zh: first.label, en: ROLE_LABELS[first.role].en },
    approvers: first.holders.filter((holder) => holder.id !== document.author),
    since: document.date,
    days: daysBetween(document.date, asOf),
  };
}

/** A document that waits for approval, with who must act next. */
export interface WaitingDocument {
  /** Path inside the content folder. */
  path: string;
  year: number;
  type: DocumentType;
  title: string;
  author: string;
  unit?: string;
  person?: string;
  /** 1–12 for a monthly plan or report. */
  month?: number;
  pending: PendingApproval;
}

/**
 * Every document of `documents` that waits for approval on `asOf`, longest wait first (then by
 * path). `orgOf` gives each year's organisation; a year without one has nobody to approve, so its
 * documents are left out. `provenance` is keyed by path inside the content folder.
 */
export function waitingDocuments(documents: readonly LoadedDocument[], orgOf: (year: number) => Org | undefined, provenance: ReadonlyMap<string, Provenance>, asOf: string): WaitingDocument[] {
  const out: WaitingDocument[] = [];
  for (const document of documents) {
    const placement = document.placement;
    if (!placement || placement.kind !== 'document') continue;
    const org = orgOf(placement.year);
    if (!org) continue;
    const { type, unit, person, month } = placement;
    const pending = pendingApproval({ type, path: document.path, unit, person, author: document.data.author, status: document.data.status, date: document.data.date }, org, provenance.get(document.path), asOf);
    if (!pending) continue;
    out.push({ path: document.path, year: placement.year, type, title: document.data.title, author: document.data.author, ...(unit ? { unit } : {}), ...(person ? { person } : {}), ...(month ? { month } : {}), pending });
  }
  return out.sort((a, b) => b.pending.days - a.pending.days || a.path.localeCompare(b.path));
}
