import fs, { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { writeSyntheticCompany } from '../../scripts/lib/synthetic.ts';
import { listFiles } from '../../src/model/content-files.ts';
import { ContentLinkError, listAroundPeople, listFolders } from '../../src/model/list-files.ts';
import { checkContent, checkReport, reportOf, type CheckReport } from '../../src/rules/check.ts';
import { manyPeople, splitCheck, UnitsAhead, type UnitCheck } from '../../src/rules/check-split.ts';
import type { Org } from '../../src/schemas/index.ts';
import { BROKEN_CASES } from '../fixtures/broken-cases.ts';
import { minimalWith } from './helpers/fixture-edits.ts';
import { ROOT } from './helpers/run-plan.ts';

const AS_OF = '2026-11-30';
const temp = mkdtempSync(path.join(tmpdir(), 'planbook-split-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/**
 * What `plan check` prints of a report: every diagnostic (file, line, column, rule, message,
 * figures), the invalid files, the file count and each year's documents, people per unit and
 * rollup. A split check keeps each unit's people as a count only, so the lists are left out.
 */
const printed = (report: CheckReport) => ({
  ...report,
  years: report.years.map((year) => ({ ...year, rollup: { ...year.rollup, units: year.rollup.units.map((unit) => ({ ...unit, people: [] })) } })),
});

/**
 * The single-thread full check's report and the split check's (workers forced on small folders),
 * and whether the split made it; with `listed`, the split the workers list themselves, taking the
 * people's folders one at a time and sending each as a group of its own, so that units are checked
 * ahead of the end (`UnitsAhead`) and some checked again.
 */
async function bothReports(dir: string, asOf = AS_OF, workers = 2, listed = false): Promise<{ full: CheckReport; split: CheckReport; wasSplit: boolean }> {
  const cwd = path.dirname(dir);
  const full = reportOf(await checkContent(dir, { asOf, cwd, workers: 0 }), asOf);
  // `checkReport` is this, or the full check where the split gives way (undefined).
  const split = listed ? await splitCheck(dir, listAroundPeople(dir), { asOf, cwd, workers, sizes: { groupFiles: 1, chunkFolders: 1 } }) : await splitCheck(dir, await listFiles(dir), { asOf, cwd, workers });
  return { full, split: split ?? (await checkReport(dir, { asOf, cwd, workers: 0 })), wasSplit: split !== undefined };
}

/** One edit of the kinds tests/unit/check-changed.test.ts makes, plus a person in no unit and a `<Figure>` body. */
type Each<Kind extends string, Fields> = Kind extends string ? { kind: Kind } & Fields : never;
type Edit =
  | { kind: 'amount'; person: number; month: number; report: boolean; yuan: number }
  | Each<'remove' | 'broken-yaml' | 'copy-to-other-person' | 'figure-body', { person: number; month: number }>
  | Each<'move-person' | 'plan-unit' | 'remove-person' | 'no-unit', { person: number }>
  | { kind: 'budget'; unit: number; yuan: number }
  | Each<'org-name' | 'year-file', object>;

const PEOPLE = ['p-1-1', 'p-1-2', 'p-1-3', 'p-2-1', 'p-2-2', 'p-2-3'];
const person = fc.integer({ min: 0, max: PEOPLE.length - 1 });
const month = fc.integer({ min: 1, max: 12 });
const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('amount' as const), person, month, report: fc.boolean(), yuan: fc.integer({ min: 0, max: 300_000 }) }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constantFrom('remove' as const, 'broken-yaml' as const), person, month }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constantFrom('copy-to-other-person' as const, 'figure-body' as const), person, month }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constantFrom('move-person' as const, 'plan-unit' as const, 'remove-person' as const, 'no-unit' as const), person }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('budget' as const), unit: fc.integer({ min: 1, max: 2 }), yuan: fc.integer({ min: 0, max: 10_000_000 }) }) },
  { weight: 1, arbitrary: fc.constantFrom({ kind: 'org-name' as const }, { kind: 'year-file' as const }) },
);

function apply(content: string, change: Edit): void {
  const folder = path.join(content, '2026');
  const replace = (file: string, from: RegExp, to: (...match: string[]) => string) => {
    if (fs.existsSync(file)) writeFileSync(file, readFileSync(file, 'utf8').replace(from, to));
  };
  const org = path.join(folder, 'org.yaml');
  if (change.kind === 'budget') return replace(path.join(folder, 'units', `unit-${change.unit}`, 'budget.mdx'), /^ {2}revenue: .*$/m, () => `  revenue: ${change.yuan}`);
  if (change.kind === 'org-name') return replace(org, /^ {2}name: (.*)$/m, (_, name = '') => `  name: ${name}改`);
  if (change.kind === 'year-file') {
    const notes = path.join(folder, 'notes.txt');
    if (fs.existsSync(notes)) rmSync(notes);
    else writeFileSync(notes, 'notes\n');
    return;
  }
  const id = PEOPLE[change.person] ?? 'p-1-1';
  const plan = path.join(folder, 'people', id, 'plan.mdx');
  if (change.kind === 'remove-person') return rmSync(path.join(folder, 'people', id), { recursive: true, force: true });
  if (change.kind === 'plan-unit') return replace(plan, /^unit: unit-(\d)$/m, (_, unit = '1') => `unit: unit-${unit === '1' ? 2 : 1}`);
  if (change.kind === 'move-person') return replace(org, new RegExp(`(id: ${id},[^}]*unit: )unit-(\\d)`), (_, head = '', unit = '1') => `${head}unit-${unit === '1' ? 2 : 1}`);
  if (change.kind === 'no-unit') {
    // In no unit: org.yaml names none and the annual plan is invalid, so its files may be any unit's.
    replace(org, new RegExp(`(id: ${id},[^}]*), unit: unit-\\d`), (_, head = '') => head);
    return replace(plan, /^year: 2026$/m, () => 'year: 2026\nyear: 2026');
  }
  const mm = String(change.month).padStart(2, '0');
  const file = path.join(folder, 'people', id, `${mm}.${'report' in change && change.report ? 'report' : 'plan'}.mdx`);
  if (!fs.existsSync(file)) return;
  if (change.kind === 'remove') return rmSync(file);
  if (change.kind === 'amount') return replace(file, /^(target| {2}revenue): .*$/m, (_, key = '') => `${key}: ${change.yuan}`);
  if (change.kind === 'broken-yaml') return replace(file, /^month: (\d+)$/m, (_, value = '') => `month: ${value}\nmonth: ${value}`);
  // Both reach beyond the folder: a body checked against the whole year's figures, a frontmatter naming another person.
  if (change.kind === 'figure-body') return fs.appendFileSync(file, '\n<Figure of="units.unit-1.target" />\n');
  const other = PEOPLE[(change.person + 1) % PEOPLE.length] ?? 'p-1-2';
  writeFileSync(path.join(folder, 'people', other, `${mm}.extra.mdx`), readFileSync(file));
}

// Worker threads load the schemas and rules afresh: slow on a busy 2-core machine, never a timing assertion.
describe('plan check split by folder across workers', { timeout: 900_000 }, () => {
  it('reports exactly what the single-thread check reports on the minimal company and every broken fixture', async () => {
    const cases = [{ name: 'minimal', dir: minimalWith(), asOf: '2026-01-20' }, { name: 'minimal late', dir: minimalWith(), asOf: AS_OF }, ...BROKEN_CASES.map((broken) => ({ name: broken.name, dir: minimalWith(...broken.edits), asOf: '2026-01-20' }))];
    let split = 0;
    for (const { name, dir, asOf } of cases) {
      const reports = await bothReports(dir, asOf, 1);
      expect({ name, report: printed(reports.split) }).toEqual({ name, report: printed(reports.full) });
      if (reports.wasSplit) split++;
      rmSync(path.dirname(dir), { recursive: true, force: true });
    }
    // Most fixtures are checked split (a few reach beyond a folder: those are checked in full).
    expect(split).toBeGreaterThan(cases.length / 2);
  });

  it('reports as the single-thread check with its workers started before the listing, used or stopped unused', async () => {
    const content = path.join(temp, 'large', 'content');
    // 200 people, 5,003 files: the workers start before the listing and list the people's folders.
    writeSyntheticCompany(content, { units: 2, perUnit: 100 });
    writeFileSync(path.join(content, '2026/people/p-1-7/03.plan.mdx'), readFileSync(path.join(content, '2026/people/p-1-7/03.plan.mdx'), 'utf8').replace(/^target: \d+$/m, 'target: 1'));
    // A person folder holding only a dot-file (no files: the person has no folder) and a file directly in people/.
    mkdirSync(path.join(content, '2026/people/p-1-1.a'));
    writeFileSync(path.join(content, '2026/people/p-1-1.a/.plan.mdx.swp'), '');
    writeFileSync(path.join(content, '2026/people/notes.txt'), 'notes\n');
    expect(manyPeople(content)).toBe(true);
    const cwd = path.dirname(content);
    const full = async () => reportOf(await checkContent(content, { asOf: AS_OF, cwd, workers: 0 }), AS_OF);
    // The workers list the people's folders: the same files as the whole listing, in its order.
    const listing = listAroundPeople(content);
    expect(listing.people).toContain('2026/people/p-1-1.a');
    expect([...listing.files, ...listFolders(content, listing.people).files].sort()).toEqual(await listFiles(content));
    expect(listFolders(content, listing.people).files).toEqual((await listFiles(content)).filter((file) => /^2026\/people\/[^/]+\//.test(file)));
    const early = await checkReport(content, { asOf: AS_OF, cwd });
    expect(early.fileCount).toBe(5003);
    expect(early.diagnostics.map((diagnostic) => diagnostic.rule)).toContain('month-groups');
    expect(printed(early)).toEqual(printed(await full()));
    // Symbolic links in a person's folder and beside the people are refused as the whole listing refuses them, all named at once.
    symlinkSync('03.plan.mdx', path.join(content, '2026/people/p-2-9/13.plan.mdx'));
    symlinkSync('p-1-1', path.join(content, '2026/people/p-0'));
    const refusal = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => (error instanceof ContentLinkError ? error.text : error));
    const refused = await refusal(checkReport(content, { asOf: AS_OF, cwd }));
    expect(refused).toEqual(await refusal(listFiles(content)));
    expect(JSON.stringify(refused)).toContain('p-2-9/13.plan.mdx');
    rmSync(path.join(content, '2026/people/p-2-9/13.plan.mdx'));
    rmSync(path.join(content, '2026/people/p-0'));
    // Only their plans left: too few files for workers, the ones started are stopped (the check ends).
    for (const file of await listFiles(content)) if (/people\/[^/]+\/\d\d\./.test(file)) rmSync(path.join(content, file));
    expect(manyPeople(content)).toBe(true);
    const stopped = await checkReport(content, { asOf: AS_OF, cwd });
    expect(stopped.fileCount).toBe(203);
    expect(printed(stopped)).toEqual(printed(await full()));
  });

  it('reports exactly what the single-thread check reports on the demo company', async () => {
    const reports = await bothReports(path.join(ROOT, 'content'));
    expect(reports.full.diagnostics.length).toBeGreaterThan(0);
    expect(printed(reports.split)).toEqual(printed(reports.full));
    // Its bodies hold <Figure>s, checked against the whole year: the split check gives way to the full one.
    expect(reports.wasSplit).toBe(false);
  });

  it('reports exactly what the single-thread check reports over random edits of a generated company', async () => {
    const outcomes: boolean[] = [];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const content = path.join(temp, `company-${run++}`, 'content');
        writeSyntheticCompany(content, { units: 2, perUnit: 3 });
        if (run === 1) {
          // As `plan check` makes it: split, and no diagnostic in a company that adds up.
          const report = await checkReport(content, { asOf: AS_OF, cwd: path.dirname(content), workers: 2 });
          expect({ errors: report.diagnostics.filter((diagnostic) => diagnostic.severity === 'error'), files: report.fileCount }).toEqual({ errors: [], files: 153 });
          expect(printed(report)).toEqual(printed(reportOf(await checkContent(content, { asOf: AS_OF, cwd: path.dirname(content), workers: 0 }), AS_OF)));
        }
        for (const change of edits) {
          apply(content, change);
          // Three workers for six people: shares of two folders, cut at folder boundaries.
          const reports = await bothReports(content, AS_OF, 3);
          outcomes.push(reports.wasSplit);
          expect(printed(reports.split)).toEqual(printed(reports.full));
          // Two workers taking one folder at a time: units checked as their people's folders are read.
          const listed = await bothReports(content, AS_OF, 2, true);
          expect(listed.wasSplit).toBe(reports.wasSplit);
          expect(printed(listed.split)).toEqual(printed(listed.full));
        }
        rmSync(path.dirname(content), { recursive: true, force: true });
      }),
      { numRuns: 6, seed: 13 },
    );
    // Both paths were taken: most edits leave every file in its folder, some reach beyond it.
    expect(outcomes.filter(Boolean).length).toBeGreaterThan(outcomes.length / 2);
    expect(outcomes).toContain(false);
  });

  it('finds a figure written without 万 as the single-thread check does (the worker marks which documents write 万)', async () => {
    const content = path.join(temp, 'wan', 'content');
    writeSyntheticCompany(content, { units: 2, perUnit: 3 });
    const file = path.join(content, '2026', 'people', 'p-2-1', '04.report.mdx');
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, text.replace(/^ {2}revenue: .*$/m, '  revenue: 13万').replace(/^ {2}(key-accounts|distributors|retail): .*$/gm, '  $1: 3.25万').replace(/^ {2}online: .*$/m, '  online: 3.25'));
    for (const listed of [false, true]) {
      const reports = await bothReports(content, AS_OF, 2, listed);
      expect(reports.wasSplit).toBe(true);
      expect(printed(reports.split)).toEqual(printed(reports.full));
      const found = reports.split.diagnostics.filter((diagnostic) => diagnostic.rule === 'figure-without-wan');
      expect(found.map((diagnostic) => [diagnostic.file.replace(/^.*content\//, ''), JSON.stringify(diagnostic.message).includes('3.25')])).toEqual([['2026/people/p-2-1/04.report.mdx', true]]);
    }
  });

  it('reports as the single-thread check over two years, the shared list\'s chunks spanning both, with a salvaged org.yaml', async () => {
    const content = path.join(temp, 'two-years', 'content');
    writeSyntheticCompany(content, { units: 2, perUnit: 3 });
    writeSyntheticCompany(path.join(temp, 'two-years', 'earlier'), { units: 2, perUnit: 3, year: 2025 });
    cpSync(path.join(temp, 'two-years', 'earlier', '2025'), path.join(content, '2025'), { recursive: true });
    const edit = (file: string, pattern: RegExp, by: string) => {
      const text = readFileSync(path.join(content, file), 'utf8');
      expect(text).toMatch(pattern);
      writeFileSync(path.join(content, file), text.replace(pattern, by));
    };
    // A plan naming another unit early in the folders' order and one late; in 2025 a person in no
    // unit with an invalid file (any unit's); in 2026 an org.yaml salvaged without one person's login.
    edit('2025/people/p-1-1/plan.mdx', /^unit: unit-1$/m, 'unit: unit-2');
    edit('2026/people/p-2-3/plan.mdx', /^unit: unit-2$/m, 'unit: unit-1');
    edit('2025/org.yaml', /(id: p-2-2,[^}]*), unit: unit-2/, '$1');
    edit('2025/people/p-2-2/05.plan.mdx', /^month: 5$/m, 'month: 5\nmonth: 5');
    edit('2026/org.yaml', /login: p-1-3-login/, 'login: [1, 2]');
    mkdirSync(path.join(content, '2026/people/p-0'));
    const cwd = path.dirname(content);
    const full = printed(reportOf(await checkContent(content, { asOf: AS_OF, cwd, workers: 0 }), AS_OF));
    expect(full.years.map((year) => year.year)).toEqual([2025, 2026]);
    expect(full.invalid.map((file) => file.path)).toContain('2025/people/p-2-2/05.plan.mdx');
    expect(full.diagnostics.map((diagnostic) => diagnostic.file)).toContain('content/2026/org.yaml');
    // p-1-3's entry could not be read: their documents name an unreadable person, not an unknown one.
    expect(full.diagnostics.filter((diagnostic) => diagnostic.file.startsWith('content/2026/people/p-1-3/'))).toEqual([]);
    // Folders taken one, three and four at a time (2025's six and 2026's six: a chunk of four spans both years), by one and two workers.
    for (const sizes of [{ groupFiles: 1, chunkFolders: 1 }, { groupFiles: 30, chunkFolders: 3 }, { groupFiles: 1000, chunkFolders: 4 }]) {
      for (const workers of [1, 2]) {
        const split = await splitCheck(content, listAroundPeople(content), { asOf: AS_OF, cwd, workers, sizes });
        expect({ sizes, workers, split: split && printed(split) }).toEqual({ sizes, workers, split: full });
      }
    }
    const shares = await splitCheck(content, await listFiles(content), { asOf: AS_OF, cwd, workers: 3 });
    expect(shares && printed(shares)).toEqual(full);
    // The full check reading in workers too: the salvaged org.yaml's unreadable ids cross the threads with it.
    expect(printed(reportOf(await checkContent(content, { asOf: AS_OF, cwd, workers: 2 }), AS_OF))).toEqual(full);
  });

  it('checks a unit ahead once the folders of its people and of people in no unit are read, and again when a later one joins it', () => {
    // org.yaml: a and b in east, c in west, d in no unit; e is in org.yaml not at all.
    const org = { units: [{ id: 'east' }, { id: 'west' }], people: [{ id: 'a', unit: 'east' }, { id: 'b', unit: 'east' }, { id: 'c', unit: 'west' }, { id: 'd' }] } as unknown as Org;
    const members = new Map([['east', 0], ['west', 0]]);
    const invalid = new Map<string, Set<string>>([['east', new Set()], ['west', new Set()]]);
    const checked: string[] = [];
    const check = (year: number, unit: string): UnitCheck => {
      checked.push(`${year}/${unit}`);
      return { members: members.get(unit) ?? 0, invalid: new Set(invalid.get(unit)), result: { diagnostics: [], rollup: undefined, people: members.get(unit) ?? 0 } };
    };
    const folders = ['a', 'b', 'c', 'd', 'e'].map((id) => `2026/people/${id}`);
    const ahead = new UnitsAhead(folders, (year) => (year === 2026 ? org : undefined), check);
    ahead.finished(['2026/people/a', '2026/people/c']);
    // d and e may belong anywhere (their plans name their unit): nothing is checked yet.
    expect(checked).toEqual([]);
    ahead.finished(['2026/people/d']);
    expect(checked).toEqual([]);
    members.set('west', 13);
    ahead.finished(['2026/people/e']);
    expect(checked).toEqual(['2026/west']);
    members.set('east', 26);
    ahead.finished(['2026/people/b', '2026/people/b']);
    expect(checked).toEqual(['2026/west', '2026/east']);
    // At the end: east's early result stands; west gained a member (a plan naming it) and is checked again (no result).
    expect(ahead.result(2026, 'east', 26, new Set())?.people).toBe(26);
    expect(ahead.result(2026, 'west', 14, new Set())).toBeUndefined();
    // So is a unit whose invalid files changed (a person in no unit with a broken file), or one never checked ahead.
    expect(ahead.result(2026, 'east', 26, new Set(['2026/people/d/plan.mdx']))).toBeUndefined();
    expect(ahead.result(2026, 'north', 0, new Set())).toBeUndefined();
  });

  it('stops at a unit check that throws, says so once, and throws it when asked, not while taking in folders', () => {
    const org = { units: [{ id: 'east' }, { id: 'west' }], people: [{ id: 'a', unit: 'east' }, { id: 'c', unit: 'west' }] } as unknown as Org;
    const checked: string[] = [];
    const failures: unknown[] = [];
    const ahead = new UnitsAhead(
      ['2026/people/a', '2026/people/c'],
      () => org,
      (_year, unit) => {
        checked.push(unit);
        if (unit === 'east') throw new Error('east failed');
        return { members: 0, invalid: new Set(), result: { diagnostics: [], rollup: undefined, people: 0 } };
      },
      (error) => failures.push(error),
    );
    expect(() => ahead.rethrow()).not.toThrow();
    expect(() => ahead.finished(['2026/people/a', '2026/people/c'])).not.toThrow();
    // East failed: west, ready as well, is not checked after it; the failure is told once.
    expect(checked).toEqual(['east']);
    expect(failures).toEqual([new Error('east failed')]);
    expect(() => ahead.rethrow()).toThrow('east failed');
  });
});
