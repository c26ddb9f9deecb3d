import { parentPort, workerData } from 'node:worker_threads';
import type { Diagnostic } from '../core/diagnostics.ts';
import { invalidFiles, type InvalidFile } from '../model/invalid-files.ts';
import type { FileIndex } from '../model/load.ts';
import { listFolders } from '../model/list-files.ts';
import { workerFileIndex } from '../model/read-file-index.ts';
import type { RuleCode } from './catalog.ts';
import { displayBase, folderOf, folderParts, isRegular, memberIndex, memberPaths, runFolderRules, sliceOf, unitOfPerson, type Place } from './check-scopes.ts';
import { loadMdxParser } from './mdx-body.ts';

/**
 * One worker of the split check (check-split.ts): reads whole person folders, runs the `folder`
 * rules on them against the year's org.yaml, and posts back per group of folders only what the
 * report needs, never the documents themselves. It is started before the files are listed (its
 * modules load meanwhile) and gets two messages: its input, then the org files' indexes.
 */
export interface CheckWorkerInput {
  dir: string;
  cwd: string;
  asOf: string;
  /** Its people's files (content paths, whole folders), sorted. */
  files: string[];
  /**
   * Or every person folder of the check, in the order of their files, shared by all workers: each
   * takes the next `CHUNK_FOLDERS` of them (`next`, element 0, counts those taken) and lists them
   * itself (list-files.ts `listFolders`), so the workers end together however fast each one runs.
   */
  folders: string[];
  /** The folders taken so far (element 0), shared by every worker; with `folders`. */
  next?: Int32Array;
  /** Files per group and folders taken at a time, when not `GROUP_FILES` and `CHUNK_FOLDERS` (tests make them small). */
  sizes?: WorkerSizes;
}

/** See `CheckWorkerInput.sizes`. */
export interface WorkerSizes {
  groupFiles: number;
  chunkFolders: number;
}

/** What a worker listed (its first message): how many files, the person folders holding any, and entries neither files nor folders (refused). */
export interface Listed {
  files: number;
  folders: string[];
  others: string[];
}

/** What a worker is started with. */
export interface CheckWorkerData {
  /** Messages the main thread has taken in so far (element 0), so a worker never runs far ahead. */
  received: Int32Array;
}

/** A person of a group: the unit they count in (`unitOfPerson`), their invalid files and what the unit slice reads of them. */
export interface PersonPart {
  id: string;
  unit: string | undefined;
  invalid: string[];
  /** Their plan and reports as `memberIndex` slims them. */
  members: FileIndex[];
}

/** What a group of person folders of one year gives the report. */
export interface GroupPart {
  year: number;
  /** Content files read (not counting files of other types). */
  files: number;
  /** Documents the model indexes. */
  documents: number;
  /** Reading diagnostics and the `folder` rules' reports at the group's files. */
  diagnostics: Diagnostic<RuleCode>[];
  invalid: InvalidFile[];
  people: PersonPart[];
}

/**
 * A worker's message: what it listed (given files: first); a group's part and the person folders
 * whose files have all been sent (`finished`: in this group or before, each folder once, empty ones
 * too), or those folders alone; that a file reaches beyond its folder (only a full check is exact);
 * or the entries neither files nor folders its listing found (refused); and last, that it is done.
 */
export type CheckWorkerMessage = { listed: Listed } | { group: GroupPart; finished: string[] } | { finished: string[] } | { irregular: string } | { others: string[] } | { end: true };

/**
 * Messages a worker may have sent and the main thread not yet taken in (load-worker.ts's AHEAD):
 * eight groups, so that the workers read on while the main thread checks a unit ahead (30-60 ms
 * at 10,000 people; with two, both workers stood still meanwhile).
 */
const AHEAD = 8;

/**
 * Files per group (each a slice of its own with org.yaml): the group being filled survives every
 * scavenge, so smaller groups collect less garbage, while each group pays for its slice of
 * org.yaml. Since a people-only slice judges no company or unit deadline (RuleContext.peopleOnly)
 * and due dates are kept across slices, 100 to 500 files took about 1 s less CPU time than 1,000 at
 * 10,000 people (25 files still 2 s more).
 */
const GROUP_FILES = 250;

/**
 * Person folders a worker takes at a time from the shared list (`CheckWorkerInput.next`): at 25
 * files a person, a fifth of a group, so that the workers end within a few milliseconds of each
 * other (with a fixed half each, one ended up to 0.6 s before the other at 10,000 people).
 */
const CHUNK_FOLDERS = 8;

const { received } = workerData as CheckWorkerData;
const input = await new Promise<CheckWorkerInput>((resolve) => parentPort?.once('message', resolve));
const { dir, cwd, asOf } = input;
const { groupFiles: groupSize, chunkFolders } = input.sizes ?? { groupFiles: GROUP_FILES, chunkFolders: CHUNK_FOLDERS };
const place: Place = { dir, cwd };
const base = displayBase(place);
const shown = (relative: string) => (base === '' ? relative : `${base}/${relative}`);
let sent = 0;

function post(message: CheckWorkerMessage): void {
  for (let seen = Atomics.load(received, 0); sent - seen >= AHEAD; seen = Atomics.load(received, 0)) Atomics.wait(received, 0, seen, 1000);
  parentPort?.postMessage(message);
  sent++;
}

/** The years' org files (org and partial-org indexes), sent by the main thread once it has read them (the port keeps it until then). */
const orgFiles = new Promise<FileIndex[]>((resolve) => parentPort?.once('message', (message: { orgs: FileIndex[] }) => resolve(message.orgs)));

/** Whether `orgFiles` is in: until then the first group grows rather than wait (`run`). */
let orgsIn = false;
void orgFiles.then(() => (orgsIn = true));

/** Whether the org files are in, after letting their message be taken in. */
async function orgsArrived(): Promise<boolean> {
  if (!orgsIn) await new Promise((resolve) => setImmediate(resolve));
  return orgsIn;
}

/** The org files of one year. */
async function orgsOf(year: number): Promise<FileIndex[]> {
  return (await orgFiles).filter((index) => folderOf(index.path) === String(year));
}

/** The part of a group of person folders (`folders`: folder → its files' indexes) of `year`. */
async function groupPart(year: number, folders: Map<string, FileIndex[]>): Promise<GroupPart> {
  const indexes = [...folders.values()].flat();
  const { load, content } = sliceOf(place, [...(await orgsOf(year)), ...indexes], year);
  await loadMdxParser(load.documents);
  const own = new Set(folders.keys());
  const ids = new Set([...own].map((folder) => folderParts(folder).id));
  // The rules' `invalid` is read only at the people's own paths (overdue: a file that exists but is invalid).
  const invalid = new Set(indexes.filter((index) => index.invalid).map((index) => index.path));
  const rules = content ? runFolderRules(content, { asOf, invalid }, ids, (file) => own.has(folderOf(file)), place, true) : [];
  // The group's own reading diagnostics (the slice's load also holds org.yaml's), in the load's order.
  const reading = indexes.flatMap((index) => index.problems.map((problem) => ({ ...problem, file: shown(index.path) })));
  const org = content?.org?.data;
  const byPath = new Map(indexes.map((index) => [index.path, index]));
  const people = [...own].map((folder): PersonPart => {
    const { id } = folderParts(folder);
    const paths = memberPaths(content, id);
    return {
      id,
      unit: unitOfPerson(content, org, id),
      invalid: (folders.get(folder) ?? []).filter((index) => index.invalid).map((index) => index.path),
      members: [...paths].flatMap((file) => memberIndex(byPath.get(file))),
    };
  });
  return {
    year,
    files: indexes.filter((index) => index.kind !== 'unknown-file').length,
    documents: content ? content.documents.length : 0,
    diagnostics: [...reading, ...rules],
    invalid: invalidFiles({ invalid: [...invalid], diagnostics: reading }),
    people,
  };
}

let group = new Map<string, FileIndex[]>();
let groupYear = 0;
let groupFiles = 0;
/** Folders whose files are all in the group or sent before it, not yet reported `finished`. */
let finished: string[] = [];
async function flush(): Promise<void> {
  // One message for both: a worker may send only AHEAD messages before the main thread takes them in.
  if (group.size > 0) post({ group: await groupPart(groupYear, group), finished });
  else if (finished.length > 0) post({ finished });
  group = new Map();
  groupFiles = 0;
  finished = [];
}

/**
 * Adds the files of whole folders (content paths, in order) to the group, sending it on when it is
 * full and the org files are in; false when a file reaches beyond its folder (reported). With
 * `eachFolder`, each folder is `finished` once its files are in the group.
 */
async function addFiles(files: readonly string[], eachFolder: boolean): Promise<boolean> {
  let previous = '';
  for (const relative of files) {
    const index = workerFileIndex(dir, relative);
    if (!isRegular(index)) {
      post({ irregular: relative });
      return false;
    }
    const folder = folderOf(relative);
    if (folder !== previous) {
      if (eachFolder && previous !== '') finished.push(previous);
      const { year } = folderParts(folder);
      // A group holds whole folders of one year. While the main thread is still reading org.yaml
      // (at 10,000 people, after a worker has read its first group), the group grows: the worker
      // reads on instead of waiting for it.
      if ((groupFiles >= groupSize && (await orgsArrived())) || (group.size > 0 && year !== groupYear)) await flush();
      previous = folder;
      groupYear = year;
    }
    let own = group.get(folder);
    if (!own) group.set(folder, (own = []));
    own.push(index);
    groupFiles++;
  }
  if (eachFolder && previous !== '') finished.push(previous);
  return true;
}

async function run(): Promise<void> {
  const { folders, next } = input;
  if (next === undefined) {
    const { files, others } = folders.length > 0 ? listFolders(dir, folders) : { files: input.files, others: [] };
    post({ listed: { files: files.length, folders: [...new Set(files.map(folderOf))], others } });
    // Refused by the main thread (list-files.ts `refuseEntries`), which stops this worker.
    if (others.length > 0) return;
    if (await addFiles(files, true)) await flush();
    return;
  }
  for (let start = Atomics.add(next, 0, chunkFolders); start < folders.length; start = Atomics.add(next, 0, chunkFolders)) {
    const chunk = folders.slice(start, start + chunkFolders);
    const { files, others } = listFolders(dir, chunk);
    // The main thread stops the workers and names every such entry (list-files.ts `refuseEntries`).
    if (others.length > 0) return post({ others });
    if (!(await addFiles(files, false))) return;
    // Its empty folders (none of their files in a group) are finished too.
    finished.push(...chunk);
    if (groupFiles >= groupSize && (await orgsArrived())) await flush();
  }
  await flush();
}

await run();
post({ end: true });
