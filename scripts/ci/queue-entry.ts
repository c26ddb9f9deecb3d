import { appendFileSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The fields of a `merge_group` event we read; GitHub sets them when it builds a queue commit. */
export interface MergeGroupEvent {
  merge_group: { head_sha: string; head_ref: string; base_sha: string; base_ref: string };
  repository: { default_branch: string };
}

export type QueueTarget = { number: number; baseSha: string; headSha: string } | { skip: string };

const SHA = /^[0-9a-f]{40}$/;

/**
 * What the chain check evaluates on a merge-queue commit: the changes from the group's parent
 * (`base_sha`: the default branch plus the entries ahead) to the queue commit, against the reviews of
 * the one pull request the queue branch names (`gh-readonly-queue/main/pr-42-<sha>`). A group of
 * several pull requests would carry changes the named one's reviews do not cover, so those fail.
 */
export function queueEntry(event: MergeGroupEvent): QueueTarget {
  const group = event.merge_group;
  const main = `refs/heads/${event.repository.default_branch}`;
  if (group.base_ref !== main) return { skip: `the queue is for ${group.base_ref}, not the default branch ${main}` };
  if (!SHA.test(group.head_sha) || !SHA.test(group.base_sha)) return { skip: 'unexpected commit ids in the merge_group event' };
  const prefix = `refs/heads/gh-readonly-queue/${event.repository.default_branch}/pr-`;
  const match = group.head_ref.startsWith(prefix) ? /^(\d+)-[0-9a-f]{40}$/.exec(group.head_ref.slice(prefix.length)) : null;
  if (!match) return { skip: `unexpected queue branch "${group.head_ref}"` };
  return { number: Number(match[1]), baseSha: group.base_sha, headSha: group.head_sha };
}

// In queue.yml: `node scripts/ci/queue-entry.ts` with GITHUB_EVENT_PATH and GITHUB_OUTPUT.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = queueEntry(JSON.parse(readFileSync(process.env['GITHUB_EVENT_PATH'] ?? '', 'utf8')) as MergeGroupEvent);
  if ('skip' in target) {
    // A queue commit nobody can evaluate must not pass: the step fails and no check run says success.
    process.stderr.write(`${target.skip}\n`);
    process.exitCode = 1;
  } else appendFileSync(process.env['GITHUB_OUTPUT'] ?? '/dev/stdout', `number=${target.number}\nbase-sha=${target.baseSha}\nhead-sha=${target.headSha}\n`);
}
