/**
 * A tool's result: the coach's neutral reply as structured content an assistant can act on (what to say, each pause
 * with its purpose and length, where the workout stands, the answers the coach expects and the tool that gives each),
 * and the words to read aloud as they are.
 */
import * as z from 'zod';
import { CHART_ROLES, progressChart } from '../core/progressChart';
import { choicePhrase, prompt } from '../core/prompts';
import type { Choice, Expected, Reply, WorkoutStatus } from '../core/reply';
import type { TurnFailure } from '../turns/turnRunner';
import type { ToolEvent } from './descriptions';
import { toolNameOf } from './tools';

const status = z
  .object({
    activity: z.enum(['workout', 'test']),
    testKind: z.enum(['baseline', 'retest']).nullable(),
    exercise: z.enum(['row', 'pulldown', 'carry']).nullable(),
    exerciseName: z.string().nullable().describe('The exercise as the coach names it'),
    measure: z.enum(['reps', 'seconds']).nullable(),
    side: z.enum(['left', 'right']).nullable().describe('The weak side, which goes first'),
    strongSide: z.enum(['left', 'right']).nullable(),
    working: z.enum(['weak', 'strong']).nullable().describe("Whose turn it is in this step"),
    finisher: z.boolean(),
    set: z.number().nullable(),
    sets: z.number().nullable(),
    cap: z.number().nullable().describe('The number the strong side must stop at'),
    capFromSet: z.number().nullable(),
    done: z.number(),
    repsSoFar: z.number(),
    weight: z.number().nullable(),
    unit: z.enum(['lb', 'kg']).nullable(),
    paused: z.boolean(),
  })
  .describe('Where the workout or test stands');

const segment = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string(), counted: z.object({ n: z.number(), of: z.number() }).optional().describe('A rep counted out loud: rep n of `of`') }),
  z.object({
    kind: z.literal('pause'),
    seconds: z.number(),
    purpose: z.enum(['rest', 'set', 'count', 'beat']).describe("A rest, the driver's own set, the strong side's count, or a beat between words"),
    total: z.number().optional().describe('The whole timed stretch, in seconds'),
    left: z.number().optional().describe('Seconds left in the stretch when this pause starts'),
  }),
  z.object({ kind: z.literal('status'), status: status.nullable() }),
]);

const toolCall = { tool: z.string().describe('The tool that gives this answer'), arguments: z.record(z.string(), z.unknown()) };

const bars = z.object({
  day: z.string(),
  weakSets: z.array(z.number()).describe("The weak side's reps in each working set of rows"),
  weight: z.number(),
  stepUp: z.boolean().describe('The weight went up at this workout'),
});
const testBars = z.object({
  kind: z.enum(['baseline', 'retest']),
  day: z.string(),
  weakReps: z.number(),
  strongReps: z.number(),
  gapReps: z.number(),
  gapPercent: z.number(),
});
const chartRole = z.enum(CHART_ROLES);
/** The core's drawing of the progress chart (src/core/progressChart.ts), which every screen draws as it is. */
const chartSchema = z.object({
  width: z.number(),
  height: z.number(),
  description: z.string(),
  legend: z.array(z.object({ role: chartRole, text: z.string() })),
  paths: z.record(chartRole, z.string()).describe("Each role's marks as SVG path data"),
  texts: z.array(z.object({ x: z.number(), y: z.number(), text: z.string(), anchor: z.enum(['start', 'middle', 'end']), role: chartRole })),
  columns: z.array(z.object({ kind: z.enum(['workout', 'test']), day: z.string(), x: z.number() })),
});

export const progressViewSchema = z.object({ unit: z.enum(['lb', 'kg']), weakSide: z.enum(['left', 'right']), workouts: z.array(bars), tests: z.array(testBars) });

export const coachAnswerShape = {
  say: z.string().describe("The coach's words, to read aloud as they are"),
  speech: z.array(segment).describe('The words in order, with every pause, its purpose and length, and the status as the speech moves on'),
  reprompt: z.string().describe('What to ask again when the driver says nothing'),
  endSession: z.boolean().describe('The coach is done listening'),
  status: status.nullable(),
  progress: progressViewSchema.nullable().describe('The progress chart, when the reply shows it'),
  chart: chartSchema.nullable().describe('The progress chart drawn, as the browser page and the Echo Show draw it'),
  expects: z
    .object({
      choices: z.array(z.object({ id: z.string(), say: z.string(), ...toolCall })),
      number: z
        .object({
          measure: z.enum(['reps', 'seconds', 'weight']),
          min: z.number(),
          max: z.number(),
          unit: z.enum(['lb', 'kg']).nullable(),
          tool: z.string(),
          argument: z.string().describe('The argument that carries the number'),
        })
        .nullable(),
    })
    .nullable()
    .describe("The answers the coach's question expects, and the tool that gives each"),
  timedWaited: z.boolean().describe('The timed parts (counts, rests) were waited out during the call, with progress notifications'),
  failure: z.enum(['busy', 'unreadable', 'error']).nullable().describe('Why the turn changed nothing, when it did not go through'),
};

export const coachAnswerSchema = z.object(coachAnswerShape);
export type CoachAnswer = z.infer<typeof coachAnswerSchema>;

/** Each short answer as the call that gives it. */
const CHOICE_CALLS: Record<Choice, { event: ToolEvent; arguments: Record<string, string> }> = {
  yes: { event: 'yes', arguments: {} },
  no: { event: 'no', arguments: {} },
  go: { event: 'ready', arguments: {} },
  resume: { event: 'resume', arguments: {} },
  stop: { event: 'stop', arguments: {} },
  skipRest: { event: 'skipRest', arguments: {} },
  left: { event: 'side', arguments: { side: 'left' } },
  right: { event: 'side', arguments: { side: 'right' } },
  lb: { event: 'units', arguments: { unit: 'lb' } },
  kg: { event: 'units', arguments: { unit: 'kg' } },
  startWorkout: { event: 'startWorkout', arguments: {} },
  startTest: { event: 'startTest', arguments: {} },
  progress: { event: 'progress', arguments: {} },
};

const named = (s: WorkoutStatus | null, locale: string) =>
  s && { ...s, exerciseName: s.exercise ? prompt(locale, `EXERCISE_${s.exercise}`) : null };

const expectsOf = (expects: Expected | null, locale: string): CoachAnswer['expects'] =>
  expects && {
    choices: expects.choices.map((id) => ({ id, say: choicePhrase(locale, id), tool: toolNameOf(CHOICE_CALLS[id].event), arguments: CHOICE_CALLS[id].arguments })),
    number: expects.number && {
      ...expects.number,
      tool: toolNameOf(expects.number.measure === 'weight' ? 'weight' : 'count'),
      argument: expects.number.measure === 'weight' ? 'weight' : 'count',
    },
  };

export const spokenWords = (reply: Reply): string =>
  reply.speech
    .flatMap((s) => (s.kind === 'text' ? [s.text] : []))
    .join(' ');

export const toCoachAnswer = (reply: Reply, locale: string, timedWaited: boolean, failure: TurnFailure | null): CoachAnswer => ({
  say: spokenWords(reply),
  speech: reply.speech.map((s) => (s.kind === 'status' ? { kind: 'status', status: named(s.status, locale) } : s)),
  reprompt: reply.reprompt.map((s) => s.text).join(' '),
  endSession: reply.endSession,
  status: named(reply.status, locale),
  progress: reply.progress ?? null,
  chart: progressChart(reply.progress, locale),
  expects: expectsOf(reply.expects, locale),
  timedWaited,
  failure,
});
