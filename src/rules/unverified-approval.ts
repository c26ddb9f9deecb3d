import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RECORD_COMMITTER } from '../approvals/bot-identity.ts';
import { checkRecords, recorderLines, type CheckedRecord } from '../approvals/ledger-verify.ts';
import { LEDGER_PATH, LedgerError } from '../approvals/ledger.ts';
import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import type { RepositoryContext } from './codeowners-sync.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'unverified-approval': {
    severity: 'warning',
    summary: 'A line of `.github/approvals.jsonl` that no commit of the recording workflow added (or a demo record): it counts for nothing.',
  },
} as const satisfies CodeDocs;

type LedgerDiagnostic = Diagnostic<keyof typeof codes>;

/**
 * Ledger records count only when Git history shows the recording workflow added them (issue 10): a
 * warning on every record history does not vouch for, and one warning for all demo records together,
 * so a record a pull request slipped in never clears "changed after approval" silently. Without a
 * ledger there is nothing to verify, and a ledger about another content folder is not this content's
 * to judge (so its history is not even read).
 */
export async function unverifiedApproval({ root, contentDir }: RepositoryContext): Promise<LedgerDiagnostic[]> {
  let text: string;
  try {
    text = readFileSync(path.join(root, LEDGER_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const prefix = path.relative(root, path.resolve(root, contentDir)).split(path.sep).join('/');
  if (!text.includes(`"${prefix}/`)) return [];
  const at = (line: number, message: string, extra: Partial<LedgerDiagnostic> = {}): LedgerDiagnostic => ({ rule: 'unverified-approval', severity: 'warning', file: LEDGER_PATH, line, column: 1, message, ...extra });
  let records: CheckedRecord[];
  const history = await recorderLines({ dir: root, cache: {} });
  try {
    records = checkRecords(text, history.lines);
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    const line = Number(/:(\d+):/.exec(error.message)?.[1] ?? 1);
    return [at(line, error.message, { hint: 'Ledger lines are written by the recording workflow only; restore the line from Git history.' })];
  }
  if (!records.some(({ record }) => record.path.startsWith(`${prefix}/`))) return [];
  const out: LedgerDiagnostic[] = [];
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
        expected: `a line added by a commit of ${RECORD_COMMITTER.name} on this branch that changes only ${LEDGER_PATH}`,
        hint: 'Approvals are recorded by record.yml after a merge; a record written by hand or by a pull request is ignored.',
      }),
    );
  }
  return out;
}
