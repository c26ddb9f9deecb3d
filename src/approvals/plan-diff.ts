import type { Diagnostic } from '../core/diagnostics.ts';
import { invalidFiles, type InvalidFile } from '../model/invalid-files.ts';
import { chainTarget, roleLabel, type Role } from './chains.ts';
import { figureMoves, type FigureMove } from './figure-moves.ts';
import { changedFiles, type GitRepo } from './git.ts';
import { orgFor, orgsAt } from './orgs-at.ts';
import { stagesFor } from './pull-request.ts';
import { checkAtCommit } from './tree-content.ts';

export interface ApprovalNeed {
  path: string;
  status: 'added' | 'modified' | 'deleted';
  kind: string;
  stages: { role: Role; label: string; approvers: { name: string; login: string }[] }[];
}

export interface PlanDiff {
  base: string;
  head: string;
  moves: FigureMove[];
  /** Problems in head that base did not have. */
  broken: Diagnostic[];
  /** Problems in base that head no longer has. */
  fixed: Diagnostic[];
  /** Errors remaining in head (new or not). */
  headErrors: number;
  approvals: ApprovalNeed[];
  /** Files that exist but are invalid on each side: their figures are in neither side's totals. */
  invalid: { base: InvalidFile[]; head: InvalidFile[] };
}

const key = (diagnostic: Diagnostic) => `${diagnostic.rule}\u0000${diagnostic.file}\u0000${diagnostic.message.en}`;

/** What a change does: figures that moved, rules broken or fixed, and whose approval it needs. */
export async function diffPlans(repo: GitRepo, base: string, head: string, { asOf, contentDir = 'content' }: { asOf: string; contentDir?: string }): Promise<PlanDiff> {
  const [before, after] = [await checkAtCommit(repo, base, { contentDir, asOf }), await checkAtCommit(repo, head, { contentDir, asOf })];
  const baseKeys = new Set(before.diagnostics.map(key));
  const headKeys = new Set(after.diagnostics.map(key));
  const { orgs } = await orgsAt(repo, base, contentDir);
  const approvals: ApprovalNeed[] = [];
  for (const change of await changedFiles(repo, base, head)) {
    const target = chainTarget(change.path, contentDir);
    const org = orgFor(orgs, target.year);
    // No author here: the chain as the seed states it, with the approvers the base branch names.
    const stages = org ? stagesFor(target, org, '') : target.chain.map((role) => ({ role, label: roleLabel(role, undefined), holders: [] }));
    approvals.push({ path: change.path, status: change.status, kind: target.kind, stages: stages.map((stage) => ({ role: stage.role, label: stage.label, approvers: stage.holders.map(({ name, login }) => ({ name, login })) })) });
  }
  return {
    base,
    head,
    moves: figureMoves([...before.model.years.values()], [...after.model.years.values()], asOf),
    broken: after.diagnostics.filter((diagnostic) => !baseKeys.has(key(diagnostic))),
    fixed: before.diagnostics.filter((diagnostic) => !headKeys.has(key(diagnostic))),
    headErrors: after.diagnostics.filter((diagnostic) => diagnostic.severity === 'error').length,
    approvals,
    invalid: { base: invalidFiles(before.load), head: invalidFiles(after.load) },
  };
}
