import { escapeXml } from '../charts/svg.ts';
import { moneyFormat } from './money.ts';
import { orgIndex } from '../model/org-index.ts';
import type { DocumentData, Org } from '../schemas/index.ts';
import type { Key, Lang, Translate } from '../i18n/index.ts';
import { moneyPathsOf } from './money-paths.ts';

/** Shown in the page header instead (title, status…), so the summary leaves them out. */
const HEADER_FIELDS = new Set(['type', 'year', 'title', 'author', 'status', 'date']);

export interface SummaryContext {
  t: Translate;
  /** Names ids (units, people, customer groups, expense lines). */
  org: Org | undefined;
  lang: Lang;
}

/**
 * The frontmatter as people read it: labelled fields, amounts exact (万 up to 2 decimals, else 元), ids shown
 * by name, lists as lists. Never raw YAML.
 */
export function summaryHtml(data: DocumentData, context: SummaryContext): string {
  const money = moneyPathsOf(data.type);
  const entries = Object.entries(data).filter(([key]) => !HEADER_FIELDS.has(key));
  return `<dl class="summary">${entries.map(([key, value]) => row(key, value, key, context, money)).join('')}</dl>`;
}

function row(key: string, value: unknown, path: string, context: SummaryContext, money: Set<string>, parent = ''): string {
  return `<dt>${escapeXml(labelOf(key, parent, context))}</dt><dd>${valueHtml(value, path, key, context, money)}</dd>`;
}

function labelOf(key: string, parent: string, { t, org, lang }: SummaryContext): string {
  const named = (list: { id: string; name: string; nameEn?: string | undefined }[] | undefined) => {
    const found = list?.find((item) => item.id === key);
    return found ? (lang === 'en' ? (found.nameEn ?? found.name) : found.name) : undefined;
  };
  if (parent === 'groups') return named(org?.customerGroups) ?? key;
  if (parent === 'lines' || parent === 'spend') return named(org?.expenseLines) ?? key;
  const label = t(`field.${key}` as Key);
  return label === `field.${key}` ? key : label;
}

function valueHtml(value: unknown, path: string, key: string, context: SummaryContext, money: Set<string>): string {
  const { t, org, lang } = context;
  if (money.has(path)) return `<span class="num">${escapeXml(moneyFormat(lang).detail(value as number))}</span>`;
  if (Array.isArray(value)) {
    if (value.length === 0) return escapeXml(t('fig.none'));
    const itemPath = `${path}.*`;
    if (key === 'months' || key === 'h2Forecast') {
      const first = key === 'months' ? 1 : 7;
      return `<ol class="months">${value.map((item, index) => `<li><span>${escapeXml(t('month.label', { month: first + index }))}</span> ${valueHtml(item, itemPath, key, context, money)}</li>`).join('')}</ol>`;
    }
    return `<ul>${value.map((item) => `<li>${valueHtml(item, itemPath, key, context, money)}</li>`).join('')}</ul>`;
  }
  if (typeof value === 'object' && value !== null) {
    return `<dl>${Object.entries(value).map(([child, inner]) => row(child, inner, `${path}.${money.has(`${path}.*`) ? '*' : child}`, context, money, key)).join('')}</dl>`;
  }
  if (key === 'unit' && typeof value === 'string') {
    const unit = org ? orgIndex(org).units.get(value) : undefined;
    return escapeXml(unit ? (lang === 'en' ? (unit.nameEn ?? unit.name) : unit.name) : value);
  }
  if (key === 'person' && typeof value === 'string') {
    const person = org ? orgIndex(org).people.get(value) : undefined;
    return escapeXml(person ? (lang === 'en' ? (person.nameEn ?? person.name) : person.name) : value);
  }
  if (key === 'month' && typeof value === 'number') return escapeXml(t('month.label', { month: value }));
  return escapeXml(String(value));
}
