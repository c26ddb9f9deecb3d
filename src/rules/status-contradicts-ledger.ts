import { readFileSync } from 'node:fs';
import path from 'node:path';
import { LEDGER_PATH } from '../approvals/ledger.ts';
import { documentApproval } from '../approvals/approval-state.ts';
import { readProvenance } from '../approvals/provenance.ts';
import type { CodeDocs, Diagnostic } from '../core/diagnostics.ts';
import type { LoadResult } from '../model/load.ts';
import type { RepositoryContext } from './codeowners-sync.ts';
import { say } from './rule-messages.ts';

/** The codes this module reports, for the catalog and the format reference. */
export const codes = {
  'status-contradicts-ledger': {
    severity: 'warning',
    summary: 'A document whose `status: approved` the approval ledger contradicts: changed after its last recorded approval, or never approved.',
  },
} as const satisfies CodeDocs;

/**
 * `status:` is the author's claim; the ledger (records the recording workflow added) is what
 * happened. A claim of approved that the ledger contradicts is a warning on the status line. Content
 * without any ledger record has no ledger to contradict it (a tarball, a test fixture), so nothing
 * is judged there.
 */
export async function statusContradictsLedger(load: Pick<LoadResult, 'documents'>, { root, contentDir }: RepositoryContext): Promise<Diagnostic<keyof typeof codes>[]> {
  // No ledger record about this content: nothing to contradict, and Git history need not be read.
  if (!ledgerNamesContent({ root, contentDir })) return [];
  const prefix = path.relative(root, path.resolve(root, contentDir)).split(path.sep).join('/');
  const provenance = await readProvenance({ dir: root, contentDir: prefix });
  if (provenance.size === 0) return [];
  return load.documents.flatMap((document): Diagnostic<keyof typeof codes>[] => {
    const record = provenance.get(document.path);
    const { contradiction } = documentApproval(document.data.status, record);
    if (!contradiction) return [];
    const message = contradiction === 'changed-after-approval'
      ? say('status-contradicts-ledger.changed', { pr: record?.approved.pr ?? '', oid: record?.approved.oid.slice(0, 7) ?? '' })
      : say('status-contradicts-ledger.never');
    return [{
      rule: 'status-contradicts-ledger',
      severity: 'warning',
      file: document.file,
      ...document.locate(['status']),
      message,
      hint: say('status-contradicts-ledger.hint'),
    }];
  });
}

/** Does the approval ledger hold a record about this content? Only then does the rule read its documents. */
export function ledgerNamesContent({ root, contentDir }: RepositoryContext): boolean {
  const prefix = path.relative(root, path.resolve(root, contentDir)).split(path.sep).join('/');
  return ledgerText(root).includes(`"${prefix}/`);
}

function ledgerText(root: string): string {
  try {
    return readFileSync(path.join(root, LEDGER_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}
