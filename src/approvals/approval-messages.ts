import { messages, type Text } from '../core/messages.ts';

/** A phrase only English says (the role's English name beside its Chinese label); Chinese leaves it out. */
export const englishOnly = (en: string): Text => ({ zh: '', en });

/** What `plan approvals` says about each chain, its stages and the approvals that do not count (see src/core/messages.ts). */
export const say = messages({
  'approvals.evaluated': { zh: '已评估 head {head}（merge base {base}）', en: 'Evaluated head {head} (merge base {base})' },
  'approvals.unmatched': {
    zh: 'org.yaml 未列出的提交身份（它们不能审批；如果是计划中的人员，请补充 people[].emails）：{identities}',
    en: 'Commit identities no org.yaml names (they approve nothing; add people[].emails if they are people of the plan): {identities}',
  },
  // The organisation's Chinese label already names the role: {role} is English only (see `englishOnly`).
  'approvals.stage': { zh: '{label}{role}', en: '{label} {role}' },
  'approvals.stage-deputy-author': { zh: '{label}{role}（代理审批人，代{deputyFor}，其为作者）', en: '{label} {role} (for {deputyFor}, who is the author)' },
  'approvals.stage-deputy': { zh: '{label}{role}（代理审批人，代{deputyFor}）', en: '{label} {role} (for {deputyFor})' },
  'approvals.approved-by': { zh: '{stage}：已批准，审批人 {name} @{login}，时间 {at}', en: '{stage}: approved by {name} @{login} at {at}' },
  'approvals.or': { zh: ' 或 ', en: ' or ' },
  'approvals.nobody': { zh: '无人', en: 'nobody' },
  'approvals.nobody-wrote': { zh: '无人（{holders} 编写了此变更）', en: 'nobody ({holders} wrote this change)' },
  'approvals.waiting': { zh: '{stage}：待前面的审批环节完成后，由 {who} 审批', en: '{stage}: waiting for the stages before, then {who}' },
  'approvals.needs': { zh: '{stage}：待审批，需要 {who} 批准', en: '{stage}: needs approval from {who}' },
  'approvals.no-files': { zh: '没有文件变更：不涉及审批链。', en: 'No files changed: no approval chain applies.' },
  'approvals.all-approved': { zh: '✔ {count} 个变更文件已全部按审批链批准', en: '✔ all {count} changed files approved along their chains' },
  'approvals.still-need': { zh: '✖ {count} 个变更文件中仍有 {pending} 个待审批', en: '✖ {pending} of {count} changed files still need approval' },
  'approvals.heading': { zh: '### 审批链', en: '### Approval chains' },
  'approvals.table': { zh: '| 文件 | 审批环节 | 状态 |', en: '| document | stage | status |' },
  'approvals.chain': { zh: '    审批链：{labels}{roles}', en: '    chain: {labels} ({roles})' },
  'approvals.written-by': { zh: '    编写者：{authors}', en: '    written by: {authors}' },
  'approvals.done': { zh: '{stage}：已完成，审批人 {name} @{login}，时间 {at}', en: '{stage}: done, approved by {name} @{login} at {at}' },
  'approvals.stand-in': { zh: '（代理审批人）', en: ' (stand-in)' },
  'approvals.may-approve': { zh: '{stage}：可审批：{who}', en: '{stage}: may approve: {who}' },
  'approvals.may-approve-after': { zh: '{stage}：前面的审批环节完成后，可审批：{who}', en: '{stage}: after the stages before, may approve: {who}' },
  'approvals.not-wrote': { zh: '        不能是 @{login}：编写了此变更', en: '        not @{login}: wrote this change' },
  'approvals.not-used': { zh: '        不能是 @{login}：已批准前面的审批环节', en: '        not @{login}: approved an earlier stage' },
  'note.author': { zh: '@{login} {why}，不能审批', en: '@{login} {why} and cannot approve it' },
  'note.used': { zh: '@{login} 已批准前面的审批环节；审批链的每个环节须由不同的人批准', en: '@{login} already approved an earlier stage; one person approves one stage of a chain' },
  'note.stale': { zh: '@{login} 批准的是 {commit}；此后文件已修改（批准后已修改），该批准已失效', en: '@{login} approved {commit}; the document changed since, so the approval is stale' },
  'note.unknown-commit': { zh: '未知提交', en: 'an unknown commit' },
  'note.blocked': { zh: '@{login} 已批准，但 {label} 之前的审批环节尚未批准；请在它们之后重新批准', en: '@{login} approved, but the stages before {label} are not approved yet; approve again after them' },
  'note.out-of-order': { zh: '@{login} 于 {at} 批准，早于 {previous} 的批准时间 {previousAt}{when}；审批环节须依次进行，请重新批准', en: '@{login} approved at {at}, before {previous} approved at {previousAt}{when}; stages go in order, approve again' },
  'note.same-second': { zh: '（同一秒内，审批 {id} 早于 {previousId}）', en: ' in the same second, review {id} before {previousId}' },
  'note.all-authors': { zh: '所有可审批 {label} 的人都编写了此变更；请指定代理审批人（org.yaml 中的 people[].deputy）', en: 'everyone who may approve {label} wrote this change; declare a stand-in (people[].deputy in org.yaml)' },
  'note.withdrawn': { zh: '@{login} 于 {at} 批准，随后于 {by} 要求修改：批准已撤回', en: '@{login} approved at {at}, then requested changes at {by}: approval withdrawn' },
  'note.ignored': { zh: '@{login} 已批准，但在此审批链中没有角色（按基础分支的组织文件）', en: '@{login} approved but holds no role in this chain (base branch organisation)' },
  'problem.no-org': { zh: '基础分支上没有有效的组织文件，无法确定审批人{broken}', en: 'no valid organisation file on the base branch to take approvers from{broken}' },
  'problem.no-holder': { zh: '基础分支的组织文件中没有人担任此文件所需的角色“{role}”', en: 'nobody holds the role "{role}" for this document in the base organisation file' },
  'command.head-moved': { zh: '拉取请求的 head 现在是 {now}；此结果针对 {head}，即已获取并评估的提交。', en: "The pull request's head is now {now}; this result is for {head}, the commit that was fetched and evaluated." },
  'command.appending': { zh: '向 {ledger} 追加 #{pr} 的 {count} 条审批记录：{paths}', en: 'Appending {count} approval records for #{pr} to {ledger}: {paths}', enOne: 'Appending {count} approval record for #{pr} to {ledger}: {paths}' },
  'command.none-approved': { zh: '#{pr} 中没有已批准的文件：{ledger} 未改变', en: 'No approved documents in #{pr}: {ledger} unchanged' },
  'command.merged-differs': { zh: '{path}：合并的版本与审批的版本不同（审批 {reviewed}，合并 {merged}）；记为批准后已修改', en: '{path}: merged version differs from reviewed version (reviewed {reviewed}, merged {merged}); recorded as changed after approval' },
  'command.deleted': { zh: '已删除', en: 'deleted' },
});
