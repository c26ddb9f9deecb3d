import { amountPattern, type SignRule } from '../core/money.ts';
import { DOCUMENT_STATES, DOCUMENT_TYPES, type DocumentState } from '../model/document-types.ts';
import { documentTypes, type DocumentType, type Org } from '../schemas/index.ts';
import { jsonSchemas, type JsonSchema } from '../schemas/json-schemas.ts';
import type { CmsCollection, CmsConfig, CmsField, CmsOption } from './decap-types.ts';
import { layoutOf } from './layout.ts';
import { templateBody } from './template-bodies.ts';

/** One fiscal year's organisation file: its people, units, customer groups and expense lines fill the selects. */
export interface YearOrg {
  year: number;
  org: Org;
}

export interface CmsConfigOptions {
  orgs: readonly YearOrg[];
  /** GitHub `owner/name` the editor opens pull requests on; the admin page can override it at build time. */
  repo?: string;
  /** The portal's address, for Decap's links back to it. */
  siteUrl?: string;
}

/** The accepted forms, shown under every amount field (the same list parseMoney's refusals give). */
const AMOUNT_HINT = '写法：1200000、1,200,000.50、120万、1.2亿、¥300万元';

/** Labels of the fields every document has; other fields take the Chinese term their JSDoc starts with. */
const BASE_LABELS: Record<string, string> = {
  type: '类型',
  year: '年度',
  title: '标题',
  author: '作者',
  status: '状态',
  date: '日期',
  person: '人员',
  month: '月份',
};

/** Chinese labels of the fields whose JSDoc does not start with their Chinese term. */
const FALLBACK_LABELS: Record<string, string> = {
  actual: '实际',
  focus: '重点',
  groups: '客户群',
  item: '条目',
  lines: '费用科目',
  market: '市场',
  name: '名称',
  notes: '备注',
  proposedTargets: '建议目标',
  quarter: '季度',
  risk: '风险',
  share: '占有率',
  steps: '步骤',
  swot: 'SWOT 分析',
  target: '目标',
  targets: '销售目标',
};

/** Money maps keyed by an org id list: which list fills their fields. */
const MAP_KEYS: Record<string, (org: Org) => Org['customerGroups'] | Org['expenseLines']> = {
  groups: (org) => org.customerGroups,
  spend: (org) => org.expenseLines,
  lines: (org) => org.expenseLines,
};

/**
 * The Decap CMS configuration for `public/admin/config.yml`: one collection per document type and
 * year, laid out as `content/` is (src/model/document-types.ts), a widget per schema field with its
 * JSDoc as hint, amounts checked by parseMoney's own syntax, selects from that year's org.yaml and
 * the `plan new` template as a new document's body. Pure: the same input gives the same text.
 */
export function cmsConfig({ orgs, repo = 'example/planbook', siteUrl = 'http://localhost:4321' }: CmsConfigOptions): CmsConfig {
  const schemas = jsonSchemas();
  const collections = [...orgs]
    .sort((a, b) => a.year - b.year)
    .flatMap(({ year, org }) => documentTypes.map((type) => collectionFor(type, year, org, schemas[type] ?? {})));
  return {
    backend: {
      name: 'github',
      repo,
      branch: 'main',
      // Decap's pull request title is the commit message: who, what, which file ({{slug}} names person and month).
      commit_messages: {
        create: '{{author-name}}：新建{{collection}} {{slug}}',
        update: '{{author-name}}：修改{{collection}} {{slug}}',
        delete: '{{author-name}}：删除{{collection}} {{slug}}',
        uploadMedia: '{{author-name}}：上传 {{path}}',
        deleteMedia: '{{author-name}}：删除 {{path}}',
        openAuthoring: '{{message}}',
      },
    },
    local_backend: true,
    publish_mode: 'editorial_workflow',
    locale: 'zh_Hans',
    site_url: siteUrl,
    display_url: siteUrl,
    media_folder: 'public/uploads',
    public_folder: '/uploads',
    slug: { encoding: 'unicode', clean_accents: false, sanitize_replacement: '-' },
    collections,
  };
}

function collectionFor(type: DocumentType, year: number, org: Org, schema: JsonSchema): CmsCollection {
  const info = DOCUMENT_TYPES[type];
  const { folder, path, slug, preview } = layoutOf(info.path, year);
  const fields = schemaFields(schema, [], { year, org, top: true });
  return {
    name: `${type}-${year}`,
    label: `${info.label.zh}（${year}）`,
    label_singular: `${year}年${info.label.zh}`,
    description: `${info.label.en}: ${schema.description ?? ''} content/${info.path}`,
    folder,
    path,
    slug,
    extension: 'mdx',
    format: formatName(type, year),
    create: true,
    delete: false,
    filter: { field: 'type', value: type },
    identifier_field: 'title',
    summary: '{{title}}',
    sortable_fields: ['title', 'date'],
    preview_path: preview,
    editor: { preview: false },
    fields: [...fields, { name: 'body', label: '正文', widget: 'text', required: false, hint: 'Markdown/MDX 正文：章节按模板填写。', default: templateBody(type, year, org) }],
  };
}

/** The custom format a collection's files are read and written with (src/cms/frontmatter-format.ts). */
export function formatName(type: DocumentType, year: number): string {
  return `planbook-${type}-${year}`;
}

interface Context {
  year: number;
  org: Org;
  top: boolean;
}

function schemaFields(node: JsonSchema, path: string[], context: Context): CmsField[] {
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties ?? {}).map(([key, child]) => fieldFor(key, child, [...path, key], required.has(key), context));
}

function labelOf(key: string, node: JsonSchema, org: Org): string {
  if (key === 'unit') return org.unitWord;
  return BASE_LABELS[key] ?? /^\p{Script=Han}+/u.exec(node.description ?? '')?.[0] ?? FALLBACK_LABELS[key] ?? key;
}

function fieldFor(key: string, node: JsonSchema, path: string[], required: boolean, context: Context): CmsField {
  const base = { name: key, label: labelOf(key, node, context.org), required, ...(node.description ? { hint: node.description } : {}) };
  const top = context.top && path.length === 1;
  if (node.const !== undefined) return { ...base, widget: 'hidden', default: String(node.const) };
  if (top && key === 'year') return { ...base, widget: 'hidden', default: context.year };
  if (node['format'] === 'money') return moneyField(base, node['sign'] === 'signed' ? 'signed' : 'non-negative');
  if (top && key === 'month') return { ...base, widget: 'select', options: monthOptions() };
  const people = referenceOptions(key, context.org);
  if (people) return { ...base, widget: 'select', options: people };
  if (node.enum) return { ...base, widget: 'select', options: node.enum.map((value) => enumOption(String(value))), ...(key === 'status' ? { default: 'draft' } : {}) };
  if (node.pattern?.includes('\\d{4}-\\d{2}-\\d{2}')) {
    return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  }
  if (node.type === 'integer' || node.type === 'number') return numberField(base, node);
  if (node.type === 'array') return arrayField(base, node, path, context);
  if (node.type === 'object' && node.properties) return { ...base, widget: 'object', collapsed: false, fields: schemaFields(node, path, { ...context, top: false }) };
  if (node.type === 'object') return mapField(base, key, node, context);
  return { ...base, widget: 'string' };
}

type Base = Pick<CmsField, 'name' | 'label' | 'required' | 'hint'>;

function moneyField(base: Base, sign: SignRule): CmsField {
  const signNote = sign === 'signed' ? '；退货冲减时可为负数，前加减号' : '';
  return {
    ...base,
    widget: 'string',
    hint: [base.hint, `${AMOUNT_HINT}${signNote}`].filter(Boolean).join(' · '),
    // Decap shows it after "“实际销售额”不满足模式": a parenthesis reads as the pattern's description.
    pattern: [amountPattern(sign), `（金额${AMOUNT_HINT}${sign === 'signed' ? '' : '；不能为负数'}）`],
  };
}

function numberField(base: Base, node: JsonSchema): CmsField {
  const bounded = (value: number | undefined) => (value !== undefined && Number.isSafeInteger(value) && Math.abs(value) < 1e9 ? value : undefined);
  const min = bounded(node.minimum);
  const max = bounded(node.maximum);
  return { ...base, widget: 'number', value_type: node.type === 'integer' ? 'int' : 'float', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
}

/** A fixed run of monthly amounts (12 from January, 6 from July) is an object with one field per month, labelled 1月…12月. */
function arrayField(base: Base, node: JsonSchema, path: string[], context: Context): CmsField {
  const items = node.items ?? {};
  if (items['format'] === 'money' && node.minItems !== undefined && node.minItems === node.maxItems) {
    const first = 13 - node.minItems;
    const sign = items['sign'] === 'signed' ? 'signed' : 'non-negative';
    const months = Array.from({ length: node.minItems }, (_, index) => moneyField({ name: monthKey(first + index), label: `${first + index}月`, required: true }, sign));
    return { ...base, widget: 'object', collapsed: false, fields: months };
  }
  if (items.type === 'object') return { ...base, widget: 'list', fields: schemaFields(items, path, { ...context, top: false }) };
  return { ...base, widget: 'list', field: fieldFor('item', items, [...path, 'item'], true, { ...context, top: false }) };
}

/** A money map keyed by org ids: one optional amount field per customer group or expense line, in org.yaml order. */
function mapField(base: Base, key: string, node: JsonSchema, context: Context): CmsField {
  const members = MAP_KEYS[key]?.(context.org) ?? [];
  const value = typeof node.additionalProperties === 'object' ? node.additionalProperties : {};
  const sign = value['sign'] === 'signed' ? 'signed' : 'non-negative';
  return { ...base, widget: 'object', collapsed: false, fields: members.map((member) => moneyField({ name: member.id, label: member.name, required: false }, sign)) };
}

/** The field name of month `month` (1–12) in a run of monthly amounts: `m01`…`m12`. */
export function monthKey(month: number): string {
  return `m${String(month).padStart(2, '0')}`;
}

function monthOptions(): CmsOption[] {
  // Two digits, so `{{fields.month}}` in the path gives the file name's MM; the format writes the number.
  return Array.from({ length: 12 }, (_, index) => ({ label: `${index + 1}月`, value: String(index + 1).padStart(2, '0') }));
}

function referenceOptions(key: string, org: Org): CmsOption[] | undefined {
  const person = (member: Org['people'][number]) => ({ label: `${member.name}（${member.title}）`, value: member.id });
  if (key === 'author') return org.people.map(person);
  if (key === 'person') return org.people.filter((member) => member.unit !== undefined).map(person);
  if (key === 'unit') return org.units.map((unit) => ({ label: unit.name, value: unit.id }));
  return undefined;
}

function enumOption(value: string): CmsOption {
  const state = DOCUMENT_STATES[value as DocumentState] as (typeof DOCUMENT_STATES)[DocumentState] | undefined;
  return { label: state ? `${state.label.zh}（${state.label.en}）` : value, value };
}
