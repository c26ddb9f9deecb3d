import { ROLE_LABELS } from './chains.ts';
import type { DocumentResult, StageResult } from './evaluate.ts';

/** JSON output version of `plan approvals`: bump only with a documented, breaking change. */
export const APPROVALS_JSON_VERSION = 1;

const mark = { approved: '✔', pending: '✖', waiting: '…' } as const;

function stageLine(stage: StageResult): string {
  const label = `${stage.label} ${ROLE_LABELS[stage.role].en}${stage.deputyFor ? ` (for ${ROLE_LABELS[stage.deputyFor].en}, who is the author)` : ''}`;
  if (stage.approvedBy) return `${mark.approved} ${label}: approved by ${stage.approvedBy.name} @${stage.approvedBy.login} at ${stage.approvedBy.at}`;
  const who = stage.holders.map((holder) => `${holder.name} @${holder.login}`).join(' or ') || 'nobody';
  return stage.status === 'waiting' ? `${mark.waiting} ${label}: waiting for the stages before, then ${who}` : `${mark.pending} ${label}: needs approval from ${who}`;
}

export function summaryLine(results: readonly DocumentResult[]): string {
  const approved = results.filter((result) => result.approved).length;
  if (results.length === 0) return 'No plan documents changed: no approval chain applies.';
  return approved === results.length ? `✔ all ${results.length} changed documents approved along their chains` : `✖ ${results.length - approved} of ${results.length} changed documents still need approval`;
}

export function approvalsAsText(results: readonly DocumentResult[]): string {
  const lines: string[] = [];
  for (const result of results) {
    lines.push(`${result.approved ? mark.approved : mark.pending} ${result.path}  [${result.kind}]`);
    if (result.problem) lines.push(`    ✖ ${result.problem}`);
    for (const stage of result.stages) {
      lines.push(`    ${stageLine(stage)}`);
      for (const note of stage.notes) lines.push(`        ${note}`);
    }
    for (const note of result.ignored) lines.push(`    · ${note}`);
  }
  if (lines.length) lines.push('');
  lines.push(summaryLine(results));
  return lines.join('\n');
}

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function approvalsAsMarkdown(results: readonly DocumentResult[]): string {
  const lines = ['### 审批链 Approval chains', '', summaryLine(results)];
  if (results.length) lines.push('', '| document | stage | status |', '|---|---|---|');
  for (const result of results) {
    if (result.problem) lines.push(`| \`${cell(result.path)}\` | — | ✖ ${cell(result.problem)} |`);
    result.stages.forEach((stage, index) => {
      const notes = stage.notes.length ? `<br>${stage.notes.map(cell).join('<br>')}` : '';
      lines.push(`| ${index === 0 ? `\`${cell(result.path)}\`` : ''} | ${stage.label} | ${cell(stageLine(stage))}${notes} |`);
    });
  }
  return lines.join('\n');
}

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** Workflow commands: an error on every document whose chain is incomplete. */
export function approvalsAsGithub(results: readonly DocumentResult[]): string {
  const lines = results
    .filter((result) => !result.approved)
    .map((result) => {
      const detail = [result.problem ?? '', ...result.stages.flatMap((stage) => [stageLine(stage), ...stage.notes])].filter(Boolean).join('\n');
      return `::error file=${escapeProperty(result.path)},line=1,title=approval-chain::${escapeData(detail)}`;
    });
  return [...lines, summaryLine(results)].join('\n');
}

export function approvalsAsJson(results: readonly DocumentResult[], meta: { base: string; head: string; author: string }): string {
  return JSON.stringify({ version: APPROVALS_JSON_VERSION, approved: results.every((result) => result.approved), ...meta, documents: results }, null, 2);
}
