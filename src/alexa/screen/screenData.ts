/**
 * The data a screen device is sent with a reply (the datasource of ./coachScreen.json): the steps of a workout or
 * test the speech goes through, each from the moment it is spoken about, and the rests timed in it; or the progress
 * chart. Times are from the start of the speech, estimated as the coach estimates its own audio.
 */
import type { PauseSegment, ProgressView, Reply, WorkoutStatus } from '../../core/reply';
import { prompt, type PromptKey } from '../../core/prompts';
import { screenText } from '../../core/prompts/screen';
import { speakingTime } from '../../core/talk';

export interface ScreenStep {
  /** When the speech reaches this step, in milliseconds from its start. */
  atMs: number;
  activity: string;
  exercise: string;
  set: string;
  weak: string;
  strong: string;
}

export interface ScreenRest {
  atMs: number;
  seconds: number;
}

export interface ScreenBar {
  label: string;
  reps: string;
  /** Bar heights in percent of the tallest bar on the chart. */
  weakHeight: number;
  strongHeight: number;
}

export interface ScreenProgress {
  title: string;
  weakLegend: string;
  strongLegend: string;
  workoutsHeading: string;
  testsHeading: string;
  workouts: ScreenBar[];
  tests: ScreenBar[];
}

export interface ScreenData {
  view: 'workout' | 'progress';
  steps: ScreenStep[];
  rests: ScreenRest[];
  restLabel: string;
  progress: ScreenProgress;
}

const capitalized = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

const amount = (n: number): string => (Number.isInteger(n) ? String(n) : n.toFixed(1));

const spoken = (locale: string, key: string): string => prompt(locale, key as PromptKey);

const stepOf = (status: WorkoutStatus, atMs: number, locale: string): ScreenStep => {
  const side = (s: WorkoutStatus['side']): string => (s ? capitalized(spoken(locale, `SIDE_${s}`)) : '');
  const name = status.exercise ? capitalized(spoken(locale, `EXERCISE_${status.exercise}`)) : '';
  const exercise =
    status.weight !== null && status.unit !== null ? screenText(locale, 'WITH_WEIGHT', { exercise: name, weight: amount(status.weight), unit: status.unit }) : name;
  const heading = status.activity === 'test' ? screenText(locale, status.testKind === 'retest' ? 'RETEST' : 'BASELINE_TEST') : screenText(locale, 'WORKOUT');
  const weak = side(status.side);
  const strong = side(status.strongSide);
  let set = '';
  if (status.finisher) set = screenText(locale, 'FINISHER', { side: weak });
  else if (status.activity === 'test') set = screenText(locale, 'TEST_SIDES');
  else if (status.set !== null && status.sets !== null) set = screenText(locale, status.measure === 'seconds' ? 'SET_seconds' : 'SET_reps', { set: status.set, sets: status.sets });
  let strongLine: string;
  if (status.finisher) strongLine = screenText(locale, 'STRONG_SITS_OUT', { side: strong });
  else if (status.activity === 'test' && status.working === 'strong') strongLine = screenText(locale, 'STRONG_AS_MANY', { side: strong });
  else if (status.working === 'strong' && status.cap !== null) {
    strongLine = screenText(locale, status.measure === 'seconds' ? 'STRONG_CAP_seconds' : 'STRONG_CAP_reps', { side: strong, cap: status.cap });
  } else strongLine = screenText(locale, 'STRONG_AFTER', { side: strong, weak: weak.toLowerCase() });
  return {
    atMs,
    activity: status.paused ? `${heading} · ${screenText(locale, 'PAUSED')}` : heading,
    exercise,
    set,
    weak: screenText(locale, 'WEAK_FIRST', { side: weak }),
    strong: strongLine,
  };
};

/** The steps the speech goes through and the rests it times, from its status marks and its pauses. */
const timeline = (reply: Reply, locale: string): { steps: ScreenStep[]; rests: ScreenRest[] } => {
  const steps: ScreenStep[] = [];
  const rests: ScreenRest[] = [];
  let seconds = 0;
  const ms = (): number => Math.round(seconds * 1000);
  for (const segment of reply.speech) {
    if (segment.kind === 'status') {
      if (segment.status) steps.push(stepOf(segment.status, steps.length === 0 ? 0 : ms(), locale));
    } else if (segment.kind === 'text') {
      seconds += speakingTime(segment.text);
    } else {
      if (startsRest(segment)) rests.push({ atMs: ms(), seconds: segment.total ?? segment.seconds });
      seconds += segment.seconds;
    }
  }
  // A reply that moves nothing on still shows where things stand.
  if (steps.length === 0 && reply.status) steps.push(stepOf(reply.status, 0, locale));
  return { steps, rests };
};

const startsRest = (pause: PauseSegment): boolean => pause.purpose === 'rest' && (pause.left === undefined || pause.left === pause.total);

const heightOf = (reps: number, tallest: number): number => (tallest > 0 ? Math.round((reps / tallest) * 100) : 0);

const monthDay = (day: string, locale: string): string =>
  new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${day}T12:00:00Z`));

const progressOf = (view: ProgressView | null | undefined, locale: string): ScreenProgress => {
  const weakSide = view ? capitalized(spoken(locale, `SIDE_${view.weakSide}`)) : '';
  const strongSide = view ? capitalized(spoken(locale, `SIDE_${view.weakSide === 'left' ? 'right' : 'left'}`)) : '';
  const workouts = view?.workouts ?? [];
  const tests = view?.tests ?? [];
  const tallestWorkout = Math.max(0, ...workouts.flatMap((w) => [w.weakReps, w.strongReps]));
  const tallestTest = Math.max(0, ...tests.flatMap((t) => [t.weakReps, t.strongReps]));
  const reps = (weak: number, strong: number): string => screenText(locale, 'REPS_PAIR', { weak, strong });
  return {
    title: screenText(locale, 'PROGRESS_TITLE'),
    weakLegend: screenText(locale, 'LEGEND_WEAK', { side: weakSide }),
    strongLegend: screenText(locale, 'LEGEND_STRONG', { side: strongSide }),
    workoutsHeading: screenText(locale, workouts.length > 0 ? 'ROWS_PER_WORKOUT' : 'NO_WORKOUTS'),
    testsHeading: screenText(locale, 'TESTS'),
    workouts: workouts.map((w) => ({
      label: monthDay(w.day, locale),
      reps: reps(w.weakReps, w.strongReps),
      weakHeight: heightOf(w.weakReps, tallestWorkout),
      strongHeight: heightOf(w.strongReps, tallestWorkout),
    })),
    tests: tests.map((t) => ({
      label: `${screenText(locale, `TEST_${t.kind}`)} ${monthDay(t.day, locale)} · ${screenText(locale, 'GAP', { gapReps: t.gapReps, gapPercent: t.gapPercent })}`,
      reps: reps(t.weakReps, t.strongReps),
      weakHeight: heightOf(t.weakReps, tallestTest),
      strongHeight: heightOf(t.strongReps, tallestTest),
    })),
  };
};

/** What the screen shows with this reply; null when there is nothing to show (no workout, test or chart). */
export const screenData = (reply: Reply, locale: string): ScreenData | null => {
  const progress = progressOf(reply.progress, locale);
  const restLabel = screenText(locale, 'REST');
  if (reply.progress) return { view: 'progress', steps: [], rests: [], restLabel, progress };
  const { steps, rests } = timeline(reply, locale);
  if (steps.length === 0) return null;
  return { view: 'workout', steps, rests, restLabel, progress };
};
