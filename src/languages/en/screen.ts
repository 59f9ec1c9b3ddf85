/**
 * The words a screen shows (an Echo Show) that are not spoken: short labels and headings. `{{name}}` is filled
 * from the values given; sides and exercises arrive already worded by the speech table.
 */
export const SCREEN_EN_US = {
  WORKOUT: 'Workout',
  BASELINE_TEST: 'Baseline test',
  RETEST: 'Retest',
  PAUSED: 'Paused',
  WITH_WEIGHT: '{{exercise}}, {{weight}} {{unit}}',
  SET_reps: 'Set {{set}} of {{sets}}',
  SET_seconds: 'Round {{set}} of {{sets}}',
  FINISHER: 'Finisher: {{side}} side only',
  TEST_SIDES: 'As many perfect reps as you can',
  WEAK_FIRST: '{{side}} side first',
  STRONG_CAP_reps: '{{side}} side: {{cap}} reps, then stop',
  STRONG_CAP_seconds: '{{side}} hand: {{cap}} seconds',
  STRONG_AFTER: '{{side}} side: after the {{weak}} side',
  STRONG_SITS_OUT: '{{side}} side sits this one out',
  STRONG_AS_MANY: '{{side}} side: as many as you can',
  REST: 'Rest',
  LIVE_OF: 'of {{of}}',
  LIVE_SECONDS: 'seconds',
  PROGRESS_TITLE: 'Your progress',
  CHART_DESCRIPTION: '{{side}} side reps per set of rows and the weight, workout by workout; the gap at each test',
  LEGEND_SETS: '{{side}} side reps per set',
  LEGEND_WEIGHT: 'Weight ({{unit}})',
  LEGEND_STEP: 'Step up',
  LEGEND_TEST: 'Test: {{weak}} and {{strong}} side',
  TARGET: '{{reps}} reps',
  WEIGHT_AT: '{{weight}}',
  STEP_AT: '▲{{weight}}',
  TEST_baseline: 'Baseline',
  TEST_retest: 'Retest',
  GAP: 'Gap {{gapReps}} ({{gapPercent}}%)',
} as const;

export type ScreenKey = keyof typeof SCREEN_EN_US;
