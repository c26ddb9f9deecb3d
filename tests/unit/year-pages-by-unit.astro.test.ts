import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSyntheticCompany } from '../../scripts/lib/synthetic.ts';
import { summarisedByUnit, YEAR_PAGE_PEOPLE_MAX } from '../../src/site/scale.ts';

// The year's budget page of a company just above YEAR_PAGE_PEOPLE_MAX: a line per unit linking the
// unit's budget page, which has that unit's expense reports. The portal reads its content folder
// when src/site/data.ts is first imported, so the company is written before the pages are imported
// (this file runs in its own module graph: the astro project isolates test files).
const units = 3;
const perUnit = Math.floor(YEAR_PAGE_PEOPLE_MAX / units) + 1;
const dir = mkdtempSync(path.join(tmpdir(), 'planbook-year-pages-'));

/** "¥1,234.50" → 123450 fen and "¥1,000" → 100000, exactly (the detail format of English pages, src/site/money.ts). */
function fen(text: string): number {
  const match = /^(−|-)?¥([\d,]+)(?:\.(\d\d))?$/.exec(text.trim());
  if (!match) throw new Error(`not an exact yuan amount: ${text}`);
  const [, minus, whole = '', cents = '0'] = match;
  return (minus ? -1 : 1) * (Number(whole.replace(/,/g, '')) * 100 + Number(cents));
}

/** The links of a page's content (its <main>: the header and footer are every page's). */
const hrefs = (html: string) => [...(/<main[\s\S]*<\/main>/.exec(html)?.[0] ?? '').matchAll(/href="([^"]*)"/g)].map((match) => match[1] ?? '');

describe('a year’s budget, pace, versions and people pages above YEAR_PAGE_PEOPLE_MAX people are summarised by unit', { timeout: 180_000 }, () => {
  let render: (props: { lang: 'en' | 'zh-CN'; year: number; unit?: string }) => Promise<string>;
  let renderPace: typeof render;
  let renderVersions: typeof render;
  let renderPeople: () => Promise<string>;
  let renderUnit: (unit: string) => Promise<string>;
  let routes: typeof import('../../src/site/routes.ts');
  let site: Awaited<ReturnType<(typeof import('../../src/site/data.ts'))['siteData']>>;

  beforeAll(async () => {
    writeSyntheticCompany(path.join(dir, 'content'), { units, perUnit });
    process.env['PLANBOOK_CONTENT'] = path.join(dir, 'content');
    process.env['PLANBOOK_AS_OF'] = '2026-11-30';
    const [{ default: BudgetExecutionPage }, { default: PacePage }, { default: VersionsPage }, { default: UnitsPage }, { default: UnitPage }, data] = await Promise.all([
      import('../../src/components/pages/BudgetExecutionPage.astro'),
      import('../../src/components/pages/PacePage.astro'),
      import('../../src/components/pages/VersionsPage.astro'),
      import('../../src/components/pages/UnitsPage.astro'),
      import('../../src/components/pages/UnitPage.astro'),
      import('../../src/site/data.ts'),
    ]);
    routes = await import('../../src/site/routes.ts');
    site = await data.siteData();
    const container = await AstroContainer.create();
    render = (props) => container.renderToString(BudgetExecutionPage, { props });
    renderPace = (props) => container.renderToString(PacePage, { props });
    renderVersions = (props) => container.renderToString(VersionsPage, { props });
    renderPeople = () => container.renderToString(UnitsPage, { props: { lang: 'en', year: 2026, people: true } });
    renderUnit = (unit) => container.renderToString(UnitPage, { props: { lang: 'en', year: 2026, unit } });
  }, 180_000);

  afterAll(() => {
    delete process.env['PLANBOOK_CONTENT'];
    delete process.env['PLANBOOK_AS_OF'];
    rmSync(dir, { recursive: true, force: true });
  });

  it('the threshold: up to YEAR_PAGE_PEOPLE_MAX people a year lists everyone, beyond it units', () => {
    const rollup = (people: number) => ({ units: [{ people: Array.from({ length: people }) }] });
    expect(summarisedByUnit(rollup(YEAR_PAGE_PEOPLE_MAX))).toBe(false);
    expect(summarisedByUnit(rollup(YEAR_PAGE_PEOPLE_MAX + 1))).toBe(true);
  });

  it('each unit has a budget page in both languages, in the unit’s family and the sitemap', async () => {
    const paths = await routes.summarisedUnitPaths();
    expect(paths.map((entry) => `${entry.props.lang} ${entry.props.unit}`).sort()).toEqual(['unit-1', 'unit-2', 'unit-3'].flatMap((unit) => [`en ${unit}`, `zh-CN ${unit}`]).sort());
    expect(routes.allRoutes(site)).toEqual(expect.arrayContaining(['/2026/budget/unit-1/', '/en/2026/budget/unit-3/', '/2026/pace/unit-2/', '/en/2026/pace/unit-1/', '/en/2026/versions/unit-3/']));
  });

  it('the year’s page has one line per unit, whose figures are the sum of the unit page’s lines and reports', async () => {
    const year = await render({ lang: 'en', year: 2026 });
    expect(year).toContain('data-summarised');
    // No report is listed on the year's page any more: they are on the units' pages.
    expect(year).not.toMatch(/\/2026\/people\/p-/);
    for (let index = 1; index <= units; index++) {
      const id = `unit-${index}`;
      const row = new RegExp(`<tr[^>]*data-unit="${id}"[^>]*>([\\s\\S]*?)</tr>`).exec(year)?.[1] ?? '';
      const [budget, spent] = [...row.matchAll(/data-fen="(-?\d+)"/g)].map((match) => Number(match[1]));
      const link = new RegExp(`<a href="([^"]+)"[^>]*data-unit-detail="${id}"[^>]*>(\\d+) reports</a>`).exec(row);
      expect(link?.[1]).toBe(`/en/2026/budget/${id}/`);

      const page = await render({ lang: 'en', year: 2026, unit: id });
      const lines = [...page.matchAll(/<table class="execution lines"[\s\S]*?<\/table>/g)];
      expect(lines).toHaveLength(1);
      const rows = [...(lines[0]?.[0] ?? '').matchAll(/<tr[^>]*>\s*<th scope="row"[^>]*>[\s\S]*?<\/tr>/g)].map((match) => match[0]);
      let lineBudget = 0;
      let lineSpent = 0;
      let reports = 0;
      for (const line of rows) {
        // Budget, spent, remaining, used: the first two are amounts.
        const cells = [...line.matchAll(/<td class="num"[^>]*>([^<]*)<\/td>/g)].slice(0, 2).map((match) => fen(match[1] ?? ''));
        lineBudget += cells[0] ?? 0;
        lineSpent += cells[1] ?? 0;
        const sources = [...line.matchAll(/<li[^>]*><a href="[^"]*"[^>]*>[^<]*<\/a> <span class="num"[^>]*>([^<]*)<\/span><\/li>/g)].map((match) => fen(match[1] ?? ''));
        reports += sources.length;
        // A line's spent is the sum of its reports.
        expect(sources.reduce((sum, amount) => sum + amount, 0)).toBe(cells[1]);
      }
      expect(reports).toBeGreaterThan(0);
      expect(reports).toBe(Number(link?.[2]));
      expect(lineBudget).toBe(budget);
      expect(lineSpent).toBe(spent);
      // Every person of the unit with spend is on the unit's page, nobody else.
      const people = new Set([...page.matchAll(/\/en\/2026\/people\/(p-\d+-\d+)\//g)].map((match) => match[1]));
      expect(people.size).toBe(perUnit);
      expect([...people].every((person) => person?.startsWith(`p-${index}-`))).toBe(true);
    }
  });

  it.each(['pace', 'versions'] as const)('the year’s %s page has the company and a row per unit linking the unit’s page, which has the unit’s people', async (kind) => {
    const rowIds = (html: string, level: string) => [...html.matchAll(new RegExp(`<tr class="level-${level}"[^>]*data-id="([^"]+)"`, 'g'))].map((match) => match[1]);
    const renderKind = kind === 'pace' ? renderPace : renderVersions;
    const year = await renderKind({ lang: 'en', year: 2026 });
    expect(year).toContain('data-summarised');
    expect(rowIds(year, 'company')).toHaveLength(1);
    expect(rowIds(year, 'unit')).toEqual(['unit-1', 'unit-2', 'unit-3']);
    expect(rowIds(year, 'person')).toEqual([]);
    const { financeView } = await import('../../src/site/finance.ts');
    const view = site.years[0];
    if (!view) throw new Error('no year');
    const { pace } = financeView(site, view);
    for (const unit of pace.units) {
      expect(year).toContain(`<a href="/en/2026/${kind}/${unit.id}/"`);
      const page = await renderKind({ lang: 'en', year: 2026, unit: unit.id });
      expect(rowIds(page, 'company')).toEqual([]);
      expect(rowIds(page, 'unit')).toEqual([unit.id]);
      const people = rowIds(page, 'person');
      expect(people).toHaveLength(perUnit);
      expect(people).toEqual(unit.people.map((person) => person.id));
      // The unit's row is its people's rows added up (exact 分, the roll-up's figures).
      expect(unit.target).toBe(unit.people.reduce((sum, person) => sum + person.target, 0));
      expect(unit.actual).toBe(unit.people.reduce((sum, person) => sum + person.actual, 0));
    }
  });

  it('the year’s people page has a line per unit with its number of people, linking the unit’s page, which lists them', async () => {
    const year = await renderPeople();
    expect(year).toContain('data-summarised');
    expect(year).not.toMatch(/\/2026\/people\/p-/);
    for (let index = 1; index <= units; index++) {
      const row = new RegExp(`<tr[^>]*>\\s*<th scope="row"[^>]*><a href="/en/2026/units/unit-${index}/"[^>]*>[\\s\\S]*?</tr>`).exec(year)?.[0] ?? '';
      expect(row).not.toBe('');
      expect(/<td class="num"[^>]*>(\d+)<\/td>/.exec(row)?.[1]).toBe(String(perUnit));
      const page = await renderUnit(`unit-${index}`);
      const people = new Set([...page.matchAll(/\/en\/2026\/people\/(p-\d+-\d+)\//g)].map((match) => match[1]));
      expect(people.size).toBe(perUnit);
      expect([...people].every((person) => person?.startsWith(`p-${index}-`))).toBe(true);
    }
  });

  it('every link of the year’s page and the units’ pages resolves to a page of the site and, for a report, to its section', async () => {
    const pages = new Set(routes.allRoutes(site));
    const documents = new Set(site.documents.map((document) => document.path));
    const { documentRoute, route } = await import('../../src/site/urls.ts');
    const anchors = new Set([...documents].map((file) => route('en', documentRoute({ path: file }))));
    let checked = 0;
    for (const props of [{ lang: 'en' as const, year: 2026 }, ...['unit-1', 'unit-2', 'unit-3'].map((unit) => ({ lang: 'en' as const, year: 2026, unit }))]) {
      const links = [...hrefs(await render(props)), ...hrefs(await renderPace(props)), ...hrefs(await renderVersions(props)), ...hrefs('unit' in props ? '' : await renderPeople())];
      for (const href of links.filter((url) => url.startsWith('/'))) {
        checked++;
        const [page = '', fragment] = href.split('#');
        expect(pages.has(page), `${href} on ${JSON.stringify(props)}`).toBe(true);
        if (fragment !== undefined) expect(anchors.has(href), `${href} on ${JSON.stringify(props)}`).toBe(true);
      }
    }
    // The units' pages link every report: 12 a person.
    expect(checked).toBeGreaterThan(units * perUnit * 12);
  });
});
