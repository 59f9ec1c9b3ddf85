/**
 * The data a screen device is sent with a reply (the datasource of ./coachScreen.json): the steps of a workout or
 * test the speech goes through, each from the moment it is spoken about, and the rests timed in it; or the progress
 * chart. Times are from the start of the speech, estimated as the coach estimates its own audio.
 */
import type { PauseSegment, ProgressView, Reply, WorkoutStatus } from '../../core/reply';
import { choicePhrase, prompt, type PromptKey } from '../../core/prompts';
import { screenText } from '../../core/prompts/screen';
import { isTouchAnswer, type TouchAnswer } from './touchAnswers';
import { speakingTime } from '../../core/talk';
import { progressChart, type ChartRole, type ChartText } from '../../core/progressChart';

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

/**
 * A live count shown large while the coach counts the strong side out loud or the seconds of a carry pass: each number
 * from the moment the speech says it (reps) or the second is reached (a carry), until the count ends.
 */
export interface ScreenLiveCount {
  atMs: number;
  endMs: number;
  /** Under the number: "of 10", "seconds". */
  label: string;
  ticks: { atMs: number; value: string }[];
}

/** An answer the closing question expects, offered as a button that sends it as the driver would say it. */
export interface ScreenButton {
  id: TouchAnswer;
  label: string;
}

/** One label of the chart, placed in the chart's own units (the document scales them to the screen). */
export interface ScreenChartLabel {
  left: number;
  top: number;
  width: number;
  text: string;
  color: string;
  align: 'left' | 'center' | 'right';
}

/** The core's progress chart, coloured: its paths are drawn by the document's vector graphic, its labels over it. */
export interface ScreenProgress {
  title: string;
  description: string;
  width: number;
  height: number;
  legend: { text: string; color: string }[];
  paths: Record<ChartRole, string>;
  /** The colour of each role's marks, for the vector graphic (the labels carry theirs). */
  colors: Record<ChartRole, string>;
  labels: ScreenChartLabel[];
}

export interface ScreenData {
  view: 'workout' | 'progress';
  steps: ScreenStep[];
  rests: ScreenRest[];
  counts: ScreenLiveCount[];
  restLabel: string;
  /** The answers the closing question expects that a touch can give. */
  buttons: ScreenButton[];
  skipRestLabel: string;
  progress: ScreenProgress | null;
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

/** The steps the speech goes through, the rests it times and the counts it makes, from its status marks and its pauses. */
const timeline = (reply: Reply, locale: string): { steps: ScreenStep[]; rests: ScreenRest[]; counts: ScreenLiveCount[] } => {
  const steps: ScreenStep[] = [];
  const rests: ScreenRest[] = [];
  const counts: ScreenLiveCount[] = [];
  let status: WorkoutStatus | null = reply.speech.find((s) => s.kind === 'status')?.status ?? reply.status;
  let reps: ScreenLiveCount | null = null;
  let seconds = 0;
  const ms = (): number => Math.round(seconds * 1000);
  for (const segment of reply.speech) {
    if (segment.kind === 'status') {
      if (segment.status) steps.push(stepOf(segment.status, steps.length === 0 ? 0 : ms(), locale));
      status = segment.status;
    } else if (segment.kind === 'text') {
      if (segment.counted) {
        if (!reps || segment.counted.n === 1) counts.push((reps = { atMs: ms(), endMs: ms(), label: screenText(locale, 'LIVE_OF', { of: segment.counted.of }), ticks: [] }));
        reps.ticks.push({ atMs: ms(), value: String(segment.counted.n) });
      } else reps = null;
      seconds += speakingTime(segment.text);
    } else {
      if (startsRest(segment)) rests.push({ atMs: ms(), seconds: segment.total ?? segment.seconds });
      if (startsStretch(segment) && status?.measure === 'seconds' && (segment.purpose === 'count' || segment.purpose === 'set')) {
        counts.push(carryCount(ms(), segment.total ?? segment.seconds, locale));
      }
      seconds += segment.seconds;
      if (reps && segment.purpose === 'count') reps.endMs = ms();
    }
  }
  // A reply that moves nothing on still shows where things stand.
  if (steps.length === 0 && reply.status) steps.push(stepOf(reply.status, 0, locale));
  return { steps, rests, counts };
};

/** The seconds of a carry, one a second from the start of its stretch. */
const carryCount = (atMs: number, totalSeconds: number, locale: string): ScreenLiveCount => {
  const whole = Math.floor(totalSeconds);
  const ticks = Array.from({ length: whole + 1 }, (_, second) => ({ atMs: atMs + second * 1000, value: String(second) }));
  return { atMs, endMs: atMs + Math.round(totalSeconds * 1000), label: screenText(locale, 'LIVE_SECONDS'), ticks };
};

const startsStretch = (pause: PauseSegment): boolean => pause.total !== undefined && pause.left === pause.total;

const startsRest = (pause: PauseSegment): boolean => pause.purpose === 'rest' && (pause.left === undefined || pause.left === pause.total);

/** The colours of the chart's marks, as the page's style sheet has them. */
export const CHART_COLORS: Record<ChartRole, string> = {
  axis: '#8a8a8a',
  target: '#8a8a8a',
  reps: '#f5a623',
  weight: '#6fb4ff',
  step: '#5fd068',
  testWeak: '#f5a623',
  testStrong: '#6fb4ff',
  gap: '#ffffff',
};

const LABEL_WIDTH = 64;
const LABEL_HEIGHT = 10;

const labelOf = (text: ChartText): ScreenChartLabel => {
  const left = text.anchor === 'start' ? text.x : text.anchor === 'middle' ? text.x - LABEL_WIDTH / 2 : text.x - LABEL_WIDTH;
  const align = text.anchor === 'start' ? 'left' : text.anchor === 'middle' ? 'center' : 'right';
  return { left, top: text.y - LABEL_HEIGHT + 2, width: LABEL_WIDTH, text: text.text, color: CHART_COLORS[text.role], align };
};

const progressOf = (view: ProgressView | null | undefined, locale: string): ScreenProgress | null => {
  const chart = progressChart(view, locale);
  if (!chart) return null;
  return {
    title: screenText(locale, 'PROGRESS_TITLE'),
    description: chart.description,
    width: chart.width,
    height: chart.height,
    legend: chart.legend.map((item) => ({ text: item.text, color: CHART_COLORS[item.role] })),
    paths: chart.paths,
    colors: CHART_COLORS,
    labels: chart.texts.map(labelOf),
  };
};

/** What the screen shows with this reply; null when there is nothing to show (no workout, test or chart). */
export const screenData = (reply: Reply, locale: string): ScreenData | null => {
  const progress = progressOf(reply.progress, locale);
  const common = {
    restLabel: screenText(locale, 'REST'),
    skipRestLabel: choicePhrase(locale, 'skipRest'),
    buttons: (reply.expects?.choices ?? []).filter(isTouchAnswer).map((id) => ({ id, label: choicePhrase(locale, id) })),
  };
  if (progress) return { view: 'progress', steps: [], rests: [], counts: [], progress, ...common };
  const { steps, rests, counts } = timeline(reply, locale);
  if (steps.length === 0) return null;
  return { view: 'workout', steps, rests, counts, progress, ...common };
};
