import en from './en.json' with { type: 'json' };
import zh from './zh-CN.json' with { type: 'json' };
import { LANGS, type Lang } from '../core/lang.ts';

export { LANGS, type Lang };
export type Key = keyof typeof zh;

type Table = Record<string, string>;

/** Both tables must have exactly the same keys: a missing translation fails the build, not the reader. */
export function validateTranslations(tables: Record<Lang, Table>): void {
  const [first, ...rest] = LANGS;
  const reference = new Set(Object.keys(tables[first as Lang]));
  for (const lang of rest) {
    const keys = new Set(Object.keys(tables[lang]));
    const missing = [...reference].filter((key) => !keys.has(key));
    const extra = [...keys].filter((key) => !reference.has(key));
    if (missing.length || extra.length) {
      throw new Error(`src/i18n/${lang}.json: missing keys [${missing.join(', ')}], unexpected keys [${extra.join(', ')}] compared with ${first}.json`);
    }
  }
  for (const lang of LANGS) {
    for (const [key, value] of Object.entries(tables[lang])) {
      if (typeof value !== 'string') throw new Error(`src/i18n/${lang}.json: "${key}" must be a string`);
    }
  }
}

const tables: Record<Lang, Table> = { 'zh-CN': zh, en };
validateTranslations(tables);

/** A translator for one language; `{name}` placeholders are filled from `values`. */
export function translator(lang: Lang) {
  const table = tables[lang];
  return (key: Key, values?: Record<string, string | number>): string => {
    const text = table[key] ?? key;
    // Most texts have no placeholder: a person's page asks for hundreds of them.
    return values === undefined ? text : text.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
  };
}

export type Translate = ReturnType<typeof translator>;
