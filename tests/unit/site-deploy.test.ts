import { describe, expect, it } from 'vitest';
import { editUrl, repositoryUrl } from '../../src/site/deploy.ts';

const file = 'content/2026/units/east/budget.mdx';

describe('the edit link comes from the deployment, never a placeholder', () => {
  it('uses PLANBOOK_REPO_URL and PLANBOOK_BRANCH', () => {
    expect(editUrl(file, { PLANBOOK_REPO_URL: 'https://git.example.cn/huaxin/plan/', PLANBOOK_BRANCH: 'release/2026' })).toBe('https://git.example.cn/huaxin/plan/edit/release/2026/content/2026/units/east/budget.mdx');
  });

  it('defaults to the repository GitHub Actions builds in, on main', () => {
    expect(editUrl(file, { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'huaxin/planbook' })).toBe('https://github.com/huaxin/planbook/edit/main/content/2026/units/east/budget.mdx');
  });

  it('PLANBOOK_REPO_URL wins over the Actions repository', () => {
    expect(repositoryUrl({ PLANBOOK_REPO_URL: 'https://gitea.local/a/b', GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'x/y' })).toBe('https://gitea.local/a/b');
  });

  it('gives no link for a local build without a repository', () => {
    expect(editUrl(file, {})).toBeUndefined();
  });

  it('escapes what a URL path cannot hold', () => {
    expect(editUrl('content/2026/people/li na/10.report.mdx', { PLANBOOK_REPO_URL: 'https://github.com/a/b' })).toBe('https://github.com/a/b/edit/main/content/2026/people/li%20na/10.report.mdx');
  });
});
