import { describe, expect, it } from 'vitest';
import { CHAINS } from '../../src/approvals/chains.ts';
import { pathFor, placementOf } from '../../src/model/content-files.ts';
import { DOCUMENT_TYPES, documentLabel, windowFor, type DocumentTypeInfo } from '../../src/model/document-types.ts';
import { documentTypes, type DocumentType } from '../../src/schemas/index.ts';

describe('the registry of document types', () => {
  it('refuses, at type-check time, a table that misses a type of the union', () => {
    const { 'annual-report': annualReport, ...withoutAnnualReport } = DOCUMENT_TYPES;
    // tsc runs over tests/: if this line stopped being an error, `@ts-expect-error` itself would fail the type check.
    // @ts-expect-error 'annual-report' is missing
    const incomplete: Record<DocumentType, DocumentTypeInfo> = withoutAnnualReport;
    expect(Object.keys(incomplete)).not.toContain('annual-report');
    expect(annualReport.step).toBe(7);
  });

  it('has an entry and an approval chain for every type, in the seed order of steps', () => {
    expect(Object.keys(DOCUMENT_TYPES)).toEqual(documentTypes);
    expect(documentTypes.map((type) => DOCUMENT_TYPES[type].step)).toEqual([1, 1, 2, 3, 4, 5, 6, 7]);
    for (const type of documentTypes) expect(CHAINS[type].length).toBeGreaterThan(0);
  });

  it('places a file at the path it builds, for every type', () => {
    const examples = {
      'market-research': '2027/market-research.mdx',
      'sales-plan': '2027/units/east/sales-plan.mdx',
      budget: '2027/units/east/budget.mdx',
      'person-plan': '2027/people/zhang-san/plan.mdx',
      'monthly-plan': '2027/people/zhang-san/03.plan.mdx',
      'monthly-report': '2027/people/zhang-san/12.report.mdx',
      'midyear-review': '2027/units/east/midyear-review.mdx',
      'annual-report': '2027/annual-report.mdx',
    } satisfies Record<DocumentType, string>;
    for (const [type, file] of Object.entries(examples)) {
      const placement = placementOf(file);
      expect(placement).toMatchObject({ kind: 'document', year: 2027, type });
      expect(placement && pathFor(placement)).toBe(file);
    }
    expect(placementOf('2027/org.yaml')).toEqual({ kind: 'org', year: 2027 });
    expect(placementOf('2027/units/east/plan.mdx')).toBeUndefined();
    expect(placementOf('2027/people/zhang-san/3.plan.mdx')).toBeUndefined();
  });

  it('names documents and their date windows as the seed does', () => {
    expect(documentLabel('midyear-review')).toBe('半年销售总结 mid-year review');
    expect(documentLabel('monthly-report', 10)).toBe('月度销售总结 monthly report, 10月');
    // December's report may be dated up to the end of February; a plan is written in the year before.
    expect(windowFor('monthly-report', { year: 2026, month: 12 })).toEqual(['2026-12-01', '2027-02-28']);
    expect(windowFor('budget', { year: 2027 })).toEqual(['2026-01-01', '2027-12-31']);
  });
});
