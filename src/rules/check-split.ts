import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { compareDiagnostics, type Diagnostic } from '../core/diagnostics.ts';
import { startWorker } from '../core/worker-setup.ts';
import { invalidFiles, type InvalidFile } from '../model/invalid-files.ts';
import { refuseEntries, type ContentListing } from '../model/list-files.ts';
import type { FileIndex } from '../model/load.ts';
import { loadFromIndexes, PARALLEL_MIN_FILES } from '../model/load-parallel.ts';
import { buildModel } from '../model/model.ts';
import { workerFileIndex } from '../model/read-file-index.ts';
import { rollupOfUnits, type UnitRollup, type YearRollup } from '../model/rollup.ts';
import type { CheckWorkerData, CheckWorkerInput, CheckWorkerMessage, GroupPart, Listed } from './check-worker.ts';
import { folderOf, folderParts, isRegular, runFolderRules, runUnitRules, runYearRules, sliceOf, type Place } from './check-scopes.ts';
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
 * each read whole person folders, run the `folder` rules on them (check-worker.ts) and send back
 * only their diagnostics, invalid files, counts and the plans and reports the unit rules read;
 * this thread reads the years' tops and the units' folders and runs the `unit` and `year` rules on
 * those slices, as the check cache does (check-scopes.ts says why the union of the slices is the
 * full check). Undefined, after reading at most what it read, when only a full check is exact: a
 * file reaching beyond its folder (`isRegular`), a year without org.yaml, or an approval ledger
 * naming the content (its rule reads every document). `listing`: every file (`listFiles`), or the
 * files outside the people's folders and those folders (`listAroundPeople`), which the workers then
 * list; entries neither files nor folders are refused as `listFiles` refuses them, all at once.
 * Undefined too when there are fewer than `least` files (too few for workers). `ahead`: `workers`
 * workers started before the files were listed (`startCheckWorkers`), else they are started here.
 */
export async function splitCheck(dir: string, listing: readonly string[] | ContentListing, { asOf, cwd, workers, ahead, least = 0 }: { asOf: string; cwd: string; workers: number; ahead?: CheckWorkers; least?: number }): Promise<SplitReport | undefined> {
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
  const inputs = (isListing(listing) ? evenShares(listing.people, workers).map((folders) => ({ files: [], folders })) : shares([...byFolder.keys()].filter((folder) => kinds.get(folder) === 'person'), byFolder, workers).map((files) => ({ files, folders: [] }))).map((share) => ({ dir, cwd, asOf, ...share }));
  for (const [folder, kind] of kinds) if (kind === 'person') byFolder.delete(folder);
  const parts: GroupPart[] = [];
  // Each unit's members are taken in as they arrive (this thread is idle meanwhile), by `<year>/<unit>`.
  const unitLoads = new Map<string, ReturnType<typeof loadFromIndexes>>();
  const take = (group: GroupPart) => {
    for (const person of group.people) {
      if (person.unit === undefined) continue;
      const key = `${group.year}/${person.unit}`;
      let unitLoad = unitLoads.get(key);
      if (!unitLoad) unitLoads.set(key, (unitLoad = loadFromIndexes(dir, cwd)));
      for (const index of person.members) unitLoad.add(index);
      person.members = [];
    }
    parts.push(group);
  };
  const run = checkInWorkers(ahead ?? startCheckWorkers(workers), inputs, take);
  // Meanwhile: the years' tops, the units' folders and anything outside a year; the workers wait
  // for the org files (the rules read them) while they read their first files.
  let own: FileIndex[];
  let listed: Listed;
  try {
    own = [...byFolder.values()].flat().map((file) => workerFileIndex(dir, file));
    const all = await run.listed;
    // Stopped before every worker listed: a file reaches beyond its folder, only a full check is exact.
    if (!all) return undefined;
    listed = all;
    const others = [...(isListing(listing) ? listing.others : []), ...listed.others];
    if (others.length > 0) refuseEntries(others.map((relative) => path.join(dir, relative)));
  } catch (error) {
    // The workers wait for the org files: stopped, they do not keep the process alive.
    run.stop();
    throw error;
  }
  // Too few files for workers (`least`), or a file here reaching beyond its folder: the workers' work would be thrown away.
  if (listed.files + own.length < least || !own.every(isRegular)) run.stop();
  else run.send({ orgs: own.filter((index) => index.kind === 'org' || index.kind === 'partial-org') });
  const personFolders = new Set(listed.folders);
  if (!(await run.done)) return undefined;
  const load = loadFromIndexes(dir, cwd);
  for (const index of own) load.add(index);
  const ownLoad = load.finish();
  const ownModel = buildModel(ownLoad);
  await loadMdxParser(ownLoad.documents);

  const diagnostics: Diagnostic[] = [...ownLoad.diagnostics];
  const invalid = [...invalidFiles(ownLoad)];
  let fileCount = ownLoad.fileCount;
  for (const part of parts) {
    diagnostics.push(...part.diagnostics);
    invalid.push(...part.invalid);
    fileCount += part.files;
  }
  const years = [...new Set([...byFolder.keys(), ...personFolders].filter((folder) => folder !== '').map((folder) => folderParts(folder).year))].sort((a, b) => a - b);
  const summaries: SplitReport['years'] = [];
  for (const year of years) {
    const ofYear = parts.filter((part) => part.year === year);
    const topIndexes = own.filter((index) => folderOf(index.path) === String(year));
    const orgs = topIndexes.filter((index) => index.kind === 'org' || index.kind === 'partial-org');
    const org = sliceOf(place, orgs, year).content?.org?.data;
    if (orgs.length === 0 || !org) return undefined;
    const persons = ofYear.flatMap((part) => part.people);
    const invalidOfYear = new Set([...ownLoad.invalid.filter((file) => folderParts(folderOf(file)).year === year), ...persons.flatMap((person) => person.invalid)]);
    const unitOf = new Map(persons.map((person) => [person.id, person.unit]));
    // Unit slices: org.yaml, the unit's folder and its members' plans and reports.
    const unitFolder = (unit: string) => own.filter((index) => folderOf(index.path) === `${year}/units/${unit}`);
    const units = new Set([...org.units.map((unit) => unit.id), ...persons.flatMap((person) => (person.unit === undefined ? [] : [person.unit])), ...[...byFolder.keys()].flatMap((folder) => (folderParts(folder).kind === 'unit' && folderParts(folder).year === year ? [folderParts(folder).id] : []))]);
    const rollups = new Map<string, { rollup: UnitRollup | undefined; people: number }>();
    for (const unit of units) {
      const unitLoad = unitLoads.get(`${year}/${unit}`) ?? loadFromIndexes(dir, cwd);
      for (const index of [...orgs, ...unitFolder(unit)]) unitLoad.add(index);
      const content = buildModel(unitLoad.finish()).years.get(year);
      // A person's invalid files count for the unit the person is in, or for every unit when it is unknown (`invalidPeopleFiles`).
      const unitInvalid = new Set([...invalidOfYear].filter((file) => {
        const { kind, id } = folderParts(folderOf(file));
        return kind !== 'person' || !unitOf.has(id) || unitOf.get(id) === undefined || unitOf.get(id) === unit;
      }));
      const result = content ? runUnitRules(content, unit, { asOf, invalid: unitInvalid }) : { diagnostics: [], rollup: undefined, people: 0 };
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
    const context = { asOf, invalid: invalidOfYear };
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

/** `folders` split into `count` runs of about as many folders each (their files are listed by the workers). */
function evenShares(folders: readonly string[], count: number): string[][] {
  const size = Math.ceil(folders.length / Math.max(1, count));
  return Array.from({ length: count }, (_, at) => folders.slice(at * size, (at + 1) * size)).filter((share) => share.length > 0);
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
 * Gives each input to a started worker (any left over are stopped), handing each group's part to
 * `take`; `listed` is what they listed (their first message); `done` is false as soon as one finds
 * a file reaching beyond its folder (the others are stopped: only a full check is exact then) or
 * `stop` is called. `send` gives every worker the message it waits for next, the org files.
 */
function checkInWorkers(ahead: CheckWorkers, inputs: CheckWorkerInput[], take: (group: GroupPart) => void): { listed: Promise<Listed | undefined>; done: Promise<boolean>; send: (message: { orgs: FileIndex[] }) => void; stop: () => void } {
  const all = started.get(ahead) ?? [];
  const workers = all.slice(0, inputs.length);
  for (const { worker } of all.slice(inputs.length)) void worker.terminate();
  let regular = true;
  const stop = () => {
    regular = false;
    for (const { worker } of workers) void worker.terminate();
  };
  const listings = workers.map(
    (handle) =>
      new Promise<Listed | undefined>((resolve, reject) => {
        handle.take = (message) => ('group' in message ? take(message.group) : 'listed' in message ? resolve(message.listed) : stop());
        // Stopped before it listed (another worker found a file reaching beyond its folder first):
        // nothing listed, the full check lists; ended on its own, it failed.
        handle.ended.then(() => (regular ? reject(new Error('check worker stopped before listing its folders')) : resolve(undefined)), reject);
      }),
  );
  // Awaited only until the workers are stopped or an error is thrown; one that ended early is reported by `done`.
  for (const listing of listings) listing.catch(() => undefined);
  const runs = workers.map(async (handle, at) => {
    handle.worker.postMessage(inputs[at]);
    const code = await handle.ended;
    if (code !== 0 && regular) throw new Error(`check worker stopped with exit code ${code}`);
  });
  const listed = Promise.all(listings).then((each): Listed | undefined => {
    const all = each.filter((one): one is Listed => one !== undefined);
    if (all.length < each.length) return undefined;
    return { files: all.reduce((sum, one) => sum + one.files, 0), folders: all.flatMap((one) => one.folders), others: all.flatMap((one) => one.others) };
  });
  const send = (message: { orgs: FileIndex[] }) => {
    if (regular) for (const { worker } of workers) worker.postMessage(message);
  };
  return { listed, done: Promise.all(runs).then(() => regular), send, stop };
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
