/**
 * What the local consoles (the browser page and the terminal) get for each turn: the coach's neutral reply as
 * JSON, with the words a screen needs that are not spoken (the exercise's name, the phrase for each short answer),
 * and what the line was understood as. Nothing in it needs SSML or English to be parsed.
 */
import type { ReadEvent } from '../core/coach';
import { progressChart, type ProgressChart } from '../core/progressChart';
import { choicePhrase, choicePhrases, prompt } from '../core/prompts';
import type { Choice, Expected, NumberAnswer, ProgressView, Reply, Segment, WorkoutStatus } from '../core/reply';

export interface ConsoleStatus extends WorkoutStatus {
  /** The exercise as the coach names it ("single-arm dumbbell row"). */
  exerciseName: string | null;
}

export type ConsoleSegment = Exclude<Segment, { kind: 'status' }> | { kind: 'status'; status: ConsoleStatus | null };

export interface ConsoleChoice {
  id: Choice;
  /** The words that give this answer (a phrase of the language model). */
  say: string;
}

export interface ConsoleAnswer {
  /** What the coach says, in order: words, pauses with their purpose, and where the workout stands from here on. */
  speech: ConsoleSegment[];
  /** What the coach asks again when the user says nothing. */
  reprompt: string;
  endSession: boolean;
  card: { title: string; text: string } | null;
  /** Where the workout stands when the reply has been given. */
  status: ConsoleStatus | null;
  /** The progress chart's data, when the reply shows it (asked how it is going, or a workout or test just ended). */
  progress: ProgressView | null;
  /** The progress chart drawn from it, as every screen draws it; null when the reply shows none. */
  chart: ProgressChart | null;
  /** The answers the closing question invites. */
  expects: { choices: ConsoleChoice[]; number: NumberAnswer | null } | null;
  /** The words for every short answer, for buttons the page offers at any time ("skip the rest" during a rest). */
  phrases: Record<Choice, string>;
  /** What the line was understood as, read by the question it answered; null when no line was said (opening, leaving) or the turn failed. */
  heard: ReadEvent | null;
}

const withName = (status: WorkoutStatus | null, locale: string): ConsoleStatus | null =>
  status && { ...status, exerciseName: status.exercise ? prompt(locale, `EXERCISE_${status.exercise}`) : null };

const choices = (expects: Expected | null, locale: string): ConsoleAnswer['expects'] =>
  expects && { choices: expects.choices.map((id) => ({ id, say: choicePhrase(locale, id) })), number: expects.number };

export const toConsoleAnswer = (reply: Reply, locale: string, heard: ConsoleAnswer['heard']): ConsoleAnswer => ({
  speech: reply.speech.map((s): ConsoleSegment => (s.kind === 'status' ? { kind: 'status', status: withName(s.status, locale) } : s)),
  reprompt: reply.reprompt.map((s) => s.text).join(' '),
  endSession: reply.endSession,
  card: reply.card,
  status: withName(reply.status, locale),
  progress: reply.progress ?? null,
  chart: progressChart(reply.progress, locale),
  expects: choices(reply.expects, locale),
  phrases: { ...choicePhrases(locale) },
  heard,
});
