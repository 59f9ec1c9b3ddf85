/** Questions a user can ask at any point: help, why one side, how am I doing, what's next. */
import { qualifyingStreak } from '../progression';
import { exerciseById, otherSide, PROGRAM } from '../program';
import { addDays, calendarDaysBetween } from '../time';
import type { Turn } from '../turn';
import { counted, exerciseName, exercisePlural, inWords, repNoun, sideWords, spokenDate, weightWords } from '../words';
import { nextWorkoutDay, retestDue } from './schedule';
import { sayExpectations, testActivity, testedSide } from './test';
import { nextExerciseAfterCurrent, repTargetOf, workoutActivity } from './workout';

export const help = (turn: Turn): void => {
  if (workoutActivity(turn) || testActivity(turn)) turn.say('HELP_WORKOUT');
  else turn.say('HELP_GENERAL', { perWeek: inWords(PROGRAM.schedule.workoutsPerWeek) });
};

/** What "why one side" says of the weeks the weak side takes to catch up (shown to assistants with the program's rules too). */
export const whyOneSideParams = (): { catchUpLow: number; catchUpHigh: number } => {
  const [catchUpLow, catchUpHigh] = PROGRAM.expectations.catchUpWeeks;
  return { catchUpLow, catchUpHigh };
};

export const whyOneSide = (turn: Turn): void => {
  turn.say('WHY_ONE_SIDE', whyOneSideParams());
};

/** Progress since the baseline, in plain words; says what to expect when there is no progress yet. */
export const progress = (turn: Turn): void => {
  const doc = turn.doc;
  turn.showsProgress = true;
  const baseline = doc.tests.find((t) => t.kind === 'baseline') ?? doc.tests[0];
  if (!baseline) {
    turn.say('PROGRESS_NO_BASELINE');
    return;
  }
  turn.say('PROGRESS_BASELINE', {
    gapReps: baseline.gapReps,
    repWord: repNoun(baseline.gapReps),
    gapPercent: baseline.gapPercent,
    date: spokenDate(baseline.at, turn.zone),
  });
  const latest = doc.tests[doc.tests.length - 1] ?? baseline;
  if (latest !== baseline) {
    turn.say('PROGRESS_LATEST_RETEST', { gapReps: latest.gapReps, repWord: repNoun(latest.gapReps), gapPercent: latest.gapPercent });
  }
  const total = doc.workouts.filter((w) => w.completed).length;
  const { weekDays } = PROGRAM.schedule;
  const thisWeek = doc.workouts.filter((w) => w.completed && calendarDaysBetween(w.startedAt, turn.now, turn.zone) < weekDays).length;
  if (doc.weight !== null && doc.units !== null) {
    const weight = weightWords(doc.weight, doc.units);
    if (total === 0) turn.say('PROGRESS_NO_WORKOUTS_YET', { weightWords: weight });
    else turn.say('PROGRESS_WORKOUTS', { total: counted(total, 'workout'), thisWeek, weekDays, weightWords: weight });
    const { workoutsInARow, repsEveryWorkingSet } = PROGRAM.progression;
    const streak = qualifyingStreak(doc.workouts, doc.weight, doc.units);
    if (streak > 0 && streak < workoutsInARow) {
      turn.say('PROGRESS_STREAK', { target: repsEveryWorkingSet, more: inWords(workoutsInARow - streak) });
    }
  }
  if (latest === baseline || latest.gapReps >= baseline.gapReps) sayExpectations(turn);
  if (retestDue(turn)) turn.say('PROGRESS_RETEST_DUE');
  else turn.say('PROGRESS_NEXT_RETEST', { date: spokenDate(addDays(latest.at, PROGRAM.test.retestAfterDays, turn.zone), turn.zone) });
};

export const whatsNext = (turn: Turn): void => {
  const workout = workoutActivity(turn);
  if (workout) {
    const { position } = workout;
    const side = sideWords(workout.workout.weakSide);
    if (position.step === 'finisher') turn.say('WHATS_NEXT_FINISHER', { side });
    else {
      const exercise = exerciseById(position.exercise);
      const set = { exercise: exerciseName(exercise.id), set: position.set, sets: exercise.workingSets, side };
      if (position.waitingForGo) {
        turn.say('WHATS_NEXT_SET', set);
        if (exercise.measure === 'reps') turn.say('SET_TARGET_REPS', { target: repTargetOf(exercise) });
      } else {
        // The weak side's count is asked: the strong side's number is that count, which is what a driver asking how
        // many to do on the other side needs to hear.
        turn.say('WHATS_NEXT_NOW', set);
        const strong = { side, strongSide: sideWords(otherSide(workout.workout.weakSide)) };
        turn.say(exercise.measure === 'reps' ? 'WHATS_NEXT_STRONG_REPS' : 'WHATS_NEXT_STRONG_SECONDS', strong);
      }
    }
    const next = nextExerciseAfterCurrent(workout);
    if (next) turn.say('WHATS_NEXT_AFTER', { rest: exercisePlural(next.id) });
    else turn.say('WHATS_NEXT_LAST');
    return;
  }
  const test = testActivity(turn);
  if (test) {
    turn.say('WHATS_NEXT_TEST', { side: sideWords(test.step === 'weight' ? (turn.doc.weakSide ?? 'left') : testedSide(turn, test)) });
    return;
  }
  turn.say('WHATS_NEXT_IDLE', { day: nextWorkoutDay(turn) });
};

