// Apart from pace.ts so that plan pace --help states them without loading the roll-up.
/** How the pace figures (src/cycle/pace.ts) are computed, in the words the page, the CLI and the export use. */
export const PACE_RULES = {
  atPace: 'actual + plan of the months not yet counted × attainment to date (actual ÷ target to date), rounded half up to 1分',
  atReforecast: 'actual + the reforecast of the months not yet counted (the mid-year review’s H2 forecast, else the plan)',
  needed: '(target − actual) split over the months not yet counted in proportion to their plan, by largest remainder in whole 分 so the months add up to the gap exactly; 0 when the target is already reached',
} as const;
