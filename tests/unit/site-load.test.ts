import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { bodyHtml } from '../../src/site/body.ts';
import { loadSiteContent } from '../../src/site/load.ts';
import { buildSiteModel } from '../../src/site/site-model.ts';
import { ROOT } from './helpers/run-plan.ts';

const CONTENT = path.join(ROOT, 'content');
const AS_OF = '2026-11-30';

// Worker threads load the schemas and the Markdown parser afresh: slow on a busy 2-core machine, never a timing assertion.
describe('the portal reads the content on worker threads', { timeout: 180_000 }, () => {
  it('gets the documents, figures and diagnostics the single-thread load gets, with every figure-free body already rendered', async () => {
    const single = await loadContent(CONTENT, { cwd: ROOT });
    const { load, bodies } = await loadSiteContent(CONTENT, { cwd: ROOT, workers: 2 });
    // Files arrive from the workers in any order (the model sorts documents); each file's diagnostics stay in order.
    const byFile = <T extends { file: string }>(list: T[]) => [...list].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    expect(byFile(load.diagnostics)).toEqual(byFile(single.diagnostics));
    expect(load.invalid).toEqual(single.invalid);
    expect(byFile(load.documents).map((document) => [document.file, document.data])).toEqual(single.documents.map((document) => [document.file, document.data]));

    const site = buildSiteModel(single, AS_OF);
    const withFigures = single.documents.filter((document) => /<(Figure|Chart)\b/.test(document.body)).map((document) => document.path);
    expect(withFigures.length).toBeGreaterThan(0);
    // Bodies with <Figure> or <Chart> depend on the roll-up and the page language: the pages render them.
    expect([...bodies.keys()].sort()).toEqual(single.documents.map((document) => document.path).filter((file) => !withFigures.includes(file)).sort());
    for (const document of single.documents) {
      if (withFigures.includes(document.path)) continue;
      const view = site.years.find((candidate) => candidate.year === document.data.year)!;
      expect(bodies.get(document.path), document.path).toBe(bodyHtml(document, view, 'zh-CN'));
    }
    // What the pages need of a pre-rendered document is its HTML, not its text.
    expect(load.documents.filter((document) => bodies.has(document.path)).every((document) => document.body === '')).toBe(true);
  });
});
