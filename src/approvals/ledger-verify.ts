import fs, { readFileSync } from 'node:fs';
import path from 'node:path';
import git from 'isomorphic-git';
import type { Diagnostic } from '../core/diagnostics.ts';
import { changedFiles, textAt, type GitRepo } from './git.ts';
import { LEDGER_PATH, LedgerError, parseLedger, type LedgerRecord } from './ledger.ts';
import { isRecorder, RECORDER } from './recorder.ts';

/** One ledger line and whether Git history vouches for it. */
export interface CheckedRecord {
  record: LedgerRecord;
  /** 1-based line in the ledger file. */
  line: number;
  /**
   * `verified`: added by a recorder commit; `demo`: marked demo (scripts/demo-approvals.ts), trusted
   * by nobody; `unverified`: anything else, which counts for nothing.
   */
  trust: 'verified' | 'demo' | 'unverified';
}

/** Ledger lines the recorder added, and whether the whole first-parent history could be read. */
export interface RecorderLines {
  lines: Set<string>;
  /** False for a shallow clone (actions/checkout's default) or a folder that is no Git checkout. */
  complete: boolean;
}

/**
 * Ledger lines added by the recording workflow along the first-parent history of `ref`. A commit
 * counts when its author and committer are both the recorder, it has one parent, it changes nothing
 * but the ledger, and it only appends to it.
 *
 * Why first-parent history and both identities: anyone can write a commit that claims the bot as
 * author, but on a protected default branch only the bot pushes directly; a pull request's commits
 * reach it as a merge's second parent (merge), or rewritten with GitHub as committer (rebase) or the
 * opener as author (squash). So on the default branch these rules are as strong as branch protection.
 */
export async function recorderLines(repo: GitRepo, ref = 'HEAD'): Promise<RecorderLines> {
  const { dir, fs: client = fs, cache = {} } = repo;
  const lines = new Set<string>();
  let oid: string | undefined = await git.resolveRef({ fs: client, dir, ref }).catch(() => undefined);
  if (!oid) return { lines, complete: false };
  while (oid) {
    let commit: Commit;
    try {
      ({ commit } = await git.readCommit({ fs: client, dir, oid, cache }));
    } catch (error) {
      // A shallow clone ends in a parent that is not there: what lies beyond cannot vouch for anything.
      if (error instanceof git.Errors.NotFoundError) return { lines, complete: false };
      throw error;
    }
    const [parent] = commit.parent;
    if (parent && commit.parent.length === 1 && isRecorder(commit.author) && isRecorder(commit.committer)) {
      const changes = await changedFiles(repo, parent, oid).catch(() => []);
      const [before, after] = [(await textAt(repo, parent, LEDGER_PATH)) ?? '', (await textAt(repo, oid, LEDGER_PATH)) ?? ''];
      if (changes.length === 1 && changes[0]?.path === LEDGER_PATH && after.startsWith(before)) {
        for (const line of after.slice(before.length).split('\n')) if (line.trim() !== '') lines.add(line);
      }
    }
    oid = parent;
  }
  return { lines, complete: true };
}

type Commit = Awaited<ReturnType<typeof git.readCommit>>['commit'];

/** Every record of a ledger text, each with how far Git history vouches for it. */
export function checkRecords(text: string, verified: ReadonlySet<string>): CheckedRecord[] {
  const records = parseLedger(text);
  const lines = text.split('\n').map((line, index) => ({ line, number: index + 1 })).filter(({ line }) => line.trim() !== '');
  return records.map((record, index) => {
    const { line, number } = lines[index] as { line: string; number: number };
    return { record, line: number, trust: verified.has(line) ? 'verified' : record.demo ? 'demo' : 'unverified' };
  });
}

/**
 * For `plan check`: a warning on every ledger record Git history does not vouch for, and one warning
 * for all demo records together, so a record a pull request slipped in never clears "changed after
 * approval" silently. A ledger about another content folder is not this content's to judge.
 */
export async function ledgerDiagnostics({ root, contentDir }: { root: string; contentDir: string }): Promise<Diagnostic[]> {
  let text: string;
  try {
    text = readFileSync(path.join(root, LEDGER_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const prefix = path.relative(root, path.resolve(root, contentDir)).split(path.sep).join('/');
  const at = (line: number, message: string, extra: Partial<Diagnostic> = {}): Diagnostic => ({ rule: 'unverified-approval', severity: 'warning', file: LEDGER_PATH, line, column: 1, message, ...extra });
  let records: CheckedRecord[];
  const history = await recorderLines({ dir: root, cache: {} });
  try {
    records = checkRecords(text, history.lines);
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    const line = Number(/:(\d+):/.exec(error.message)?.[1] ?? 1);
    return text.includes(`"${prefix}/`) ? [at(line, error.message, { hint: 'Ledger lines are written by the recording workflow only; restore the line from Git history.' })] : [];
  }
  if (!records.some(({ record }) => record.path.startsWith(`${prefix}/`))) return [];
  const out: Diagnostic[] = [];
  const demo = records.filter((checked) => checked.trust === 'demo');
  if (demo[0]) {
    out.push(
      at(demo[0].line, `Unexpected ${demo.length} approval record${demo.length === 1 ? '' : 's'} marked "demo": true, expected records added by the recording workflow`, {
        hint: 'Demo data from scripts/demo-approvals.ts that no pull request made; delete these lines before real use.',
      }),
    );
  }
  const unverified = records.filter((checked) => checked.trust === 'unverified');
  if (!history.complete && unverified[0]) {
    // One warning, not one per record: the history is missing, not the records wrong.
    out.push(
      at(unverified[0].line, `Unexpected incomplete Git history: ${unverified.length} approval record${unverified.length === 1 ? '' : 's'} cannot be verified, expected the full history of the branch`, {
        hint: 'Clone with full history (actions/checkout with fetch-depth: 0); until then these records count for nothing.',
      }),
    );
    return out;
  }
  for (const { record, line } of unverified) {
    out.push(
      at(line, `Unexpected approval record for ${record.path} (#${record.pr}): not added by the recording workflow, so it counts for nothing`, {
        expected: `a line added by a commit of ${RECORDER.name} on this branch that changes only ${LEDGER_PATH}`,
        hint: 'Approvals are recorded by record.yml after a merge; a record written by hand or by a pull request is ignored.',
      }),
    );
  }
  return out;
}
