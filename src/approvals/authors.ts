import git from '../core/isomorphic-git.ts';
import type { Text } from '../core/messages.ts';
import type { Org } from '../schemas/index.ts';
import { say } from './approval-messages.ts';
import { gitOptions, type GitRepo } from './git.ts';

/**
 * Everyone who wrote a change, by lower-case login → why they count ("authored commit 1a2b3c4"), and
 * the commit identities no organisation file names (they cannot approve, but a reader should know).
 */
export interface ChangeAuthors {
  logins: Map<string, Text>;
  unmatched: string[];
}

interface Identity {
  name: string;
  email: string;
}

// GitHub's no-reply addresses name the account: `login@…` or `12345+login@…`.
const NOREPLY = /^(?:\d+\+)?([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)@users\.noreply\.github\.com$/i;
// GitHub itself commits web edits and merges as "GitHub <noreply@github.com>": not a person.
const WEB_FLOW = 'noreply@github.com';

const CO_AUTHOR = 'co-authored-by:';

/**
 * The `Co-authored-by: Name <email>` trailers of a commit message, one per line. Read by slicing,
 * not by a pattern: the message is the pull request's text, and a pattern with a lazy name beside
 * optional spaces took minutes on one trailer line padded with spaces.
 */
export function coAuthors(message: string): Identity[] {
  const found: Identity[] = [];
  for (const line of message.split(/\r\n|[\n\r\u2028\u2029]/)) {
    if (line.slice(0, CO_AUTHOR.length).toLowerCase() !== CO_AUTHOR) continue;
    const rest = line.slice(CO_AUTHOR.length).trim();
    const open = rest.lastIndexOf('<');
    const email = rest.slice(open + 1, -1);
    if (open < 0 || !rest.endsWith('>') || email === '' || /[>\s]/.test(email)) continue;
    found.push({ name: rest.slice(0, open).trim(), email });
  }
  return found;
}

/** The login of the org person a commit identity belongs to, by declared e-mail or GitHub no-reply address. */
export function loginOf(identity: Identity, orgs: Iterable<Org>): string | undefined {
  const email = identity.email.toLowerCase();
  const noreply = NOREPLY.exec(email)?.[1];
  if (noreply) return noreply.toLowerCase();
  for (const org of orgs) {
    const person = org.people.find((candidate) => candidate.emails?.some((address) => address.toLowerCase() === email));
    if (person) return person.login.toLowerCase();
  }
  return undefined;
}

type Commit = Awaited<ReturnType<typeof git.readCommit>>['commit'];

/** Every commit reachable from `start` and not in `stop`, each with its id. */
async function reachable(repo: GitRepo, start: string, stop: ReadonlySet<string> = new Set()) {
  const options = gitOptions(repo);
  const found = new Map<string, Commit>();
  const queue = [start];
  for (let oid = queue.pop(); oid !== undefined; oid = queue.pop()) {
    if (stop.has(oid) || found.has(oid)) continue;
    const { commit } = await git.readCommit({ ...options, oid });
    found.set(oid, commit);
    queue.push(...commit.parent);
  }
  return found;
}

/** Commits reachable from `head` and not from `base`: the pull request's own commits. */
async function commitsBetween(repo: GitRepo, base: string, head: string) {
  const inBase = new Set((await reachable(repo, base)).keys());
  return [...(await reachable(repo, head, inBase))].map(([oid, commit]) => ({ oid, author: commit.author, committer: commit.committer, message: commit.message }));
}

/**
 * The authors of a pull request (issue 10): who opened it, and every author, committer and
 * `Co-authored-by` of its commits, matched to people through `people[].emails` or GitHub no-reply
 * addresses in any year's organisation file.
 */
export async function changeAuthors(repo: GitRepo, { base, head, opener, orgs }: { base: string; head: string; opener: string; orgs: Iterable<Org> }): Promise<ChangeAuthors> {
  const logins = new Map<string, Text>();
  const unmatched = new Set<string>();
  const add = (login: string, why: Text) => {
    if (!logins.has(login.toLowerCase())) logins.set(login.toLowerCase(), why);
  };
  if (opener) add(opener, say('why.opener'));
  const orgList = [...orgs];
  for (const commit of await commitsBetween(repo, base, head)) {
    const short = commit.oid.slice(0, 7);
    const identities: [Identity, Text][] = [
      [commit.author, say('why.authored', { commit: short })],
      [commit.committer, say('why.committed', { commit: short })],
      ...coAuthors(commit.message).map((identity): [Identity, Text] => [identity, say('why.co-authored', { commit: short })]),
    ];
    for (const [identity, why] of identities) {
      if (identity.email.toLowerCase() === WEB_FLOW) continue;
      const login = loginOf(identity, orgList);
      if (login) add(login, why);
      else unmatched.add(`${identity.name} <${identity.email}>`);
    }
  }
  return { logins, unmatched: [...unmatched].sort() };
}
