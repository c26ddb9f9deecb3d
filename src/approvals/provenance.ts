import nodeFs from 'node:fs';
import path from 'node:path';
import git from '../core/isomorphic-git.ts';
import { listFiles } from '../model/content-files.ts';
import { filesAt, gitOptions } from './git.ts';
import { readLedgerText, type LedgerRecord } from './ledger.ts';
import { checkRecords, recorderLines } from './ledger-verify.ts';

/** Who approved which version of one document, and whether it is still that version. */
export interface Provenance {
  /** Repository path, e.g. `content/2026/units/east/budget.mdx`. */
  path: string;
  /** The last approved version: its blob id, pull request, and each stage's approver and time. */
  approved: LedgerRecord;
  /** Every approved version, newest first. */
  history: LedgerRecord[];
  /** Blob id of the document now; null when it no longer exists. */
  currentOid: string | null;
  /** The document's content differs from its last approved version. */
  changedAfterApproval: boolean;
}

export interface ProvenanceOptions {
  /** The repository's working tree (where `.git` and the ledger are). */
  dir: string;
  fs?: typeof nodeFs;
  /** isomorphic-git cache; pass the same object to every Git read of one build. */
  cache?: object;
  /** Commit whose content is "current" (default HEAD). */
  ref?: string;
  contentDir?: string;
}

/**
 * The provenance of every approved document, keyed by path inside the content folder
 * (`2026/units/east/budget.mdx`, as `Loaded.path`). One tree walk reads the current blob id of every
 * content file (issue 4: no per-file history walks). Outside a Git checkout (a source tarball) the
 * working files are hashed instead, which gives the same blob ids. Only records the recording
 * workflow added (or demo records, flagged as such) count; `plan check` warns about the others.
 */
export async function readProvenance({ dir, fs = nodeFs, cache = {}, ref = 'HEAD', contentDir = 'content' }: ProvenanceOptions): Promise<Map<string, Provenance>> {
  const ledger = checkRecords(readLedgerText(dir), (await recorderLines({ dir, fs, cache }, ref)).lines)
    .filter((checked) => checked.trust !== 'unverified')
    .map((checked) => checked.record)
    .filter((record) => record.path.startsWith(`${contentDir}/`));
  const result = new Map<string, Provenance>();
  // No record about this content folder: nothing to compare, so no file is hashed (250k at 10,000 people).
  if (ledger.length === 0) return result;
  const current = await currentOids({ dir, fs, cache, ref, contentDir });
  const byPath = new Map<string, LedgerRecord[]>();
  for (const record of ledger) byPath.set(record.path, [...(byPath.get(record.path) ?? []), record]);
  for (const [repoPath, records] of byPath) {
    // Ledger order is merge order; appending is the only way records get there.
    const history = [...records].reverse();
    const approved = history[0] as LedgerRecord;
    const currentOid = current.get(repoPath) ?? null;
    result.set(repoPath.slice(contentDir.length + 1), { path: repoPath, approved, history, currentOid, changedAfterApproval: currentOid !== approved.oid });
  }
  return result;
}

async function currentOids({ dir, fs, cache, ref, contentDir }: Required<ProvenanceOptions>): Promise<Map<string, string>> {
  let commit: string | undefined;
  try {
    commit = await git.resolveRef({ ...gitOptions({ dir, fs, cache }), ref });
  } catch {
    commit = undefined;
  }
  if (commit) return new Map([...(await filesAt({ dir, fs, cache }, commit, `${contentDir}/`))].map(([file, blob]) => [file, blob.oid]));
  const oids = new Map<string, string>();
  for (const file of await listFiles(path.join(dir, contentDir))) {
    const { oid } = await git.hashBlob({ object: fs.readFileSync(path.join(dir, contentDir, file)) });
    oids.set(`${contentDir}/${file}`, oid);
  }
  return oids;
}
