import { ROLE_LABELS, type Role } from './chains.ts';
import type { Provenance } from './provenance.ts';

type Lang = 'zh-CN' | 'en';

const LABELS = {
  'zh-CN': { heading: '审批记录', none: '尚无审批记录', approved: '已批准', changed: '批准后已修改', changedHint: '当前内容与最后批准的版本不同，需重新审批。', version: '批准版本', pr: '合并请求', merged: '合并于', demo: '演示数据', earlier: '更早的批准版本', deputy: '代' },
  en: { heading: 'Approval history', none: 'No approval recorded yet', approved: 'approved', changed: 'changed after approval', changedHint: 'The current content differs from the last approved version; it needs approval again.', version: 'approved version', pr: 'pull request', merged: 'merged', demo: 'demo data', earlier: 'Earlier approved versions', deputy: 'for' },
} as const;

export interface ProvenanceView {
  labels: (typeof LABELS)[Lang];
  state: 'none' | 'approved' | 'changed';
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
 * What ApprovalHistory.astro prints, computed in plain TypeScript so tests need no Astro. The portal
 * passes its own role words (`roleLabel`) so a page names each role the same way throughout.
 */
export function provenanceView(provenance: Provenance | undefined, lang: Lang, roleLabel?: (role: Role) => string): ProvenanceView {
  const labels = LABELS[lang];
  const short = lang === 'en' ? 'en' : 'zh';
  const role = roleLabel ?? ((r: Role) => ROLE_LABELS[r][short]);
  if (!provenance) return { labels, state: 'none', stateLabel: labels.none, demo: false, stages: [], earlier: [] };
  const { approved } = provenance;
  return {
    labels,
    state: provenance.changedAfterApproval ? 'changed' : 'approved',
    stateLabel: provenance.changedAfterApproval ? labels.changed : labels.approved,
    version: approved.oid.slice(0, 7),
    pr: approved.pr,
    mergedAt: date(approved.mergedAt),
    demo: approved.demo === true,
    stages: approved.stages.map((stage) => ({
      role: `${role(stage.role)}${stage.deputyFor ? ` (${labels.deputy} ${role(stage.deputyFor)})` : ''}`,
      who: stage.name,
      login: stage.login,
      at: date(stage.at),
    })),
    earlier: provenance.history.slice(1).map((record) => ({ version: record.oid.slice(0, 7), pr: record.pr, mergedAt: date(record.mergedAt) })),
  };
}
