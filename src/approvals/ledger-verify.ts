import git from '../core/isomorphic-git.ts';
import { changedFiles, gitOptions, textAt, type GitRepo } from './git.ts';
import { isRecordCommitter } from './bot-identity.ts';
import { LEDGER_PATH, parseLedger, type LedgerRecord } from './ledger.ts';

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
 * counts when its author and committer are both the record bot (`RECORD_COMMITTER`, the identity
 * `scripts/ci/commit-ledger.ts` commits with), it has one parent, it changes nothing but the ledger,
 * and it only appends to it.
 *
 * Why first-parent history and the committer: anyone can write a commit that claims the bot, but on
 * a protected default branch only the record app may push directly, and every GitHub merge method
 * rewrites the committer to GitHub (rebase, squash) or puts a pull request's commits on a merge's
 * second parent. So on the default branch these rules are as strong as branch protection.
 */
export async function recorderLines(repo: GitRepo, ref = 'HEAD'): Promise<RecorderLines> {
  const options = gitOptions(repo);
  const lines = new Set<string>();
  let oid: string | undefined = await git.resolveRef({ ...options, ref }).catch(() => undefined);
  if (!oid) return { lines, complete: false };
  while (oid) {
    let commit: Commit;
    try {
      ({ commit } = await git.readCommit({ ...options, oid }));
    } catch (error) {
      // A shallow clone ends in a parent that is not there: what lies beyond cannot vouch for anything.
      if (error instanceof git.Errors.NotFoundError) return { lines, complete: false };
      throw error;
    }
    const [parent] = commit.parent;
    if (parent && commit.parent.length === 1 && isRecordCommitter(commit.author) && isRecordCommitter(commit.committer)) {
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
