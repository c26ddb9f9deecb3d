import { parseYamlSource } from '../core/source.ts';
import { orgSchema, type Org } from '../schemas/index.ts';
import { filesAt, type GitRepo } from './git.ts';

export interface OrgsAt {
  /** Valid organisation files by fiscal year. */
  orgs: Map<number, Org>;
  /** Organisation files that could not be read, by repository path → reason. */
  problems: Map<string, string>;
}

/** Every `content/<year>/org.yaml` at a commit, validated. */
export async function orgsAt(repo: GitRepo, commit: string, contentDir = 'content'): Promise<OrgsAt> {
  const files = await filesAt(repo, commit, `${contentDir}/`, { content: true });
  const orgs = new Map<number, Org>();
  const problems = new Map<string, string>();
  for (const [path, file] of files) {
    const year = new RegExp(`^${contentDir}/(\\d{4})/org\\.ya?ml$`).exec(path)?.[1];
    if (!year || !file.content) continue;
    try {
      const parsed = orgSchema.safeParse(parseYamlSource(new TextDecoder().decode(file.content)).data);
      if (parsed.success) orgs.set(Number(year), parsed.data);
      else problems.set(path, `invalid organisation file (${parsed.error.issues[0]?.message ?? 'schema'})`);
    } catch (error) {
      problems.set(path, error instanceof Error ? error.message : String(error));
    }
  }
  return { orgs, problems };
}

/**
 * The organisation that decides a document's approvers: its own year's, or for a year that does not
 * exist yet on the base branch (a new fiscal year being set up) the latest earlier year's.
 */
export function orgFor(orgs: Map<number, Org>, year: number | undefined): Org | undefined {
  const years = [...orgs.keys()].sort((a, b) => b - a);
  const chosen = year === undefined ? years[0] : (orgs.has(year) ? year : years.find((candidate) => candidate < year));
  return chosen === undefined ? undefined : orgs.get(chosen);
}
