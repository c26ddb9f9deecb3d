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

type Person = Org['people'][number];
type Unit = Org['units'][number];

/** Per org: the units each person manages and the people each stands in for, in the org's order. */
const heldByOrg = new WeakMap<Org, { manages: Map<string, Unit[]>; deputises: Map<string, Person[]> }>();

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function heldIn(org: Org) {
  let held = heldByOrg.get(org);
  if (!held) {
    const manages = new Map<string, Unit[]>();
    const deputises = new Map<string, Person[]>();
    for (const unit of org.units) append(manages, unit.manager, unit);
    for (const someone of org.people) if (someone.deputy !== undefined) append(deputises, someone.deputy, someone);
    heldByOrg.set(org, (held = { manages, deputises }));
  }
  return held;
}

/**
 * The approval roles `person` holds in `org`, as a page in `lang` names them (总经理, 营销副总,
 * 财务部, 华东事业部经理…): what their 我的待办 comes from. Empty for someone who only writes plans.
 * The units and deputies are looked up in an index made once per org: every person page asks, and
 * scanning 10,000 people for each of 20,000 pages was a tenth of a large build's page rendering.
 */
export function approvalRoles(lang: Lang, org: Org, person: string): string[] {
  const label = roleLabeller(lang, org);
  const t = translator(lang);
  const held: string[] = [];
  if (org.roles.gm === person) held.push(label('gm'));
  if (org.roles.marketingVp === person) held.push(label('marketingVp'));
  if (org.roles.finance.includes(person)) held.push(label('finance'));
  const { manages, deputises } = heldIn(org);
  for (const unit of manages.get(person) ?? []) held.push(t('role.managerOf', { unit: lang === 'en' ? (unit.nameEn ?? unit.name) : unit.name }));
  for (const someone of deputises.get(person) ?? []) held.push(t('role.deputyOf', { name: lang === 'en' ? (someone.nameEn ?? someone.name) : someone.name }));
  return held;
}
