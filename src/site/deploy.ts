// Where this deployment's sources live, for the "edit" link of every document page. Read from the
// build's environment (README "Deploying the portal"): a fork or a second company deploys the same
// code with its own repository, and nothing points at a placeholder.

type Env = Record<string, string | undefined>;

/**
 * The repository's web address: PLANBOOK_REPO_URL, else the one GitHub Actions runs in
 * (GITHUB_SERVER_URL/GITHUB_REPOSITORY, set on every runner), else undefined (a local build).
 */
export function repositoryUrl(env: Env = process.env): string | undefined {
  const configured = env['PLANBOOK_REPO_URL']?.trim();
  if (configured) return configured.replace(/\/+$/, '');
  if (env['GITHUB_SERVER_URL'] && env['GITHUB_REPOSITORY']) return `${env['GITHUB_SERVER_URL']}/${env['GITHUB_REPOSITORY']}`;
  return undefined;
}

/**
 * The web editor of `file` (a repository path, `content/2026/units/east/budget.mdx`) on the branch
 * people propose changes against (PLANBOOK_BRANCH, default main), in GitHub's URL scheme; undefined
 * when no repository is configured, so the page shows the path without a dead link.
 */
export function editUrl(file: string, env: Env = process.env): string | undefined {
  return editUrls(env)(file);
}

/**
 * editUrl with the environment read once: a page with many documents (a person's 25) links each
 * one's editor, and reading the environment per link was a measurable part of a large build.
 */
export function editUrls(env: Env = process.env): (file: string) => string | undefined {
  const repository = repositoryUrl(env);
  if (!repository) return () => undefined;
  const branch = env['PLANBOOK_BRANCH']?.trim() || 'main';
  const prefix = `${repository}/edit/${branch.split('/').map(encodeURIComponent).join('/')}/`;
  return (file) => `${prefix}${file.split('/').map(encodeURIComponent).join('/')}`;
}
