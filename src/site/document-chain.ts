import { chainTarget, type Role } from '../approvals/chains.ts';
import { stagesFor } from '../approvals/pull-request.ts';
import type { Key, Lang, Translate } from '../i18n/index.ts';
import type { LoadedDocument } from '../model/load.ts';
import { orgIndex } from '../model/org-index.ts';
import type { Org } from '../schemas/index.ts';
import { personName } from './names.ts';

/** The portal's words for each role of src/approvals/chains.ts (a unit manager is 事业部经理 here). */
export const ROLE_KEYS: Record<Role, Key> = {
  gm: 'role.gm',
  marketingVp: 'role.vp',
  finance: 'role.finance',
  unitManager: 'role.manager',
  owners: 'role.owners',
};

export interface ChainStageView {
  /** "营销副总", or "营销副总 (代事业部经理)" when a deputy stands in for the author. */
  role: string;
  /** Who may approve the stage, by name in the page language. */
  holders: string[];
}

/**
 * The chain a document needs, computed by the same code `plan approvals` enforces (one table of
 * chains), so the portal never promises a chain CI does not check.
 */
export function documentChain(document: LoadedDocument, org: Org | undefined, lang: Lang, t: Translate): ChainStageView[] {
  const target = chainTarget(`content/${document.path}`);
  if (!target || !org) return [];
  const author = orgIndex(org).people.get(document.data.author)?.login ?? '';
  return stagesFor(target, org, author).map((stage) => ({
    role: stage.deputyFor ? `${t(ROLE_KEYS[stage.role])} (${t('role.deputyFor', { role: t(ROLE_KEYS[stage.deputyFor]) })})` : t(ROLE_KEYS[stage.role]),
    holders: stage.holders.map((holder) => personName(lang, org, holder.id)),
  }));
}
