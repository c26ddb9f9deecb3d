import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics.ts';
import { pathFor } from '../model/content-files.ts';
import { DOCUMENT_TYPES } from '../model/document-types.ts';
import type { FileIndex, LoadResult } from '../model/load.ts';
import { loadFromIndexes } from '../model/load-parallel.ts';
import { buildModel, type YearContent } from '../model/model.ts';
import { orgIndex } from '../model/org-index.ts';
import { rollupYear, type UnitRollup } from '../model/rollup.ts';
import type { DocumentData, Org } from '../schemas/index.ts';
import type { RuleCode } from './catalog.ts';
import { ruleScopes } from './index.ts';

/**
 * The slices an incremental check re-runs rules on (issue 13). Content is split into folders: a
 * person's (`2026/people/p-1`), a unit's (`2026/units/east`), the year's top (`2026`: org.yaml and
 * the company documents) and '' (anything outside a year). While every file sits in the folder its
 * frontmatter names (`isRegular`), a person's documents are all in the person's folder, so:
 * - `folder` rules (index.ts `ruleScopes`) report at a folder's files from that folder and org.yaml
 *   only: they are re-run on the changed people, and kept for the others;
 * - `unit` rules are re-run on a unit's documents and its people's plans and reports (`members`);
 * - `year` rules, and `folder` rules at the year's top and unit folders, on org.yaml and the units' documents.
 * A full check is the union of all the slices' reports (tests/unit/check-changed.test.ts).
 */

type Report = Diagnostic<RuleCode>;

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;

/**
 * The folder of a content path (see above): `<year>/people/<id>` or `<year>/units/<id>` for a file
 * inside one, else `<year>` for a path starting with four digits and `/`, else ''. Scanned by hand:
 * a check asks this of each of 250,000 paths several times (tests/unit/check-fast-paths.test.ts
 * holds it to the regular expressions it replaced).
 */
export function folderOf(relative: string): string {
  if (relative.length < 5 || relative.charCodeAt(4) !== 0x2f) return '';
  for (let at = 0; at < 4; at++) if (!isDigit(relative.charCodeAt(at))) return '';
  const kindEnd = relative.indexOf('/', 5);
  if ((kindEnd === 11 && relative.startsWith('people', 5)) || (kindEnd === 10 && relative.startsWith('units', 5))) {
    const idEnd = relative.indexOf('/', kindEnd + 1);
    if (idEnd > kindEnd + 1) return relative.slice(0, idEnd);
  }
  return relative.slice(0, 4);
}

/** A folder's year, and the person or unit it holds. */
export function folderParts(folder: string): { year: number; kind: 'person' | 'unit' | 'year' | 'outside'; id: string } {
  const [year = '', kind, id = ''] = folder.split('/');
  return { year: Number(year), kind: folder === '' ? 'outside' : kind === 'people' ? 'person' : kind === 'units' ? 'unit' : 'year', id };
}

const COMPONENT = /<(Figure|Chart)\b/;

/** Document types whose path starts with their person's folder, `<year>/people/<person>/`. */
const PERSON_FOLDER_TYPES = new Set(Object.entries(DOCUMENT_TYPES).flatMap(([type, info]) => (info.path.startsWith('<year>/people/<person>/') ? [type] : [])));

/**
 * Does the model put this file where its path says? A document whose frontmatter names another
 * year, unit or person, an org file outside its year's top, or a body with a `<Figure>`/`<Chart>`
 * (checked against the whole year's figures) reaches beyond its folder: then only a full check is exact.
 */
export function isRegular(index: FileIndex): boolean {
  if (index.kind === 'org' || index.kind === 'partial-org') return folderOf(index.path) === String((index.data as Partial<Org>).year);
  if (index.kind !== 'document') return true;
  const data = index.data as DocumentData & { unit?: string; person?: string; month?: number };
  if (index.body !== '' && COMPONENT.test(index.body)) return false;
  // A person's document in its folder, answered without filling in its path (a check asks this of
  // each of 250,000 files): a folder as `folderOf` gives it starts with a four-digit year and its
  // last segment holds no `/`, so when it is `<year>/people/<person>` the expected path, under
  // that same folder, has it as its folder too. Anything else takes the full comparison below.
  if (PERSON_FOLDER_TYPES.has(data.type) && data.person !== undefined && folderOf(index.path) === `${data.year}/people/${data.person}`) return true;
  // One object literal of one shape (pathFor reads a missing unit or person as '' and month as 0):
  // spreading the optional fields for each of 250,000 documents showed in profiles.
  const expected = pathFor({ kind: 'document', year: data.year, type: data.type, unit: DOCUMENT_TYPES[data.type].scope === 'unit' ? (data.unit ?? '') : '', person: data.person ?? '', month: data.month ?? 0 });
  return folderOf(expected) === folderOf(index.path);
}

/** Where the content is and how its files are named in reports. */
export interface Place {
  dir: string;
  cwd: string;
  /** A file's text, for positions in reports (load-parallel.ts `loadFromIndexes`): by default the file on disk. */
  read?: (relative: string) => string;
}

/** A load of some files' indexes, and the year's content they make (undefined when they make none). */
export function sliceOf(place: Place, indexes: Iterable<FileIndex>, year: number): { load: LoadResult; content: YearContent | undefined } {
  const load = loadFromIndexes(place.dir, place.cwd, place.read);
  for (const index of indexes) load.add(index);
  const finished = load.finish();
  return { load: finished, content: buildModel(finished).years.get(year) };
}

/** What a run of rules gets besides the content. */
export interface SliceContext {
  asOf: string;
  /** Every invalid content path of the year (some rules skip comparisons with them). */
  invalid: ReadonlySet<string>;
}

/** The content path a report is at (reports name files as shown, relative to the working directory). */
export function reportPath(place: Place, file: string): string {
  const base = displayBase(place);
  return base === '' ? file : file.slice(base.length + 1);
}

let lastBase: { dir: string; cwd: string; base: string } | undefined;

/**
 * The content folder as reports name it (relative to the working directory, forward slashes). The
 * last one is kept: `reportPath` asks it for every report of every slice.
 */
export function displayBase({ dir, cwd }: Place): string {
  if (lastBase?.dir !== dir || lastBase.cwd !== cwd) lastBase = { dir, cwd, base: path.relative(cwd, dir).split(path.sep).join('/') };
  return lastBase.base;
}

/**
 * `folder` rules over `content`; `people` limits the people listed from org.yaml (the slice's
 * people), `keep` which reported files (content paths) are this slice's. `peopleOnly` says `keep`
 * keeps only files in the people's folders (a slice of people's folders), so the rules need not
 * check org.yaml nor the company's and units' documents (RuleContext.peopleOnly).
 */
export function runFolderRules(content: YearContent, { asOf, invalid }: SliceContext, people: ReadonlySet<string> | undefined, keep: (relative: string) => boolean, place: Place, peopleOnly = false): Report[] {
  const out: Report[] = [];
  for (const rule of ruleScopes.folder) {
    for (const report of rule({ content, asOf, invalid, peopleOnly, ...(people ? { people } : {}) })) if (keep(reportPath(place, report.file))) out.push(report);
  }
  return out;
}

/** `year` rules over the year's content (org.yaml and every unit's documents). */
export function runYearRules(content: YearContent, { asOf, invalid }: SliceContext): Report[] {
  return ruleScopes.year.flatMap((rule): Report[] => rule({ content, asOf, invalid }));
}

/** What a unit slice gives: its rules' reports and the unit's line of the rollup (its people left out, counted). */
export interface UnitResult {
  diagnostics: Report[];
  rollup: UnitRollup | undefined;
  people: number;
}

/**
 * `unit` rules over one unit: `content` holds org.yaml, the unit's documents and its members'
 * plans and reports; `invalid` only the people's invalid files that may be the unit's (see
 * `invalidPeopleFiles`) besides all other invalid files.
 */
export function runUnitRules(content: YearContent, unit: string, { asOf, invalid }: SliceContext): UnitResult {
  const diagnostics = ruleScopes.unit.flatMap((rule): Report[] => rule({ content, asOf, invalid }));
  const rollup = content.org ? rollupYear(content, asOf).units.find((line) => line.id === unit) : undefined;
  return { diagnostics, rollup: rollup && { ...rollup, people: [] }, people: rollup?.people.length ?? 0 };
}

/** The unit a person counts in: their valid annual plan's, else org.yaml's (as the rules read it). */
export function unitOfPerson(content: YearContent | undefined, org: Org | undefined, person: string): string | undefined {
  return content?.people.get(person)?.plan?.data.unit ?? (org ? orgIndex(org).people.get(person)?.unit : undefined);
}

/** Paths of the indexed plan and reports of a person: what unit rules and the rollup read of them. */
export function memberPaths(content: YearContent | undefined, person: string): Set<string> {
  const found = content?.people.get(person);
  if (!found) return new Set();
  return new Set([...(found.plan ? [found.plan.path] : []), ...[...found.reports.values()].map((report) => report.path)]);
}

/**
 * What a unit slice keeps of a member's plan or report: no body and no reading problems (a valid
 * file has none), no title, author or date (`DISPLAY_FIELDS`), and of the figures as written only
 * the spend lines (spend-over-budget's hint reads them; no other unit rule reads how a figure was
 * written). Half the bytes of a 10,000-person company's member files; each is copied from a check
 * worker to the main thread, which decodes 130,000 of them at 10,000 people.
 */
export function memberIndex(index: FileIndex | undefined): FileIndex[] {
  if (!index) return [];
  const spend = (index.figures ?? '').split('\u0002').filter((entry) => entry.startsWith('spend\u0000'));
  const { wan: _wan, ...rest } = index;
  const member: FileIndex = { ...rest, data: withoutDisplayFields(index.data), body: '', problems: [], figures: spend.map((entry) => `\u0002${entry}`).join('') };
  if (spend.some((entry) => entry.includes('万') || entry.includes('亿'))) member.wan = true;
  return [member];
}

/**
 * Fields of a document that the unit rules, the model's slots and the rollup never read (they name
 * and date the document for readers): a unit slice is checked without them.
 */
const DISPLAY_FIELDS = new Set(['title', 'author', 'date']);

function withoutDisplayFields(data: unknown): unknown {
  if (typeof data !== 'object' || data === null) return data;
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (!DISPLAY_FIELDS.has(key)) kept[key] = value;
  return kept;
}
