import type { Provenance } from '../approvals/provenance.ts';
import type { Lang } from '../i18n/index.ts';
import type { Org } from '../schemas/index.ts';
import { provenanceView } from './provenance-view.ts';

export interface ApprovalBadge {
  state: 'approved' | 'changed';
  /** "✓ 已批准 · 陈建国": the state and who gave the final approval, short enough for a table cell. */
  text: string;
  /** The whole chain, "营销副总 王海涛 → 财务部 刘芳 → 总经理 陈建国 (2026-01-11)". */
  detail: string;
}

/** The one-line approval state lists and the timeline show; undefined when no approval is recorded. */
export function approvalBadge(provenance: Provenance | undefined, lang: Lang, org: Org | undefined): ApprovalBadge | undefined {
  const view = provenanceView(provenance, lang, org);
  if (view.state === 'none') return undefined;
  const last = view.stages.at(-1);
  return {
    state: view.state,
    text: view.state === 'changed' ? `⚠ ${view.stateLabel}` : `✓ ${view.stateLabel}${last ? ` · ${last.who}` : ''}`,
    detail: `${view.stages.map((stage) => `${stage.role} ${stage.who}`).join(' → ')} (${view.mergedAt ?? ''})`,
  };
}
