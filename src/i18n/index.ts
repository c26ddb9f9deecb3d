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

/** A text split at its `{name}` placeholders: literal, name, literal, … (odd indexes are names). */
type Template = string[];

const templates: Record<Lang, Map<string, Template>> = { 'zh-CN': new Map(), en: new Map() };

function templateOf(lang: Lang, text: string): Template {
  let template = templates[lang].get(text);
  if (!template) templates[lang].set(text, (template = text.split(/\{(\w+)\}/)));
  return template;
}

/** A translator for one language; `{name}` placeholders are filled from `values` (an unknown name stays as written). */
export function translator(lang: Lang) {
  const table = tables[lang];
  // A person's page asks for hundreds of texts: most have no placeholder, and a text's placeholders
  // are found once per build rather than by a regular expression each time.
  return (key: Key, values?: Record<string, string | number>): string => {
    const text = table[key] ?? key;
    if (values === undefined) return text;
    const template = templateOf(lang, text);
    let filled = template[0] as string;
    for (let at = 1; at < template.length; at += 2) {
      const name = template[at] as string;
      filled += (name in values ? String(values[name]) : `{${name}}`) + (template[at + 1] as string);
    }
    return filled;
  };
}

export type Translate = ReturnType<typeof translator>;
