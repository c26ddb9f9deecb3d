import { describe, expect, it } from 'vitest';
import { say } from '../../src/approvals/approval-messages.ts';
import { chainTarget } from '../../src/approvals/chains.ts';
import { evaluateApprovals } from '../../src/approvals/evaluate.ts';
import { parseReviews } from '../../src/approvals/reviews.ts';

const target = chainTarget('content/2026/units/east/budget.mdx');
const boss = { id: 'wang', name: '王总', login: 'wang' };

describe('evaluateApprovals', () => {
  it('does not let one person approve two stages of one chain, even when they hold both roles', () => {
    const [result] = evaluateApprovals({
      documents: [{ target, authors: new Map([['someone', say('why.opener')]]), stages: [{ role: 'marketingVp', label: '营销副总', holders: [boss] }, { role: 'finance', label: '财务部', holders: [boss] }, { role: 'gm', label: '总经理', holders: [{ id: 'gm', name: '陈', login: 'gm' }] }] }],
      reviews: parseReviews([
        { id: 1, user: { login: 'wang' }, state: 'APPROVED', submitted_at: '2026-01-11T09:00:00Z', commit_id: 'c' },
        { id: 2, user: { login: 'gm' }, state: 'APPROVED', submitted_at: '2026-01-11T10:00:00Z', commit_id: 'c' },
      ]),
      isCurrent: () => true,
    });
    expect(result?.stages.map((stage) => stage.status)).toEqual(['approved', 'pending', 'waiting']);
    expect(result?.stages[1]?.notes.map((note) => note.en)).toContain('@wang already approved an earlier stage; one person approves one stage of a chain');
  });

  it('reads webhook (lower-case) and REST (upper-case) review states alike and skips pending reviews', () => {
    const reviews = parseReviews([
      { id: 2, user: { login: 'b' }, state: 'approved', submitted_at: '2026-01-11T10:00:00Z', commit_id: 'c' },
      { id: 1, user: { login: 'a' }, state: 'CHANGES_REQUESTED', submitted_at: '2026-01-11T09:00:00Z', commit_id: 'c' },
      { id: 3, user: { login: 'c' }, state: 'PENDING', commit_id: 'c' },
    ]);
    expect(reviews.map((review) => `${review.login}:${review.state}`)).toEqual(['a:CHANGES_REQUESTED', 'b:APPROVED']);
  });
});
