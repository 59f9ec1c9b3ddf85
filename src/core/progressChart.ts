/**
 * The progress chart as a drawing every screen draws the same way (the browser page as SVG, an Echo Show as an APL
 * vector graphic): the weak side's reps in each working set of rows workout by workout, with the target that earns a
 * step up; the weight below them, each progression step marked; and each test's two sides and the gap between them.
 * Coordinates are in a box of WIDTH × HEIGHT; a path is SVG path data (M, L, H, V, A, Z), which both formats take.
 */
import { PROGRAM } from './program';
import { screenText } from './prompts/screen';
import { prompt, type PromptKey } from './prompts';
import type { ProgressView } from './reply';

export const CHART_WIDTH = 320;
export const CHART_HEIGHT = 176;

/** What a mark means, which decides how each screen colours it: dots and markers are filled, the others stroked. */
export const CHART_ROLES = ['axis', 'target', 'reps', 'weight', 'step', 'testWeak', 'testStrong', 'gap'] as const;
export type ChartRole = (typeof CHART_ROLES)[number];
export const FILLED_ROLES: ReadonlySet<ChartRole> = new Set(['reps', 'step', 'testWeak', 'testStrong']);

export interface ChartText {
  x: number;
  /** The text's baseline. */
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  role: ChartRole;
}

/** One workout or test on the chart, left to right in time. */
export interface ChartColumn {
  kind: 'workout' | 'test';
  day: string;
  x: number;
}

export interface ProgressChart {
  width: number;
  height: number;
  /** What the chart shows, in words (a screen reader's, and the page's title). */
  description: string;
  legend: { role: ChartRole; text: string }[];
  /** All the marks of a role as one path; '' when the role has none. */
  paths: Record<ChartRole, string>;
  texts: ChartText[];
  columns: ChartColumn[];
}

/** As many workouts and tests as the chart shows side by side and still reads on a small round screen. */
export const COLUMNS_ON_CHART = 8;

const LEFT = 24;
const RIGHT = 300;
const REPS_TOP = 10;
const REPS_BOTTOM = 96;
const WEIGHT_TOP = 108;
const WEIGHT_BOTTOM = 132;
const DAY_Y = 146;
const NOTE_Y = 158;
const NOTE2_Y = 170;
const DOT = 3;
/** How far apart one workout's sets are drawn, so equal counts stay visible side by side. */
const SET_SPREAD = 5;

const n = (value: number): string => String(Math.round(value * 10) / 10);
const dot = (x: number, y: number, r = DOT): string => `M${n(x - r)} ${n(y)}a${r} ${r} 0 1 0 ${2 * r} 0a${r} ${r} 0 1 0 ${-2 * r} 0Z`;
const triangle = (x: number, y: number): string => `M${n(x)} ${n(y - 9)}l4 6h-8Z`;
const amount = (value: number): string => (Number.isInteger(value) ? String(value) : value.toFixed(1));
const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const monthDay = (day: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

type Entry = { kind: 'workout'; day: string; workout: ProgressView['workouts'][number] } | { kind: 'test'; day: string; test: ProgressView['tests'][number] };

/** Workouts and tests in time order (a test before the workout of its day), the latest that fit. */
const timeline = (view: ProgressView): Entry[] =>
  [
    ...view.tests.map((test): Entry => ({ kind: 'test', day: test.day, test })),
    ...view.workouts.map((workout): Entry => ({ kind: 'workout', day: workout.day, workout })),
  ]
    .map((entry, order) => ({ entry, order }))
    .sort((a, b) => a.entry.day.localeCompare(b.entry.day) || a.order - b.order)
    .map(({ entry }) => entry)
    .slice(-COLUMNS_ON_CHART);

/** Null when there is nothing to chart. */
export const progressChart = (view: ProgressView | null | undefined, locale: string): ProgressChart | null => {
  if (!view) return null;
  const entries = timeline(view);
  if (entries.length === 0) return null;
  const target = PROGRAM.progression.repsEveryWorkingSet;
  const weakSide = capitalized(prompt(locale, `SIDE_${view.weakSide}` as PromptKey));
  const strongSide = capitalized(prompt(locale, `SIDE_${view.weakSide === 'left' ? 'right' : 'left'}` as PromptKey));

  const counts = entries.flatMap((e) => (e.kind === 'workout' ? e.workout.weakSets : [e.test.weakReps, e.test.strongReps]));
  const repsTop = Math.ceil((Math.max(target + 2, ...counts) + 1) / 5) * 5;
  const repsY = (reps: number): number => REPS_BOTTOM - (reps / repsTop) * (REPS_BOTTOM - REPS_TOP);
  const weights = entries.flatMap((e) => (e.kind === 'workout' ? [e.workout.weight] : []));
  const lightest = Math.min(...weights);
  const heaviest = Math.max(...weights);
  const weightY = (weight: number): number =>
    heaviest === lightest ? (WEIGHT_TOP + WEIGHT_BOTTOM) / 2 : WEIGHT_BOTTOM - ((weight - lightest) / (heaviest - lightest)) * (WEIGHT_BOTTOM - WEIGHT_TOP);
  const slot = (RIGHT - LEFT) / entries.length;
  const columnX = (i: number): number => LEFT + slot * (i + 0.5);

  const paths: Record<ChartRole, string[]> = { axis: [], target: [], reps: [], weight: [], step: [], testWeak: [], testStrong: [], gap: [] };
  const texts: ChartText[] = [];
  paths.axis.push(`M${LEFT} ${REPS_BOTTOM}H${RIGHT}`, `M${LEFT} ${WEIGHT_BOTTOM}H${RIGHT}`);
  paths.target.push(`M${LEFT} ${n(repsY(target))}H${RIGHT}`);
  texts.push({ x: LEFT - 3, y: repsY(target) + 3, text: String(target), anchor: 'end', role: 'target' });
  texts.push({ x: LEFT - 3, y: REPS_BOTTOM + 3, text: '0', anchor: 'end', role: 'axis' });

  let lastWeight: { x: number; y: number; weight: number } | null = null;
  const columns: ChartColumn[] = entries.map((entry, i) => {
    const x = columnX(i);
    texts.push({ x, y: DAY_Y, text: monthDay(entry.day, locale), anchor: 'middle', role: 'axis' });
    if (entry.kind === 'test') {
      const { test } = entry;
      paths.gap.push(`M${n(x)} ${n(repsY(test.weakReps))}V${n(repsY(test.strongReps))}`);
      paths.testWeak.push(dot(x, repsY(test.weakReps), DOT + 1));
      paths.testStrong.push(dot(x, repsY(test.strongReps), DOT + 1));
      texts.push({ x, y: NOTE_Y, text: screenText(locale, `TEST_${test.kind}`), anchor: 'middle', role: 'gap' });
      texts.push({ x, y: NOTE2_Y, text: screenText(locale, 'GAP', { gapReps: test.gapReps, gapPercent: test.gapPercent }), anchor: 'middle', role: 'gap' });
      return { kind: 'test', day: entry.day, x };
    }
    const { workout } = entry;
    workout.weakSets.forEach((reps, set) => paths.reps.push(dot(x + (set - (workout.weakSets.length - 1) / 2) * SET_SPREAD, repsY(reps))));
    const y = weightY(workout.weight);
    paths.weight.push(lastWeight ? `M${n(lastWeight.x)} ${n(lastWeight.y)}H${n(x)}V${n(y)}` : `M${n(x)} ${n(y)}`);
    if (workout.stepUp) {
      paths.step.push(triangle(x, y));
      texts.push({ x, y: NOTE_Y, text: screenText(locale, 'STEP_AT', { weight: amount(workout.weight) }), anchor: 'middle', role: 'step' });
    } else if (!lastWeight || lastWeight.weight !== workout.weight) {
      texts.push({ x, y: y - 3, text: screenText(locale, 'WEIGHT_AT', { weight: amount(workout.weight) }), anchor: 'middle', role: 'weight' });
    }
    lastWeight = { x, y, weight: workout.weight };
    return { kind: 'workout', day: entry.day, x };
  });
  // The weight runs on to the chart's edge: it is what the driver lifts now.
  if (lastWeight) paths.weight.push(`M${n((lastWeight as { x: number }).x)} ${n((lastWeight as { y: number }).y)}H${RIGHT}`);

  return {
    width: CHART_WIDTH,
    height: CHART_HEIGHT,
    description: screenText(locale, 'CHART_DESCRIPTION', { side: weakSide }),
    legend: [
      { role: 'reps', text: screenText(locale, 'LEGEND_SETS', { side: weakSide }) },
      { role: 'target', text: screenText(locale, 'TARGET', { reps: target }) },
      { role: 'weight', text: screenText(locale, 'LEGEND_WEIGHT', { unit: view.unit }) },
      { role: 'step', text: screenText(locale, 'LEGEND_STEP') },
      { role: 'gap', text: screenText(locale, 'LEGEND_TEST', { weak: weakSide, strong: strongSide }) },
    ],
    paths: Object.fromEntries(CHART_ROLES.map((role) => [role, paths[role].join('')])) as Record<ChartRole, string>,
    texts,
    columns,
  };
};
