/**
 * What drivers say to start things: a set, a workout, the test; and the greetings said inside a session.
 */
import type { STARTING_INTENTS } from '../../../core/flows/starting.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { COACH_NAMES, GREETINGS } from '../readingTables';
import { all, around, optional, say } from '../../phrasing';
import { WELCOME_PHRASES } from './welcome';

const READY_CORES = [
  'ready', "I'm ready", 'ready now', "I'm ready now", 'ready to go', "I'm ready to go", 'all set', "I'm set", "I'm all set",
  'go', 'go go', "let's go", 'go ahead', 'go for it', 'count me in', 'start counting', 'start the count', 'start the set',
  'start the timer', 'begin', 'begin the set', 'starting now', "I'm starting", 'lifting now', "I'm lifting now", 'here we go',
  "let's do this", 'in position', "I'm in position", "I'm in place", 'got it in my hand', 'weight is in my hand',
  "weight's in my hand", 'the weight is in my hand', 'dumbbell is in my hand', "dumbbell's in my hand", "I've got the weight",
  'I have the dumbbell', "I've got the dumbbell", 'got the dumbbell', "I'm holding it", "I'm good to go", 'good to go', 'hit it',
  "let's rock", "let's roll", 'now', 'set', 'okay go', 'band is ready', "band's ready", "I've got the band", 'go now',
  'ready when you are', "let's get it", 'go time', "it's go time", 'start now', 'lifting', "I'm up", "I've got it", 'got it',
  "let's get this done", "let's knock it out", "let's get it done", 'ready set go', 'and go', 'ready and go', "I'm in position now",
  'ready here', 'ready over here', 'okay ready', 'yep ready', 'ready ready', "let's start the set", 'start it',
  "let's start", 'we can start', 'you can start', 'you can start counting', 'you can count', 'count', 'start the clock',
  'start', 'okay start', 'start go',
];
const readySamples = (): string[] =>
  all(
    ['ready', "I'm ready", 'go', "let's go", 'start the set', "I'm set", 'okay go', 'begin', 'ready to go'],
    around(['', 'okay', 'ok', 'alright', 'all right', 'yeah', 'uh', 'so', 'okay so'], READY_CORES, ['', 'go', "let's go", 'go ahead', 'count me in', 'start the count', 'start counting', 'now', 'go ahead and count me in']),
  ).filter((sample) => !/\bgo go go\b/.test(sample) && !/(count me in|start the count|start counting).*(count me in|start the count|start counting)/.test(sample) && !/\bnow now\b/.test(sample) && !/(let's go|go ahead).*(let's go|go ahead)/.test(sample) && !/^(okay|ok|alright|all right) set$/.test(sample) && !/^(yeah|okay|ok|alright|all right|so) now$/.test(sample));

const WORKOUT_VERBS = [
  'start', 'begin', 'do', "let's do", "let's start", 'I want to do', 'I wanna do', 'can you start', 'could you start',
  'can we do', 'can we start', 'time for', "it's time for", "I'm ready for", 'give me', 'run me through', 'take me through',
];
const WORKOUT_NAMES = ['workout', 'back workout', 'exercises', 'back exercises', 'training', 'routine', 'session'];
const startWorkoutSamples = (): string[] =>
  all(
    ['start my workout', 'start the workout', 'start a workout', "let's work out", 'workout', "let's train", 'start training', 'begin my workout', 'I want to work out', 'coach me'],
    say(WORKOUT_VERBS, ['my', 'the', "today's", 'a'], WORKOUT_NAMES),
    say(WORKOUT_VERBS, ['my workout', 'the workout', 'my exercises', 'my back workout'], ['today', 'for today', 'now', 'please']),
    say(['okay', 'alright', 'hey'], WORKOUT_VERBS, ['my workout', 'the workout', "today's workout"]),
    say(['', 'okay', 'alright'], ['time to train', 'time to work out', 'time to exercise', 'time to lift', 'train me', "let's lift", "let's exercise", "let's get to work", "let's get started", 'get started', "let's work out", "let's train", 'I want to train', 'I want to exercise', "I'm ready to work out", "I'm ready to train", 'work out', 'train', 'workout time', "it's workout time", 'exercise time', "let's get my workout in", 'get my workout in', "let's get a workout in", 'start workout', 'begin workout', "today's workout", 'my workout', "let's get moving", 'ready to work out', 'ready to train', "I've got time for a workout", 'I have time for a workout', "let's do this workout", "let's hit it", "let's get after it"], optional(['today', 'now'])),
  );

const TEST_NAMES = ['baseline test', 'baseline', 'test', 'retest', 'strength test', 'gap test', 'thirty day test'];
const TEST_VERBS = [
  'start', 'do', 'take', 'redo', 'retake', "let's do", "let's take", "let's redo", 'I want to do', 'I want to take',
  'can I do', 'can I take', 'can I redo', 'can we do', 'time for', "it's time for", 'I should take', 'I should do',
  'I should redo', 'I need to take', "I'm due for",
];
const startTestSamples = (): string[] =>
  all(
    ['start the baseline test', 'baseline test', 'the baseline', 'retest', 'test my strength', 'do the test', 'start a retest', 'test me', 'do a retest', 'test my gap'],
    say(TEST_VERBS, ['the', 'my', 'a'], TEST_NAMES),
    say(['', 'okay', 'I think'], ['I want to', "I'd like to", "let's", 'can I', 'can we', 'I need to', 'time to', 'I should', 'we should', 'I wanna'], ['retest', 'retake the test', 'redo the test', 'redo the baseline', 'test again', 'test my sides', 'do the test again'], ['', 'now', 'today']),
    say(TEST_VERBS, ['the test', 'the baseline', 'the baseline test', 'my retest', 'a retest'], ['again', 'over', 'today', 'now', 'please']),
    say(['I guess', "it's been a month so", "it's been a month so I guess", "it's been thirty days so", 'so I guess'], ['I should take', 'I should do', 'I should redo', 'I need to take', 'I need to do', "let's do", 'time for', "I'm due for", 'can I take', 'I want to take', 'we should do'], ['the test', 'the baseline', 'the baseline test', 'my retest', 'a retest', 'the strength test'], ['', 'again']),
    say(['', 'okay', 'alright'], ['retest me', 'test me again', 'retest my sides', 'test my sides', 'measure my gap', 'measure my sides', 'test my strength again', 'redo the baseline', 'redo my baseline', "I'm due for a retest", "it's time for my retest", 'time to retest', 'time for a retest', 'time to test again', 'test again', "let's test again", "let's retest", 'check my gap', 'check my imbalance', 'test my imbalance', 'measure my imbalance', 'test my sides again', 'redo my test', "let's redo the test", 'I want a retest', 'give me the test', 'run the test again', 'time for my test', "let's see where I'm at", "let's measure", 'measure me', 'measure me again', "let's see how much I've improved"], optional(['please', 'now', 'today'])),
  ).filter((sample) => !/\b(another) (baseline test|baseline)\b/.test(sample));

/** Greetings said in a session: each greeting the reading rules know, alone and with each name for the coach ("yo coach"). */
const greetingSamples = (): string[] => [
  ...new Set([
    ...WELCOME_PHRASES.filter((phrase) => !/^(open|start|launch|talk to)\b/.test(phrase)),
    ...GREETINGS.flatMap((greeting) => [greeting, ...COACH_NAMES.map((name) => `${greeting} ${name}`)]),
  ]),
];

export const STARTING_PHRASES: PhrasesOf<typeof STARTING_INTENTS> = {
  ReadyIntent: readySamples,
  StartWorkoutIntent: startWorkoutSamples,
  StartTestIntent: startTestSamples,
  GreetingIntent: greetingSamples,
};
