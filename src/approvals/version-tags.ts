import git from '../core/isomorphic-git.ts';
import { PlanbookError } from '../core/errors.ts';
import { say } from './approval-messages.ts';
import { gitOptions, resolveCommit, type GitRepo } from './git.ts';

/** A named version of the plan: a Git tag and the commit it points at. */
export interface VersionTag {
  name: string;
  commit: string;
  /** True for an annotated tag (tagger, date and message of its own). */
  annotated: boolean;
  /** When the version was named (annotated) or committed (lightweight), YYYY-MM-DD HH:MM UTC. */
  date: string;
  /** Who named it (annotated) or who committed it (lightweight). */
  by: string;
  /** The tag's message, or the commit's first line for a lightweight tag. */
  message: string;
}

/** A tag name Git would refuse, or a version that already exists. */
export class VersionTagError extends PlanbookError {
  readonly exitCode = 1;
  readonly code = 'version-tag';
}

/** git check-ref-format's rules, in the part that matters for a person's version name. */
const VALID_NAME = /^(?!.*\.\.)(?!.*\/\/)(?!.*@\{)(?!.*\.lock$)(?!.*[/.]$)[A-Za-z0-9][A-Za-z0-9._/-]*$/;

const when = (seconds: number) => new Date(seconds * 1000).toISOString().slice(0, 16).replace('T', ' ');

/** Every tag of the repository as a version, newest first (then by name). */
export async function listVersionTags(repo: GitRepo): Promise<VersionTag[]> {
  const options = gitOptions(repo);
  const versions: VersionTag[] = [];
  for (const name of await git.listTags(options)) {
    const oid = await git.resolveRef({ ...options, ref: `refs/tags/${name}` });
    const { type, object } = await git.readObject({ ...options, oid });
    if (type === 'tag') {
      const { tag } = await git.readTag({ ...options, oid });
      // A tag of a tag or of a tree is not a version of the plan.
      if (tag.type !== 'commit') continue;
      versions.push({ name, commit: tag.object, annotated: true, date: when(tag.tagger.timestamp), by: tag.tagger.name, message: tag.message.trim() });
    } else if (type === 'commit' && object) {
      const { commit } = await git.readCommit({ ...options, oid });
      versions.push({ name, commit: oid, annotated: false, date: when(commit.committer.timestamp), by: commit.committer.name, message: commit.message.split('\n')[0] ?? '' });
    }
  }
  return versions.sort((a, b) => b.date.localeCompare(a.date) || a.name.localeCompare(b.name));
}

/**
 * Names the commit `ref` (default HEAD) as version `name`: an annotated tag, so the version carries
 * who named it, when and why (a lightweight tag is only a pointer; `git tag NAME` still makes one and
 * it is listed too). The tagger is Git's user.name/user.email. Throws VersionTagError for a name Git
 * refuses, an existing tag, or no configured identity.
 */
export async function createVersionTag(repo: GitRepo, { name, message, ref = 'HEAD' }: { name: string; message?: string | undefined; ref?: string }): Promise<VersionTag> {
  const options = gitOptions(repo);
  if (!VALID_NAME.test(name)) throw new VersionTagError(say('error.version-name', { name }));
  const existing = await git.listTags(options);
  if (existing.includes(name)) throw new VersionTagError(say('error.version-exists', { name }));
  const [userName, email] = [await git.getConfig({ ...options, path: 'user.name' }), await git.getConfig({ ...options, path: 'user.email' })];
  if (typeof userName !== 'string' || typeof email !== 'string') throw new VersionTagError(say('error.git-identity'));
  const commit = await resolveCommit(repo, ref);
  const text = message?.trim() || `Planbook version ${name}`;
  await git.annotatedTag({ ...options, ref: name, object: commit, message: text, tagger: { name: userName, email } });
  const created = (await listVersionTags(repo)).find((version) => version.name === name);
  if (!created) throw new Error(`tag ${name} was written but cannot be read back`);
  return created;
}
