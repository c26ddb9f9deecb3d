import { DOCUMENT_TYPES } from '../model/document-types.ts';
import type { DocumentType } from '../schemas/index.ts';

/**
 * Where a type's files go, in Decap's terms. Decap lowercases a collection's `path` and turns its
 * dots into hyphens, so the file name (`11.report`) is the `slug` template, whose literal text is
 * kept, and `path` holds only the folders that vary: `<year>/people/<person>/<MM>.report.mdx` →
 * folder `content/2026/people`, path `{{person}}/{{slug}}`, slug `{{fields.month}}.report`. A plain
 * `{{month}}` would be the month of the entry's date (Decap's date placeholders), hence `fields.`.
 */
export function layoutOf(pattern: string, year: number): Layout {
  // The portal asks once per document section (its editor link): a few patterns and years in all.
  const key = `${year}\u0000${pattern}`;
  let layout = layouts.get(key);
  if (!layout) layouts.set(key, (layout = workOutLayout(pattern, year)));
  return layout;
}

export interface Layout {
  folder: string;
  path: string;
  slug: string;
  preview: string;
}

const layouts = new Map<string, Layout>();

function workOutLayout(pattern: string, year: number): Layout {
  const segments = pattern.replace('<year>', String(year)).replace(/\.mdx$/, '').split('/');
  const file = segments.pop() ?? '';
  const firstVariable = segments.findIndex((segment) => segment.includes('<'));
  const fixed = firstVariable === -1 ? segments : segments.slice(0, firstVariable);
  const varying = firstVariable === -1 ? [] : segments.slice(firstVariable);
  const slug = file.replace(/<MM>/g, '{{fields.month}}').replace(/<([a-z]+)>/g, '{{fields.$1}}');
  const path = [...varying.map((segment) => segment.replace(/<([a-z]+)>/g, '{{$1}}')), '{{slug}}'].join('/');
  const inside = [...fixed.slice(1), ...varying.map((segment) => segment.replace(/<([a-z]+)>/g, '{{$1}}')), slug].join('/');
  return { folder: ['content', ...fixed].join('/'), path, slug, preview: `${year}/docs/${inside}/` };
}

/**
 * The editor's page of the document at `file` (inside content/, e.g. "2026/people/he-jun/11.report.mdx"),
 * relative to the site root: "admin/#/collections/monthly-report-2026/entries/he-jun/11.report";
 * `english` opens the editor's English interface.
 */
export function editorRoute(type: DocumentType, file: string, { english = false } = {}): string {
  const year = Number(file.slice(0, 4));
  const { folder } = layoutOf(DOCUMENT_TYPES[type].path, year);
  const slug = file.slice(folder.length - 'content/'.length + 1).replace(/\.mdx?$/, '');
  return `admin/${english ? '?lang=en' : ''}#/collections/${type}-${year}/entries/${slug}`;
}
