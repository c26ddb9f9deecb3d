import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { startWorker } from '../core/worker-setup.ts';
import { invalidFiles, type InvalidFile } from '../model/invalid-files.ts';
import { listFolders, refuseEntries, type ContentListing } from '../model/list-files.ts';
import { orgIndex } from '../model/org-index.ts';
import type { FileIndex } from '../model/load.ts';
import { loadFromIndexes, PARALLEL_MIN_FILES } from '../model/load-parallel.ts';
import { buildModel } from '../model/model.ts';
import { workerFileIndex } from '../model/read-file-index.ts';
import { rollupOfUnits, type YearRollup } from '../model/rollup.ts';
import type { Org } from '../schemas/index.ts';
import { FolderGroups, type FolderMessage, type GroupPart, type Listed, type WorkerSizes } from './check-folders.ts';
import type { CheckWorkerData, CheckWorkerInput, CheckWorkerMessage } from './check-worker.ts';
import { folderOf, folderParts, isRegular, runFolderRules, runUnitRules, runYearRules, sliceOf, type Place, type UnitResult } from './check-scopes.ts';
import { runRepositoryRules } from './index.ts';
import { loadMdxParser } from './mdx-body.ts';
import { ledgerNamesContent } from './status-contradicts-ledger.ts';

/** What a split check reports (check.ts `CheckReport`, repeated here so the layers stay one-way). */
export interface SplitReport {
  diagnostics: Diagnostic[];
  fileCount: number;
  invalid: InvalidFile[];
  years: { year: number; documents: number; rollup: YearRollup; people: number[] }[];
}

/** Old-generation heap of each worker: org.yaml, the schemas and one group of folders need well under it. */
const WORKER_HEAP_MB = 128;

/**
 * Young generation of each worker: a group of folders being filled survives each scavenge, so with
 * 16 MB a worker of a 10,000-person check scavenged 290 times (a tenth of its time); from 32 MB on
 * it is about 140 (larger sizes do not lower it further), for about 55 MB more at the peak.
 */
const WORKER_YOUNG_MB = 32;

/**
 * `plan check`'s report of a folder on disk, split by folder (issue 13): `workers` worker threads
 * (and this thread, given the people's folders) each read whole person folders, run the `folder` rules on them (check-worker.ts) and send back
 * only their diagnostics, invalid files, counts and the plans and reports the unit rules read;
 * this thread reads the years' tops and the units' folders and runs the `unit` and `year` rules on
 * those slices, as the check cache does (check-scopes.ts says why the union of the slices is the
 * full check). A unit's rules run as soon as the folders that may hold its people are read
 * (`UnitsAhead`). Undefined, after reading at most what it read, when only a full check is exact: a
 * file reaching beyond its folder (`isRegular`), a year without org.yaml, or an approval ledger
 * naming the content (its rule reads every document). `listing`: every file (`listFiles`; the
 * people's folders are split into fixed shares), or the files outside the people's folders and
 * those folders (`listAroundPeople`), which the workers and this thread then take a few at a time
 * from one list (check-folders.ts `FolderGroups.runShared`) and list; entries
 * neither files nor folders are refused as `listFiles` refuses them, all at once. Given every file,
 * undefined too when there are fewer than `least` (too few for workers). `ahead`: `workers` workers
 * started before the files were listed (`startCheckWorkers`), else they are started here. `sizes`:
 * the workers' group and chunk sizes, when not their defaults (tests).
 */
export async function splitCheck(dir: string, listing: readonly string[] | ContentListing, { asOf, cwd, workers, ahead, least = 0, sizes }: { asOf: string; cwd: string; workers: number; ahead?: CheckWorkers; least?: number; sizes?: WorkerSizes }): Promise<SplitReport | undefined> {
  if (ledgerNamesContent({ root: cwd, contentDir: dir })) {
    ahead?.stop();
    return undefined;
  }
  const place: Place = { dir, cwd };
  // Files by folder: the people's go to the workers, whole folders each (listed there when only
  // their folders are named); the rest are read here.
  const byFolder = new Map<string, string[]>();
  for (const file of isListing(listing) ? listing.files : listing) {
    const folder = folderOf(file);
    let inFolder = byFolder.get(folder);
    if (!inFolder) byFolder.set(folder, (inFolder = []));
    inFolder.push(file);
  }
  const kinds = new Map([...byFolder.keys()].map((folder) => [folder, folderParts(folder).kind]));
  const peopleFolders = isListing(listing) ? listing.people : [...byFolder.keys()].filter((folder) => kinds.get(folder) === 'person');
  const next = new Int32Array(new SharedArrayBuffer(4));
  const inputs = isListing(listing)
    ? Array.from({ length: Math.max(1, Math.min(workers, listing.people.length)) }, () => ({ files: [], folders: listing.people, next }))
    : shares(peopleFolders, byFolder, workers).map((files) => ({ files, folders: [] }));
  for (const [folder, kind] of kinds) if (kind === 'person') byFolder.delete(folder);
  const parts: GroupPart[] = [];
  // Each unit's members as they arrive, by `<year>/<unit>`; each year's people's units and invalid files.
  const members = new Map<string, FileIndex[]>();
  const people = new Map<number, { unitOf: Map<string, string | undefined>; invalid: string[] }>();
  const peopleOf = (year: number) => {
    let ofYear = people.get(year);
    if (!ofYear) people.set(year, (ofYear = { unitOf: new Map(), invalid: [] }));
    return ofYear;
  };
  let unitsAhead: UnitsAhead | undefined;
  const finishedEarly: string[] = [];
  const take = (group: GroupPart) => {
    const ofYear = peopleOf(group.year);
    for (const person of group.people) {
      ofYear.unitOf.set(person.id, person.unit);
      ofYear.invalid.push(...person.invalid);
      if (person.unit === undefined) continue;
      const key = `${group.year}/${person.unit}`;
      let unitMembers = members.get(key);
      if (!unitMembers) members.set(key, (unitMembers = []));
      unitMembers.push(...person.members);
      person.members = [];
    }
    parts.push(group);
  };
  const finished = (folders: string[]) => (unitsAhead ? unitsAhead.finished(folders) : finishedEarly.push(...folders));
  const run = checkInWorkers(ahead ?? startCheckWorkers(workers), inputs.map((input) => ({ dir, cwd, asOf, ...input, ...(sizes ? { sizes } : {}) })), { group: take, finished });
  // Meanwhile: the years' tops, the units' folders and anything outside a year; the workers wait
  // for the org files (the rules read them) while they read their first files.
  let own: FileIndex[];
  try {
    if (isListing(listing) && listing.others.length > 0) refuseAll(dir, listing);
    own = [...byFolder.values()].flat().map((file) => workerFileIndex(dir, file));
    if (!isListing(listing)) {
      const listed = await run.listed;
      // Stopped before every worker listed: a file reaches beyond its folder, only a full check is exact.
      if (!listed) return undefined;
      if (listed.others.length > 0) refuseEntries(listed.others.map((relative) => path.join(dir, relative)));
      // Too few files for workers: their work would be thrown away.
      if (listed.files + own.length < least) run.stop();
    }
  } catch (error) {
    // The workers wait for the org files: stopped, they do not keep the process alive.
    run.stop();
    throw error;
  }
  // A file here reaching beyond its folder: only a full check is exact.
  if (!own.every(isRegular)) run.stop();
  else run.send({ orgs: own.filter((index) => index.kind === 'org' || index.kind === 'partial-org') });
  const load = loadFromIndexes(dir, cwd);
  for (const index of own) load.add(index);
  const ownLoad = load.finish();
  const ownModel = buildModel(ownLoad);
  await loadMdxParser(ownLoad.documents);
  const orgsOf = (year: number) => own.filter((index) => folderOf(index.path) === String(year) && (index.kind === 'org' || index.kind === 'partial-org'));
  // Each year's org.yaml as its slice reads it, made once (checking units ahead and at the end ask for it).
  const orgByYear = new Map<number, Org | undefined>();
  const orgOf = (year: number) => {
    if (!orgByYear.has(year)) orgByYear.set(year, sliceOf(place, orgsOf(year), year).content?.org?.data);
    return orgByYear.get(year);
  };
  /** The year's invalid files read so far: its tops' and units' folders', and its people's. */
  const invalidOfYear = (year: number) => [...ownLoad.invalid.filter((file) => folderParts(folderOf(file)).year === year), ...peopleOf(year).invalid];
  /** What a unit's rules read besides its members, as the people read so far give it: the year's invalid files that may be the unit's. */
  const unitInvalid = (year: number, unit: string): Set<string> => {
    const { unitOf } = peopleOf(year);
    // A person's invalid files count for the unit the person is in, or for every unit when it is unknown (`invalidPeopleFiles`).
    return new Set(invalidOfYear(year).filter((file) => {
      const { kind, id } = folderParts(folderOf(file));
      return kind !== 'person' || unitOf.get(id) === undefined || unitOf.get(id) === unit;
    }));
  };
  // Unit slices: org.yaml, the unit's folder and its members' plans and reports.
  const checkUnit = (year: number, unit: string): UnitCheck => {
    const invalid = unitInvalid(year, unit);
    const unitMembers = members.get(`${year}/${unit}`) ?? [];
    const unitLoad = loadFromIndexes(dir, cwd);
    for (const index of [...unitMembers, ...orgsOf(year), ...own.filter((index) => folderOf(index.path) === `${year}/units/${unit}`)]) unitLoad.add(index);
    const content = buildModel(unitLoad.finish()).years.get(year);
    const result = content ? runUnitRules(content, unit, { asOf, invalid }) : { diagnostics: [], rollup: undefined, people: 0 };
    return { members: unitMembers.length, invalid, result };
  };
  if (run.running()) {
    // A unit checked ahead runs its rules while a message is taken in: an error there stops the
    // workers and is thrown below, not from the message handler.
    unitsAhead = new UnitsAhead(peopleFolders, orgOf, checkUnit, run.stop);
    unitsAhead.finished(finishedEarly.splice(0));
  }
  // Given the shared list, this thread reads folders too (one worker fewer to start, and its groups
  // are not copied), taking in the workers' groups after each few folders.
  if (isListing(listing) && run.running()) {
    const orgs = own.filter((index) => index.kind === 'org' || index.kind === 'partial-org');
    const groups = new FolderGroups({ dir, cwd, asOf, ...(sizes ? { sizes } : {}) }, Promise.resolve(orgs), () => Promise.resolve(true), run.own);
    try {
      await groups.runShared(listing.people, next, run.running, () => new Promise((resolve) => setImmediate(resolve)));
    } catch (error) {
      // The workers would read on and keep the process alive.
      run.stop();
      throw error;
    }
  }
  const regular = await run.done;
  unitsAhead?.rethrow();
  if (run.others.length > 0 && isListing(listing)) refuseAll(dir, listing);
  if (!regular) return undefined;

  const diagnostics: Diagnostic[] = [...ownLoad.diagnostics];
  const invalid = [...invalidFiles(ownLoad)];
  let fileCount = ownLoad.fileCount;
  for (const part of parts) {
    diagnostics.push(...part.diagnostics);
    invalid.push(...part.invalid);
    fileCount += part.files;
  }
  const personFolders = new Set(parts.flatMap((part) => part.people.map((person) => `${part.year}/people/${person.id}`)));
  const years = [...new Set([...byFolder.keys(), ...personFolders].filter((folder) => folder !== '').map((folder) => folderParts(folder).year))].sort((a, b) => a - b);
  const summaries: SplitReport['years'] = [];
  for (const year of years) {
    const ofYear = parts.filter((part) => part.year === year);
    const orgs = orgsOf(year);
    const org = orgOf(year);
    if (orgs.length === 0 || !org) return undefined;
    const persons = ofYear.flatMap((part) => part.people);
    const invalidInYear = new Set(invalidOfYear(year));
    const units = new Set([...org.units.map((unit) => unit.id), ...persons.flatMap((person) => (person.unit === undefined ? [] : [person.unit])), ...[...byFolder.keys()].flatMap((folder) => (folderParts(folder).kind === 'unit' && folderParts(folder).year === year ? [folderParts(folder).id] : []))]);
    const rollups = new Map<string, UnitResult>();
    for (const unit of units) {
      // Checked ahead, and nothing it read has changed since: the same result.
      const result = unitsAhead?.result(year, unit, members.get(`${year}/${unit}`)?.length ?? 0, unitInvalid(year, unit)) ?? checkUnit(year, unit).result;
      diagnostics.push(...result.diagnostics);
      rollups.set(unit, result);
    }
    // The year's own slice: org.yaml, the company documents and every unit's documents, and the
    // deadlines of people in org.yaml who have no folder.
    const top = String(year);
    const { content } = sliceOf(place, own.filter((index) => { const folder = folderOf(index.path); return folder === top || folder.startsWith(`${top}/units/`); }), year);
    if (!content) return undefined;
    const hasFolder = (id: string) => personFolders.has(`${top}/people/${id}`);
    const withoutFolder = new Set(org.people.map((person) => person.id).filter((id) => !hasFolder(id)));
    const keep = (file: string) => folderParts(folderOf(file)).kind !== 'person' || !personFolders.has(folderOf(file));
    const context = { asOf, invalid: invalidInYear };
    diagnostics.push(...runFolderRules(content, context, withoutFolder, keep, place), ...runYearRules(content, context));
    const lines = org.units.map((unit) => rollups.get(unit.id) ?? { rollup: undefined, people: 0 });
    summaries.push({
      year,
      documents: (ownModel.years.get(year)?.documents.length ?? 0) + ofYear.reduce((sum, part) => sum + part.documents, 0),
      rollup: rollupOfUnits(year, org, lines.flatMap(({ rollup }) => (rollup ? [rollup] : []))),
      people: lines.map((line) => line.people),
    });
  }
  // The ledger names none of this content (above): its rule reads no document.
  const repository = { orgs: ownLoad.orgs, invalid: [...ownLoad.invalid, ...parts.flatMap((part) => part.people.flatMap((person) => person.invalid))].sort(), documents: [] };
  diagnostics.push(...(await runRepositoryRules(repository, { root: cwd, contentDir: dir })));
  return { diagnostics: diagnostics.sort(compareDiagnostics), fileCount, invalid: invalid.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), years: summaries };
}

/** Refuses the entries neither files nor folders of a listing and its people's folders, all at once (list-files.ts `refuseEntries`). */
function refuseAll(dir: string, listing: ContentListing): never {
  const others = [...listing.others, ...listFolders(dir, listing.people).others];
  return refuseEntries(others.map((relative) => path.join(dir, relative)));
}

/** A unit's rules run on what it read: how many member files, and the invalid files that may be its. */
export interface UnitCheck {
  members: number;
  invalid: Set<string>;
  result: UnitResult;
}

/**
 * A split check's unit slices checked while the workers still read (at 10,000 people the ten units
 * took 0.4 s once the workers had ended): a unit is checked as soon as every person folder that
 * org.yaml puts in it is finished, and every folder of a person org.yaml puts in no unit of its
 * year. A person whose annual plan names another unit may still join it later, and a person in no
 * known unit adds invalid files to every unit: an early result is used only when the unit's members
 * and invalid files are the same at the end (`result`), else the unit is checked again, so the
 * report is the same as checking every unit at the end.
 */
export class UnitsAhead {
  /** Folders not finished of each `<year>/<unit>` of org.yaml, and (by year) of people in none of them. */
  private readonly waiting = new Map<string, number>();
  private readonly unplaced = new Map<number, number>();
  /** The `<year>/<unit>` of each person folder, undefined when org.yaml puts the person in none. */
  private readonly unitOf = new Map<string, string | undefined>();
  private readonly units = new Map<number, string[]>();
  private readonly checked = new Map<string, UnitCheck>();
  private readonly check: (year: number, unit: string) => UnitCheck;
  private readonly failed: (error: unknown) => void;
  private failure: { error: unknown } | undefined;

  /** `failed` is called once when a unit's check throws (none is checked after it; `rethrow` throws the error). */
  constructor(folders: readonly string[], orgOf: (year: number) => Org | undefined, check: (year: number, unit: string) => UnitCheck, failed: (error: unknown) => void = () => undefined) {
    this.check = check;
    this.failed = failed;
    const orgs = new Map<number, Org | undefined>();
    for (const folder of folders) {
      const { year, id } = folderParts(folder);
      if (!orgs.has(year)) {
        const org = orgOf(year);
        orgs.set(year, org);
        this.units.set(year, org ? org.units.map((unit) => unit.id) : []);
        for (const unit of this.units.get(year) ?? []) this.waiting.set(`${year}/${unit}`, 0);
        this.unplaced.set(year, 0);
      }
      const org = orgs.get(year);
      // Without org.yaml the split gives way to a full check: nothing is checked ahead.
      if (!org) continue;
      const unit = orgIndex(org).people.get(id)?.unit;
      const key = unit === undefined ? undefined : `${year}/${unit}`;
      if (key !== undefined && this.waiting.has(key)) {
        this.unitOf.set(folder, key);
        this.waiting.set(key, (this.waiting.get(key) ?? 0) + 1);
      } else {
        this.unitOf.set(folder, undefined);
        this.unplaced.set(year, (this.unplaced.get(year) ?? 0) + 1);
      }
    }
    this.checkReady([...this.units.keys()]);
  }

  /** Folders whose files have all been taken in: the units they complete are checked now. */
  finished(folders: readonly string[]): void {
    const years = new Set<number>();
    for (const folder of folders) {
      if (!this.unitOf.has(folder)) continue;
      const key = this.unitOf.get(folder);
      const { year } = folderParts(folder);
      if (key === undefined) this.unplaced.set(year, (this.unplaced.get(year) ?? 0) - 1);
      else this.waiting.set(key, (this.waiting.get(key) ?? 0) - 1);
      this.unitOf.delete(folder);
      years.add(year);
    }
    this.checkReady([...years]);
  }

  /** The unit's early result, when it read the same `members` and `invalid` as now. */
  result(year: number, unit: string, members: number, invalid: ReadonlySet<string>): UnitResult | undefined {
    const early = this.checked.get(`${year}/${unit}`);
    if (!early || early.members !== members || early.invalid.size !== invalid.size) return undefined;
    for (const file of invalid) if (!early.invalid.has(file)) return undefined;
    return early.result;
  }

  /** Throws the error of the unit check that failed, if one did. */
  rethrow(): void {
    if (this.failure) throw this.failure.error;
  }

  private checkReady(years: readonly number[]): void {
    for (const year of years) {
      if (this.unplaced.get(year) !== 0) continue;
      for (const unit of this.units.get(year) ?? []) {
        const key = `${year}/${unit}`;
        if (this.failure || this.waiting.get(key) !== 0 || this.checked.has(key)) continue;
        try {
          this.checked.set(key, this.check(year, unit));
        } catch (error) {
          this.failure = { error };
          this.failed(error);
        }
      }
    }
  }
}

function isListing(listing: readonly string[] | ContentListing): listing is ContentListing {
  return !Array.isArray(listing);
}

/** The files of `folders` split into `count` runs of whole folders with about as many files each. */
function shares(folders: readonly string[], byFolder: ReadonlyMap<string, string[]>, count: number): string[][] {
  const total = folders.reduce((sum, folder) => sum + (byFolder.get(folder)?.length ?? 0), 0);
  const out: string[][] = [[]];
  let taken = 0;
  for (const folder of folders) {
    const files = byFolder.get(folder) ?? [];
    const current = out[out.length - 1] as string[];
    if (current.length > 0 && out.length < count && taken >= (total * out.length) / count) out.push([...files]);
    else current.push(...files);
    taken += files.length;
  }
  return out.filter((share) => share.length > 0);
}

/** Check workers started ahead of their files (`startCheckWorkers`): given them by `splitCheck`, or stopped. */
export interface CheckWorkers {
  readonly count: number;
  /** Stops every worker (they wait for their input meanwhile: started and unused, they would keep the process alive). */
  stop(): void;
}

interface StartedWorker {
  worker: Worker;
  /** Messages this thread has taken in (check-worker.ts `CheckWorkerData`). */
  received: Int32Array;
  /** What is done with each of its messages, once it has its input. */
  take: ((message: CheckWorkerMessage) => void) | undefined;
  /** Its exit code, or its error. */
  ended: Promise<number>;
}

const started = new WeakMap<CheckWorkers, StartedWorker[]>();

/**
 * `count` check workers, started now so that their modules load while this thread lists the files
 * (at 10,000 people each takes about 0.5 s, as long as the listing). Each waits for its input.
 */
export function startCheckWorkers(count: number): CheckWorkers {
  const workers = Array.from({ length: count }, (): StartedWorker => {
    const received = new Int32Array(new SharedArrayBuffer(4));
    const worker = startWorker(new URL('./check-worker.ts', import.meta.url), { workerData: { received } satisfies CheckWorkerData, resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB, maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
    const ended = new Promise<number>((resolve, reject) => {
      worker.on('error', reject);
      worker.on('exit', resolve);
    });
    // A worker stopped unused is not awaited; a used one's error is reported where it is awaited.
    ended.catch(() => undefined);
    const handle: StartedWorker = { worker, received, take: undefined, ended };
    worker.on('message', (message: CheckWorkerMessage) => {
      handle.take?.(message);
      Atomics.add(received, 0, 1);
      Atomics.notify(received, 0);
    });
    return handle;
  });
  const handle: CheckWorkers = { count, stop: () => { for (const { worker } of workers) void worker.terminate(); } };
  started.set(handle, workers);
  return handle;
}

/**
 * Gives each input to a started worker (any left over are stopped), handing each group's part and
 * each list of finished folders to `on`; `listed` is what they listed (their first message, given
 * files; given the shared folders, they list as they go and it is undefined); `done` is false as
 * soon as one finds a file reaching beyond its folder or entries neither files nor folders
 * (`others`, then refused) and the others are stopped (only a full check is exact then), or `stop`
 * is called. `send` gives every worker the message it waits for next, the org files.
 */
function checkInWorkers(ahead: CheckWorkers, inputs: CheckWorkerInput[], on: { group: (group: GroupPart) => void; finished: (folders: string[]) => void }): { listed: Promise<Listed | undefined>; done: Promise<boolean>; others: string[]; send: (message: { orgs: FileIndex[] }) => void; stop: () => void; running: () => boolean; own: (message: FolderMessage) => void } {
  const all = started.get(ahead) ?? [];
  const workers = all.slice(0, inputs.length);
  for (const { worker } of all.slice(inputs.length)) void worker.terminate();
  let regular = true;
  const others: string[] = [];
  const stop = () => {
    regular = false;
    for (const { worker } of workers) void worker.terminate();
  };
  const shared = inputs.some((input) => input.next !== undefined);
  /** A group's part, finished folders, or that only a full check is exact (`irregular`, `others`). */
  const take = (message: Exclude<FolderMessage, { listed: Listed } | { end: true }>) => {
    if ('group' in message) {
      on.group(message.group);
      on.finished(message.finished);
    } else if ('finished' in message) on.finished(message.finished);
    else {
      if ('others' in message) others.push(...message.others);
      stop();
    }
  };
  // Each worker's last message: everything it sends is in (its exit, tens of milliseconds later, is not waited for).
  const ends = workers.map(() => Promise.withResolvers<void>());
  const listings = workers.map(
    (handle, at) =>
      new Promise<Listed | undefined>((resolve, reject) => {
        handle.take = (message) => {
          if ('listed' in message) resolve(message.listed);
          else if ('end' in message) ends[at]?.resolve();
          else take(message);
        };
        // Stopped before it listed (another worker found a file reaching beyond its folder first):
        // nothing listed, the full check lists; ended on its own, it failed.
        if (shared) resolve(undefined);
        else handle.ended.then(() => (regular ? reject(new Error('check worker stopped before listing its folders')) : resolve(undefined)), reject);
      }),
  );
  // Awaited only until the workers are stopped or an error is thrown; one that ended early is reported by `done`.
  for (const listing of listings) listing.catch(() => undefined);
  const runs = workers.map(async (handle, at) => {
    handle.worker.postMessage(inputs[at]);
    const code = await Promise.race([ends[at]?.promise.then(() => 0), handle.ended]);
    if (code !== 0 && regular) throw new Error(`check worker stopped with exit code ${code}`);
  });
  const listed = shared
    ? Promise.resolve(undefined)
    : Promise.all(listings).then((each): Listed | undefined => {
        const all = each.filter((one): one is Listed => one !== undefined);
        if (all.length < each.length) return undefined;
        return { files: all.reduce((sum, one) => sum + one.files, 0), folders: all.flatMap((one) => one.folders), others: all.flatMap((one) => one.others) };
      });
  listed.catch(() => undefined);
  const send = (message: { orgs: FileIndex[] }) => {
    if (regular) for (const { worker } of workers) worker.postMessage(message);
  };
  // This thread's own groups (`FolderGroups` run here), taken as the workers' are.
  const own = (message: FolderMessage) => {
    if (!('listed' in message) && !('end' in message)) take(message);
  };
  return { listed, done: Promise.all(runs).then(() => regular), others, send, stop, running: () => regular, own };
}

/**
 * Whether `dir` holds so many person folders (`<year>/people/<id>`) that its files will likely call
 * for workers (`defaultWorkers`; a person has up to 25 documents a year): only whether the workers
 * start before or after the listing depends on it, never the report.
 */
export function manyPeople(dir: string): boolean {
  let people = 0;
  for (const year of readdirSync(dir)) {
    if (!/^\d{4}$/.test(year)) continue;
    try {
      people += readdirSync(path.join(dir, year, 'people')).length;
    } catch {
      // No people folder (or not a folder): no people in that year; the listing says the rest.
    }
  }
  return people * 25 >= PARALLEL_MIN_FILES;
}
