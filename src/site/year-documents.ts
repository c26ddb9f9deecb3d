import { documentTypes, type DocumentType } from '../schemas/index.ts';
import type { LoadedDocument } from '../model/load.ts';
import type { YearView } from './site-model.ts';
import { documentPageRoute } from './urls.ts';

/** What a year's documents page lists: the company's and units' documents, and the people's counted by type. */
export interface YearDocuments {
  company: LoadedDocument[];
  units: LoadedDocument[];
  /** Per document type with person documents: how many, how many approved, and by how many people. */
  counts: { type: DocumentType; total: number; approved: number; people: number }[];
}

const memo = new WeakMap<YearView, YearDocuments>();

/**
 * The documents page's lists for `view`, in one pass over the year's documents and once for both
 * languages (a 10,000-person year has 250,000 documents; the page scanned them three times in each
 * language).
 */
export function yearDocuments(view: YearView): YearDocuments {
  const known = memo.get(view);
  if (known) return known;
  const company: LoadedDocument[] = [];
  const units: LoadedDocument[] = [];
  const byType = new Map<DocumentType, { total: number; approved: number; people: Set<string> }>();
  for (const document of view.content.documents) {
    const page = documentPageRoute(document);
    if (page === `${view.year}/docs/`) company.push(document);
    else if (page.startsWith(`${view.year}/units/`)) units.push(document);
    else if (page.startsWith(`${view.year}/people/`)) {
      const row = byType.get(document.data.type) ?? { total: 0, approved: 0, people: new Set<string>() };
      row.total++;
      if (document.data.status === 'approved') row.approved++;
      row.people.add(document.path.split('/')[2] ?? '');
      byType.set(document.data.type, row);
    }
  }
  const counts = documentTypes.flatMap((type) => {
    const row = byType.get(type);
    return row ? [{ type, total: row.total, approved: row.approved, people: row.people.size }] : [];
  });
  const documents = { company, units, counts };
  memo.set(view, documents);
  return documents;
}
