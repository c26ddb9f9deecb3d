import { messages } from '../core/messages.ts';

/** What `plan status` says, in Chinese and English (see src/core/messages.ts). */
export const say = messages({
  'status.heading': { zh: 'Planbook 状态（截至 {asOf}）', en: 'Planbook status as of {asOf}' },
  'status.counts': { zh: '逾期 {overdue} · 即将到期 {soon} · 已完成 {done} · 未到期 {upcoming}', en: 'late {overdue} · due soon {soon} · done {done} · upcoming {upcoming}' },
  'status.overdue': { zh: '逾期', en: 'Late' },
  'status.due-soon': { zh: '14天内到期', en: 'Due within 14 days' },
  'status.due': { zh: '截止 {due}', en: 'due {due}' },
  'status.missing': { zh: '未提交', en: 'missing' },
  'status.draft': { zh: '草稿未提交', en: 'draft, not submitted' },
  'status.invalid': { zh: '文件无效', en: 'invalid' },
  'status.submitted': { zh: '待审批', en: 'awaiting approval' },
  'status.done': { zh: '已完成', en: 'done' },
  'status.waits-for': { zh: '待 {role} {names} 审批（第 {stage}/{stages} 步，已等 {count} 天）', en: 'waits for {role} {names} (stage {stage}/{stages}, {count} days)', enOne: 'waits for {role} {names} (stage {stage}/{stages}, {count} day)' },
  'status.nothing-late': { zh: '✔ 没有逾期', en: '✔ nothing late' },
  'status.late': { zh: '⚠ {late} 项逾期', en: '⚠ {late} late' },
  'status.col.who': { zh: '负责人', en: 'Who' },
  'status.col.what': { zh: '文件', en: 'What' },
  'status.col.due': { zh: '截止', en: 'Due' },
  'status.col.state': { zh: '状态', en: 'State' },
  'status.col.waits': { zh: '待审批人', en: 'Waits for' },
  'status.col.file': { zh: '文件路径', en: 'File' },
});
