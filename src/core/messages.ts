/**
 * Messages people read, in both of the reader's languages side by side (issue 9 item 10).
 *
 * Each area keeps one catalogue: an object of message ids → `{ zh, en }` templates with `{name}`
 * placeholders, passed to `messages()`, which returns a typed `say(id, params)`:
 *
 *   const say = messages({
 *     'budget.lines': { zh: '费用明细合计 {sum}，总额为 {total}', en: 'Expense lines add up to {sum}, total says {total}' },
 *   });
 *   say('budget.lines', { sum: '10万', total: '12万' }) // → { zh: '费用明细合计 10万，…', en: 'Expense lines add up to 10万, …' }
 *
 * A template may add `enOne`, its English when the `count` param is 1. The id must exist, the params must be exactly the template's placeholders, and the Chinese and
 * English templates must name the same placeholders: each is a type error otherwise. A param may be
 * a number, a string (figures, ids, names: the same in both languages) or another `Text` (a phrase
 * said in both languages), so messages compose without ternaries on the language.
 *
 * A `Text` carries both languages; the edge (the CLI's output, a page) picks one with `textIn`, so a
 * diagnostic is built once and read in either language. Catalogues: src/core/reading-messages.ts
 * (parse and schema errors), src/rules/rule-messages.ts (plan check's rules), scripts/lib/cli-messages.ts
 * (the commands). A new command adds its own catalogue the same way, next to its code.
 */
import type { Bilingual, Lang } from './lang.ts';

/** A message in both languages: what diagnostics and user errors carry until the edge picks one. */
export type Text = Bilingual;

/** One message of a catalogue: the same sentence in Chinese and English. */
export interface Template {
  zh: string;
  en: string;
  /** English when the `count` param is 1 ("1 file is invalid" beside "2 files are invalid"); Chinese needs no plural. */
  enOne?: string;
}

/** What may fill a placeholder: a figure or id (the same in both languages) or a phrase in both. */
export type Param = string | number | Text;

// `{ }` (with a space) is literal text, as in "inside [ ] or { }"; a placeholder is one word.
type Names<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? (Name extends `${string} ${string}` | '' ? Names<Rest> : Name | Names<Rest>) : never;

/** The params a template takes: none, or exactly its placeholders. */
export type ParamsOf<T extends Template> = [Names<T['en']>] extends [never] ? [] : [params: Record<Names<T['en']>, Param>];

/** A catalogue whose Chinese and English templates name the same placeholders (else `never`, a type error). */
type Matching<C extends Record<string, Template>> = {
  [K in keyof C]: [Names<C[K]['zh']>] extends [Names<C[K]['en']>] ? ([Names<C[K]['en']>] extends [Names<C[K]['zh']>] ? C[K] : never) : never;
};

/** The text of `text` in `lang`. */
export const textIn = (text: Text, lang: Lang): string => (lang === 'en' ? text.en : text.zh);

/** A text that is the same in both languages (a file name, a quoted input, a message from a library). */
export const verbatim = (text: string): Text => ({ zh: text, en: text });

/** Is `value` a Text (both languages) rather than a plain string? */
export const isText = (value: unknown): value is Text =>
  typeof value === 'object' && value !== null && typeof (value as Text).zh === 'string' && typeof (value as Text).en === 'string';

function fill(template: string, params: Record<string, Param> | undefined, side: 'zh' | 'en'): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'object' ? value[side] : String(value);
  });
}

/** A message function over one catalogue; the catalogue itself is kept as `.catalogue` for tests. */
export type Say<C extends Record<string, Template>> = (<K extends keyof C & string>(id: K, ...params: ParamsOf<C[K]>) => Text) & { catalogue: C };

/** Declares a catalogue (see the module comment) and returns its typed message function. */
export function messages<const C extends Record<string, Template>>(catalogue: C & Matching<C>): Say<C> {
  const say = <K extends keyof C & string>(id: K, ...params: ParamsOf<C[K]>): Text => {
    const template = catalogue[id];
    const values = params[0] as Record<string, Param> | undefined;
    const en = values?.['count'] === 1 && template.enOne !== undefined ? template.enOne : template.en;
    return { zh: fill(template.zh, values, 'zh'), en: fill(en, values, 'en') };
  };
  return Object.assign(say, { catalogue });
}

/** Names or ids as one phrase: the enumeration comma 、 between Chinese items, ", " between English ones. */
export const listText = (items: readonly (string | number)[]): Text => ({ zh: items.join('、'), en: items.join(', ') });

/** Joins texts with a separator per language (e.g. '' in Chinese, ' ' in English). */
export function joinTexts(parts: readonly Text[], separator: Template = { zh: '', en: ' ' }): Text {
  return { zh: parts.map((part) => part.zh).join(separator.zh), en: parts.map((part) => part.en).join(separator.en) };
}
