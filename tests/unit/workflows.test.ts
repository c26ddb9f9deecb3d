import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateWorkflow } from '@action-validator/core';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/run-plan.ts';

const dir = path.join(ROOT, '.github/workflows');
const files = readdirSync(dir).filter((file) => /\.ya?ml$/.test(file)).sort();

interface Step {
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
}
interface Job {
  permissions?: unknown;
  steps?: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
const parse = (file: string) => load(read(file)) as Workflow;

describe.each(files)('.github/workflows/%s', (file) => {
  it('is a valid workflow', () => {
    expect(validateWorkflow(read(file)).errors).toEqual([]);
  });

  it('grants no permissions at the top; each job asks for its own', () => {
    expect(parse(file).permissions).toEqual({});
    for (const job of Object.values(parse(file).jobs)) expect(job.permissions).toBeDefined();
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
    for (const job of Object.values(parse(file).jobs)) {
      for (const step of job.steps ?? []) expect(step.run ?? '').not.toMatch(/\$\{\{/);
    }
  });
});

describe('the secure pull-request pattern', () => {
  it('has the check, comment and deploy workflows', () => {
    expect(files).toEqual(expect.arrayContaining(['check.yml', 'comment.yml', 'deploy.yml']));
  });

  it('checks pull requests with a read-only token', () => {
    const check = parse('check.yml');
    expect(Object.keys(check.on)).toEqual(['pull_request']);
    for (const job of Object.values(check.jobs)) expect(job.permissions).toEqual({ contents: 'read' });
  });

  it('comments from workflow_run without checking out the pull request head', () => {
    const comment = parse('comment.yml');
    expect(Object.keys(comment.on)).toEqual(['workflow_run']);
    for (const job of Object.values(comment.jobs)) {
      for (const step of job.steps ?? []) {
        if (!step.uses?.startsWith('actions/checkout@')) continue;
        const ref = String(step.with?.['ref'] ?? '');
        expect(ref).not.toMatch(/head|workflow_run|pull/i);
        expect(ref).toBe('${{ steps.report.outputs.base-ref }}');
      }
    }
  });

  it('gives Pages write access only to the deploy job', () => {
    const deploy = parse('deploy.yml');
    expect(deploy.on).toHaveProperty('schedule');
    expect(deploy.on).toHaveProperty('push');
    for (const [name, job] of Object.entries(deploy.jobs)) {
      if (name === 'deploy') expect(job.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
      else expect(JSON.stringify(job.permissions)).not.toMatch(/pages|id-token/);
    }
  });
});
