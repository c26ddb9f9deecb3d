/**
 * The Git identity of ledger commits (issue 10). record.yml commits `.github/approvals.jsonl` as this
 * committer and pushes with the record app, the only bypass actor of the default branch's ruleset.
 * Every GitHub merge method (merge, squash, rebase, merge queue) rewrites the committer to GitHub, so a
 * commit on the default branch's first-parent line with this committer was pushed by that app; a
 * pull request cannot put one there. Ledger verification compares against this constant.
 */
export const RECORD_COMMITTER = { name: 'planbook-record[bot]', email: 'planbook-record[bot]@users.noreply.github.com' } as const;

/** Subject of a ledger commit: `Record approvals of #42`. */
export const recordCommitMessage = (pr: number) => `Record approvals of #${pr}`;

/** Whether a commit identity is the record bot's (e-mail compared case-insensitively, as Git hosts do). */
export function isRecordCommitter(identity: { name: string; email: string }): boolean {
  return identity.name === RECORD_COMMITTER.name && identity.email.toLowerCase() === RECORD_COMMITTER.email;
}
