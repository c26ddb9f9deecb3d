import type { Role } from '../approvals/chains.ts';
import { translator, type Key, type Lang } from '../i18n/index.ts';
import { DEFAULT_UNIT_WORD, type Org } from '../schemas/index.ts';

/** The portal's words for each role of src/approvals/chains.ts. */
const ROLE_KEYS = {
  gm: 'role.gm',
  marketingVp: 'role.vp',
  finance: 'role.finance',
  unitManager: 'role.manager',
  owners: 'role.owners',
} as const satisfies Record<Role, Key>;

/**
 * A role as a page in `lang` names it, e.g. "营销副总"; a stand-in reads "营销副总 (代 市场部经理)".
 * The unit manager is named after the organisation's word for its units, as in the CLI (src/approvals/chains.ts).
 */
export function roleLabeller(lang: Lang, org: Org | undefined): (role: Role, deputyFor?: Role) => string {
  const t = translator(lang);
  const unit = org?.unitWord ?? DEFAULT_UNIT_WORD;
  const label = (role: Role) => t(ROLE_KEYS[role], { unit });
  return (role, deputyFor) => (deputyFor ? `${label(role)} (${t('role.deputyFor', { role: label(deputyFor) })})` : label(role));
}
