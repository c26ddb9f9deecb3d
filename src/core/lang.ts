/** A language plans are shown in: zh-CN (the company's own, the portal's root) or English. */
export type Lang = 'zh-CN' | 'en';

/** Every language, the default first. */
export const LANGS: readonly Lang[] = ['zh-CN', 'en'];

/** A label kept in both languages, as the CLI's tables hold them. */
export interface Bilingual {
  zh: string;
  en: string;
}

/** The label in `lang`. */
export const labelIn = (label: Bilingual, lang: Lang): string => (lang === 'en' ? label.en : label.zh);
