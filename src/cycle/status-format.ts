import type { Lang } from '../core/lang.ts';
import { textIn, type Text } from '../core/messages.ts';
import { markdownTable, textTable } from '../core/text-table.ts';
import { DOCUMENT_TYPES } from '../model/document-types.ts';
import { say } from './cycle-messages.ts';
import type { StatusItem, StatusReport } from './status.ts';

const STATE_HEADINGS = { overdue: say('status.overdue'), 'due-soon': say('status.due-soon') } as const;

const PROGRESS = { missing: say('status.missing'), draft: say('status.draft'), invalid: say('status.invalid'), submitted: say('status.submitted'), done: say('status.done') } as const;

/** Who is responsible, and whose document it is when someone else writes it (a manager writes a person's annual plan). */
function who(item: StatusItem): string {
  const unit = item.unitName ? ` · ${item.unitName}` : '';
  return `${item.ownerName}${unit}`;
}

/** The document in the reader's language: 月度销售总结 10月 / monthly report, month 10. */
function what(item: StatusItem, lang: Lang): string {
  const label = DOCUMENT_TYPES[item.type].label;
  const name = lang === 'en' ? `${label.en}${item.month ? `, month ${item.month}` : ''}` : `${label.zh}${item.month ? ` ${item.month}月` : ''}`;
  return item.person && item.person !== item.owner ? `${name} (${item.person})` : name;
}

function progress(item: StatusItem, lang: Lang): string {
  const t = (text: Text) => textIn(text, lang);
  if (item.progress === 'invalid' && item.invalid) return `${t(PROGRESS.invalid)} (${item.invalid})`;
  return item.progress === 'submitted' && item.status ? `${t(PROGRESS.submitted)} (${item.status})` : t(PROGRESS[item.progress]);
}

/** Who must act next on a document waiting for approval: `待 营销副总 王海涛 审批（第 1/2 步，已等 14 天）`. */
function waitsFor(item: StatusItem, lang: Lang): string {
  const pending = item.pending;
  if (!pending) return '';
  const names = pending.approvers.map((approver) => approver.name).join('/') || '—';
  return textIn(say('status.waits-for', { role: pending.roleLabel, names, stage: pending.stage, stages: pending.stages, count: pending.days }), lang);
}

function countsLine(counts: StatusReport['years'][number]['counts'], lang: Lang): string {
  return textIn(say('status.counts', { overdue: counts.overdue, soon: counts['due-soon'], done: counts.done, upcoming: counts.upcoming }), lang);
}

/** For a terminal, in `lang`: late and due-soon items in full, the rest counted. */
export function statusAsText(report: StatusReport, base = '', lang: Lang = 'zh-CN'): string {
  const t = (text: Text) => textIn(text, lang);
  const lines = [t(say('status.heading', { asOf: report.asOf }))];
  for (const year of report.years) {
    lines.push('', `FY${year.year}  ${countsLine(year.counts, lang)}`);
    for (const state of ['overdue', 'due-soon'] as const) {
      const items = year.items.filter((item) => item.state === state);
      if (!items.length) continue;
      lines.push(`  ${t(STATE_HEADINGS[state])}`);
      lines.push(textTable(items.map((item) => [who(item), what(item, lang), t(say('status.due', { due: item.due })), progress(item, lang), waitsFor(item, lang), `${base}${item.path}`]), ['left', 'left', 'left', 'left', 'left', 'left'], '    '));
    }
  }
  const late = report.years.reduce((n, year) => n + year.counts.overdue, 0);
  lines.push('', late === 0 ? t(say('status.nothing-late')) : t(say('status.late', { late })));
  return lines.join('\n');
}

/** For the pinned issue the weekly workflow updates, in `lang`. */
export function statusAsMarkdown(report: StatusReport, base = '', lang: Lang = 'zh-CN'): string {
  const t = (text: Text) => textIn(text, lang);
  const lines = [`## ${t(say('status.heading', { asOf: report.asOf }))}`];
  for (const year of report.years) {
    lines.push('', `### FY${year.year}`, '', countsLine(year.counts, lang));
    for (const state of ['overdue', 'due-soon'] as const) {
      const items = year.items.filter((item) => item.state === state);
      if (!items.length) continue;
      lines.push('', `#### ${t(STATE_HEADINGS[state])} (${items.length})`, '');
      const columns = (['who', 'what', 'due', 'state', 'waits', 'file'] as const).map((column) => t(say(`status.col.${column}`)));
      lines.push(markdownTable(columns, items.map((item) => [who(item), what(item, lang), item.due, progress(item, lang), waitsFor(item, lang), `\`${base}${item.path}\``]), ['left', 'left', 'left', 'left', 'left', 'left']));
    }
  }
  return lines.join('\n');
}
