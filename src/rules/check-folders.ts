import type { Diagnostic } from '../core/diagnostics.ts';
import { invalidFiles, type InvalidFile } from '../model/invalid-files.ts';
import type { FileIndex } from '../model/load.ts';
import { listFolders } from '../model/list-files.ts';
import { workerFileIndex } from '../model/read-file-index.ts';
import type { RuleCode } from './catalog.ts';
import { displayBase, folderOf, folderParts, isRegular, memberIndex, memberPaths, runFolderRules, sliceOf, unitOfPerson, type Place } from './check-scopes.ts';
import { loadMdxParser } from './mdx-body.ts';

/**
 * The person folders of a split check (check-split.ts), read and checked in groups: by each check
 * worker (check-worker.ts), and in the main thread, which takes folders from the same shared list
 * between taking in the workers' groups. A group's part holds only what the report needs, never
 * the documents themselves.
 */

/** See `FolderGroups`. */
export interface FolderRun {
  dir: string;
  cwd: string;
  asOf: string;
  /** Files per group and folders taken at a time, when not `GROUP_FILES` and `CHUNK_FOLDERS` (tests make them small). */
  sizes?: WorkerSizes;
}

/** See `FolderRun.sizes`. */
export interface WorkerSizes {
  groupFiles: number;
  chunkFolders: number;
}

/** What a worker listed (its first message, given files): how many files, the person folders holding any, and entries neither files nor folders (refused). */
export interface Listed {
  files: number;
  folders: string[];
  others: string[];
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
 * What reading folders gives, in order: what a worker listed (given files: first); a group's part
 * and the person folders whose files have all been given (`finished`: in this group or before, each
 * folder once, empty ones too), or those folders alone; that a file reaches beyond its folder (only
 * a full check is exact); or the entries neither files nor folders a listing found (refused); and
 * last, that it is done.
 */
export type FolderMessage = { listed: Listed } | { group: GroupPart; finished: string[] } | { finished: string[] } | { irregular: string } | { others: string[] } | { end: true };

/**
 * Files per group (each a slice of its own with org.yaml): the group being filled survives every
 * scavenge, so smaller groups collect less garbage, while each group pays for its slice of
 * org.yaml. Since a people-only slice judges no company or unit deadline (RuleContext.peopleOnly)
 * and due dates are kept across slices, 100 to 500 files took about 1 s less CPU time than 1,000 at
 * 10,000 people (25 files still 2 s more).
 */
const GROUP_FILES = 250;

/**
 * Person folders taken at a time from the shared list (`runShared`): at 25 files a person, under a
 * group, so that the threads end within a few milliseconds of each other (with a fixed half each,
 * one worker ended up to 0.6 s before the other at 10,000 people).
 */
const CHUNK_FOLDERS = 8;

/**
 * Reads whole person folders into groups of one year, runs the `folder` rules on each group against
 * the year's org.yaml, and gives each group's part to `give`. `orgs` are the years' org files
 * (org and partial-org indexes), awaited by a group's rules; `orgsArrived` says whether they are in
 * (until then the first group grows rather than wait).
 */
export class FolderGroups {
  private readonly run: FolderRun;
  private readonly place: Place;
  private readonly orgs: Promise<FileIndex[]>;
  private readonly orgsArrived: () => Promise<boolean>;
  private readonly give: (message: FolderMessage) => void;
  private readonly groupSize: number;
  private readonly chunkFolders: number;
  private group = new Map<string, FileIndex[]>();
  private groupYear = 0;
  private groupFiles = 0;
  /** Folders whose files are all in the group or given before it, not yet given as `finished`. */
  private finished: string[] = [];

  constructor(run: FolderRun, orgs: Promise<FileIndex[]>, orgsArrived: () => Promise<boolean>, give: (message: FolderMessage) => void) {
    this.run = run;
    this.place = { dir: run.dir, cwd: run.cwd };
    this.orgs = orgs;
    this.orgsArrived = orgsArrived;
    this.give = give;
    this.groupSize = run.sizes?.groupFiles ?? GROUP_FILES;
    this.chunkFolders = run.sizes?.chunkFolders ?? CHUNK_FOLDERS;
  }

  /** Reads `files` (content paths of whole folders, in order), or lists `folders` first (their listing given first, then refused when it holds entries neither files nor folders). */
  async runListed(files: readonly string[], folders: readonly string[]): Promise<void> {
    const listed = folders.length > 0 ? listFolders(this.run.dir, folders) : { files, others: [] };
    this.give({ listed: { files: listed.files.length, folders: [...new Set(listed.files.map(folderOf))], others: listed.others } });
    if (listed.others.length > 0) return;
    if (await this.addFiles(listed.files, true)) await this.flush();
  }

  /**
   * Takes `chunkFolders` folders at a time from `folders` (`next`, element 0, counts those taken by
   * every thread) and reads them, until none are left or `going` says stop; `between` runs after
   * each chunk (the main thread takes in the workers' groups then).
   */
  async runShared(folders: readonly string[], next: Int32Array, going: () => boolean = () => true, between?: () => Promise<void>): Promise<void> {
    const size = this.chunkFolders;
    for (let start = Atomics.add(next, 0, size); start < folders.length && going(); start = Atomics.add(next, 0, size)) {
      const chunk = folders.slice(start, start + size);
      const { files, others } = listFolders(this.run.dir, chunk);
      // The main thread stops every thread and names every such entry (list-files.ts `refuseEntries`).
      if (others.length > 0) return this.give({ others });
      if (!(await this.addFiles(files, false))) return;
      // Its empty folders (none of their files in a group) are finished too.
      this.finished.push(...chunk);
      if (this.groupFiles >= this.groupSize && (await this.orgsArrived())) await this.flush();
      await between?.();
    }
    if (going()) await this.flush();
  }

  /**
   * Adds the files of whole folders (content paths, in order) to the group, giving it on when it
   * is full and the org files are in; false when a file reaches beyond its folder (given as
   * `irregular`). With `eachFolder`, each folder is `finished` once its files are in the group.
   */
  private async addFiles(files: readonly string[], eachFolder: boolean): Promise<boolean> {
    let previous = '';
    for (const relative of files) {
      const index = workerFileIndex(this.run.dir, relative);
      if (!isRegular(index)) {
        this.give({ irregular: relative });
        return false;
      }
      const folder = folderOf(relative);
      if (folder !== previous) {
        if (eachFolder && previous !== '') this.finished.push(previous);
        const { year } = folderParts(folder);
        // A group holds whole folders of one year. While the main thread is still reading org.yaml
        // (at 10,000 people, after a worker has read its first group), the group grows: the worker
        // reads on instead of waiting for it.
        if ((this.groupFiles >= this.groupSize && (await this.orgsArrived())) || (this.group.size > 0 && year !== this.groupYear)) await this.flush();
        previous = folder;
        this.groupYear = year;
      }
      let own = this.group.get(folder);
      if (!own) this.group.set(folder, (own = []));
      own.push(index);
      this.groupFiles++;
    }
    if (eachFolder && previous !== '') this.finished.push(previous);
    return true;
  }

  private async flush(): Promise<void> {
    const { group, finished } = this;
    this.group = new Map();
    this.groupFiles = 0;
    this.finished = [];
    // One message for both: a worker may send only so many messages before the main thread takes them in.
    if (group.size > 0) this.give({ group: await this.groupPart(this.groupYear, group), finished });
    else if (finished.length > 0) this.give({ finished });
  }

  /** The part of a group of person folders (`folders`: folder → its files' indexes) of `year`. */
  private async groupPart(year: number, folders: Map<string, FileIndex[]>): Promise<GroupPart> {
    const { place, run } = this;
    const indexes = [...folders.values()].flat();
    const orgs = (await this.orgs).filter((index) => folderOf(index.path) === String(year));
    const { load, content } = sliceOf(place, [...orgs, ...indexes], year);
    await loadMdxParser(load.documents);
    const own = new Set(folders.keys());
    const ids = new Set([...own].map((folder) => folderParts(folder).id));
    // The rules' `invalid` is read only at the people's own paths (overdue: a file that exists but is invalid).
    const invalid = new Set(indexes.filter((index) => index.invalid).map((index) => index.path));
    const rules = content ? runFolderRules(content, { asOf: run.asOf, invalid }, ids, (file) => own.has(folderOf(file)), place, true) : [];
    // The group's own reading diagnostics (the slice's load also holds org.yaml's), in the load's order.
    const base = displayBase(place);
    const reading = indexes.flatMap((index) => index.problems.map((problem) => ({ ...problem, file: base === '' ? index.path : `${base}/${index.path}` })));
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
}
