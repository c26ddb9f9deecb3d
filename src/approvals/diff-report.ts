import { fraction, formatPercentDelta } from '../core/fraction.ts';
import type { Lang } from '../core/lang.ts';
import { textIn, type Text } from '../core/messages.ts';
import { say } from './diff-messages.ts';
import { formatFenDelta, formatFenShort } from '../core/money.ts';
import type { FigureMove } from './figure-moves.ts';
import type { PlanDiff } from './plan-diff.ts';

/** JSON output version of `plan diff`: bump only with a documented, breaking change. */
export const DIFF_JSON_VERSION = 1;

/** A pull-request comment holds 65,536 characters; a new fiscal year moves thousands of figures. */
const MAX_ROWS = 150;

const shortName = (name: string) => name.replace(/(事业部|有限公司)$/, '');

function moveText(move: FigureMove, lang: Lang): string {
  const delta = move.base !== null && move.head !== null ? formatFenDelta(move.head - move.base) : textIn(say(move.head === null ? 'diff.removed' : 'diff.new'), lang);
  return `${shortName(move.name)} ${move.label} ${delta}`;
}

const fen = (value: number | null) => (value === null ? '—' : formatFenShort(value));

/**
 * One line in the words of the issue, in `lang`: "华东 Q3 −50万; company total unchanged; all figures
 * add up; needs: 营销副总 → 财务部 → 总经理". JSON keeps English (its default) so its consumers see one text.
 */
export function diffSummary(diff: PlanDiff, lang: Lang = 'en'): string {
  const read = (text: Text) => textIn(text, lang);
  const parts: string[] = [];
  const interesting = diff.moves.filter((move) => move.scope !== 'company' && move.figure !== 'actual');
  parts.push(...interesting.slice(0, 4).map((move) => moveText(move, lang)));
  if (interesting.length > 4) parts.push(read(say('diff.more', { count: interesting.length - 4 })));
  const company = diff.moves.filter((move) => move.scope === 'company' && move.figure === 'target');
  parts.push(company.length ? company.map((move) => read(say('diff.company-total', { year: move.year, change: move.base !== null && move.head !== null ? formatFenDelta(move.head - move.base) : say('diff.changed') }))).join(', ') : read(say('diff.company-unchanged')));
  if (diff.broken.some((d) => d.severity === 'error')) parts.push(read(say('diff.newly-broken-count', { count: diff.broken.filter((d) => d.severity === 'error').length })));
  else parts.push(read(diff.headErrors === 0 ? say('diff.all-add-up') : say('diff.errors-remain', { count: diff.headErrors })));
  if (diff.fixed.length) parts.push(read(say('diff.fixed-count', { count: diff.fixed.length })));
  const chains = [...new Set(diff.approvals.map((need) => need.stages.map((stage) => stage.label).join(' → ')))];
  if (chains.length) parts.push(read(say('diff.needs', { chains: chains.join(' / ') })));
  return parts.join(lang === 'en' ? '; ' : '；');
}

const code = (text: string) => `\`${text.replace(/`/g, "'")}\``;
/**
 * Names and messages come from content files: Markdown punctuation is backslash-escaped and line
 * breaks flattened, so a name cannot become a link, an image, a table cell, a heading or a mention.
 */
const plain = (text: string) => text.replace(/[\\`*_[\]<>|#!~@]/g, '\\$&').replace(/[\r\n\u2028\u2029]+/g, ' ');

/** The pull-request comment, in `lang`. */
export function diffAsMarkdown(diff: PlanDiff, lang: Lang = 'zh-CN'): string {
  const read = (text: Text) => textIn(text, lang);
  const lines = [read(say('diff.heading')), '', plain(diffSummary(diff, lang)), ''];
  if (diff.moves.length) {
    lines.push(read(say('diff.figures')), '', read(say('diff.table')), '|---|---|---|---:|---:|---:|---:|');
    for (const move of diff.moves.slice(0, MAX_ROWS)) {
      const { base, head } = move;
      const change = base !== null && head !== null ? head - base : null;
      // The change against the figure before; none from 0 (no share of nothing).
      const share = base !== null && head !== null && base !== 0 ? formatPercentDelta(fraction(head - base, Math.abs(base))) : '';
      lines.push(`| FY${move.year} | ${plain(move.name)} | ${plain(move.label)} | ${fen(base)} | ${fen(head)} | ${change === null ? '' : formatFenDelta(change)} | ${share} |`);
    }
    if (diff.moves.length > MAX_ROWS) lines.push('', read(say('diff.more-figures', { count: diff.moves.length - MAX_ROWS })));
    lines.push('');
  } else lines.push(read(say('diff.no-figure')), '');
  if (diff.broken.length || diff.fixed.length) {
    lines.push(read(say('diff.checks')), '');
    for (const d of diff.broken) lines.push(`${read(say(d.severity === 'error' ? 'diff.newly-broken' : 'diff.newly-warned'))} ${code(`${d.file}:${d.line}`)} ${plain(textIn(d.message, lang))} [${d.rule}]`);
    for (const d of diff.fixed) lines.push(`${read(say('diff.fixed'))} ${code(d.file)} ${plain(textIn(d.message, lang))} [${d.rule}]`);
    lines.push('');
  }
  if (diff.approvals.length) {
    lines.push(read(say('diff.approvals')), '');
    for (const need of diff.approvals.slice(0, MAX_ROWS)) {
      const chain = need.stages.map((stage) => `${plain(stage.label)}${stage.approvers.length ? ` (${stage.approvers.map((a) => `${plain(a.name)} @${a.login}`).join(' / ')})` : ''}`).join(' → ');
      lines.push(`- ${code(need.path)} (${need.status}): ${chain}`);
    }
    if (diff.approvals.length > MAX_ROWS) lines.push(read(say('diff.more-documents', { count: diff.approvals.length - MAX_ROWS })));
  }
  return lines.join('\n').trimEnd();
}

export function diffAsJson(diff: PlanDiff): string {
  return JSON.stringify({ version: DIFF_JSON_VERSION, unit: 'fen', summary: diffSummary(diff), ...diff }, null, 2);
}
