// Demo data: the one document shipped "changed after approval", so `npm start` shows the flag.
// 李娜 added a note to her October report after her manager approved it; the demo ledger holds the
// version without the note (what was approved), the file holds the version with it.

export const CHANGED_AFTER_APPROVAL = {
  path: 'content/2026/people/li-na/10.report.mdx',
  addendum: '\n补记（11月20日）：南京江北新材料的追加订单已签约，金额约18万元，计入11月。\n',
} as const;

/** The approved text of the demo document: its current text without the note added afterwards. */
export function approvedVersion(text: string): string {
  if (!text.endsWith(CHANGED_AFTER_APPROVAL.addendum)) {
    throw new Error(`demo-approvals: ${CHANGED_AFTER_APPROVAL.path} no longer ends with the note added after approval; update scripts/lib/demo-changed.ts`);
  }
  return text.slice(0, -CHANGED_AFTER_APPROVAL.addendum.length);
}
