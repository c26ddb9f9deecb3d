import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { describe, expect, it } from 'vitest';
import { RECORD_COMMITTER } from '../../src/approvals/bot-identity.ts';
import { ROOT } from './helpers/run-plan.ts';
import { readWorkflow, simulate, violations, type JobView } from './helpers/workflow-simulation.ts';

const dir = path.join(ROOT, '.github/workflows');
const files = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file)).sort();
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
const parse = (file: string) => readWorkflow(path.join(dir, file));
const fixture = (file: string) => readWorkflow(path.join(ROOT, 'tests/fixtures/workflows', file));
const job = (file: string, event: string, name: string) => simulate(parse(file), event).find((view) => view.name === name) as JobView;
/** One line per step: what it is, which code it executes, which token it holds. */
const table = (view: JobView) => view.steps.map((step) => `${step.name} | code: ${step.runs} | token: ${step.token}`);

describe.each(files)('.github/workflows/%s', (file) => {
  it('is a valid workflow', () => {
    expect(validateWorkflow(read(file)).errors).toEqual([]);
  });

  it('grants no permissions at the top; each job asks for its own', () => {
    expect(parse(file).permissions).toEqual({});
    for (const view of Object.values(parse(file).jobs)) expect(view.permissions).toBeDefined();
  });

  it('pins every action to a full commit id with its version in a comment', () => {
    for (const line of read(file).split('\n').filter((text) => /^\s*-?\s*uses:/.test(text))) {
      expect(line).toMatch(/uses: [\w.-]+\/[\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it('never runs on pull_request_target', () => {
    expect(Object.keys(parse(file).on)).not.toContain('pull_request_target');
  });

  it('never interpolates event data into a shell script', () => {
    // `${{ github.event.… }}` inside run: is a script-injection hole; pass it through env: instead.
    for (const view of Object.values(parse(file).jobs)) {
      for (const step of view.steps ?? []) expect(step.run ?? '').not.toMatch(/\$\{\{/);
    }
  });

  it('lets no pull-request code or data near a write token or a secret (simulated for every trigger)', () => {
    expect(violations(parse(file))).toEqual([]);
  });
});

describe('the simulation catches the workflows that issue 10 broke', () => {
  it('attempt 3: the old comment.yml checked out the pull request\'s base branch, whatever it was, and read an artifact', () => {
    expect(violations(fixture('attempt-3-comment.yml'))).toEqual([
      'workflow_run › chain › actions/download-artifact: reads an artifact a pull request\'s run wrote',
      'workflow_run › chain › actions/checkout: checks out pull-request code',
      'workflow_run › chain › Install (base branch lockfile): runs pull-request code',
      'workflow_run › chain › Approval chain: runs pull-request code',
    ]);
  });

  it('attempt 4: the old record.yml ran the merged code with a write token left in .git/config', () => {
    expect(violations(fixture('attempt-4-record.yml'))).toEqual([
      'push › record › actions/checkout: leaves the token in .git/config',
      "push › record › Install: runs the pushed commit's code, which the merged pull request controls",
      "push › record › Record the approvals: runs the pushed commit's code, which the merged pull request controls",
    ]);
  });
});

describe('which code and which token each privileged step uses', () => {
  it('comment.yml: the default branch\'s code evaluates; only the last step holds the chain app\'s token, and runs no project code', () => {
    const chain = job('comment.yml', 'workflow_run', 'chain');
    expect(chain).toMatchObject({ writes: [], environment: 'approval-chain' });
    expect(table(chain)).toEqual([
      'actions/checkout | code: none | token: job',
      'actions/setup-node | code: none | token: job',
      'The pull request into the default branch at the run\'s head commit | code: default-branch | token: job',
      'Fetch the pull request\'s commits (data only) | code: none | token: job',
      'Install (default branch lockfile, no install scripts) | code: default-branch | token: none',
      'Approval chain and plan diff (default branch code, pull request as data) | code: default-branch | token: job',
      'Token of the chain app (check runs and comments only) | code: none | token: job',
      'Post the check run and the comment | code: none | token: app',
    ]);
    expect(chain.steps[0]?.checkout).toEqual({ path: '', code: 'default-branch', persistCredentials: false });
  });

  it('queue.yml: the same for merge-queue commits', () => {
    const chain = job('queue.yml', 'merge_group', 'chain');
    expect(chain.steps.filter((step) => step.runs !== 'none').map((step) => step.runs)).toEqual(['default-branch', 'default-branch', 'default-branch']);
    expect(chain.steps.filter((step) => step.token === 'app').map((step) => step.name)).toEqual(['Post the check run on the queue commit']);
  });

  it('record.yml: the recorder is the branch before the push; the merged tree is only data; the app token only pushes', () => {
    const record = job('record.yml', 'push', 'record');
    expect(record).toMatchObject({ writes: [], environment: 'approval-ledger' });
    expect(record.steps.flatMap((step) => (step.checkout ? [step.checkout] : []))).toEqual([
      { path: 'recorder', code: 'before-push', persistCredentials: false },
      { path: 'merged', code: 'pushed', persistCredentials: false },
    ]);
    expect(record.steps.filter((step) => step.runs !== 'none').map((step) => `${step.name}: ${step.runs}`)).toEqual([
      'Install the recorder (its lockfile, no install scripts): before-push',
      'Record the approvals and commit the ledger alone: before-push',
    ]);
    expect(record.steps.filter((step) => step.token === 'app').map((step) => step.name)).toEqual(['Push the ledger commit']);
  });

  it('record.yml stages nothing itself: scripts/ci/commit-ledger.ts commits the ledger alone', () => {
    const scripts = Object.values(parse('record.yml').jobs).flatMap((view) => (view.steps ?? []).map((step) => step.run ?? ''));
    expect(scripts.join('\n')).not.toMatch(/git (add|commit)|git config user/);
    expect(scripts.join('\n')).toContain('node scripts/ci/commit-ledger.ts ../merged "$PR_NUMBER"');
  });

  it('pull requests are checked with a read-only token, no environment and no secrets', () => {
    for (const file of files.filter((name) => Object.keys(parse(name).on).some((event) => event.startsWith('pull_request')))) {
      for (const view of simulate(parse(file), 'pull_request')) expect({ file, privileged: view.privileged }).toEqual({ file, privileged: false });
      expect(read(file)).not.toMatch(/secrets\./);
    }
  });
});

describe('the check branch protection requires', () => {
  const postsCheck = files.filter((file) => read(file).includes("name: 'planbook/approval-chain'"));

  it('is a check run posted with the chain app\'s token by comment.yml and queue.yml; no commit status is posted anywhere', () => {
    expect(postsCheck).toEqual(['comment.yml', 'queue.yml']);
    for (const file of files) expect(read(file)).not.toMatch(/createCommitStatus|statuses:/);
    for (const file of postsCheck) {
      const step = Object.values(parse(file).jobs).flatMap((view) => view.steps ?? []).find((candidate) => String(candidate.with?.['script'] ?? '').includes('checks.create'));
      expect(step?.with?.['github-token']).toBe('${{ steps.app.outputs.token }}');
      expect(String(step?.with?.['script'])).toContain('head_sha: process.env.HEAD_SHA');
    }
  });

  it('is posted on the head commit from the event, never one read again from the API (attempt 7)', () => {
    const post = parse('comment.yml').jobs['chain']?.steps?.find((step) => step.name === 'Post the check run and the comment');
    expect(post?.env?.['HEAD_SHA']).toBe('${{ steps.pr.outputs.head-sha }}');
    const chain = parse('comment.yml').jobs['chain']?.steps?.find((step) => step.id === 'chain');
    expect(chain?.env?.['HEAD_SHA']).toBe('${{ steps.pr.outputs.head-sha }}');
    expect(chain?.run).toContain('--head "$HEAD_SHA"');
  });

  it('reports on merge-queue commits: check and the chain both run for merge_group', () => {
    expect(Object.keys(parse('check.yml').on)).toEqual(['pull_request', 'merge_group']);
    expect(Object.keys(parse('queue.yml').on)).toEqual(['merge_group']);
  });
});

describe('README: the administrator steps match the workflows', () => {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const settings = readme.slice(readme.indexOf('### Repository settings'), readme.indexOf('\n## ', readme.indexOf('### Repository settings')));

  it('names every environment, app variable and secret the workflows use', () => {
    const names = new Set(files.flatMap((file) => [...read(file).matchAll(/environment: ([\w-]+)|(?:vars|secrets)\.(\w+)/g)].map((match) => match[1] ?? match[2] ?? '')));
    names.delete('GITHUB_TOKEN');
    expect([...names].sort()).toEqual(['PLANBOOK_BASE', 'PLANBOOK_CHAIN_CLIENT_ID', 'PLANBOOK_CHAIN_PRIVATE_KEY', 'PLANBOOK_RECORD_CLIENT_ID', 'PLANBOOK_RECORD_PRIVATE_KEY', 'PLANBOOK_REPO_URL', 'PLANBOOK_SITE', 'approval-chain', 'approval-ledger']);
    for (const name of names) expect(settings).toContain(name);
  });

  it('requires the check by name and source, Code Owners as the backstop, the merge queue, and one bypass actor', () => {
    for (const phrase of ['`check`', '`planbook/approval-chain`', 'Require review from Code Owners', 'merge queue', 'bypass', RECORD_COMMITTER.name]) expect(settings).toContain(phrase);
  });
});

describe('Markdown the bot posts from content is sanitised', () => {
  it('the weekly status issue body goes through markdown-safe.ts before it is posted', () => {
    const text = read('status.yml');
    const sanitised = text.indexOf('scripts/ci/markdown-safe.ts "$RUNNER_TEMP/status.md"');
    expect(sanitised).toBeGreaterThan(text.indexOf('--format markdown'));
    expect(sanitised).toBeLessThan(text.indexOf('STATUS_FILE: ${{ runner.temp }}/status.md'));
    expect(text).not.toMatch(/--format markdown[^\n]*> "\$RUNNER_TEMP\/status\.md"/);
  });
});
