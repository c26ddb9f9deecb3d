import type { Lang } from '../i18n/index.ts';
import { orgIndex } from '../model/org-index.ts';
import type { Org } from '../schemas/index.ts';

type Named = { name: string; nameEn?: string | undefined };

export const nameIn = (lang: Lang, item: Named | undefined, fallback: string) => (item ? (lang === 'en' ? (item.nameEn ?? item.name) : item.name) : fallback);

/** A person's display name in the page language (Chinese names stay Chinese on zh pages). */
export const personName = (lang: Lang, org: Org | undefined, id: string) => nameIn(lang, org ? orgIndex(org).people.get(id) : undefined, id);

export const unitName = (lang: Lang, org: Org | undefined, id: string) => nameIn(lang, org ? orgIndex(org).units.get(id) : undefined, id);

export const companyName = (lang: Lang, org: Org | undefined) => (org ? (lang === 'en' ? (org.company.nameEn ?? org.company.name) : org.company.name) : '');

/** Attainment as people read it: one decimal, "98.5%". */
export const percent = (ratio: number) => `${(ratio * 100).toFixed(1)}%`;
