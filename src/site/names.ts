import { labelIn } from '../core/lang.ts';
import type { Lang } from '../i18n/index.ts';
import { DOCUMENT_TYPES } from '../model/document-types.ts';
import { orgIndex } from '../model/org-index.ts';
import type { DocumentType, Org } from '../schemas/index.ts';

type Named = { name: string; nameEn?: string | undefined };

export const nameIn = (lang: Lang, item: Named | undefined, fallback: string) => (item ? (lang === 'en' ? (item.nameEn ?? item.name) : item.name) : fallback);

/** A person's display name in the page language (Chinese names stay Chinese on zh pages). */
export const personName = (lang: Lang, org: Org | undefined, id: string) => nameIn(lang, org ? orgIndex(org).people.get(id) : undefined, id);

/** A person's job title in the page language: `titleEn` on English pages when the org gives one. */
export const personTitle = (lang: Lang, person: { title: string; titleEn?: string | undefined }) => (lang === 'en' ? (person.titleEn ?? person.title) : person.title);

/**
 * An approver as a page names them: the name the ledger recorded, or on English pages the org's
 * `nameEn` of the person with that Git login (the ledger keeps the name as it was when they approved).
 */
export function approverName(lang: Lang, org: Org | undefined, login: string, recorded: string): string {
  if (lang !== 'en' || !org) return recorded;
  return byLogin(org).get(login)?.nameEn ?? recorded;
}

/** People by Git login, the first with each, once per org: every approval stage on every English page asks. */
const loginsByOrg = new WeakMap<Org, Map<string, Org['people'][number]>>();

function byLogin(org: Org): Map<string, Org['people'][number]> {
  let people = loginsByOrg.get(org);
  if (!people) {
    people = new Map();
    for (const person of org.people) if (!people.has(person.login)) people.set(person.login, person);
    loginsByOrg.set(org, people);
  }
  return people;
}

export const unitName = (lang: Lang, org: Org | undefined, id: string) => nameIn(lang, org ? orgIndex(org).units.get(id) : undefined, id);

/** A document type as pages name it: the registry's label, in English capitalised as a heading ("Mid-year review"). */
export function documentTypeName(lang: Lang, type: DocumentType): string {
  const label = labelIn(DOCUMENT_TYPES[type].label, lang);
  return lang === 'en' ? `${label.charAt(0).toUpperCase()}${label.slice(1)}` : label;
}

export const companyName = (lang: Lang, org: Org | undefined) => (org ? (lang === 'en' ? (org.company.nameEn ?? org.company.name) : org.company.name) : '');

/** Attainment as people read it: one decimal, "98.5%". */
export const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
