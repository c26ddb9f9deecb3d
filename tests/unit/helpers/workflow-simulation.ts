import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/**
 * A dry run of a workflow file: for each job and each step, which code the step would execute and
 * which token it would hold. GitHub's rules as they bear on trust: `pull_request`, `merge_group` and
 * an unnamed checkout in a `workflow_run` run check out code a pull request controls; an explicit
 * `github.event.repository.default_branch` is the protected branch; `github.event.before` on a push
 * is the branch before the push (the merge's first parent); `github.sha` on a push to the default
 * branch is the merged commit; a schedule runs on the default branch. Any other ref (head_ref,
 * refs/pull/…, an output computed from an artifact, a workflow_dispatch run's branch) is treated as
 * pull-request-controlled.
 */

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  'working-directory'?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}
interface Job {
  if?: string;
  permissions?: Record<string, string> | string;
  environment?: string | { name: string };
  defaults?: { run?: { 'working-directory'?: string } };
  steps?: Step[];
}
export interface Workflow {
  on: Record<string, { branches?: string[]; workflows?: string[] } | null>;
  permissions?: unknown;
  jobs: Record<string, Job>;
}

/** Where the code a step executes comes from. */
export type Code = 'default-branch' | 'before-push' | 'pushed' | 'pull-request' | 'none';
/** The token a step holds: none, the job's GITHUB_TOKEN (with the job's permissions), or an app's. */
export type Token = 'none' | 'job' | 'app';

export interface StepView {
  name: string;
  /** The code the step executes (npm, node, a local action), or 'none' for workflow-only steps. */
  runs: Code;
  token: Token;
  checkout?: { path: string; code: Code; persistCredentials: boolean };
}

export interface JobView {
  name: string;
  /** Write permissions of the GITHUB_TOKEN, or an environment (secrets, app keys). */
  privileged: boolean;
  writes: string[];
  environment?: string;
  steps: StepView[];
}

export function readWorkflow(file: string): Workflow {
  return parse(readFileSync(file, 'utf8')) as Workflow;
}

const DEFAULT_BRANCH = '${{ github.event.repository.default_branch }}';

/** The code a checkout with `ref` brings, for a run triggered by `event`. */
export function checkoutCode(ref: string | undefined, event: string): Code {
  if (ref === DEFAULT_BRANCH) return 'default-branch';
  if (ref === '${{ github.event.before }}' && event === 'push') return 'before-push';
  if (ref === undefined || ref === '${{ github.sha }}') {
    if (event === 'push') return 'pushed';
    // A schedule runs on the default branch; workflow_dispatch on whichever branch the writer picks.
    if (event === 'schedule' && ref === undefined) return 'default-branch';
  }
  return 'pull-request';
}

const EXECUTES = /(^|[\s;&|(])(npm|npx|node|yarn|pnpm|bash \.\/|\.\/)[\s/]/m;
const text = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? ''));
const normalise = (dir: string | undefined) => (dir ?? '').replace(/^\.\/?/, '').replace(/\/$/, '');

/** Each job of the workflow as it would run for `event`. */
export function simulate(workflow: Workflow, event: string): JobView[] {
  return Object.entries(workflow.jobs).map(([name, job]) => {
    const permissions = typeof job.permissions === 'object' ? job.permissions : {};
    const writes = Object.entries(permissions)
      .filter(([, level]) => level === 'write')
      .map(([scope]) => scope);
    const environment = typeof job.environment === 'string' ? job.environment : job.environment?.name;
    const checkouts = new Map<string, Code>();
    const steps = (job.steps ?? []).map((step): StepView => {
      const values = [...Object.values(step.with ?? {}), ...Object.values(step.env ?? {})].map(text);
      const token: Token = values.some((value) => /steps\.\w+\.outputs\.token/.test(value))
        ? 'app'
        : step.uses || values.some((value) => /github\.token|secrets\.GITHUB_TOKEN/.test(value))
          ? 'job'
          : 'none';
      const view: StepView = { name: step.name ?? step.uses?.split('@')[0] ?? step.id ?? '?', runs: 'none', token };
      if (step.uses?.startsWith('actions/checkout@')) {
        const code = checkoutCode(step.with?.['ref'] as string | undefined, event);
        const checkoutPath = normalise(step.with?.['path'] as string | undefined);
        checkouts.set(checkoutPath, code);
        view.checkout = { path: checkoutPath, code, persistCredentials: step.with?.['persist-credentials'] !== false };
      }
      const dir = normalise(step['working-directory'] ?? job.defaults?.run?.['working-directory']);
      if ((step.run && EXECUTES.test(step.run)) || step.uses?.startsWith('./')) view.runs = checkouts.get(dir) ?? 'none';
      return view;
    });
    return { name, privileged: writes.length > 0 || environment !== undefined, writes, ...(environment ? { environment } : {}), steps };
  });
}

const PR_EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'pull_request_review_comment', 'issue_comment'];

/** Every way the workflow lets pull-request code or data near a write token or secret; [] when none. */
export function violations(workflow: Workflow): string[] {
  const found: string[] = [];
  for (const event of Object.keys(workflow.on)) {
    for (const job of simulate(workflow, event)) {
      const where = `${event} › ${job.name}`;
      if (!job.privileged) continue;
      if (PR_EVENTS.includes(event)) found.push(`${where}: privileged job runs for ${event}`);
      const branches = workflow.on[event]?.branches;
      if (event === 'push' && JSON.stringify(branches) !== '["main"]') found.push(`${where}: privileged job runs for pushes to ${JSON.stringify(branches ?? 'any branch')}`);
      for (const step of job.steps) {
        if (step.runs === 'pull-request') found.push(`${where} › ${step.name}: runs pull-request code`);
        if (step.runs === 'pushed') found.push(`${where} › ${step.name}: runs the pushed commit's code, which the merged pull request controls`);
        if (step.checkout?.code === 'pull-request') found.push(`${where} › ${step.name}: checks out pull-request code`);
        if (step.checkout?.persistCredentials) found.push(`${where} › ${step.name}: leaves the token in .git/config`);
        if (step.name.startsWith('actions/download-artifact')) found.push(`${where} › ${step.name}: reads an artifact a pull request's run wrote`);
        if (step.token === 'app' && step.runs !== 'none') found.push(`${where} › ${step.name}: project code runs holding the app token`);
      }
    }
  }
  return [...new Set(found)];
}
