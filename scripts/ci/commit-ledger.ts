import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { RECORD_COMMITTER, recordCommitMessage } from '../../src/approvals/bot-identity.ts';
import { LEDGER_PATH } from '../../src/approvals/ledger.ts';

/** Recording refused: something other than the ledger differs, so the commit could smuggle it in. */
export class LedgerCommitError extends Error {
  readonly code = 'ledger-commit';
}

/**
 * Paths that differ from HEAD (staged, unstaged or untracked), from `git status --porcelain=v1 -z`.
 * A rename lists both its paths.
 */
export function changedPaths(porcelain: string): string[] {
  const fields = porcelain.split('\0');
  const paths: string[] = [];
  for (let index = 0; index < fields.length; index++) {
    const field = fields[index] ?? '';
    if (field.length < 4) continue;
    paths.push(field.slice(3));
    // Renames and copies carry the original path as the next field.
    if (/^[RC]/.test(field) || /^.[RC]/.test(field)) paths.push(fields[++index] ?? '');
  }
  return paths;
}

const git = (dir: string, args: string[], env: NodeJS.ProcessEnv = {}) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

/**
 * Commits the ledger and nothing else, as the record bot: refuses when any other path differs from
 * HEAD, stages only the ledger, and checks the commit changes exactly that one file. Returns the new
 * commit id, or null when the ledger did not change (nothing was approved).
 */
export function commitLedger(dir: string, pr: number): string | null {
  const others = changedPaths(git(dir, ['status', '--porcelain=v1', '-z', '--untracked-files=all'])).filter((file) => file !== LEDGER_PATH);
  if (others.length) throw new LedgerCommitError(`Refusing to record: besides ${LEDGER_PATH}, the work tree differs in ${others.map((file) => JSON.stringify(file)).join(', ')}`);
  if (git(dir, ['status', '--porcelain=v1', '-z', '--', LEDGER_PATH]) === '') return null;
  git(dir, ['add', '--', LEDGER_PATH]);
  const identity = { GIT_AUTHOR_NAME: RECORD_COMMITTER.name, GIT_AUTHOR_EMAIL: RECORD_COMMITTER.email, GIT_COMMITTER_NAME: RECORD_COMMITTER.name, GIT_COMMITTER_EMAIL: RECORD_COMMITTER.email };
  git(dir, ['-c', 'commit.gpgsign=false', 'commit', '--no-verify', '--quiet', '-m', recordCommitMessage(pr), '--', LEDGER_PATH], identity);
  const touched = git(dir, ['diff-tree', '--no-commit-id', '--name-only', '-r', '-z', 'HEAD']).split('\0').filter(Boolean);
  if (touched.length !== 1 || touched[0] !== LEDGER_PATH) throw new LedgerCommitError(`Refusing to push: the ledger commit changes ${touched.join(', ')}`);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}

// In record.yml: `node scripts/ci/commit-ledger.ts DIR PR_NUMBER`; prints the commit id (or nothing).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir = '', pr = ''] = process.argv.slice(2);
  if (!dir || !/^[1-9]\d{0,9}$/.test(pr)) {
    process.stderr.write('Usage: node scripts/ci/commit-ledger.ts REPO_DIR PR_NUMBER\n');
    process.exitCode = 2;
  } else {
    try {
      process.stdout.write(`${commitLedger(dir, Number(pr)) ?? ''}\n`);
    } catch (error) {
      if (!(error instanceof LedgerCommitError)) throw error;
      process.stderr.write(`${error.message}\n`);
      process.exitCode = 1;
    }
  }
}
