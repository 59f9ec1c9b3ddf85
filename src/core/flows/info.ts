/** Questions a user can ask at any point: help, why one side, how am I doing, what's next. */
import { qualifyingStreak } from '../progression';
import { exerciseById, PROGRAM } from '../program';
import { addDays, calendarDaysBetween, spokenDate } from '../time';
import type { Turn } from '../turn';
import { exerciseName, exercisePlural, repWord, weightWords } from '../words';
import { nextWorkoutDay, retestDue } from './schedule';
import { testActivity, testedSide } from './test';
import { nextExerciseAfterCurrent, workoutActivity } from './workout';

export const help = (turn: Turn): void => {
  turn.say(workoutActivity(turn) || testActivity(turn) ? 'HELP_WORKOUT' : 'HELP_GENERAL');
};

export const whyOneSide = (turn: Turn): void => {
  turn.say('WHY_ONE_SIDE');
};

/** Progress since the baseline, in plain words; says what to expect when there is no progress yet. */
export const progress = (turn: Turn): void => {
  const doc = turn.doc;
  const baseline = doc.tests.find((t) => t.kind === 'baseline') ?? doc.tests[0];
  if (!baseline) {
    turn.say('PROGRESS_NO_BASELINE');
    return;
  }
  turn.say('PROGRESS_BASELINE', {
    gapReps: baseline.gapReps,
    repWord: repWord(baseline.gapReps),
    gapPercent: baseline.gapPercent,
    date: spokenDate(baseline.at, turn.zone, turn.ctx.locale),
  });
  const latest = doc.tests[doc.tests.length - 1];
  if (latest !== baseline) {
    turn.say('PROGRESS_LATEST_RETEST', { gapReps: latest.gapReps, repWord: repWord(latest.gapReps), gapPercent: latest.gapPercent });
  }
  const total = doc.workouts.filter((w) => w.completed).length;
  const thisWeek = doc.workouts.filter((w) => w.completed && calendarDaysBetween(w.startedAt, turn.now, turn.zone) < 7).length;
  if (doc.weight !== null && doc.units !== null) {
    turn.say('PROGRESS_WORKOUTS', {
      total,
      workoutWord: total === 1 ? 'workout' : 'workouts',
      thisWeek,
      weightWords: weightWords(turn, doc.weight, doc.units),
    });
    if (qualifyingStreak(doc.workouts, doc.weight, doc.units) === PROGRAM.progression.workoutsInARow - 1) {
      turn.say('PROGRESS_STREAK', { target: PROGRAM.progression.repsEveryWorkingSet });
    }
  }
  if (latest === baseline || latest.gapReps >= baseline.gapReps) turn.say('EXPECTATIONS');
  if (retestDue(turn)) turn.say('PROGRESS_RETEST_DUE');
  else turn.say('PROGRESS_NEXT_RETEST', { date: spokenDate(addDays(latest.at, PROGRAM.retestAfterDays, turn.zone), turn.zone, turn.ctx.locale) });
};

export const whatsNext = (turn: Turn): void => {
  const workout = workoutActivity(turn);
  if (workout) {
    const { position } = workout;
    const side = workout.workout.weakSide;
    if (position.step === 'finisher') turn.say('WHATS_NEXT_FINISHER', { side });
    else {
      turn.say('WHATS_NEXT_SET', {
        exercise: exerciseName(turn, position.exercise),
        set: position.set,
        sets: exerciseById(position.exercise).workingSets,
        side,
      });
    }
    const next = nextExerciseAfterCurrent(workout);
    if (next) turn.say('WHATS_NEXT_AFTER', { rest: exercisePlural(turn, next.id) });
    else turn.say('WHATS_NEXT_LAST');
    return;
  }
  const test = testActivity(turn);
  if (test) {
    turn.say('WHATS_NEXT_TEST', { side: test.step === 'weight' ? turn.doc.weakSide ?? 'left' : testedSide(turn, test) });
    return;
  }
  const day = nextWorkoutDay(turn);
  if (day === 'today') turn.say('WHATS_NEXT_TODAY');
  else turn.say('WHATS_NEXT_IDLE', { day });
};

