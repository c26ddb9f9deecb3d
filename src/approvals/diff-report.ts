import { fraction, formatPercentDelta } from '../core/fraction.ts';
import type { Lang } from '../core/lang.ts';
import { textIn } from '../core/messages.ts';
import { formatFenDelta, formatFenShort } from '../core/money.ts';
import type { FigureMove } from './figure-moves.ts';
import type { PlanDiff } from './plan-diff.ts';

/** JSON output version of `plan diff`: bump only with a documented, breaking change. */
export const DIFF_JSON_VERSION = 1;

/** A pull-request comment holds 65,536 characters; a new fiscal year moves thousands of figures. */
const MAX_ROWS = 150;

const shortName = (name: string) => name.replace(/(事业部|有限公司)$/, '');

function moveText(move: FigureMove): string {
  const delta = move.base !== null && move.head !== null ? formatFenDelta(move.head - move.base) : move.head === null ? 'removed' : 'new';
  return `${shortName(move.name)} ${move.label} ${delta}`;
}

const fen = (value: number | null) => (value === null ? '—' : formatFenShort(value));

/** One line in the words of the issue: "华东 Q3 −50万; company total unchanged; all figures add up; needs: 营销副总 → 财务部 → 总经理". */
export function diffSummary(diff: PlanDiff): string {
  const parts: string[] = [];
  const interesting = diff.moves.filter((move) => move.scope !== 'company' && move.figure !== 'actual');
  parts.push(...interesting.slice(0, 4).map(moveText));
  if (interesting.length > 4) parts.push(`… ${interesting.length - 4} more`);
  const company = diff.moves.filter((move) => move.scope === 'company' && move.figure === 'target');
  parts.push(company.length ? company.map((move) => `FY${move.year} company total ${move.base !== null && move.head !== null ? formatFenDelta(move.head - move.base) : 'changed'}`).join(', ') : 'company total unchanged');
  if (diff.broken.some((d) => d.severity === 'error')) parts.push(`✖ ${diff.broken.filter((d) => d.severity === 'error').length} newly broken`);
  else parts.push(diff.headErrors === 0 ? 'all figures still add up' : `${diff.headErrors} errors remain`);
  if (diff.fixed.length) parts.push(`${diff.fixed.length} fixed`);
  const chains = [...new Set(diff.approvals.map((need) => need.stages.map((stage) => stage.label).join(' → ')))];
  if (chains.length) parts.push(`needs: ${chains.join(' / ')}`);
  return parts.join('; ');
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
/**
 * Names and messages come from content files: Markdown punctuation is backslash-escaped and line
 * breaks flattened, so a name cannot become a link, an image, a table cell, a heading or a mention.
 */
const plain = (text: string) => text.replace(/[\\`*_[\]<>|#!~@]/g, '\\$&').replace(/[\r\n\u2028\u2029]+/g, ' ');

/** The pull-request comment; the checks' messages in `lang` (the rest is written in both languages). */
export function diffAsMarkdown(diff: PlanDiff, lang: Lang = 'zh-CN'): string {
  const lines = ['## 计划变更 What this change does', '', plain(diffSummary(diff)), ''];
  if (diff.moves.length) {
    lines.push('### 数字变化 Figures that moved', '', '| year | who | figure | before | after | change | % |', '|---|---|---|---:|---:|---:|---:|');
    for (const move of diff.moves.slice(0, MAX_ROWS)) {
      const { base, head } = move;
      const change = base !== null && head !== null ? head - base : null;
      // The change against the figure before; none from 0 (no share of nothing).
      const share = base !== null && head !== null && base !== 0 ? formatPercentDelta(fraction(head - base, Math.abs(base))) : '';
      lines.push(`| FY${move.year} | ${plain(move.name)} | ${plain(move.label)} | ${fen(base)} | ${fen(head)} | ${change === null ? '' : formatFenDelta(change)} | ${share} |`);
    }
    if (diff.moves.length > MAX_ROWS) lines.push('', `… and ${diff.moves.length - MAX_ROWS} more figures (plan diff --format json lists all).`);
    lines.push('');
  } else lines.push('No figure moved.', '');
  if (diff.broken.length || diff.fixed.length) {
    lines.push('### 校验 Checks', '');
    for (const d of diff.broken) lines.push(`- ✖ newly ${d.severity === 'error' ? 'broken' : 'warned'}: ${code(`${d.file}:${d.line}`)} ${plain(textIn(d.message, lang))} [${d.rule}]`);
    for (const d of diff.fixed) lines.push(`- ✔ fixed: ${code(d.file)} ${plain(textIn(d.message, lang))} [${d.rule}]`);
    lines.push('');
  }
  if (diff.approvals.length) {
    lines.push('### 审批 Approval needed', '');
    for (const need of diff.approvals.slice(0, MAX_ROWS)) {
      const chain = need.stages.map((stage) => `${plain(stage.label)}${stage.approvers.length ? ` (${stage.approvers.map((a) => `${plain(a.name)} @${a.login}`).join(' / ')})` : ''}`).join(' → ');
      lines.push(`- ${code(need.path)} (${need.status}): ${chain}`);
    }
    if (diff.approvals.length > MAX_ROWS) lines.push(`- … and ${diff.approvals.length - MAX_ROWS} more documents`);
  }
  return lines.join('\n').trimEnd();
}

export function diffAsJson(diff: PlanDiff): string {
  return JSON.stringify({ version: DIFF_JSON_VERSION, unit: 'fen', summary: diffSummary(diff), ...diff }, null, 2);
}
