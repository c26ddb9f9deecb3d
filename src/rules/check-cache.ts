import { createHash } from 'node:crypto';
import { config as zodConfig } from 'zod';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics.ts';
import { mayHoldMdx } from '../mdx/may-hold-mdx.ts';
import { listFiles } from '../model/content-files.ts';
import { refuseLinks } from '../model/list-files.ts';
import { invalidFiles, type InvalidFile } from '../model/invalid-files.ts';
import { checkContentDir, indexFileOnDisk, textOf, type FileIndex, type LoadResult } from '../model/load.ts';
import { defaultWorkers, indexInWorkers, loadFromIndexes } from '../model/load-parallel.ts';
import type { UnitRollup } from '../model/rollup.ts';
import type { Org } from '../schemas/index.ts';
import type { RuleCode } from './catalog.ts';
import { folderOf, folderParts, isRegular, memberIndex, memberPaths, reportPath, runFolderRules, runUnitRules, runYearRules, sliceOf, unitOfPerson, type Place, type SliceContext } from './check-scopes.ts';
import { changedBetween, type WorkingTree } from './git-changes.ts';

/**
 * The check cache of `plan check --changed` (`.planbook-cache/check/`), read in parts: `state.json`
 * holds what a report needs (each folder's reading diagnostics, invalid files and counts, the
 * reports of its `folder` rules, each unit's reports and rollup line, each year's reports) and the
 * commit and uncommitted files it describes; each folder's file indexes and each unit's members'
 * plans and reports are files of their own, named by their content and read only when a change
 * reaches them. Safe to delete; never trusted across Planbook versions (a hash of the code that
 * makes it), another `--as-of` or content folder; each file written atomically, `state.json` last.
 */
export const CACHE_DIR = path.join('.planbook-cache', 'check');

type Report = Diagnostic<RuleCode>;
type AnyDiagnostic = Diagnostic;

/**
 * Each list is left out when empty, as nearly all are: a third of state.json's bytes, which every
 * run reads and every change writes.
 */
interface FolderRecord {
  /** The file in `folders/` holding the folder's indexes. */
  file: string;
  /** Content files (not counting files of other types). */
  files: number;
  /** Documents the model indexes (the first file of each slot). */
  documents: number;
  /** Reading diagnostics of its files. */
  load?: AnyDiagnostic[];
  invalid?: InvalidFile[];
  invalidPaths?: string[];
  /** A person's folder: what the `folder` rules report at its files, and the unit the person counts in. */
  rules?: Report[];
  unit?: string;
}

/** `{ [key]: list }`, or nothing when the list is empty. */
const listed = <K extends string, T>(key: K, list: T[]): Partial<Record<K, T[]>> => (list.length > 0 ? ({ [key]: list } as Record<K, T[]>) : {});

interface UnitRecord {
  /**
   * The files in `units/` holding its members' plan and report indexes (person → indexes), the
   * members split by `chunkOf`: a change to one person reads and rewrites a 64th of them.
   */
  files: string[];
  diagnostics: Report[];
  rollup?: UnitRollup;
  people: number;
}

interface YearRecord {
  diagnostics: Report[];
  /** What the year's rollup reads of org.yaml. */
  org: Pick<Org, 'company' | 'targets'> | undefined;
  /** org.yaml's units, in order: the rollup's lines. */
  units: string[];
}

interface State {
  version: string;
  /** As-of date and content folder the reports were made for. */
  key: string;
  /** The commit the cache describes, and the content paths that differed from it in the working tree then. */
  commit: string;
  dirty: string[];
  /** By folder; kept in shards (`FolderTable`), read when asked for. */
  folders: Record<string, FolderRecord>;
  /** By `<year>/<unit>`. */
  units: Record<string, UnitRecord>;
  years: Record<string, YearRecord>;
}

/** What a shard of the folder records adds to a report, kept in state.json. */
interface ShardSummary {
  /** The file in `shards/` holding its folders' records. */
  file: string;
  /** Content files of its folders. */
  files: number;
  /** Documents of its folders, by year. */
  documents: Record<string, number>;
}

/**
 * state.json: the state but for the folder records, which are in SHARDS files of `shards/`, with
 * what a report reads of them: each shard's counts and the records of the few folders with
 * diagnostics or invalid files (`listed`). 10,000 folder records were 1 MB that every run parsed
 * and every change wrote again; now a change to one folder reads and writes one shard (issue 13).
 */
interface StateFile extends Omit<State, 'folders'> {
  shards: ShardSummary[];
  listed: Record<string, FolderRecord>;
}

const SHARDS = 64;

/** The shard holding a folder's record. */
function shardOf(folder: string): number {
  let hash = 0;
  for (let index = 0; index < folder.length; index++) hash = (hash * 31 + folder.charCodeAt(index)) >>> 0;
  return hash % SHARDS;
}

/** What a table's `records` give for their table. */
const TABLE = Symbol('table');

const hasLists = (record: FolderRecord) => record.load !== undefined || record.invalid !== undefined || record.invalidPaths !== undefined || record.rules !== undefined;

/**
 * The folder records as an object (`records`) whose shards are read from the cache when first
 * asked for (a folder's record, or every key); shards set or deleted in are written by `commit`.
 */
class FolderTable {
  readonly #shards: (Record<string, FolderRecord> | undefined)[];
  readonly #summaries: (ShardSummary | undefined)[];
  /** state.json's records of folders with lists, for shards not changed since. */
  readonly #listed: Record<string, FolderRecord>;
  readonly #changed = new Set<number>();
  readonly #store: Store;
  readonly records: Record<string, FolderRecord>;

  constructor(store: Store, file: Pick<StateFile, 'shards' | 'listed'> | undefined, records?: Record<string, FolderRecord>) {
    this.#store = store;
    this.#summaries = file ? file.shards : Array.from({ length: SHARDS }, () => undefined);
    this.#listed = file ? file.listed : {};
    this.#shards = Array.from({ length: SHARDS }, () => (file ? undefined : {}));
    if (!file) for (let index = 0; index < SHARDS; index++) this.#changed.add(index);
    for (const [folder, record] of Object.entries(records ?? {})) (this.#shards[shardOf(folder)] as Record<string, FolderRecord>)[folder] = record;
    const shard = (folder: string | symbol) => (typeof folder === 'string' ? this.#shard(shardOf(folder)) : {});
    this.records = new Proxy({} as Record<string, FolderRecord>, {
      get: (_, folder) => (folder === TABLE ? this : typeof folder === 'string' && Object.hasOwn(shard(folder), folder) ? shard(folder)[folder] : undefined),
      has: (_, folder) => typeof folder === 'string' && Object.hasOwn(shard(folder), folder),
      set: (_, folder, record: FolderRecord) => {
        if (typeof folder !== 'string') return false;
        shard(folder)[folder] = record;
        this.#changed.add(shardOf(folder));
        return true;
      },
      deleteProperty: (_, folder) => {
        if (typeof folder !== 'string') return false;
        delete shard(folder)[folder];
        this.#changed.add(shardOf(folder));
        return true;
      },
      ownKeys: () => this.#shards.flatMap((_, index) => Object.keys(this.#shard(index))).sort(),
      getOwnPropertyDescriptor: (_, folder) => (typeof folder === 'string' && Object.hasOwn(shard(folder), folder) ? { value: shard(folder)[folder], writable: true, enumerable: true, configurable: true } : undefined),
    });
  }

  #shard(index: number): Record<string, FolderRecord> {
    let shard = this.#shards[index];
    if (!shard) {
      const file = this.#summaries[index]?.file;
      this.#shards[index] = shard = file === undefined ? {} : this.#store.read<Record<string, FolderRecord>>('shards', file);
    }
    return shard;
  }

  /** Records of the folders with diagnostics or invalid files, sorted by folder. */
  listed(): [string, FolderRecord][] {
    const out = Object.entries(this.#listed).filter(([folder]) => !this.#changed.has(shardOf(folder)));
    for (const index of this.#changed) for (const [folder, record] of Object.entries(this.#shard(index))) if (hasLists(record)) out.push([folder, record]);
    return out.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  /** Content files, and documents by year, of every folder. */
  counts(): { files: number; documents: Map<number, number> } {
    let files = 0;
    const documents = new Map<number, number>();
    for (let index = 0; index < SHARDS; index++) {
      const summary = this.#changed.has(index) ? undefined : this.#summaries[index];
      const { files: count, documents: byYear } = summary ?? this.#summary(index);
      files += count;
      for (const [year, number] of Object.entries(byYear)) documents.set(Number(year), (documents.get(Number(year)) ?? 0) + number);
    }
    return { files, documents };
  }

  #summary(index: number): Omit<ShardSummary, 'file'> {
    const summary = { files: 0, documents: {} as Record<string, number> };
    for (const [folder, record] of Object.entries(this.#shard(index))) {
      summary.files += record.files;
      // A folder counts in its year: `2026`, `2026/people/…`; '' (outside any year) in none.
      if (folder !== '') summary.documents[folderParts(folder).year] = (summary.documents[folderParts(folder).year] ?? 0) + record.documents;
    }
    return summary;
  }

  /** Writes the changed shards; what state.json holds of the folders. */
  write(): Pick<StateFile, 'shards' | 'listed'> {
    const shards = this.#summaries.map((summary, index): ShardSummary => {
      if (summary && !this.#changed.has(index)) return summary;
      return { file: this.#store.write('shards', this.#shard(index), summary?.file), ...this.#summary(index) };
    });
    return { shards, listed: Object.fromEntries(this.listed()) };
  }
}

/** One year's lines of the report: what `plan check` prints after the diagnostics. */
export interface CachedYear {
  year: number;
  documents: number;
  org: Pick<Org, 'company' | 'targets'> | undefined;
  units: { rollup: UnitRollup | undefined; people: number }[];
}

/** What the cache gives a report: everything but the repository rules. */
export interface CachedReport {
  diagnostics: AnyDiagnostic[];
  fileCount: number;
  invalid: InvalidFile[];
  years: CachedYear[];
}

/** What an incremental check did, for the summary line. */
export interface IncrementalStats {
  files: number;
  /** Files read and parsed because the cache did not describe them. */
  parsed: string[];
  /** Why the cache could not be written (the report is a full check's all the same), e.g. `EACCES: permission denied, mkdir '.planbook-cache/check'`. */
  unwritable?: string;
}

/** A file-system error writing the cache: the check goes on without it. */
function cacheWriteError(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code && ['ENOTDIR', 'EACCES', 'EPERM', 'EROFS', 'ENOSPC', 'EEXIST', 'EISDIR', 'EDQUOT'].includes(code) ? (error as Error).message : undefined;
}

const CODE_ROOT = path.resolve(import.meta.dirname, '..');

/**
 * Identifies the code that makes the cache: the layers reading a file and the rules (core, model,
 * schemas, mdx, rules) and Node's version. Any change, and the whole cache is ignored.
 */
function codeVersion(): string {
  const hash = createHash('sha1').update(process.version);
  for (const folder of ['core', 'model', 'schemas', 'mdx', 'rules']) {
    const dir = path.join(CODE_ROOT, folder);
    for (const file of readdirSync(dir, { recursive: true }).map(String).filter((name) => name.endsWith('.ts')).sort()) {
      hash.update(`${folder}/${file}\0`).update(readFileSync(path.join(dir, file)));
    }
  }
  return hash.digest('hex');
}

class Store {
  readonly root: string;
  /** Files written by this run; the ones they replace are removed once state.json no longer names them. */
  readonly replaced: string[] = [];
  constructor(cwd: string) {
    this.root = path.join(cwd, CACHE_DIR);
  }

  /** The folder records of the state read or committed last. */
  table: FolderTable | undefined;

  readState(): State | undefined {
    try {
      const { shards, listed, ...state } = JSON.parse(readFileSync(path.join(this.root, 'state.json'), 'utf8')) as StateFile;
      if (!Array.isArray(shards) || shards.length !== SHARDS || typeof listed !== 'object') return undefined;
      this.table = new FolderTable(this, { shards, listed });
      return { ...state, folders: this.table.records };
    } catch {
      // Missing, half-written by an older tool, or not ours: start afresh.
      return undefined;
    }
  }

  /**
   * Folder files parsed by this run: the year's top (org.yaml's index, 1 MB at 10,000 people) is
   * read by the update and again by the repository rules. Unit files are not kept: an update edits
   * the chunks it reads.
   */
  readonly #folders = new Map<string, unknown>();

  read<T>(kind: 'folders' | 'units' | 'shards', file: string): T {
    const kept = kind === 'folders' ? this.#folders.get(file) : undefined;
    if (kept !== undefined) return kept as T;
    const value = JSON.parse(readFileSync(path.join(this.root, kind, file), 'utf8')) as T;
    if (kind === 'folders') this.#folders.set(file, value);
    return value;
  }

  /** Writes `value` under a name made of its content; gives the name. */
  write(kind: 'folders' | 'units' | 'shards', value: unknown, replaces?: string): string {
    const text = JSON.stringify(value);
    const name = `${createHash('sha1').update(text).digest('hex').slice(0, 24)}.json`;
    const full = path.join(this.root, kind, name);
    if (!existsSync(full)) {
      mkdirSync(path.dirname(full), { recursive: true });
      // Renamed into place, so never seen half-written; not synced to disk one by one (10,000
      // fsyncs took minutes): after a crash a file that does not parse is a cache miss.
      const temp = `${full}.${process.pid}.tmp`;
      writeFileSync(temp, text);
      renameSync(temp, full);
    }
    if (replaces && replaces !== name) this.replaced.push(path.join(kind, replaces));
    return name;
  }

  /** Writes `state`: its changed folder shards (all of a state made afresh), then state.json. */
  commit(state: State): FolderTable {
    if (this.table?.records !== state.folders) {
      this.table = new FolderTable(this, undefined, state.folders);
      state.folders = this.table.records;
    }
    const { folders: _folders, ...rest } = state;
    const file: StateFile = { ...rest, ...this.table.write() };
    mkdirSync(this.root, { recursive: true });
    // Renamed into place like the parts, and not synced to disk either (a wait on a busy disk in
    // every run): after a crash, a state.json that does not parse or names a missing part is a miss.
    const [full, temp] = [path.join(this.root, 'state.json'), path.join(this.root, `state.json.${process.pid}.tmp`)];
    writeFileSync(temp, JSON.stringify(file));
    renameSync(temp, full);
    for (const file of this.replaced) rmSync(path.join(this.root, file), { force: true });
    return this.table;
  }

  clear(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}

/** Up to this many files to read, zod checks them without compiling its parsers. */
const FEW_FILES = 20;

/** A file's index, made as a worker makes it (load-worker.ts). */
const indexOne = (dir: string, relative: string): FileIndex => indexFileOnDisk(dir, relative, { keepBody: mayHoldMdx });

/** A file's index where the check reads it (the disk, or a commit's tree); undefined when no file is there. */
type Reader = (relative: string) => FileIndex | undefined;

const diskReader =
  (dir: string): Reader =>
  (relative) =>
    isFile(path.join(dir, relative)) ? indexOne(dir, relative) : undefined;

/** Files of a commit's tree, indexed as from disk (their bytes decoded by load.ts `textOf`). */
function blobReader(dir: string, blobs: ReadonlyMap<string, Buffer | null>): Reader {
  return (relative) => {
    const bytes = blobs.get(relative);
    return bytes ? indexFileOnDisk(dir, relative, { read: () => textOf(bytes), keepBody: mayHoldMdx }) : undefined;
  };
}

async function indexAll(dir: string, files: readonly string[]): Promise<FileIndex[]> {
  return defaultWorkers(files.length) > 0 ? indexInWorkers(dir, files) : files.map((file) => indexOne(dir, file));
}

/** Options of a check from the cache. */
export interface IncrementalOptions {
  asOf: string;
  cwd: string;
  tree: WorkingTree;
  /** Content paths that differ from HEAD in the working tree (git-changes.ts `dirtyPaths`): asked once, when needed. */
  dirty: () => Promise<ReadonlySet<string>>;
  /**
   * `--changed BASE..HEAD`: the report is of HEAD's tree. `blobs` gives its files' bytes by content
   * path (git-changes.ts `blobsAt`, null for none), `text` one file's text where a report needs a
   * position in it. The working tree is then asked about only when there is no cache: a full read of
   * disk is corrected where it differs from HEAD.
   */
  head?: { blobs: (paths: readonly string[]) => Promise<ReadonlyMap<string, Buffer | null>>; text: (relative: string) => string };
}

/**
 * `plan check` of the folder on disk from the cache: only folders a change reaches are read again
 * and only rules over what they feed re-run (check-scopes.ts). Without a usable cache, every file
 * is read and the cache made afresh; when the content reaches across folders (`isRegular`) nothing
 * is cached and `load` is given for a full check.
 */
export async function checkFromCache(dir: string, options: IncrementalOptions): Promise<{ report: CachedReport; repository: RepositoryInputs; stats: IncrementalStats } | { load: LoadResult; stats: IncrementalStats }> {
  const { asOf, cwd, tree } = options;
  checkContentDir(dir, cwd);
  const place: Place = { dir, cwd, ...(options.head ? { read: options.head.text } : {}) };
  const store = new Store(cwd);
  const version = codeVersion();
  const key = JSON.stringify({ asOf, content: path.relative(cwd, dir), prefix: tree.prefix });
  const state = store.readState();
  if (state && state.version === version && state.key === key && tree.head) {
    const committed = await changedBetween(tree, state.commit, tree.head);
    // HEAD's tree has no uncommitted files.
    const dirty = options.head ? new Set<string>() : await options.dirty();
    // A link among them is refused as a full check's listing refuses it (list-files.ts).
    refuseLinks(dir, dirty);
    if (committed) {
      const touched = new Set([...committed.keys(), ...state.dirty, ...dirty]);
      const read = options.head ? blobReader(dir, await options.head.blobs([...touched])) : diskReader(dir);
      let parsed: string[] | undefined;
      // zod compiles a schema's parser on its first use: worth it for thousands of files, not for
      // the few a change touches (the first file took 13-40 ms with it, 5-24 ms without).
      const jitless = touched.size <= FEW_FILES;
      if (jitless) zodConfig({ jitless: true });
      try {
        parsed = attempt(() => updateState(state, touched, place, asOf, store, read));
      } catch (error) {
        // Not writable: the full check below says so.
        if (cacheWriteError(error) === undefined) throw error;
      } finally {
        if (jitless) zodConfig({ jitless: false });
      }
      if (parsed) {
        const described = [...dirty].sort();
        // Nothing to write when the cache already describes this content (a second run).
        const current = touched.size === 0 && state.commit === tree.head && described.join('\0') === state.dirty.join('\0');
        state.commit = tree.head;
        state.dirty = described;
        const table = current ? (store.table as FolderTable) : store.commit(state);
        const report = reportOf(state, table);
        return { report, repository: repositoryInputs(state, table, place, store), stats: { files: report.fileCount, parsed } };
      }
    }
  }
  const files = await listFiles(dir);
  let indexes = await indexAll(dir, files);
  let dirty = await options.dirty();
  if (options.head) {
    // HEAD's tree: the files that differ from it on disk are read from it instead.
    const read = blobReader(dir, await options.head.blobs([...dirty]));
    const atHead = [...dirty].flatMap((file) => read(file) ?? []);
    indexes = [...indexes.filter((index) => !dirty.has(index.path)), ...atHead].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    dirty = new Set();
  }
  const read = indexes.filter((index) => index.kind !== 'unknown-file');
  const stats = { files: read.length, parsed: read.map((index) => index.path) };
  let fresh: State | undefined;
  let table: FolderTable | undefined;
  let unwritable: string | undefined;
  try {
    store.clear();
    fresh = tree.head ? freshState(indexes, place, asOf, store) : undefined;
    if (fresh) {
      Object.assign(fresh, { version, key, commit: tree.head, dirty: [...dirty].sort() });
      table = store.commit(fresh);
    }
  } catch (error) {
    unwritable = cacheWriteError(error);
    if (unwritable === undefined) throw error;
    fresh = undefined;
  }
  if (!fresh || !table || !tree.head) {
    const load = loadFromIndexes(dir, cwd, place.read);
    for (const index of indexes) load.add(index);
    return { load: load.finish(), stats: unwritable === undefined ? stats : { ...stats, unwritable } };
  }
  return { report: reportOf(fresh, table), repository: repositoryInputs(fresh, table, place, store), stats };
}

/** What the repository rules read of the content (index.ts `runRepositoryRules`). */
export type RepositoryInputs = Pick<LoadResult, 'orgs' | 'invalid' | 'documents'>;

/**
 * The repository rules' inputs from the cache; the org files and documents are read when a rule
 * asks for them (CODEOWNERS compares the org files; only a ledger with records about this content
 * makes the ledger rule read every document).
 */
function repositoryInputs(state: State, table: FolderTable, place: Place, store: Store): RepositoryInputs {
  const loadOf = (folders: string[]) => {
    const load = loadFromIndexes(place.dir, place.cwd, place.read);
    for (const folder of folders.sort()) for (const index of store.read<FileIndex[]>('folders', state.folders[folder]?.file ?? '')) load.add(index);
    return load.finish();
  };
  return {
    invalid: table.listed().flatMap(([, record]) => record.invalidPaths ?? []).sort(),
    // The org files are at the years' tops (\`isRegular\`), and every year of the cache has one.
    get orgs() {
      return loadOf(Object.keys(state.years).filter((year) => state.folders[year] !== undefined)).orgs;
    },
    get documents() {
      return loadOf(Object.keys(state.folders)).documents;
    },
  };
}

/** `update`'s result, or undefined when a part of the cache is missing, does not parse (deleted, or cut short by a crash) or is not of its shape. */
function attempt<T>(update: () => T | undefined): T | undefined {
  try {
    return update();
  } catch (error) {
    // A part of the wrong shape (written by something else) reads as a TypeError: a miss too.
    if (error instanceof SyntaxError || error instanceof TypeError || (error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The report the cache holds: the folders with lists, and each shard's counts. */
function reportOf(state: State, table: FolderTable): CachedReport {
  const [load, rules, invalid]: [AnyDiagnostic[], AnyDiagnostic[], InvalidFile[]] = [[], [], []];
  const { files, documents } = table.counts();
  for (const [, record] of table.listed()) {
    if (record.load) load.push(...record.load);
    if (record.rules) rules.push(...record.rules);
    if (record.invalid) invalid.push(...record.invalid);
  }
  const diagnostics = [...load, ...rules];
  for (const unit of Object.keys(state.units).sort()) diagnostics.push(...(state.units[unit]?.diagnostics ?? []));
  for (const year of Object.keys(state.years).sort()) diagnostics.push(...(state.years[year]?.diagnostics ?? []));
  const years = Object.entries(state.years).map(([year, record]): CachedYear => ({
    year: Number(year),
    documents: documents.get(Number(year)) ?? 0,
    org: record.org,
    units: record.units.map((unit) => ({ rollup: state.units[`${year}/${unit}`]?.rollup, people: state.units[`${year}/${unit}`]?.people ?? 0 })),
  }));
  return { diagnostics, fileCount: files, invalid: invalid.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), years: years.sort((a, b) => a.year - b.year) };
}

/** A folder's record but for its rules: reading diagnostics, invalid files, counts. */
function folderRecord(place: Place, folder: string, indexes: FileIndex[], store: Store, replaces?: string): FolderRecord {
  const { load, content } = sliceOf(place, indexes, folderParts(folder).year);
  return {
    file: store.write('folders', indexes, replaces),
    files: load.fileCount,
    documents: content?.documents.length ?? 0,
    ...listed('load', load.diagnostics),
    ...listed('invalid', invalidFiles(load)),
    ...listed('invalidPaths', load.invalid),
  };
}

const orgsOf = (indexes: readonly FileIndex[]) => indexes.filter((index) => index.kind === 'org' || index.kind === 'partial-org');

/** The cache made from every file's index; undefined when the content reaches across folders or a year has no org.yaml. */
function freshState(indexes: FileIndex[], place: Place, asOf: string, store: Store): State | undefined {
  if (!indexes.every(isRegular)) return undefined;
  const byFolder = new Map<string, FileIndex[]>();
  for (const index of indexes) {
    const folder = folderOf(index.path);
    byFolder.set(folder, [...(byFolder.get(folder) ?? []), index]);
  }
  const state: State = { version: '', key: '', commit: '', dirty: [], folders: {}, units: {}, years: {} };
  for (const [folder, files] of byFolder) state.folders[folder] = folderRecord(place, folder, files, store);
  const years = new Set([...byFolder.keys()].filter((folder) => folder !== '').map((folder) => folderParts(folder).year));
  for (const year of years) {
    const ofYear = indexes.filter((index) => folderParts(folderOf(index.path)).year === year);
    const { content } = sliceOf(place, ofYear, year);
    const org = content?.org?.data;
    if (!content || !org || orgsOf(byFolder.get(String(year)) ?? []).length === 0) return undefined;
    const context: SliceContext = { asOf, invalid: invalidOfYear(state, year) };
    // Every folder's reports at once, then each kept by the folder it is at.
    const yearReports: Report[] = [];
    for (const report of runFolderRules(content, context, undefined, () => true, place)) {
      const folder = folderOf(reportPath(place, report.file));
      const record = folderParts(folder).kind === 'person' ? state.folders[folder] : undefined;
      if (record) (record.rules ??= []).push(report);
      else yearReports.push(report);
    }
    const members = new Map<string, Chunks>();
    const byPath = new Map(ofYear.map((index) => [index.path, index]));
    for (const [folder, record] of Object.entries(state.folders)) {
      const { year: of, kind, id } = folderParts(folder);
      if (of !== year || kind !== 'person') continue;
      const unit = unitOfPerson(content, org, id);
      if (unit === undefined) continue;
      record.unit = unit;
      const paths = memberPaths(content, id);
      let ofUnit = members.get(unit);
      if (!ofUnit) members.set(unit, (ofUnit = noChunks()));
      (ofUnit[chunkOf(id)] as Chunk)[id] = [...paths].flatMap((file) => memberIndex(byPath.get(file)));
    }
    const units = new Set([...org.units.map((unit) => unit.id), ...members.keys(), ...[...byFolder.keys()].flatMap((folder) => (folderParts(folder).kind === 'unit' && folderParts(folder).year === year ? [folderParts(folder).id] : []))]);
    for (const unit of units) state.units[`${year}/${unit}`] = unitRecord(state, place, year, unit, members.get(unit) ?? noChunks(), orgsOf(byFolder.get(String(year)) ?? []), byFolder.get(`${year}/units/${unit}`) ?? [], asOf, store);
    state.years[String(year)] = { diagnostics: [...yearReports, ...runYearRules(content, context)], org: { company: org.company, targets: org.targets }, units: org.units.map((unit) => unit.id) };
  }
  return state;
}

function invalidOfYear(state: State, year: number): Set<string> {
  const out = new Set<string>();
  for (const [folder, record] of listedOf(state)) if (record.invalidPaths && inYear(folder, year)) for (const file of record.invalidPaths) out.add(file);
  return out;
}

/** The records of folders with lists: the table's, or every folder of a state being made afresh (not yet in a table). */
function listedOf(state: State): [string, FolderRecord][] {
  const table = (state.folders as unknown as Record<symbol, FolderTable | undefined>)[TABLE];
  return table ? table.listed() : Object.entries(state.folders).filter(([, record]) => hasLists(record));
}

/** Is a folder (`2026`, `2026/people/…`) of `year`? A prefix test: 10,000 folders are asked on each run. */
function inYear(folder: string, year: number): boolean {
  const prefix = String(year);
  return folder === prefix || folder.startsWith(`${prefix}/`);
}

type Chunk = Record<string, FileIndex[]>;
type Chunks = Chunk[];
const CHUNKS = 64;
const noChunks = (): Chunks => Array.from({ length: CHUNKS }, () => ({}));

/** Which of a unit's member files holds a person. */
function chunkOf(person: string): number {
  let hash = 0;
  for (let index = 0; index < person.length; index++) hash = (hash * 31 + person.charCodeAt(index)) >>> 0;
  return hash % CHUNKS;
}

/**
 * A unit's slice: org.yaml, its folder and its members' plans and reports; its rules' reports and
 * rollup line. Member files other than `rewrite` (all when absent) are kept as `old` names them.
 */
function unitRecord(state: State, place: Place, year: number, unit: string, members: Chunks, orgs: FileIndex[], folder: FileIndex[], asOf: string, store: Store, old?: UnitRecord, rewrite?: ReadonlySet<number>): UnitRecord {
  const indexes = [...orgs, ...folder, ...members.flatMap((chunk) => Object.values(chunk).flat())];
  const { content } = sliceOf(place, indexes, year);
  // A person's invalid files count for the unit the person is in, or for every unit when it is unknown (`invalidPeopleFiles`).
  const invalid = new Set([...invalidOfYear(state, year)].filter((file) => {
    const record = folderParts(folderOf(file)).kind === 'person' ? state.folders[folderOf(file)] : undefined;
    return !record || record.unit === undefined || record.unit === unit;
  }));
  const result = content ? runUnitRules(content, unit, { asOf, invalid }) : { diagnostics: [], rollup: undefined, people: 0 };
  const files = members.map((chunk, index) => {
    const kept = old?.files[index];
    return kept !== undefined && rewrite && !rewrite.has(index) ? kept : store.write('units', chunk, kept);
  });
  return { files, diagnostics: result.diagnostics, ...(result.rollup ? { rollup: result.rollup } : {}), people: result.people };
}

/**
 * Brings `state` up to date with the files at `touched` (content paths that may differ from what
 * it describes), as `read` finds them: their folders are read again, their people's `folder` rules, their units and
 * their years re-run. Gives the files parsed, or undefined when only a full check is exact (a
 * change to org.yaml or outside any year, or a file reaching across folders).
 */
function updateState(state: State, touched: ReadonlySet<string>, place: Place, asOf: string, store: Store, read: Reader): string[] | undefined {
  const byFolder = new Map<string, string[]>();
  for (const file of touched) byFolder.set(folderOf(file), [...(byFolder.get(folderOf(file)) ?? []), file]);
  if (byFolder.has('')) return undefined;
  const parsed: string[] = [];
  const fresh = new Map<string, FileIndex[]>();
  for (const [folder, files] of byFolder) {
    const record = state.folders[folder];
    const indexes = new Map((record ? store.read<FileIndex[]>('folders', record.file) : []).map((index) => [index.path, index]));
    for (const file of files) {
      indexes.delete(file);
      const index = read(file);
      if (!index) continue;
      indexes.set(file, index);
      parsed.push(file);
    }
    const sorted = [...indexes.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
    if (!sorted.every(isRegular)) return undefined;
    fresh.set(folder, sorted);
  }
  const years = new Set([...byFolder.keys()].map((folder) => folderParts(folder).year));
  for (const year of years) if (!updateYear(state, year, fresh, touched, place, asOf, store)) return undefined;
  return parsed.sort();
}

/** The same files' indexes, in any order (a slice sorts them). */
function sameIndexes(a: readonly FileIndex[], b: readonly FileIndex[]): boolean {
  const text = (list: readonly FileIndex[]) => JSON.stringify([...list].sort((x, y) => (x.path < y.path ? -1 : x.path > y.path ? 1 : 0)));
  return text(a) === text(b);
}

function isFile(full: string): boolean {
  try {
    return statSync(full).isFile();
  } catch {
    return false;
  }
}

function updateYear(state: State, year: number, fresh: ReadonlyMap<string, FileIndex[]>, touched: ReadonlySet<string>, place: Place, asOf: string, store: Store): boolean {
  const top = String(year);
  const topRecord = state.folders[top];
  if (!topRecord || !state.years[top]) return false;
  const oldTop = store.read<FileIndex[]>('folders', topRecord.file);
  const orgs = orgsOf(oldTop);
  // org.yaml is read by every rule of the year: a change to it is checked in full.
  if (fresh.has(top) && JSON.stringify(orgsOf(fresh.get(top) ?? [])) !== JSON.stringify(orgs)) return false;
  const org = sliceOf(place, orgs, year).content?.org?.data;
  if (!org) return false;
  const changed = [...fresh.keys()].filter((folder) => folderParts(folder).year === year);
  const before = new Map(changed.map((folder) => [folder, state.folders[folder]]));
  for (const folder of changed) {
    const indexes = fresh.get(folder) ?? [];
    if (indexes.length === 0) {
      const old = state.folders[folder];
      if (old) store.replaced.push(path.join('folders', old.file));
      delete state.folders[folder];
    } else state.folders[folder] = folderRecord(place, folder, indexes, store, state.folders[folder]?.file);
  }
  const context: SliceContext = { asOf, invalid: invalidOfYear(state, year) };
  // The changed people: their folders' reports and the unit each now counts in.
  const people = changed.filter((folder) => folderParts(folder).kind === 'person' && state.folders[folder]);
  const units = new Set(changed.filter((folder) => folderParts(folder).kind === 'unit').map((folder) => folderParts(folder).id));
  const unitFolders = new Set(units);
  const memberIndexes = new Map<string, FileIndex[]>();
  if (people.length > 0) {
    const { content } = sliceOf(place, [...orgs, ...people.flatMap((folder) => fresh.get(folder) ?? [])], year);
    const ids = new Set(people.map((folder) => folderParts(folder).id));
    const inPeople = new Set(people);
    if (!content) return false;
    const reports = runFolderRules(content, context, ids, (file) => inPeople.has(folderOf(file)), place, true);
    for (const folder of people) {
      const record = state.folders[folder] as FolderRecord;
      const id = folderParts(folder).id;
      const rules = reports.filter((report) => folderOf(reportPath(place, report.file)) === folder);
      if (rules.length > 0) record.rules = rules;
      else delete record.rules;
      const unit = unitOfPerson(content, org, id);
      if (unit === undefined) delete record.unit;
      else record.unit = unit;
      const paths = memberPaths(content, id);
      memberIndexes.set(id, (fresh.get(folder) ?? []).filter((index) => paths.has(index.path)).flatMap(memberIndex));
    }
  }
  let everyUnit = false;
  for (const folder of changed) {
    if (folderParts(folder).kind !== 'person') continue;
    const [old, now] = [before.get(folder), state.folders[folder]];
    for (const unit of [old?.unit, now?.unit]) if (unit !== undefined) units.add(unit);
    // Invalid files of a person in no known unit count for every unit (`invalidPeopleFiles`).
    if ([old, now].some((record) => record && record.unit === undefined && record.invalidPaths)) everyUnit = true;
  }
  if (everyUnit) for (const key of Object.keys(state.units)) if (key.startsWith(`${top}/`)) units.add(key.slice(top.length + 1));
  const changedIds = new Set(changed.filter((folder) => folderParts(folder).kind === 'person').map((folder) => folderParts(folder).id));
  // Every invalid file counts in some unit's and the year's rules (`invalidPeopleFiles`, skipped comparisons).
  const sameInvalid = changed.every((folder) => JSON.stringify(before.get(folder)?.invalidPaths) === JSON.stringify(state.folders[folder]?.invalidPaths));
  // A unit reads its folder, org.yaml, the invalid files and its members' plans and reports as
  // `memberIndex` keeps them: when none of these changed (a monthly plan edited, a body reworded),
  // its reports and rollup line stand, unless one is at a changed file (its line may have moved).
  const unitReadsTheSame = (unit: string, old: UnitRecord | undefined): boolean =>
    old !== undefined &&
    sameInvalid &&
    !everyUnit &&
    !unitFolders.has(unit) &&
    !old.diagnostics.some((report) => touched.has(reportPath(place, report.file))) &&
    changed.every((folder) => {
      const [was, now] = [before.get(folder), state.folders[folder]];
      if (folderParts(folder).kind !== 'person' || (was?.unit !== unit && now?.unit !== unit)) return true;
      if (was?.unit !== now?.unit) return false;
      const id = folderParts(folder).id;
      const kept = store.read<Chunk>('units', old.files[chunkOf(id)] ?? '')[id];
      return kept !== undefined && sameIndexes(kept, memberIndexes.get(id) ?? []);
    });
  for (const unit of units) {
    const key = `${top}/${unit}`;
    const old = state.units[key];
    if (unitReadsTheSame(unit, old)) continue;
    const members = old ? old.files.map((file) => store.read<Chunk>('units', file)) : noChunks();
    const rewrite = new Set<number>();
    for (const id of changedIds) {
      const chunk = members[chunkOf(id)] as Chunk;
      if (id in chunk) rewrite.add(chunkOf(id));
      delete chunk[id];
      if (state.folders[`${top}/people/${id}`]?.unit !== unit) continue;
      chunk[id] = memberIndexes.get(id) ?? [];
      rewrite.add(chunkOf(id));
    }
    const unitFolder = fresh.get(`${top}/units/${unit}`) ?? (state.folders[`${top}/units/${unit}`] ? store.read<FileIndex[]>('folders', state.folders[`${top}/units/${unit}`]?.file ?? '') : []);
    state.units[key] = unitRecord(state, place, year, unit, members, orgs, unitFolder, asOf, store, old, rewrite);
  }
  // The year's own slice: org.yaml, the company documents and every unit's documents, and the
  // deadlines of people in org.yaml who have no folder. When only people's folders changed, each
  // still there and with the same invalid files, it reads the same and its reports stand.
  if (sameInvalid && changed.every((folder) => folderParts(folder).kind === 'person' && before.get(folder) !== undefined && state.folders[folder] !== undefined)) return true;
  const topIndexes = fresh.get(top) ?? oldTop;
  const indexes = [...topIndexes, ...Object.keys(state.folders).filter((folder) => folder.startsWith(`${top}/units/`)).flatMap((folder) => fresh.get(folder) ?? store.read<FileIndex[]>('folders', state.folders[folder]?.file ?? ''))];
  const { content } = sliceOf(place, indexes, year);
  if (!content) return false;
  const withFolder = (id: string) => state.folders[`${top}/people/${id}`] !== undefined;
  const withoutFolder = new Set(org.people.map((person) => person.id).filter((id) => !withFolder(id)));
  const keep = (file: string) => {
    const folder = folderOf(file);
    return folderParts(folder).kind !== 'person' || !state.folders[folder];
  };
  state.years[top] = { diagnostics: [...runFolderRules(content, context, withoutFolder, keep, place), ...runYearRules(content, context)], org: { company: org.company, targets: org.targets }, units: org.units.map((unit) => unit.id) };
  return true;
}
