import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { usePrerenderedBodies } from '../../src/site/body.ts';
import { documentSectionHtml } from '../../src/site/document-section.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { personDocuments, personSectionsHtml } from '../../src/site/person-sections.ts';
import { siteProvenance } from '../../src/site/provenance.ts';
import { personIds } from '../../src/site/routes.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { ROOT } from './helpers/run-plan.ts';

// The demo read as a large company's build reads it (bodies rendered on a loading worker), with its
// approval ledger: documents approved, waiting for approval and due, in both languages.
const content = path.join(ROOT, 'content');
const [{ load, bodies }, provenance] = await Promise.all([loadSiteContent(content, { cwd: ROOT, workers: 1 }), siteProvenance(content, { cache: {} })]);
usePrerenderedBodies(bodies);
const site = buildSiteModel(load, '2026-11-30', provenance);
const order = site.years.flatMap((view) => personIds(view).map((person) => ({ year: view.year, person })));

describe('a person page’s document sections written on a worker thread', () => {
  it('are the sections the page would write itself, for every person of every year, in both languages', async () => {
    let compared = 0;
    let written = '';
    for (const view of site.years) {
      for (const person of personIds(view)) {
        for (const lang of ['zh-CN', 'en'] as const) {
          const onPage = personDocuments(view.content.people.get(person)).map((document) => documentSectionHtml(document, view, site, lang)).join('');
          const fromWorker = await personSectionsHtml(site, view, person, lang, async () => order);
          // A page whose bodies need figures (or with no documents) writes its sections itself.
          if (fromWorker === undefined) continue;
          expect(fromWorker).toBe(onPage);
          compared++;
          written += fromWorker;
        }
      }
    }
    expect(compared).toBeGreaterThan(10);
    // The comparison covered approved documents, documents waiting for approval and due dates.
    expect(written).toContain('data-approval-state="approved"');
    expect(written).toContain('class="waits-for"');
    expect(written).toContain('state state-overdue');
  });
});
