// Apart from budget-execution.ts so that plan budget --help states them without loading the model.
/** The rules that flag a line, named so the page, the CLI and the export explain them the same way. */
export const BUDGET_RULES = {
  over: 'spent > budget',
  ahead: 'share used > share of the year elapsed + aheadOfTimePoints percentage points (org.yaml budgetExecution, default 10)',
} as const;
