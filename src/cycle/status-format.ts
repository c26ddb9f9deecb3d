import type { StatusItem, StatusReport } from './status.ts';
import { markdownTable, textTable } from '../core/text-table.ts';

const STATE_HEADINGS = {
  overdue: '逾期 Late',
  'due-soon': '14天内到期 Due within 14 days',
} as const;

const PROGRESS = { missing: '未提交 missing', draft: '草稿未提交 draft, not submitted', invalid: '文件无效 invalid', submitted: '待审批 awaiting approval', done: '已完成 done' } as const;

/** Who is responsible, and whose document it is when someone else writes it (a manager writes a person's annual plan). */
function who(item: StatusItem): string {
  const unit = item.unitName ? ` · ${item.unitName}` : '';
  return `${item.ownerName}${unit}`;
}

function what(item: StatusItem): string {
  return item.person && item.person !== item.owner ? `${item.label} (${item.person})` : item.label;
}

function progress(item: StatusItem): string {
  if (item.progress === 'invalid' && item.invalid) return `${PROGRESS.invalid} (${item.invalid})`;
  return item.progress === 'submitted' && item.status ? `${PROGRESS.submitted} (${item.status})` : PROGRESS[item.progress];
}

/** Who must act next on a document waiting for approval: `待 营销副总 marketing VP 王海涛 (stage 1/2, 14 days)`. */
function waitsFor(item: StatusItem): string {
  const pending = item.pending;
  if (!pending) return '';
  const names = pending.approvers.map((approver) => approver.name).join('/') || '—';
  return `待 ${pending.roleLabel.zh} ${pending.roleLabel.en} ${names} (stage ${pending.stage}/${pending.stages}, ${pending.days} ${pending.days === 1 ? 'day' : 'days'})`;
}

function countsLine(counts: StatusReport['years'][number]['counts']): string {
  return `late ${counts.overdue} · due soon ${counts['due-soon']} · done ${counts.done} · upcoming ${counts.upcoming}`;
}

/** For a terminal: late and due-soon items in full, the rest counted. */
export function statusAsText(report: StatusReport, base = ''): string {
  const lines = [`Planbook status as of ${report.asOf}`];
  for (const year of report.years) {
    lines.push('', `FY${year.year}  ${countsLine(year.counts)}`);
    for (const state of ['overdue', 'due-soon'] as const) {
      const items = year.items.filter((item) => item.state === state);
      if (!items.length) continue;
      lines.push(`  ${STATE_HEADINGS[state]}`);
      lines.push(textTable(items.map((item) => [who(item), what(item), `due ${item.due}`, progress(item), waitsFor(item), `${base}${item.path}`]), ['left', 'left', 'left', 'left', 'left', 'left'], '    '));
    }
  }
  const late = report.years.reduce((n, year) => n + year.counts.overdue, 0);
  lines.push('', late === 0 ? '✔ nothing late' : `⚠ ${late} late`);
  return lines.join('\n');
}

/** For the pinned issue the weekly workflow updates. */
export function statusAsMarkdown(report: StatusReport, base = ''): string {
  const lines = [`## Planbook status as of ${report.asOf}`];
  for (const year of report.years) {
    lines.push('', `### FY${year.year}`, '', countsLine(year.counts));
    for (const state of ['overdue', 'due-soon'] as const) {
      const items = year.items.filter((item) => item.state === state);
      if (!items.length) continue;
      lines.push('', `#### ${STATE_HEADINGS[state]} (${items.length})`, '');
      lines.push(markdownTable(['负责人 Who', '文件 What', '截止 Due', '状态 State', '待审批人 Waits for', 'File'], items.map((item) => [who(item), what(item), item.due, progress(item), waitsFor(item), `\`${base}${item.path}\``]), ['left', 'left', 'left', 'left', 'left', 'left']));
    }
  }
  return lines.join('\n');
}
