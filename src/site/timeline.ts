import type { Obligation } from '../model/calendar.ts';

export type StepState = 'done' | 'overdue' | 'due-soon' | 'upcoming';

export interface TimelineStep {
  step: number;
  state: StepState;
  done: number;
  total: number;
  /** Earliest due date of what is not done yet (or the last due date when all is done). */
  due: string;
  /** Listed one by one: every document of steps with few, only the ones not done for steps with many. */
  shown: Obligation[];
}

/** Steps with one file per person and month would list hundreds of rows; they list what needs attention. */
const MANY = new Set([3, 4, 5]);

/** The seed's seven steps, each judged from its documents: overdue wins, then due soon, then done. */
export function timeline(obligations: readonly Obligation[]): TimelineStep[] {
  const steps: TimelineStep[] = [];
  for (let step = 1; step <= 7; step++) {
    const items = obligations.filter((obligation) => obligation.step === step);
    if (items.length === 0) continue;
    const open = items.filter((obligation) => obligation.state !== 'done');
    const state: StepState = open.some((o) => o.state === 'overdue') ? 'overdue' : open.some((o) => o.state === 'due-soon') ? 'due-soon' : open.length === 0 ? 'done' : 'upcoming';
    // The earliest open due date, or the last one: one pass, no sort of a step's 120,000 dates at 10,000 people.
    let due = '';
    for (const { due: date } of open.length ? open : items) if (due === '' || (open.length ? date < due : date > due)) due = date;
    const shown = MANY.has(step) ? open.filter((o) => o.state === 'overdue' || o.state === 'due-soon') : items;
    steps.push({ step, state, done: items.length - open.length, total: items.length, due, shown });
  }
  return steps;
}
