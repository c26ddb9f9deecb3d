import { messages } from '../core/messages.ts';

/**
 * What `plan check`'s rules say, in Chinese and English (see src/core/messages.ts). Ids start with
 * the rule code that uses them; the rule codes themselves never change with the language.
 */
export const say = messages({
  'actual-implausible': {
    zh: '实际销售额 {actual} 是{month}月目标 {target} 的 {percent}%，应在目标的 {min}% 到 {max} 倍之间',
    en: "Actual revenue {actual} is {percent}% of month {month}'s target {target}, expected between {min}% and {max}× of the target",
  },
  'actual-implausible.wan': { zh: '是否想写 {written}万？不写“万”的数字按元计。', en: 'Did you mean {written}万? Without 万 the figure is read as 元.' },
  'actual-implausible.yuan': { zh: '是否想写 {yuan}？{written} 被读作 {read}。', en: 'Did you mean {yuan}? {written} is read as {read}.' },
  'actual-implausible.digit': { zh: '请检查是否少写或多写了一位数，或抄了别的月份的数字。', en: 'Check for a missing or extra digit, or a figure copied from another month.' },

  'budget-balance': { zh: '费用明细合计 {sum}，费用总额写的是 {total}：{delta}', en: 'Expense lines add up to {sum}, total says {total}: {delta}' },
  'budget-balance.hint': { zh: '修改某项费用或总额，使明细合计与总额完全相等。', en: 'Fix a line amount or the total so that the lines add up exactly.' },

  'codeowners-sync': { zh: 'CODEOWNERS 的内容与组织文件生成的审批人不一致', en: 'Unexpected CODEOWNERS content, expected the owners generated from the organisation files' },
  'codeowners-sync.hint': { zh: '运行 `npm run --silent plan -- codeowners` 并提交 .github/CODEOWNERS。', en: 'Run `npm run --silent plan -- codeowners` and commit .github/CODEOWNERS.' },

  'company-units': { zh: '各事业部预算的{field}合计 {sum}，公司目标写的是 {stated}：{delta}', en: 'Unit budgets add up to {sum} {field}, company target says {stated}: {delta}' },
  'company-units.what': { zh: '公司目标与各单位预算的比较', en: 'The company targets against the unit budgets' },
  'missing-budget': { zh: '{units} 还没有预算：无法核对公司合计', en: 'No budget yet for {units}: the company total cannot be checked' },
  'missing-budget.hint': { zh: '新增 {files}。', en: 'Add {files}.' },

  'comparison-skipped.one': { zh: '未核对{what}：{files} 无效', en: '{what} not checked: {files} is invalid' },
  'comparison-skipped.many': { zh: '未核对{what}：{files} 无效', en: '{what} not checked: {files} are invalid' },
  'comparison-skipped.more': { zh: '{files} 及另外 {more} 个文件', en: '{files} and {more} more' },
  'comparison-skipped.hint': { zh: '先修正无效的文件（其错误已一并列出），之后会重新核对。', en: 'Fix the invalid file (its error is listed with it); the comparison runs again then.' },

  'date-outside-year': { zh: '{year} 年的{type}日期 {date} 不在允许范围内，应在 {from} 到 {to} 之间', en: 'Unexpected date {date} for a {type} of {year}, expected between {from} and {to}' },

  'duplicate-id.org': { zh: '{year} 年有第二个组织文件，已在 {existing} 中定义', en: 'Unexpected second organisation file for {year}, already defined in {existing}' },
  'duplicate-id.document': { zh: '{what}重复，已在 {existing} 中定义', en: 'Unexpected second {what}, already defined in {existing}' },
  'duplicate-id.document.hint': { zh: '每份文件只能有一个；删除其中一个，或改正其年份、单位、人员或月份。', en: 'Each document has exactly one file; remove one or fix its year, unit, person or month.' },
  'duplicate-id.id': { zh: '{list} 中的 id "{value}" 重复，第 {first} 项已使用', en: 'Unexpected duplicate id "{value}" in {list}, first used at item {first}' },
  'duplicate-id.login': { zh: '登录名 "{login}" 重复，已被 {other} 使用', en: 'Unexpected duplicate login "{login}", already used by {other}' },

  'figure-without-wan': { zh: '{path}：{text} 被读作 {text}元，而旁边 {siblings} 个数字中有 {withWan} 个带“万”', en: '{path}: {text} is read as {text}元, while {withWan} of the {siblings} figures beside it are written with 万' },
  'figure-without-wan.hint': { zh: '是否想写 {text}万？不带“万”的数字按元计；如果确实是 {text}元，请写成 {text}元。', en: 'Did you mean {text}万? A figure without 万 is read as 元; if {text}元 is meant, write it as {text}元.' },

  'file-location': { zh: '文件位置 {actual} 不对，这份{type}应放在 {expected}', en: 'Unexpected location {actual}, expected {expected} for this {type}' },
  'file-location.hint': { zh: '移动文件，或改正其 frontmatter 中的年份、单位、人员或月份。', en: 'Move the file, or fix year/unit/person/month in its frontmatter.' },
  'file-location.org': { zh: '文件位置 {actual} 不对，应为 {expected}', en: 'Unexpected location {actual}, expected {expected}' },

  'mdx-body.hint': { zh: '正文只能使用 Markdown、<Figure of="…" /> 和 <Chart kind="…" of="…" />；见格式参考。', en: 'Content MDX may only use Markdown, <Figure of="…" /> and <Chart kind="…" of="…" />; see the format reference.' },

  'midyear-figures.target': { zh: '上半年目标为 {stated}，而人员 1–6 月计划合计 {sum}：{delta}', en: "H1 target is {stated}, the people's January–June plans add up to {sum}: {delta}" },
  'midyear-figures.actual': { zh: '上半年实际为 {stated}，而 1–6 月总结合计 {sum}：{delta}', en: 'H1 actual is {stated}, the January–June reports add up to {sum}: {delta}' },
  'midyear-figures.what-target': { zh: '上半年目标', en: 'H1 target' },
  'midyear-figures.what-actual': { zh: '上半年实际', en: 'H1 actual' },

  'month-groups': { zh: '客户群合计 {sum}，本月目标写的是 {target}：{delta}', en: 'Customer groups add up to {sum}, month target says {target}: {delta}' },

  'month-matches-plan': { zh: '年度计划中 {month} 月为 {planned}，{file} 写的是 {target}：{delta}', en: 'Month {month} of the annual plan is {planned}, {file} says {target}: {delta}' },
  'month-matches-plan.hint': { zh: '年度计划与月度计划的月目标必须一致。', en: 'The annual plan and the monthly plan must agree on the month target.' },

  'overdue.what': { zh: '{type}', en: '{type}' },
  'overdue.what-month': { zh: '{month}月{type}', en: '{type} for month {month}' },
  'overdue.missing': { zh: '缺少{what}，截止日期 {due}（{whose}）', en: 'Missing {what}, due {due} ({whose})' },
  'overdue.status': { zh: '{what}的状态为 "{status}"，应在 {due} 前{expected}', en: 'Unexpected status "{status}" for {what}, expected {expected} by {due}' },
  'overdue.submitted': { zh: '提交（status: review）', en: 'submitted (status: review)' },
  'overdue.approved': { zh: '审批通过', en: 'approved' },
  'overdue.hint': { zh: '截至 {asOf}。', en: 'As of {asOf}.' },
  'overdue.hint-draft': { zh: '截至 {asOf}。草稿不算提交：状态改为 review 之前，其数字不计入。', en: 'As of {asOf}. A draft is not handed in: its figures are not counted until its status is review.' },

  'person-months': { zh: '{name} 的 12 个月合计 {sum}，年度目标写的是 {annual}：{delta}', en: "{name}'s 12 months add up to {sum}, annual target says {annual}: {delta}" },
  'person-months.hint': { zh: '修改 months: 中的某个月或年度目标。', en: 'Fix a month in months: or the annual target.' },

  'plan-matches-budget': { zh: '{unit}销售计划的{field}为 {planned}，预算写的是 {budgeted}：{delta}', en: '{unit} sales plan {field} is {planned}, budget says {budgeted}: {delta}' },
  'plan-matches-budget.hint': { zh: '销售计划与 {budget} 的目标必须一致。', en: 'The sales plan and {budget} must state the same targets.' },
  'plan-matches-budget.what': { zh: '销售计划与预算的比较', en: 'The sales plan against the budget' },
  'field.revenue': { zh: '销售额', en: 'revenue' },
  'field.profit': { zh: '利润', en: 'profit' },
  'field.newProductRevenue': { zh: '新产品销售额', en: 'new-product revenue' },

  'report-groups': { zh: '客户群合计 {sum}，实际销售额写的是 {actual}：{delta}', en: 'Customer groups add up to {sum}, actual revenue says {actual}: {delta}' },

  'spend-over-budget': { zh: '{line} 费用 {amount} 超过本单位该预算项（{budget}）剩余的 {left}：{delta}', en: "Spend on {line} {amount} is more than the {left} left of the unit's {budget} budget line: {delta}" },
  'spend-over-budget.wan': { zh: '是否想写 {yuan}元？带“万”的数字大一万倍。', en: 'Did you mean {yuan}元? With 万 the figure is 10,000 times larger.' },
  'spend-over-budget.check': { zh: '请核对金额及其费用项，或先在单位预算中把预算调到这一项再继续支出。', en: 'Check the amount and its expense line, or move budget to this line in the unit budget before spending more.' },

  'status-contradicts-ledger.changed': { zh: '状态写的是 "approved"，但文件在最后一次审批记录（#{pr}，版本 {oid}）之后被修改过', en: 'Unexpected status "approved": the file changed after its last recorded approval (#{pr}, version {oid})' },
  'status-contradicts-ledger.never': { zh: '状态写的是 "approved"，但审批记录中没有这份文件的审批', en: 'Unexpected status "approved": the approval ledger has no approval of this file' },
  'status-contradicts-ledger.hint': {
    zh: 'status: 只是作者的声明，门户会标出；在批准这一版本的拉取请求合并之前写 status: review（合并后由记录工作流记录审批）。',
    en: 'status: is the author’s claim and the portal flags it; write status: review until the pull request that approves this version merges (the recording workflow records it).',
  },

  'unit-allocation': { zh: '{unit}人员目标合计 {allocated}，预算写的是 {budgeted}：{verdict}', en: 'People in {unit} add up to {allocated}, budget says {budgeted}: {verdict}' },
  'unit-allocation.under': { zh: '尚有 {gap} 未分配', en: '{gap} not allocated' },
  'unit-allocation.over': { zh: '超额分配 {gap}', en: '{gap} over-allocated' },
  'unit-allocation.hint': { zh: '调整 {year}/people/*/plan.mdx 中人员的 target.revenue（plan split 可以精确分解）。', en: "Adjust the people's target.revenue in {year}/people/*/plan.mdx (plan split can do it exactly)." },
  'unit-allocation.what': { zh: '{unit}人员目标', en: "The people's targets in {unit}" },

  'unknown-reference': { zh: '未知的{kind} "{value}"，应为以下之一：{options}', en: 'Unexpected {kind} "{value}", expected one of {options}' },
  'unknown-reference.hint': { zh: 'id 在 {file} 中定义。', en: 'Ids are defined in {file}.' },
  'unknown-reference.unit': { zh: '{name} 的单位 "{unit}" 与组织文件不符，组织文件中为 "{orgUnit}"', en: 'Unexpected unit "{unit}" for {name}, the organisation file puts them in "{orgUnit}"' },
  'unknown-reference.no-unit': { zh: '无单位', en: 'no unit' },
  'kind.person': { zh: '人员', en: 'person' },
  'kind.unit': { zh: '单位', en: 'unit' },
  'kind.customer group': { zh: '客户群', en: 'customer group' },
  'kind.expense line': { zh: '费用项', en: 'expense line' },
  'kind.region': { zh: '区域', en: 'region' },

  'unknown-year': { zh: '{year} 年没有组织文件，应有 content/{year}/org.yaml', en: 'No organisation file for {year}, expected content/{year}/org.yaml' },
  'unknown-year.hint': { zh: '用 `plan new year` 创建，或复制上一年的。', en: 'Create it with `plan new year` or copy last year’s.' },

  'unverified-approval.ledger-hint': { zh: '审批记录只由记录工作流写入；请从 Git 历史恢复这一行。', en: 'Ledger lines are written by the recording workflow only; restore the line from Git history.' },
  'unverified-approval.demo': { zh: '有 {count} 条审批记录标为 "demo": true，应为记录工作流添加的记录', en: 'Unexpected {count} approval records marked "demo": true, expected records added by the recording workflow', enOne: 'Unexpected {count} approval record marked "demo": true, expected records added by the recording workflow' },
  'unverified-approval.demo-hint': { zh: '这些是 scripts/demo-approvals.ts 生成的演示数据，并非拉取请求产生；正式使用前删除这些行。', en: 'Demo data from scripts/demo-approvals.ts that no pull request made; delete these lines before real use.' },
  'unverified-approval.history': { zh: 'Git 历史不完整：{count} 条审批记录无法核实，需要分支的完整历史', en: 'Unexpected incomplete Git history: {count} approval records cannot be verified, expected the full history of the branch', enOne: 'Unexpected incomplete Git history: {count} approval record cannot be verified, expected the full history of the branch' },
  'unverified-approval.history-hint': { zh: '用完整历史克隆（actions/checkout 设 fetch-depth: 0）；在此之前这些记录不算数。', en: 'Clone with full history (actions/checkout with fetch-depth: 0); until then these records count for nothing.' },
  'unverified-approval.record': { zh: '{path}（#{pr}）的审批记录不是记录工作流添加的，因此不算数', en: 'Unexpected approval record for {path} (#{pr}): not added by the recording workflow, so it counts for nothing' },
  'unverified-approval.record-hint': {
    zh: '审批由 record.yml 在合并后记录（{committer} 在本分支上只修改 {ledger} 的提交）；手写或由拉取请求写入的记录会被忽略。',
    en: 'Approvals are recorded by record.yml after a merge (a commit of {committer} on this branch that changes only {ledger}); a record written by hand or by a pull request is ignored.',
  },
});
