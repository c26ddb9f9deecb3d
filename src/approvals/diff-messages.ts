import { messages } from '../core/messages.ts';

/** What `plan diff` says around the figures, checks and chains (see src/core/messages.ts). */
export const say = messages({
  'diff.removed': { zh: '已删除', en: 'removed' },
  'diff.new': { zh: '新增', en: 'new' },
  'diff.more': { zh: '… 另外 {count} 项', en: '… {count} more' },
  'diff.company-total': { zh: 'FY{year} 公司合计 {change}', en: 'FY{year} company total {change}' },
  'diff.changed': { zh: '有变化', en: 'changed' },
  'diff.company-unchanged': { zh: '公司合计不变', en: 'company total unchanged' },
  'diff.newly-broken-count': { zh: '✖ 新增 {count} 个错误', en: '✖ {count} newly broken' },
  'diff.all-add-up': { zh: '所有数字仍然对得上', en: 'all figures still add up' },
  'diff.errors-remain': { zh: '仍有 {count} 个错误', en: '{count} errors remain', enOne: '{count} error remains' },
  'diff.fixed-count': { zh: '修复 {count} 个', en: '{count} fixed' },
  'diff.needs': { zh: '需要审批：{chains}', en: 'needs: {chains}' },
  'diff.heading': { zh: '## 计划变更', en: '## What this change does' },
  'diff.figures': { zh: '### 数字变化', en: '### Figures that moved' },
  'diff.table': { zh: '| 年度 | 对象 | 数字 | 修改前 | 修改后 | 变化 | % |', en: '| year | who | figure | before | after | change | % |' },
  'diff.more-figures': { zh: '… 另有 {count} 个数字（plan diff --format json 列出全部）。', en: '… and {count} more figures (plan diff --format json lists all).' },
  'diff.no-figure': { zh: '没有数字变化。', en: 'No figure moved.' },
  'diff.checks': { zh: '### 校验', en: '### Checks' },
  'diff.newly-broken': { zh: '- ✖ 新增错误：', en: '- ✖ newly broken:' },
  'diff.newly-warned': { zh: '- ✖ 新增警告：', en: '- ✖ newly warned:' },
  'diff.fixed': { zh: '- ✔ 已修复：', en: '- ✔ fixed:' },
  'diff.approvals': { zh: '### 所需审批', en: '### Approval needed' },
  'diff.more-documents': { zh: '- … 另有 {count} 份文件', en: '- … and {count} more documents' },
});
