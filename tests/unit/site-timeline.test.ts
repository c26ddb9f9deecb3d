import { describe, expect, it } from 'vitest';
import type { Obligation } from '../../src/model/calendar.ts';
import { timeline } from '../../src/site/timeline.ts';

const obligation = (step: number, due: string, state: Obligation['state'], person = 'li-na'): Obligation => ({
  step,
  type: 'monthly-report',
  path: `2026/people/${person}/${due.slice(5, 7)}.report.mdx`,
  owner: person,
  person,
  due,
  progress: state === 'done' ? 'done' : 'missing',
  state,
});

describe("the overview's timeline", () => {
  it('a step with work open is due on its earliest open date; a step all done on its last date', () => {
    const steps = timeline([
      obligation(3, '2026-04-10', 'upcoming'),
      obligation(3, '2026-02-10', 'done'),
      obligation(3, '2026-03-10', 'overdue'),
      obligation(3, '2026-05-10', 'upcoming'),
      obligation(6, '2026-07-15', 'done'),
      obligation(6, '2026-09-15', 'done'),
      obligation(6, '2026-08-15', 'done'),
    ]);
    expect(steps.map(({ step, state, done, total, due }) => ({ step, state, done, total, due }))).toEqual([
      { step: 3, state: 'overdue', done: 1, total: 4, due: '2026-03-10' },
      { step: 6, state: 'done', done: 3, total: 3, due: '2026-09-15' },
    ]);
    // A step with one file per person and month lists only what needs attention.
    expect(steps[0]?.shown.map((item) => item.due)).toEqual(['2026-03-10']);
  });
});
