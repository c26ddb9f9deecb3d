import type { Provenance } from '../approvals/provenance.ts';
import { translator, type Lang } from '../i18n/index.ts';
import type { Org } from '../schemas/index.ts';
import { approverName } from './names.ts';
import { roleLabeller } from './roles.ts';

export interface ProvenanceView {
  state: 'none' | 'approved' | 'changed';
  /** "已批准", "批准后已修改" or "尚无审批记录" in the page language. */
  stateLabel: string;
  version?: string;
  pr?: number;
  mergedAt?: string;
  demo: boolean;
  stages: { role: string; who: string; login: string; at: string }[];
  earlier: { version: string; pr: number; mergedAt: string }[];
}

const date = (iso: string) => iso.slice(0, 10);

/**
 * What a document section's approval history shows (src/site/document-section.ts). Roles are named
 * in the page language, the unit manager after the organisation's word for its units.
 */
export function provenanceView(provenance: Provenance | undefined, lang: Lang, org: Org | undefined): ProvenanceView {
  const t = translator(lang);
  if (!provenance) return { state: 'none', stateLabel: t('approval.none'), demo: false, stages: [], earlier: [] };
  const role = roleLabeller(lang, org);
  const { approved } = provenance;
  const state = provenance.changedAfterApproval ? 'changed' : 'approved';
  return {
    state,
    stateLabel: t(`approval.${state}`),
    version: approved.oid.slice(0, 7),
    pr: approved.pr,
    mergedAt: date(approved.mergedAt),
    demo: approved.demo === true,
    stages: approved.stages.map((stage) => ({ role: role(stage.role, stage.deputyFor), who: approverName(lang, org, stage.login, stage.name), login: stage.login, at: date(stage.at) })),
    earlier: provenance.history.slice(1).map((record) => ({ version: record.oid.slice(0, 7), pr: record.pr, mergedAt: date(record.mergedAt) })),
  };
}

