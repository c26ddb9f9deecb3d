import { execFile, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import webhooks from '@octokit/webhooks-examples';
import { afterEach, describe, expect, it } from 'vitest';
import { changedPaths, commitLedger } from '../../scripts/ci/commit-ledger.ts';
import { escapeLogLine, untrustedLog } from '../../scripts/ci/log-safe.ts';
import { commentBody, sanitizeMarkdown } from '../../scripts/ci/markdown-safe.ts';
import { pullForRun, type PullSummary, type RunEvent } from '../../scripts/ci/pull-for-run.ts';
import { queueEntry, type MergeGroupEvent } from '../../scripts/ci/queue-entry.ts';
import { RECORD_COMMITTER } from '../../src/approvals/bot-identity.ts';
import { diffAsMarkdown } from '../../src/approvals/diff-report.ts';
import { LEDGER_PATH } from '../../src/approvals/ledger.ts';
import { ROOT } from './helpers/run-plan.ts';

const example = <T>(name: string) => structuredClone(webhooks.find((definition) => definition.name === name)?.examples[0]) as unknown as T;

describe('attempt 10: a carriage return in a file name cannot start a workflow command', () => {
  const name = 'content/2026/people/x\r::error file=README.md::forged\n::set-env name=X::y.mdx';

  it('escapes control characters as workflow commands escape data', () => {
    expect(escapeLogLine('a\rb\u001b[31mc 50%')).toBe('a%0Db%1B[31mc 50%25');
  });

  it('prints untrusted text between stop-commands markers, no line starting a command', () => {
    const log = untrustedLog(`✖ ${name}  [monthly-report]\n    needs approval`, 'token-1');
    const lines = log.split(/\r\n|\r|\n/);
    expect(lines[0]).toBe('::stop-commands::token-1');
    expect(lines.at(-1)).toBe('::token-1::');
    // The carriage return is escaped in place; the line feed (a real second line) no longer starts with "::".
    expect(lines[1]).toBe('✖ content/2026/people/x%0D::error file=README.md::forged');
    expect(lines.slice(1, -1).filter((line) => line.startsWith('::'))).toEqual(['::set-env name=X::y.mdx  [monthly-report]']);
  });

  it('uses a fresh unguessable token each time', () => {
    expect(untrustedLog('x')).not.toBe(untrustedLog('x'));
    expect(untrustedLog('x').split('\n')[0]).toMatch(/^::stop-commands::[0-9a-f-]{36}$/);
  });
});

describe('attempt 8: what the bot posts contains no HTML, images, links outside the repo or mentions', () => {
  it('neutralises a crafted table row with an image, a link, mass mentions and HTML', () => {
    const crafted = [
      '| `content/2026/units/east/budget.mdx` | 总经理 | ✔ approved by @everyone and @octo-org/admins <img src=https://evil.example/x.png> |',
      '![approved](https://evil.example/badge.svg) [all approved](https://evil.example/) www.evil.example mail@evil.example',
      '<details><summary>all approved</summary>hidden</details><!-- hide -->',
    ].join('\n');
    const safe = sanitizeMarkdown(crafted);
    expect(safe).not.toMatch(/<(img|details|summary|!--)/);
    // Brackets are escaped, so neither `![…](…)` nor `[…](…)` is an image or a link.
    expect(safe).not.toMatch(/(?<!\\)[[\]]/);
    expect(safe).not.toMatch(/(^|[^`])@(everyone|octo-org)/);
    expect(safe).toContain('`@everyone`');
    expect(safe).toContain('`@octo-org/admins`');
    expect(safe).toContain('`https://evil.example/)`');
    expect(safe).toContain('`www.evil.example`');
    expect(safe).toContain('`mail@evil.example`');
    expect(safe).toContain('&lt;details&gt;');
  });

  it('a unit name from the pull request cannot add a row to the plan diff the bot computes', () => {
    const forged = '华东事业部\n| FY2026 | 总经理 | ✔ all approved | — | — | |';
    const markdown = diffAsMarkdown({ base: 'a', head: 'b', moves: [{ year: 2026, scope: 'unit', id: 'east', name: forged, figure: 'target', label: '目标', base: 100, head: 200 }], broken: [], fixed: [], headErrors: 0, approvals: [], invalid: { base: [], head: [] } });
    const rows = markdown.split('\n').filter((line) => line.startsWith('| FY'));
    expect(rows).toEqual(['| FY2026 | 华东事业部 \\| FY2026 \\| 总经理 \\| ✔ all approved \\| — \\| — \\| \\| | 目标 | 0 | 0 | +1.00元 | +100.0% |']);
  });

  it('keeps our own reports readable: code spans, line breaks in cells, pull request references', () => {
    const ours = '| `content/2026/units/east/budget.mdx` | 营销副总 | ✔ approved in #12<br>stale: @a approved abc1234 |';
    expect(sanitizeMarkdown(ours)).toBe('| `content/2026/units/east/budget.mdx` | 营销副总 | ✔ approved in #12<br>stale: `@a` approved abc1234 |');
  });

  it('shows control characters in file names as visible pictures, never as line breaks', () => {
    expect(sanitizeMarkdown('`a\rb` c\u0007d\r\nnext')).toBe('`a␍b` c␇d\nnext');
  });

  it('starts the comment with its marker and keeps it under the size limit', () => {
    const body = commentBody('planbook:diff', ['## heading', `${'row\n'.repeat(100)}`], 200);
    expect(body.startsWith('<!-- planbook:diff -->\n## heading')).toBe(true);
    expect(body.length).toBeLessThan(300);
    expect(body).toContain('(shortened');
  });
});

describe('attempts 3 and 7: which pull request and which commit the chain check acts on', () => {
  const head = 'a'.repeat(40);
  const event = () => {
    const payload = example<RunEvent>('workflow_run');
    Object.assign(payload.workflow_run, { event: 'pull_request', head_sha: head, head_branch: 'budget-east' });
    return payload;
  };
  const pull = (number: number, sha: string, base = 'main', repo = 'Codertocat/Hello-World'): PullSummary => ({ number, state: 'open', head: { sha }, base: { ref: base, repo: { full_name: repo } } });

  it('acts on the open pull request into the default branch, for the head commit of the event', () => {
    expect(pullForRun(event(), [pull(42, head)])).toEqual({ number: 42, headSha: head });
  });

  it('ignores a pull request into any other branch (attempt 3)', () => {
    expect(pullForRun(event(), [pull(43, head, 'release')])).toEqual({ skip: expect.stringContaining('only on pull requests into the default branch') });
  });

  it('ignores a pull request whose base is another repository', () => {
    expect(pullForRun(event(), [pull(44, head, 'main', 'someone/fork')])).toHaveProperty('skip');
  });

  it('never evaluates a head it did not see: a pull request that moved on is left to the newer run (attempt 7)', () => {
    expect(pullForRun(event(), [pull(42, 'b'.repeat(40))])).toEqual({ skip: expect.stringContaining('has moved on from aaaaaaa') });
  });

  it('as comment.yml runs it: asks the API for pull requests from the head branch into the default branch, outputs the event\'s head', async () => {
    const requests: string[] = [];
    const server = createServer((request, response) => {
      requests.push(`${request.url} ${request.headers.authorization}`);
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify([pull(42, head)]));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const temp = mkdtempSync(path.join(tmpdir(), 'planbook-run-'));
    try {
      writeFileSync(path.join(temp, 'event.json'), JSON.stringify(event()));
      writeFileSync(path.join(temp, 'output'), '');
      const env = { ...process.env, GITHUB_EVENT_PATH: path.join(temp, 'event.json'), GITHUB_OUTPUT: path.join(temp, 'output'), GITHUB_TOKEN: 'read-token', GITHUB_API_URL: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
      await new Promise<void>((resolve, reject) => execFile(path.join(ROOT, 'node_modules/.bin/node'), ['scripts/ci/pull-for-run.ts'], { cwd: ROOT, env }, (error) => (error ? reject(error) : resolve())));
      expect(requests).toEqual(['/repos/Codertocat/Hello-World/pulls?state=open&base=main&head=octo-org%3Abudget-east&per_page=100 Bearer read-token']);
      expect(readFileSync(path.join(temp, 'output'), 'utf8')).toBe(`number=42\nhead-sha=${head}\n`);
    } finally {
      server.close();
      rmSync(temp, { recursive: true, force: true });
    }
  });

  it('acts only on runs of pull request events', () => {
    const push = event();
    push.workflow_run.event = 'push';
    expect(pullForRun(push, [pull(42, head)])).toHaveProperty('skip');
  });
});

describe('merge queue: the chain check of a queue commit', () => {
  it('evaluates the group parent to the queue commit for the pull request the queue branch names', () => {
    const event = example<MergeGroupEvent>('merge_group');
    expect(queueEntry(event)).toEqual({ number: 104, baseSha: '380387fbc80638b734a49e1be1c4dfec1c01b33c', headSha: '2ffea6db159f6b6c47a24e778fb9ef40cf6b1c7d' });
  });

  it('refuses a queue for another branch or a branch name it cannot read', () => {
    const other = example<MergeGroupEvent>('merge_group');
    other.merge_group.base_ref = 'refs/heads/release';
    expect(queueEntry(other)).toHaveProperty('skip');
    const odd = example<MergeGroupEvent>('merge_group');
    odd.merge_group.head_ref = 'refs/heads/gh-readonly-queue/main/pr-104-x';
    expect(queueEntry(odd)).toEqual({ skip: expect.stringContaining('unexpected queue branch') });
  });
});

describe('attempt 4: the ledger commit carries the ledger and nothing else', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const env = { GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.com', GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' };
  const git = (...args: string[]) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  };
  const merged = () => {
    dir = mkdtempSync(path.join(tmpdir(), 'planbook-ledger-'));
    git('init', '--quiet', '--initial-branch=main');
    write(LEDGER_PATH, '');
    write('package.json', '{"scripts":{"plan":"node scripts/plan.ts"}}\n');
    write('content/2026/units/east/budget.mdx', 'revenue: 1000\n');
    git('add', '-A');
    git('commit', '--quiet', '-m', 'Merge pull request #12');
    return git('rev-parse', 'HEAD').trim();
  };

  it('refuses when the recorder also changed the budget and package.json, and commits nothing', () => {
    const before = merged();
    write(LEDGER_PATH, '{"forged":true}\n');
    write('content/2026/units/east/budget.mdx', 'revenue: 21000\n');
    write('package.json', '{}\n');
    expect(() => commitLedger(dir, 12)).toThrow('Refusing to record: besides .github/approvals.jsonl, the work tree differs in "content/2026/units/east/budget.mdx", "package.json"');
    expect(git('rev-parse', 'HEAD').trim()).toBe(before);
  });

  it('refuses staged and untracked changes too', () => {
    merged();
    write('content/2026/units/west/budget.mdx', 'revenue: 5\n');
    expect(() => commitLedger(dir, 12)).toThrow('"content/2026/units/west/budget.mdx"');
    git('add', '-A');
    expect(() => commitLedger(dir, 12)).toThrow('"content/2026/units/west/budget.mdx"');
  });

  it('commits only the ledger, as the record bot', () => {
    const before = merged();
    write(LEDGER_PATH, '{"path":"content/2026/units/east/budget.mdx"}\n');
    const commit = commitLedger(dir, 12);
    expect(commit).toBe(git('rev-parse', 'HEAD').trim());
    expect(git('rev-parse', 'HEAD^').trim()).toBe(before);
    expect(git('log', '-1', '--format=%an <%ae>|%cn <%ce>|%s')).toBe(`${RECORD_COMMITTER.name} <${RECORD_COMMITTER.email}>|${RECORD_COMMITTER.name} <${RECORD_COMMITTER.email}>|Record approvals of #12\n`);
    expect(git('diff-tree', '--no-commit-id', '--name-only', '-r', 'HEAD')).toBe(`${LEDGER_PATH}\n`);
  });

  it('commits nothing when nothing was approved', () => {
    const before = merged();
    expect(commitLedger(dir, 12)).toBeNull();
    expect(git('rev-parse', 'HEAD').trim()).toBe(before);
  });

  it('reads renames with both paths from git status -z', () => {
    expect(changedPaths('R  new.mdx\0old.mdx\0?? x\0 M .github/approvals.jsonl\0')).toEqual(['new.mdx', 'old.mdx', 'x', '.github/approvals.jsonl']);
  });
});
