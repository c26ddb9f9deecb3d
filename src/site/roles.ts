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

/**
 * The approval roles `person` holds in `org`, as a page in `lang` names them (总经理, 营销副总,
 * 财务部, 华东事业部经理…): what their 我的待办 comes from. Empty for someone who only writes plans.
 */
export function approvalRoles(lang: Lang, org: Org, person: string): string[] {
  const label = roleLabeller(lang, org);
  const t = translator(lang);
  const held: string[] = [];
  if (org.roles.gm === person) held.push(label('gm'));
  if (org.roles.marketingVp === person) held.push(label('marketingVp'));
  if (org.roles.finance.includes(person)) held.push(label('finance'));
  for (const unit of org.units) if (unit.manager === person) held.push(t('role.managerOf', { unit: lang === 'en' ? (unit.nameEn ?? unit.name) : unit.name }));
  for (const someone of org.people) if (someone.deputy === person) held.push(t('role.deputyOf', { name: lang === 'en' ? (someone.nameEn ?? someone.name) : someone.name }));
  return held;
}
