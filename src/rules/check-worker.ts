import { parentPort, workerData } from 'node:worker_threads';
import type { FileIndex } from '../model/load.ts';
import { FolderGroups, type FolderMessage, type FolderRun } from './check-folders.ts';

/**
 * One worker of the split check (check-split.ts): reads whole person folders and checks them in
 * groups (check-folders.ts `FolderGroups`), posting each group's part to the main thread. It is
 * started before the files are listed (its modules load meanwhile) and gets two messages: its
 * input, then the org files' indexes.
 */
export interface CheckWorkerInput extends FolderRun {
  /** Its people's files (content paths, whole folders), sorted. */
  files: string[];
  /**
   * Or person folders, whose files it lists itself (list-files.ts `listFolders`): its own share, or
   * with `next` every person folder of the check, in the order of their files, shared by all the
   * threads, each taking the next few (`FolderGroups.runShared`), so that they end together however
   * fast each one runs.
   */
  folders: string[];
  /** The folders taken so far (element 0), shared by every thread; with `folders`. */
  next?: Int32Array;
}

/** What a worker is started with. */
export interface CheckWorkerData {
  /** Messages the main thread has taken in so far (element 0), so a worker never runs far ahead. */
  received: Int32Array;
}

/** A worker's message (check-folders.ts `FolderMessage`). */
export type CheckWorkerMessage = FolderMessage;

/**
 * Messages a worker may have sent and the main thread not yet taken in (load-worker.ts's AHEAD):
 * eight groups, so that the workers read on while the main thread checks a unit ahead (30-60 ms
 * at 10,000 people; with two, both workers stood still meanwhile).
 */
const AHEAD = 8;

const { received } = workerData as CheckWorkerData;
const input = await new Promise<CheckWorkerInput>((resolve) => parentPort?.once('message', resolve));
let sent = 0;

function post(message: CheckWorkerMessage): void {
  for (let seen = Atomics.load(received, 0); sent - seen >= AHEAD; seen = Atomics.load(received, 0)) Atomics.wait(received, 0, seen, 1000);
  parentPort?.postMessage(message);
  sent++;
}

/** The years' org files (org and partial-org indexes), sent by the main thread once it has read them (the port keeps it until then). */
const orgFiles = new Promise<FileIndex[]>((resolve) => parentPort?.once('message', (message: { orgs: FileIndex[] }) => resolve(message.orgs)));

/** Whether `orgFiles` is in: until then the first group grows rather than wait. */
let orgsIn = false;
void orgFiles.then(() => (orgsIn = true));

/** Whether the org files are in, after letting their message be taken in. */
async function orgsArrived(): Promise<boolean> {
  if (!orgsIn) await new Promise((resolve) => setImmediate(resolve));
  return orgsIn;
}

const groups = new FolderGroups(input, orgFiles, orgsArrived, post);
if (input.next === undefined) await groups.runListed(input.files, input.folders);
else await groups.runShared(input.folders, input.next);
post({ end: true });
