import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RECORD_COMMITTER } from '../approvals/bot-identity.ts';
import { checkRecords, recorderLines, type CheckedRecord } from '../approvals/ledger-verify.ts';
import { LEDGER_PATH, LedgerError } from '../approvals/ledger.ts';
import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import type { RepositoryContext } from './codeowners-sync.ts';
import { say } from './rule-messages.ts';
import { verbatim, type Text } from '../core/messages.ts';

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
  const at = (line: number, message: Text, extra: Partial<LedgerDiagnostic> = {}): LedgerDiagnostic => ({ rule: 'unverified-approval', severity: 'warning', file: LEDGER_PATH, line, column: 1, message, ...extra });
  let records: CheckedRecord[];
  const history = await recorderLines({ dir: root, cache: {} });
  try {
    records = checkRecords(text, history.lines);
  } catch (error) {
    if (!(error instanceof LedgerError)) throw error;
    const line = Number(/:(\d+):/.exec(error.message)?.[1] ?? 1);
    return [at(line, verbatim(error.message), { hint: say('unverified-approval.ledger-hint') })];
  }
  if (!records.some(({ record }) => record.path.startsWith(`${prefix}/`))) return [];
  const out: LedgerDiagnostic[] = [];
  const demo = records.filter((checked) => checked.trust === 'demo');
  if (demo[0]) {
    out.push(
      at(demo[0].line, say('unverified-approval.demo', { count: demo.length }), {
        hint: say('unverified-approval.demo-hint'),
      }),
    );
  }
  const unverified = records.filter((checked) => checked.trust === 'unverified');
  if (!history.complete && unverified[0]) {
    // One warning, not one per record: the history is missing, not the records wrong.
    out.push(
      at(unverified[0].line, say('unverified-approval.history', { count: unverified.length }), {
        hint: say('unverified-approval.history-hint'),
      }),
    );
    return out;
  }
  for (const { record, line } of unverified) {
    out.push(
      at(line, say('unverified-approval.record', { path: record.path, pr: record.pr }), {
        hint: say('unverified-approval.record-hint', { committer: RECORD_COMMITTER.name, ledger: LEDGER_PATH }),
      }),
    );
  }
  return out;
}
