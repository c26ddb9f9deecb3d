import { readFileSync } from 'node:fs';
import path from 'node:path';
import { today } from '../core/dates.ts';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { checkContentDir, loadContent, textOf, type ContentSource, type LoadResult } from '../model/load.ts';
import { defaultWorkers, loadContentParallel, PARALLEL_MIN_FILES } from '../model/load-parallel.ts';
import { listFiles } from '../model/content-files.ts';
import { listAroundPeople, type ContentListing } from '../model/list-files.ts';
import { checkFromCache, type IncrementalStats } from './check-cache.ts';
import { buildModel, type Model } from '../model/model.ts';
import { invalidFiles, type InvalidFile } from '../model/invalid-files.ts';
import { rollupOfUnits, rollupYear, type UnitRollup, type YearRollup } from '../model/rollup.ts';
import { blobAtSync, blobId, blobsAt, ChangedBaseError, changedBetween, changedSinceBase, commitOf, dirtyPaths, type BlobBatch, type ChangedRange, type WorkingTree } from './git-changes.ts';
import type { RuleCode } from './catalog.ts';
import { runRepositoryRules, runRules } from './index.ts';
import { loadMdxParser } from './mdx-body.ts';

export interface CheckResult {
  /** What was read; read by workers, a body is kept only where it may hold MDX (the one rule reading bodies). */
  load: LoadResult;
  model: Model;
  /** Every diagnostic, sorted by file, line and column. */
  diagnostics: Diagnostic<RuleCode>[];
}

/**
 * The whole of `plan check`, without any output: the one pipeline `check`, `build`, `diff` and the
 * scripts share, so they all report the same problems. `cwd` is where file names in diagnostics are
 * relative to, and the repository root whose `.github/CODEOWNERS` and ledger are checked (the CLI
 * runs there). `source` as in `loadContent` (the disk, or a Git tree for `plan diff`). A folder on
 * disk is read by `workers` worker threads (default: one per core from 5,000 files on, else none).
 */
export async function checkContent(dir: string, { asOf = today(), cwd = process.cwd(), source, workers }: { asOf?: string; cwd?: string; source?: ContentSource; workers?: number } = {}): Promise<CheckResult> {
  // Read and validate every file.
  const load = source ? await loadContent(dir, { cwd, source }) : await loadContentParallel(dir, { cwd, ...(workers === undefined ? {} : { workers }) });
  return checkLoaded(load, { asOf, cwd, dir });
}

/** One year's lines of `plan check`'s report. */
export interface YearSummary {
  year: number;
  /** Documents the model indexes. */
  documents: number;
  /** Its units' people may be left out (an incremental check keeps only their count): see `people`. */
  rollup: YearRollup;
  /** People of each unit of `rollup.units`, in order. */
  people: number[];
}

/** What `plan check` prints, however it was made. */
export interface CheckReport {
  /** Every diagnostic, sorted by file, line and column. */
  diagnostics: Diagnostic[];
  /** Content files read. */
  fileCount: number;
  invalid: InvalidFile[];
  years: YearSummary[];
}

/** The report of a full check. */
export function reportOf(result: CheckResult, asOf: string): CheckReport {
  const years = [...result.model.years.values()].sort((a, b) => a.year - b.year).map((content): YearSummary => {
    const rollup = rollupYear(content, asOf);
    return { year: content.year, documents: content.documents.length, rollup, people: rollup.units.map((unit) => unit.people.length) };
  });
  return { diagnostics: result.diagnostics, fileCount: result.load.fileCount, invalid: invalidFiles(result.load), years };
}

/**
 * The report of `plan check` of a folder on disk: `reportOf(checkContent(…))`, made without the
 * whole model where the content allows. With `workers` threads (default `defaultWorkers`) each
 * worker checks whole person folders and this thread only the slices across them (check-split.ts);
 * content a split cannot check exactly (a file reaching beyond its folder, a year without
 * org.yaml, a ledger naming the content) is checked in full.
 */
export async function checkReport(dir: string, { asOf = today(), cwd = process.cwd(), workers }: { asOf?: string; cwd?: string; workers?: number } = {}): Promise<CheckReport> {
  checkContentDir(dir, cwd);
  // Loaded here, not with this module: `plan check --changed` imports this module and never splits.
  const { manyPeople, splitCheck, startCheckWorkers } = await import('./check-split.ts');
  // Where the content looks large enough, workers load their modules while this thread lists the
  // files outside the people's folders, and then list those folders themselves.
  if (workers === undefined && manyPeople(dir)) {
    // This thread reads people's folders too (check-split.ts): one worker fewer than the cores.
    const ahead = startCheckWorkers(Math.max(1, defaultWorkers(PARALLEL_MIN_FILES) - 1));
    let listing: ContentListing;
    try {
      listing = listAroundPeople(dir);
    } catch (error) {
      ahead.stop();
      throw error;
    }
    const split = await splitCheck(dir, listing, { asOf, cwd, workers: ahead.count, ahead, least: PARALLEL_MIN_FILES });
    return split ?? reportOf(await checkContent(dir, { asOf, cwd }), asOf);
  }
  const files = await listFiles(dir);
  const count = workers ?? defaultWorkers(files.length);
  const split = count > 0 ? await splitCheck(dir, files, { asOf, cwd, workers: count }) : undefined;
  return split ?? reportOf(await checkContent(dir, { asOf, cwd, ...(workers === undefined ? {} : { workers }) }), asOf);
}

/** What `plan check --changed` did besides the report. */
export interface ChangedStats extends IncrementalStats {
  /** Content paths whose bytes differ from BASE's (added, changed or deleted). */
  changed: string[];
}

/**
 * `plan check --changed BASE`: the report of a full check of the folder on disk, made from the
 * check cache (check-cache.ts) where a change does not reach: Git names what changed since the
 * cache was made (git-changes.ts), and only those folders, their units and their years are
 * checked again. `tree` is the Git working tree holding `dir`; BASE only names what changed.
 * With `range.head` (`--changed BASE..HEAD`) the report is of that commit, which must be the one
 * checked out: the files are HEAD's blobs, and the working tree is not scanned (a CI checkout is clean).
 * `early` is what Git was asked already (git-changes.ts `askEarly`): BASE's commit, the uncommitted
 * files, the process reading HEAD's files (ended here when unused).
 */
export async function checkChanged(dir: string, { asOf = today(), cwd = process.cwd(), tree, range, early }: { asOf?: string; cwd?: string; tree: WorkingTree; range: ChangedRange; early?: { base: Promise<string | undefined>; dirty: Promise<Set<string> | undefined>; batch?: BlobBatch | undefined } }): Promise<{ report: CheckReport; stats: ChangedStats }> {
  const { base } = range;
  // HEAD is the commit checked out, known already: no process asked.
  const head = range.head === undefined ? undefined : range.head === 'HEAD' && tree.head !== undefined ? tree.head : await commitOf(tree, range.head);
  if (head !== undefined && head !== tree.head) throw new ChangedBaseError({
      zh: `--changed ${base}..${range.head} 无效：${range.head} 不是 ${tree.top} 中当前检出的提交；请先检出它（或用 --changed ${base} 比较工作区）`,
      en: `Unexpected --changed ${base}..${range.head}: ${range.head} is not the commit checked out in ${tree.top}, expected it checked out (or --changed ${base} to compare the working tree)`,
    });
  // Git is asked in other processes while the cache is read: `git status` (the longest) only for the working tree.
  let dirty = head === undefined ? (early ? early.dirty.then((paths) => paths ?? dirtyPaths(tree)) : dirtyPaths(tree)) : undefined;
  const committed = (early ? early.base.then((commit) => commit ?? commitOf(tree, base)) : commitOf(tree, base)).then((commit) => (tree.head ? changedBetween(tree, commit, tree.head) : undefined));
  // Their errors are reported where they are awaited, after the cache's (a missing folder first).
  for (const asked of [dirty, committed]) asked?.catch(() => undefined);
  let cached: Awaited<ReturnType<typeof checkFromCache>>;
  try {
    cached = await checkFromCache(dir, { asOf, cwd, tree, dirty: () => (dirty ??= dirtyPaths(tree)), ...(head === undefined ? {} : { head: filesAt(tree, head, early?.batch) }) });
  } finally {
    early?.batch?.close();
  }
  const changed = changedSinceBase(tree, await committed, head === undefined ? await (dirty ?? new Set<string>()) : new Set<string>(), base);
  const stats = { ...cached.stats, changed };
  if ('load' in cached) return { report: reportOf(await checkLoaded(cached.load, { asOf, cwd, dir }), asOf), stats };
  const { report, repository } = cached;
  const diagnostics = [...report.diagnostics, ...(await runRepositoryRules(repository, { root: cwd, contentDir: dir }))].sort(compareDiagnostics);
  const years = report.years.map(({ year, documents, org, units }): YearSummary => ({
    year,
    documents,
    rollup: rollupOfUnits(year, org, units.flatMap(({ rollup }): UnitRollup[] => (rollup ? [rollup] : []))),
    people: units.map(({ people }) => people),
  }));
  return { report: { diagnostics, fileCount: report.fileCount, invalid: report.invalid, years }, stats };
}

/**
 * A commit's files for the check cache: in batches (`blobsAt`; the first by `batch` when given), and one by one where a report needs
 * a position in a file, those of the batches kept. A file beside a batch's (a monthly plan's figure
 * is reported against the person's annual plan) is read from disk when its bytes there are the
 * commit's blob, as in a clean checkout: a `git` process for each took longer than the rest of its report.
 */
function filesAt(tree: WorkingTree, commit: string, batch?: BlobBatch): { blobs: (paths: readonly string[]) => Promise<ReadonlyMap<string, Buffer | null>>; text: (relative: string) => string } {
  const read = new Map<string, Buffer | null>();
  const ids = new Map<string, string>();
  const folder = path.join(tree.top, tree.prefix);
  const onDisk = (relative: string): Buffer | undefined => {
    const id = ids.get(relative);
    if (id === undefined) return undefined;
    try {
      const bytes = readFileSync(path.join(folder, relative));
      return blobId(bytes, tree.hash) === id ? bytes : undefined;
    } catch {
      return undefined;
    }
  };
  return {
    blobs: async (paths) => {
      const folders = [...new Set(paths.map((relative) => path.posix.dirname(relative)))].filter((name) => name !== '.');
      // The process started ahead answers the first batch (askEarly), a new one any other.
      const found = await blobsAt(tree, commit, paths, folders, batch);
      batch = undefined;
      for (const [relative, bytes] of found.blobs) read.set(relative, bytes);
      for (const [relative, id] of found.ids) ids.set(relative, id);
      return found.blobs;
    },
    text: (relative) => textOf(read.get(relative) ?? onDisk(relative) ?? blobAtSync(tree, commit, relative)),
  };
}

async function checkLoaded(load: LoadResult, { asOf, cwd, dir }: { asOf: string; cwd: string; dir: string }): Promise<CheckResult> {
  // Index by year, unit, person and month.
  const model = buildModel(load);
  // Load the MDX parser only if a body needs it.
  await loadMdxParser(load.documents);
  // Run the rules over each year, then over the repository around the content.
  const diagnostics = [...load.diagnostics, ...runRules(model, asOf), ...(await runRepositoryRules(load, { root: cwd, contentDir: dir }))];
  // Sort by file, line and column.
  return { load, model, diagnostics: diagnostics.sort(compareDiagnostics) };
}
