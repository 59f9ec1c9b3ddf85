/**
 * What drivers ask about the program: progress, what is next, how much is left, what weight, why one side.
 */
import type { QUESTION_INTENTS } from '../../../core/flows/questions.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, around, say } from '../../phrasing';

const PROGRESS_QUESTIONS = [
  'how am I doing', "how'm I doing", "how's my progress", 'how is my progress', "what's my progress", 'my progress',
  'show my progress', 'give me my progress', 'progress report', 'am I getting better', 'am I getting stronger',
  'am I getting any stronger', 'am I getting any better', 'am I improving', 'am I making progress', 'am I making any progress',
  'am I catching up', 'is my weak side catching up', 'is the gap closing', 'is my gap closing', 'has the gap closed',
  'is the gap getting smaller', "how's the gap", "what's my gap", "what's the gap", 'how big is my gap', 'how big is the gap',
  'my stats', 'give me my stats', 'show me my stats', 'what are my stats', 'my numbers', 'what are my numbers',
  'give me my numbers', 'how far have I come', 'how far along am I', "I'm not making progress", "I'm not getting better",
  "nothing's changing", 'is this working', 'is it working', 'how are my numbers', 'how are my sides', 'are my sides evening out',
  'are my sides even yet', 'any progress', 'any improvement', 'have I improved', 'how much have I improved', 'am I better',
  "how's my weak side doing", 'how is my weak side doing', 'is my weak side getting stronger', 'how close am I',
  "what's the gap now", 'how big is the gap now', 'what was my baseline', 'my results', 'show my results', 'what are my results',
  'progress', 'stats', 'how am I coming along', "how'm I coming along", 'how am I progressing', 'tell me my progress',
  'give me a progress report', 'show me how I am doing', "how's my gap", 'how is my gap', "how's the gap looking",
  "how's my imbalance", 'how is my imbalance', 'is my imbalance getting better', 'is it getting better',
];
const progressSamples = (): string[] =>
  all(
    ['how am I doing', "how's my progress", 'my progress', 'am I getting better', "what's my gap", "I'm not making progress", 'how far have I come', 'show my progress'],
    around(['', 'so', 'hey', 'okay', 'tell me', 'be honest', 'uh'], PROGRESS_QUESTIONS, ['', 'so far', 'lately', 'overall', 'since I started', 'since the baseline', 'at all']),
    // Progress asked of either side by name: "is my left side catching up", "is the right arm getting stronger".
    say(['is my', 'is the', 'am I'], ['left', 'right', 'left side', 'right side', 'left arm', 'right arm', 'weak side'], ['catching up', 'getting stronger', 'getting any stronger', 'getting better', 'improving'], ['', 'or not', 'at all']).filter((sample) => !sample.startsWith('am I')),
  );

const WHATS_NEXT_QUESTIONS = [
  "what's next", 'what is next', "what's up next", 'what comes next', "what's coming up", "what's after this",
  'what comes after this', "what's after that", 'what do I do next', 'what am I doing next', 'where am I', 'where are we',
  "what's the plan", 'what is the plan', "what's the rest of the workout", 'what set am I on', 'which set is this',
  'what exercise is next', "what's the next exercise", 'when do I work out next', 'when is my next workout', "when's my next workout",
  'when do I train next', "when's the next workout", 'when can I work out again', 'when is my next session', 'what now',
  'what are we doing next', "what's on deck", "what's the next set", 'which exercise is next', 'what are we on',
  'where are we at', 'where am I at', "what's coming next", 'what do we do now', 'what do we do next', "what's coming up next",
  "what's coming", 'what is coming up', 'what comes now', 'when do I work out again', 'when can I train again',
  'what day is my next workout', 'when should I work out next',
];
const whatsNextSamples = (): string[] =>
  all(
    ["what's next", 'what is next', 'what comes next', "what's coming up", 'where am I', "when's my next workout"],
    around(['', 'so', 'okay', 'alright', 'uh', 'hey'], WHATS_NEXT_QUESTIONS, ['', 'today', 'now', 'after this']),
    // Asking when a workout is starts none: "what time is my workout".
    say(['what time is', "what time's", 'when is', "when's", 'what day is'], ['my', 'the', 'our'], ['', 'next'], ['workout', 'session', 'training', 'back workout'], ['', 'today', 'tomorrow', 'this week']),
    // How many to do: what the set asks, and on the strong side, what the weak side just did.
    say(['how many', 'how many reps'], ['do I do', 'should I do', 'am I doing', 'do I need to do', 'am I supposed to do', 'do I have to do'], ['', 'now', 'this set', 'on the other side', 'on my strong side', 'with the other arm']),
  ).filter((sample) => !/after this after this|after that after this/.test(sample));

/** "How much is left": the sets and the minutes of this session. */
const TIME_LEFT_QUESTIONS = [
  'how much is left', 'how much more', 'how much more is there', 'how much longer', 'how much time is left', "how much time's left",
  'how long is left', 'how long do we have left', 'how long will this take', 'how long does this take', 'how long is this going to take',
  "how long's this gonna take", 'how many sets are left', 'how many sets left', 'how many more sets', 'how many sets to go',
  'how many more sets do I have', 'how many sets do I have left', 'how many exercises are left', 'how many more exercises',
  'how many minutes are left', 'how many minutes left', 'how many more minutes', 'how many left', 'how many more',
  'how many to go', 'how many more to go', 'am I almost done', 'are we almost done', 'are we done yet', 'almost done',
  'is that it', 'is that all', 'is this the last set', 'is this the last one', 'is that the last set', "what's left",
  'what else is left', "what's remaining", 'what remains', 'how much further',
  'how close am I to done', 'how close are we to done', 'how much of the workout is left', 'how much of this is left',
  'how long until we finish', 'how long till I am done', 'when will I be done', 'when are we done', 'time left',
  'how much time do I have left', 'how much longer do we have',
];
const timeLeftSamples = (): string[] =>
  all(
    ['how much is left', 'how much time is left', 'how many sets are left', 'how long will this take', 'am I almost done'],
    around(['', 'so', 'okay', 'alright', 'uh', 'hey', 'coach'], TIME_LEFT_QUESTIONS, ['', 'today', 'now', 'in this workout', 'in the workout']),
  );

/** "What weight am I using", "what's that in kilos". */
const WHAT_WEIGHT_QUESTIONS = [
  'what weight am I using', "what weight am I on", 'what weight should I use', 'what weight do I use', 'what weight is this',
  "what's my weight", "what's the weight", 'what is the weight', "what's my dumbbell", 'how heavy is my dumbbell',
  'how heavy should I go', 'how heavy is this', 'how much weight', 'how much weight am I using', 'how much weight should I use',
  'how much am I lifting', 'what am I lifting', 'what should I lift', 'which dumbbell should I use', 'which dumbbell do I grab',
  'which weight should I grab', 'what weight should I grab', 'what size dumbbell', 'what size dumbbell do I need',
  'remind me what weight', 'what weight was I using', 'what weight are we on', 'what weight do I need', 'what should I use',
  'what do you suggest', 'what do you recommend', 'what weight do you suggest', 'what weight do you recommend',
];
const WHAT_WEIGHT_IN_UNIT = [
  "what's the weight in {unit}", 'what is the weight in {unit}', "what's that in {unit}", 'what is that in {unit}',
  'how much is that in {unit}', 'how much is it in {unit}', 'what weight is that in {unit}', 'what am I using in {unit}',
  "what's my weight in {unit}", 'how heavy is it in {unit}', 'how much weight is that in {unit}', 'give me the weight in {unit}',
  'tell me the weight in {unit}', 'say the weight in {unit}', 'what is my dumbbell in {unit}', 'what weight in {unit}',
];
const whatWeightSamples = (): string[] =>
  all(
    ['what weight am I using', "what's the weight", 'what weight should I use', "what's the weight in {unit}", "what's that in {unit}"],
    around(['', 'so', 'okay', 'uh', 'hey', 'remind me'], WHAT_WEIGHT_QUESTIONS, ['', 'today', 'now', 'again', 'for this']),
    say(['', 'so', 'okay', 'uh', 'hey'], WHAT_WEIGHT_IN_UNIT, ['', 'please', 'again']),
  ).filter((sample) => !/^remind me remind me/.test(sample));

const WHY_QUESTIONS = [
  'why one side', 'why one side at a time', 'why one arm', 'why one arm at a time', 'why only one arm', 'why only one side',
  'why only one arm at a time', 'why only one side at a time', 'why single arm', 'why not both arms', 'why not both sides',
  "why can't I do both arms", "why can't I just do both arms", "why can't I just do both arms together",
  "why can't I do both at once", "why don't we do both arms", "why don't I use both arms", 'why do I train one side',
  'why do we train one side', 'why do we only train one side', 'why do I only train one side', 'why train one side at a time',
  'why do I use one arm', 'why do we use one arm', 'why am I only using one arm', 'why is it all one side',
  'why is it all one arm', 'why is this all single arm', 'why is this all single arm stuff', 'why is everything one arm',
  "what's the point of one arm", "what's the point of one side at a time", "what's the point of single arm",
  'how come only one arm', 'how come one side at a time', 'explain why', 'explain one side training', 'explain the one arm thing',
  'why is this all one sided', 'why one sided', 'why unilateral', 'why one hand', 'why only one hand', 'why not both hands',
  "why can't I use both hands", 'why not a barbell', 'why not use a barbell', 'why not both at once', 'why are we only doing one side',
  'why are we doing one side', 'how does one side help', 'how does one arm help', 'why does one side work', 'what does one side do',
  'explain the one side thing', 'why single arm rows', 'why one arm rows', 'why not two hands', 'why do this one arm at a time',
  "what's the point of doing one side", 'why would I do one side', 'why work one side', 'why one side only',
];
/** "why do I only use one arm", "how come we just train one side at a time". */
const whyOneSideQuestions = (): string[] =>
  all(
    say(['why do I', 'why do we', 'how come I', 'how come we', 'why should I', 'why would I'], ['only', 'just', ''], ['use', 'train', 'work', 'do', 'lift with'], ['one arm', 'one side', 'one hand', 'a single arm'], ['', 'at a time']),
    say(['why am I', 'why are we', 'how come I am', "how come we're"], ['only', 'just', ''], ['using', 'training', 'working', 'doing'], ['one arm', 'one side', 'one hand'], ['', 'at a time']),
  );
const whyOneSideSamples = (): string[] =>
  all(
    whyOneSideQuestions(),
    ['why one side', 'why one side at a time', 'why not both arms', 'why do I train one side', 'why single arm', 'why only one arm', 'explain why'],
    around(['', 'so', 'hey', 'uh', 'okay', 'wait', 'just curious'], WHY_QUESTIONS, ['', 'at a time', 'together', 'stuff']),
    say(['explain why', 'tell me why', 'why'], ['this is all single arm', 'this is all single arm stuff', 'we do one side at a time', 'we train one side', 'I train one side', 'it is one arm at a time', "it's one arm at a time", 'we only use one arm']),
  ).filter((sample) => !/at a time at a time|together together|stuff stuff|training training|arm stuff stuff/.test(sample));

export const QUESTION_PHRASES: PhrasesOf<typeof QUESTION_INTENTS> = {
  ProgressIntent: progressSamples,
  WhatsNextIntent: whatsNextSamples,
  TimeLeftIntent: timeLeftSamples,
  WhatWeightIntent: whatWeightSamples,
  WhyOneSideIntent: whyOneSideSamples,
};
