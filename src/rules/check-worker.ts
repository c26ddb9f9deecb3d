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
  /** Or its people's folders, whose files it lists itself (list-files.ts `listFolders`), in the order of their files. */
  folders: string[];
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

/** A worker's message: a group's part, or that a file reaches beyond its folder (only a full check is exact). */
export type CheckWorkerMessage = { listed: Listed } | { group: GroupPart } | { irregular: string };

/** Messages a worker may have sent and the main thread not yet taken in (load-worker.ts's AHEAD). */
const AHEAD = 2;

/**
 * Files per group (each a slice of its own with org.yaml): the group being filled survives every
 * scavenge, so smaller groups collect less garbage, while each group pays for org.yaml's people
 * (at 10,000 people, 1,000 files took less CPU time than 250 or 5,000).
 */
const GROUP_FILES = 1000;

const { received } = workerData as CheckWorkerData;
const input = await new Promise<CheckWorkerInput>((resolve) => parentPort?.once('message', resolve));
const { dir, cwd, asOf } = input;
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
  const rules = content ? runFolderRules(content, { asOf, invalid }, ids, (file) => own.has(folderOf(file)), place) : [];
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
async function flush(): Promise<void> {
  if (group.size > 0) post({ group: await groupPart(groupYear, group) });
  group = new Map();
  groupFiles = 0;
}

async function run(): Promise<void> {
  const { files, others } = input.folders.length > 0 ? listFolders(dir, input.folders) : { files: input.files, others: [] };
  post({ listed: { files: files.length, folders: [...new Set(files.map(folderOf))], others } });
  // Refused by the main thread (list-files.ts `refuseEntries`), which stops this worker.
  if (others.length > 0) return;
  let previous = '';
  for (const relative of files) {
    const index = workerFileIndex(dir, relative);
    if (!isRegular(index)) return post({ irregular: relative });
    const folder = folderOf(relative);
    if (folder !== previous) {
      const { year } = folderParts(folder);
      // A group holds whole folders of one year. While the main thread is still reading org.yaml
      // (at 10,000 people, after a worker has read its first group), the group grows: the worker
      // reads on instead of waiting for it.
      if ((groupFiles >= GROUP_FILES && (await orgsArrived())) || (group.size > 0 && year !== groupYear)) await flush();
      previous = folder;
      groupYear = year;
    }
    let own = group.get(folder);
    if (!own) group.set(folder, (own = []));
    own.push(index);
    groupFiles++;
  }
  await flush();
}

await run();
