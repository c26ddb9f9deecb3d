/**
 * The Git identity of the recording workflow (`record.yml`): the one author and committer whose
 * commits may add approval records to the ledger. The workflow commits as GitHub Actions' bot; the
 * e-mail is that account's no-reply address (user id 41898282), as `actions/checkout` documents.
 */
export const RECORDER = {
  name: 'github-actions[bot]',
  email: '41898282+github-actions[bot]@users.noreply.github.com',
} as const;

/** Whether a commit identity is the recorder's (e-mail compared case-insensitively, as Git hosts do). */
export function isRecorder(identity: { name: string; email: string }): boolean {
  return identity.name === RECORDER.name && identity.email.toLowerCase() === RECORDER.email;
}
