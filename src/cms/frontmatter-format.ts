import { amountPattern } from '../core/money.ts';
import { dumpYaml, NumberText, parseYaml } from '../core/yaml.ts';
import type { CmsField } from './decap-types.ts';
import { keepComments } from './keep-comments.ts';

/**
 * How the editor reads and writes a document: our YAML reading (src/core/yaml.ts) instead of Decap's,
 * so an amount reaches the form exactly as written (`17850.50`, `12.5万`) and goes back the same way.
 * Which value is an amount, a number or a month comes from the collection's generated fields.
 */
export interface DocumentFormat {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

type Kind = 'money' | 'number' | 'month' | 'text' | { object: Map<string, Kind> } | { list: Kind } | { months: string[] };

const MONEY_PATTERNS = new Set([amountPattern('signed'), amountPattern('non-negative')]);
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;
/** Where the form data keeps the frontmatter as read, for keepComments; never written to a file. */
const SOURCE_KEY = '_planbookFrontmatter';
const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n?---(?:\r?\n|$)/;

function kindOf(field: CmsField): Kind {
  if (field.widget === 'string' && field.pattern && MONEY_PATTERNS.has(field.pattern[0])) return 'money';
  if (field.widget === 'number' || (field.widget === 'hidden' && typeof field.default === 'number')) return 'number';
  if (field.widget === 'select' && field.options?.every((option) => /^\d{2}$/.test(option.value))) return 'month';
  if (field.widget === 'object' && field.fields?.length && field.fields.every((member) => /^m\d{2}$/.test(member.name))) return { months: field.fields.map((member) => member.name) };
  if (field.widget === 'object') return { object: kinds(field.fields ?? []) };
  if (field.widget === 'list' && field.fields) return { list: { object: kinds(field.fields) } };
  if (field.widget === 'list' && field.field) return { list: kindOf(field.field) };
  return 'text';
}

function kinds(fields: readonly CmsField[]): Map<string, Kind> {
  return new Map(fields.filter((field) => field.name !== 'body').map((field) => [field.name, kindOf(field)]));
}

/** The format of one collection, from its fields (the order of `fields` is the order keys are written in). */
export function documentFormat(fields: readonly CmsField[]): DocumentFormat {
  const top: Kind = { object: kinds(fields) };
  return {
    fromFile(text) {
      const match = FRONTMATTER.exec(text);
      if (!match) return { body: text };
      const source = match[1] ?? '';
      const body = text.slice(match[0].length);
      return { ...(toForm(parseYaml(source), top) as Record<string, unknown>), body, [SOURCE_KEY]: source };
    },
    toFile(data) {
      const { body = '', [SOURCE_KEY]: source, ...frontmatter } = data;
      const original = typeof source === 'string' ? parseYaml(source) : undefined;
      const yaml = dumpYaml(toYaml(frontmatter, top, original) ?? {}).replace(/\n$/, '');
      const kept = typeof source === 'string' ? keepComments(source, yaml) : yaml;
      return `---\n${kept}\n---\n${typeof body === 'string' ? body : ''}`;
    },
  };
}

/** A YAML value as the form shows it: amounts as their text, months as "01"–"12", 12 months as m01…m12. */
function toForm(value: unknown, kind: Kind | undefined): unknown {
  if (value instanceof NumberText) {
    if (kind === 'number') return PLAIN_DECIMAL.test(value.text) ? Number(value.text) : value.text;
    if (kind === 'month') return value.text.padStart(2, '0');
    return value.text;
  }
  if (typeof kind === 'object' && 'months' in kind && Array.isArray(value)) {
    return Object.fromEntries(kind.months.map((name, index) => [name, toForm(value[index], 'money')]).filter(([, member]) => member !== undefined));
  }
  if (Array.isArray(value)) return value.map((item) => toForm(item, typeof kind === 'object' && 'list' in kind ? kind.list : undefined));
  if (value !== null && typeof value === 'object') {
    const members = typeof kind === 'object' && 'object' in kind ? kind.object : undefined;
    return Object.fromEntries(Object.entries(value).map(([key, member]) => [key, toForm(member, members?.get(key))]));
  }
  return value;
}

/**
 * Form data as YAML values: keys in the order of the file as read (`original`), new keys in field
 * order after them and keys the form does not know last; blanks
 * dropped (an empty optional field is an absent key, not ""; an object of blanks too), a plain-decimal amount written
 * unquoted as typed, other amounts as text, numbers and months as numbers.
 */
function toYaml(value: unknown, kind: Kind | undefined, original?: unknown): unknown {
  if (value === undefined || value === null || value === '') return undefined;
  if (kind === 'money') {
    const text = String(value).trim();
    return PLAIN_DECIMAL.test(text) ? new NumberText(text, Number(text)) : text;
  }
  if (kind === 'number' || kind === 'month' || typeof value === 'number') {
    const text = String(value).trim();
    return PLAIN_DECIMAL.test(text) ? new NumberText(String(Number(text)), Number(text)) : text;
  }
  if (typeof kind === 'object' && 'months' in kind) {
    const months = value as Record<string, unknown>;
    return kind.months.map((name) => toYaml(months[name], 'money')).filter((member) => member !== undefined);
  }
  if (Array.isArray(value)) return value.map((item) => toYaml(item, typeof kind === 'object' && 'list' in kind ? kind.list : undefined)).filter((item) => item !== undefined);
  if (typeof value === 'object') {
    const members = typeof kind === 'object' && 'object' in kind ? kind.object : new Map<string, Kind>();
    const record = value as Record<string, unknown>;
    const read = original !== null && typeof original === 'object' && !Array.isArray(original) ? (original as Record<string, unknown>) : {};
    const keys = [...new Set([...Object.keys(read), ...members.keys(), ...Object.keys(record)])].filter((key) => key in record);
    const entries = keys.map((key) => [key, toYaml(record[key], members.get(key), read[key])] as const).filter(([, member]) => member !== undefined);
    // A group of blank fields is absent: `groups: {}` would claim a split that adds up to nothing.
    return entries.length ? Object.fromEntries(entries) : undefined;
  }
  return value;
}
