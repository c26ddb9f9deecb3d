import type { WaitingDocument } from '../approvals/pending.ts';
import { translator, type Lang } from '../i18n/index.ts';
import type { Org } from '../schemas/index.ts';
import { documentTypeName, personName, unitName } from './names.ts';
import { roleLabeller } from './roles.ts';
import { documentRoute, personRoute, route } from './urls.ts';

/** One row of a waiting list, in the page's language. */
export interface WaitingRow {
  /** Content path, e.g. `2027/units/east/sales-plan.mdx`. */
  path: string;
  href: string;
  /** "FY2027 · 销售计划 · 华东事业部". */
  label: string;
  /** The pending stage's role, e.g. "营销副总". */
  role: string;
  /** 1-based index of the pending stage in the chain. */
  stageNumber: number;
  /** "1/2". */
  stage: string;
  /** Names of the people who can approve the stage. */
  approvers: string[];
  /** The same people with a link to their person page in the document's year (their 我的待办). */
  approverLinks: { name: string; href: string }[];
  days: number;
  /** e.g. "14天"; "14 days". */
  daysText: string;
  /** The document's date the wait counts from. */
  since: string;
  /** e.g. "待营销副总 王海涛审批 · 已等14天". */
  summary: string;
}

/** Waiting documents as rows of a page in `lang`; `orgOf` names people, units and roles of each year. */
export function waitingRows(waiting: readonly WaitingDocument[], lang: Lang, orgOf: (year: number) => Org | undefined): WaitingRow[] {
  const t = translator(lang);
  return waiting.map((entry) => {
    const org = orgOf(entry.year);
    const role = roleLabeller(lang, org)(entry.pending.role);
    const approvers = entry.pending.approvers.map((approver) => personName(lang, org, approver.id));
    const scope = entry.person ? personName(lang, org, entry.person) : entry.unit ? unitName(lang, org, entry.unit) : undefined;
    const daysText = t('waiting.daysValue', { days: entry.pending.days });
    return {
      path: entry.path,
      href: route(lang, documentRoute(entry)),
      label: [`FY${entry.year}`, documentTypeName(lang, entry.type), ...(entry.month ? [t('month.label', { month: entry.month })] : []), ...(scope ? [scope] : [])].join(' · '),
      role,
      stageNumber: entry.pending.stage,
      stage: `${entry.pending.stage}/${entry.pending.stages}`,
      approvers,
      approverLinks: entry.pending.approvers.map((approver, index) => ({ name: approvers[index] ?? approver.id, href: route(lang, personRoute(entry.year, approver.id)) })),
      days: entry.pending.days,
      daysText,
      since: entry.pending.since,
      summary: t('waiting.waitsFor', { role, names: approvers.join('、'), days: entry.pending.days }),
    };
  });
}
