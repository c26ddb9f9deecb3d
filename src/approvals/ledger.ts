import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Role } from './chains.ts';
import type { DocumentResult } from './evaluate.ts';
import { PlanbookError } from '../core/errors.ts';
import { readableIssues } from '../core/zod-issues.ts';
import { say } from './approval-messages.ts';
import { LEDGER_PATH } from './repo-paths.ts';

export { LEDGER_PATH };

const roles = ['gm', 'marketingVp', 'finance', 'unitManager', 'owners'] as const satisfies readonly Role[];

/** One approved version of one document: a line of the ledger. */
export const ledgerRecordSchema = z.strictObject({
  /** Repository path, e.g. `content/2026/units/east/budget.mdx`. */
  path: z.string().min(1),
  /** Git blob id of the approved content: the version the approvers reviewed at the approved head. */
  oid: z.string().regex(/^[0-9a-f]{40}$/),
  /**
   * Set when the merged version differs from the reviewed one (something merged into the branch
   * after the approvals): the blob id that merged, or null when the merge deleted the file. The
   * approval stays bound to `oid`, so the portal shows the document as changed after approval.
   */
  mergedOid: z.string().regex(/^[0-9a-f]{40}$/).nullable().optional(),
  /** Pull request number. */
  pr: z.int().positive(),
  /** Each stage of the chain, in order, with who approved it and when. */
  stages: z.array(
    z.strictObject({
      role: z.enum(roles),
      /** Set when a deputy approved because the usual holder was the author. */
      deputyFor: z.enum(roles).optional(),
      login: z.string().min(1),
      name: z.string().min(1),
      at: z.string().min(1),
    }),
  ),
  /** When the pull request merged (ISO date-time). */
  mergedAt: z.string().min(1),
  /** The merge commit, when known. */
  mergeCommit: z.string().regex(/^[0-9a-f]{40}$/).nullable(),
  /** Marks the shipped demo records (scripts/demo-approvals.ts), which no real pull request made. */
  demo: z.literal(true).optional(),
});

export type LedgerRecord = z.infer<typeof ledgerRecordSchema>;

/** The ledger file is malformed: the message names the line. */
export class LedgerError extends PlanbookError {
  readonly exitCode = 2;
  readonly code = 'ledger';
}

/** Parses the ledger text; a missing ledger is an empty one. */
export function parseLedger(text: string, file = LEDGER_PATH): LedgerRecord[] {
  return text.split('\n').flatMap((line, index) => {
    if (line.trim() === '') return [];
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      throw new LedgerError(say('error.ledger-json', { file, line: index + 1 }));
    }
    const parsed = ledgerRecordSchema.safeParse(json);
    if (!parsed.success) {
      const [issue] = readableIssues(parsed.error.issues, json, ledgerRecordSchema);
      throw new LedgerError(say('error.ledger-field', { file, line: index + 1, field: issue?.path.join('.') ?? '', problem: issue?.message ?? '' }));
    }
    return [parsed.data];
  });
}

/** The ledger's text in a working tree; a missing ledger is an empty one. */
export function readLedgerText(dir: string): string {
  try {
    return readFileSync(path.join(dir, LEDGER_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return '';
    throw error;
  }
}

export function readLedger(dir: string): LedgerRecord[] {
  return parseLedger(readLedgerText(dir), LEDGER_PATH);
}

/** Appends records atomically (temp file + rename), so an interrupted run never leaves half a line. */
export function appendLedger(dir: string, records: readonly LedgerRecord[]): void {
  const file = path.join(dir, LEDGER_PATH);
  let existing = '';
  try {
    existing = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const prefix = existing === '' || existing.endsWith('\n') ? existing : `${existing}\n`;
  mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  writeFileSync(temp, prefix + records.map((record) => `${JSON.stringify(record)}\n`).join(''));
  renameSync(temp, file);
}

/**
 * Ledger records for the approved documents of a merged pull request, each bound to the blob
 * reviewed at the approved head (`versions[path].reviewed`), with the merged blob when it differs.
 */
export function recordsFor(
  results: readonly DocumentResult[],
  merged: { pr: number; mergedAt: string; mergeCommit: string | null; versions: Map<string, { reviewed: string | null; merged: string | null }> },
): LedgerRecord[] {
  return results.flatMap((result) => {
    const version = merged.versions.get(result.path);
    const oid = version?.reviewed;
    if (!result.approved || !oid) return [];
    const stages = result.stages.flatMap((stage) =>
      stage.approvedBy ? [{ role: stage.role, ...(stage.deputyFor ? { deputyFor: stage.deputyFor } : {}), login: stage.approvedBy.login, name: stage.approvedBy.name, at: stage.approvedBy.at }] : [],
    );
    const differs = version.merged !== oid ? { mergedOid: version.merged } : {};
    return [{ path: result.path, oid, ...differs, pr: merged.pr, stages, mergedAt: merged.mergedAt, mergeCommit: merged.mergeCommit }];
  });
}
