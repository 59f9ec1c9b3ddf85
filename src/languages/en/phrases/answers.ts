/**
 * What drivers answer the coach with: counts, corrections, done, weights, units, sides.
 */
import type { ANSWER_INTENTS } from '../../../core/flows/answers.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, around, optional, say } from '../../phrasing';
import { saidOnceBut } from '../../modelPhrasing';
import { EMPHATIC, PLEASE, REPORT_OPENERS } from './shared';

/** Verbs that report a count: "I got", "did", "squeezed out". With and without "I", as drivers drop it. */
const COUNT_VERBS = [
  'I got', 'got', 'I did', 'did', 'I hit', 'hit', 'I made', 'I managed', 'managed', 'I finished', 'I counted',
  'I squeezed out', 'squeezed out', 'I pumped out', 'pumped out', 'I knocked out', 'knocked out', 'I cranked out',
  'cranked out', 'I banged out', 'banged out', 'I pulled',
  "I've got", "I've done", 'I could do', 'I got to', 'got to', 'I made it to', 'made it to', 'I got up to', 'I reached',
];
/** Words between the verb and the count: "got like twelve", "did all twenty", "got about ten". */
const COUNT_HEDGES = ['', 'like', 'all', 'about', 'around', 'maybe', 'only', 'just', 'exactly'];
/** Leads that are not a verb and a hedge: "only got", "barely got", "that was", "I'm at". */
const COUNT_LEADS = [
  '', 'about', 'around', 'maybe', 'like', 'only', 'just', 'exactly', 'almost', 'I could only do', 'I only got',
  'only got', 'I only did', 'only did', 'I only managed', 'only managed', 'I just got', 'just got', 'I barely got',
  'barely got', 'I barely did', 'I think I got', 'I think I did', 'I think it was', 'I believe I got', 'that was',
  "that's", 'it was', "it's", 'that one was', 'that set was', 'this one was', "I'm at", 'my count is', 'the count is',
  'count is', 'total', 'that makes', 'so that was', 'that was about', 'that was like', 'that was only', 'it was only',
  'it was about', "I'd say", 'call it', "let's say", 'put me down for', 'mark', 'mark down', 'log', 'write down',
  'I could only get', 'I stopped at', 'I quit at', 'I topped out at', 'I maxed out at', 'maxed out at', 'I got through',
  'I finished with', 'I ended up with', 'ended up with', 'I ended at', 'I made', 'made', 'a solid', 'an easy', 'a clean',
  'I counted', 'I think', 'probably', 'I believe', 'pretty sure it was', "I'm pretty sure it was", 'pretty sure I got',
  "I'm pretty sure I got", 'pretty sure I did', "I'm pretty sure I did", 'I want to say',
];
/** What comes after a count: "reps", "that time", "on that side", "I think". */
const COUNT_TAILS = [
  '', 'that time', 'this time', 'on that side', 'on that one', 'that set', 'I think', 'I guess', 'or so', 'total', 'today', 'tops',
];
const SHORT_COUNT_TAILS = ['', 'reps', 'that time', 'on that side', 'I think'];
/** Before a number of seconds: "I held it for", "I went", "I carried it about". */
const SECONDS_LEADS = [
  '', 'I held it', 'I held it for', 'held it for', 'held it', 'I carried it', 'I carried it for', 'carried it for',
  'carried it', 'I walked for', 'I walked', 'I went', 'went', 'I went for', 'I lasted', 'lasted', 'I made it', 'made it',
  'I did', 'I got', 'that was', 'it was', 'I kept it up for', 'I held on for', 'I only lasted', 'I could only hold it',
  'I could only hold it for', 'I managed', 'I hung on for',
];
const SECONDS_AMOUNTS = ['', 'about', 'like', 'almost', 'only', 'just', 'a full', 'a good'];
const SECONDS_TAILS = ['', 'I think', 'or so', 'on that side', 'that time'];
/** Said after the count: "twelve and that's it", "ten was all I could do". */
const COUNT_ENDINGS = [
  "and that's it", "and that's all", 'is all I got', 'is all I had', 'was all I could do', 'was all I had', 'before I gave out',
  'of them', 'even', 'for me', 'today', 'again', 'on the nose', 'flat', 'on the dot', 'this round', 'that round',
  'on this one', 'on the last set', 'for that set', 'for this set', 'clean', 'good ones', 'solid reps', 'perfect reps',
  'that was rough', 'that was tough', 'that was hard',
  'easy', 'that burned', 'felt good', 'in the tank', 'had more in the tank', 'man', 'whew', 'that one was hard',
  'the last one was hard', 'barely', 'and I felt it',
];
const countSamples = (): string[] =>
  all(
    [
      '{count}', 'I got {count}', 'I did {count}', 'got {count}', 'did {count}', '{count} reps', '{count} rep',
      '{count} repetitions', 'I got {count} reps', 'I did {count} reps', 'I managed {count}', 'that was {count}',
      '{count} seconds', 'I held it {count} seconds', 'I held it for {count} seconds', 'I carried it {count} seconds',
      'I made it to {count}',
    ],
    say(COUNT_LEADS, '{count}', ['', 'reps'], COUNT_TAILS),
    say(COUNT_VERBS, COUNT_HEDGES, '{count}'),
    say(['', 'I got', 'I did', 'that was', 'only', 'just', 'about'], '{count}', COUNT_ENDINGS),
    say(COUNT_VERBS, '{count}', SHORT_COUNT_TAILS),
    say(REPORT_OPENERS.filter((opener) => opener !== ''), ['', 'I got', 'got', 'I did', 'did', 'that was', 'like', 'only'], '{count}', ['', 'reps', 'I think']),
    say(['okay so', 'alright so', 'so', 'okay', 'uh', 'yeah', 'alright'], ['that was', 'I got', 'I did', 'it was', "that's", 'I only got'], '{count}', ['on that side', 'on that one', 'that time', 'this time', 'reps', 'reps that time']),
    say(SECONDS_LEADS, SECONDS_AMOUNTS, '{count} seconds'),
    say(SECONDS_LEADS, '{count} seconds', SECONDS_TAILS),
    say(SECONDS_LEADS, ['', 'about', 'like', 'almost', 'just', 'only', 'a good'], '{duration}'),
    say(SECONDS_LEADS, '{duration}', SECONDS_TAILS),
    say(['I held it for', 'held it for', 'I carried it for', 'I held it', 'I carried it', 'I walked for', 'I went for', 'I lasted'], ['', 'about', 'like', 'maybe'], '{count}', ['', 'on that side', 'I think', 'or so']),
    say(['the whole', 'the full', 'a solid', 'made it the whole', 'made it the full', 'I made it the whole', 'I made it the full', 'I did the whole', 'I did the full', 'went the full', 'I went the full', 'held it the whole', 'I held it the whole', 'I held it the full'], ['{duration}', '{count} seconds']),
    say(['uh', 'um', 'okay', 'yeah', 'so'], ['', 'about', 'like'], ['{count} seconds', '{duration}']),
    // The side said with the count: "twelve on the left", "nine reps on the weak side".
    say(['', 'I got', 'I did', 'got', 'did', 'that was'], '{count}', ['', 'reps', 'seconds'], ['on the {side}', 'on my {side}', 'with my {side}', 'for the {side}', 'with the {side}', 'on the weak side', 'on the strong side']),
    // Failure is where the count stops: "I failed at eight", "eight and then I failed".
    say(['', 'I', 'I hit'], ['failed at {count}', 'failure at {count}', 'gave out at {count}', 'maxed out at {count}', 'tapped out at {count}']),
    say('{count}', ['and then I failed', 'then I failed', 'and I failed', 'to failure', 'and then I gave out', 'then I gave out', 'and that was it', "and that's it", 'and I was done']),
  ).filter((sample) => !/^(a full|a good) \{count\}/.test(sample) && !/\b(\w+) \1 \{/.test(sample));

// Corrections ------------------------------------------------------------------------------------------------------

/** How a driver takes back a number just said: "no, fifteen", "sorry, I meant eight", "make that ten". */
const CORRECTION_LEADS = [
  'no', 'no no', 'nope', 'nah', 'negative', 'no sir', "no ma'am", 'no wait', 'wait', 'wait no', 'sorry', 'oops', 'my bad', 'actually', 'no actually', 'oh wait',
  'scratch that', 'correction', 'hold on', 'I mean', 'I meant', 'sorry I meant', 'no I meant', 'I said', 'no I said',
  'sorry I said', 'make that', 'actually make that', 'no make that', 'change that to',
  'no it was', 'sorry it was', 'actually it was', 'wait it was', 'scratch that it was', 'no I got', 'actually I got',
  'sorry I got', 'no I did', 'actually I did', 'sorry I did', 'that should be', 'that should have been',
  'it should be', 'it should have been', 'I got that wrong it was', 'you heard me wrong', 'you heard me wrong it was',
  'you misheard me', 'you misheard me it was', 'that was wrong it was', "that's wrong it was", "that's wrong I got",
  "that's not right it was", 'not that', 'no not that', "that's wrong it's", 'you got it wrong', "you got it wrong it's",
  "that's not right it's", "no it's", "actually it's", 'I meant to say', 'I meant to say it was', 'let me correct that',
  'correction it was', 'fix that to', 'correct that to', 'update that to', 'put down', 'no put down', 'no put me down for',
  'change that', "no that's wrong", "no that's wrong it was", 'I misspoke', 'I misspoke it was', 'I said it wrong',
];
const correctionSamples = (): string[] =>
  all(
    say(['', 'oh', 'uh', 'um', 'sorry', 'oops', 'whoops'], CORRECTION_LEADS, ['{count}', '{duration}'], optional(['reps', 'not {mistaken}'])),
    say(['no', 'sorry', 'oops', ''], 'not {mistaken}', ['{count}', 'it was {count}', "it's {count}", '{count} reps', 'I got {count}', 'I did {count}']),
    say(['', 'no', 'sorry', 'actually'], ['{count}', '{count} reps'], ['not {mistaken}', 'not {mistaken} reps']),
    say(['', 'no', 'sorry'], ['{count} seconds'], ['not {mistaken}', 'not {mistaken} seconds']),
    // Both numbers in one line: "twelve, no eleven", "ten I mean nine".
    say('{mistaken}', ['no', 'no wait', 'wait no', 'sorry', 'I mean', 'I meant', 'no I mean', 'oops', 'actually', 'make that', 'or rather', 'no make that'], '{count}', ['', 'reps']),
  ).filter((sample) => !/^(oh|uh|um|sorry|oops|whoops) (oh|uh|um|sorry|oops|whoops)\b/.test(sample) && !/^sorry sorry/.test(sample) && !/(\{count\}|\{duration\}) seconds not \{mistaken\} reps/.test(sample) && !(sample.includes('{duration}') && sample.includes('reps')));

// Done -------------------------------------------------------------------------------------------------------------

const doneSamples = (): string[] =>
  all(
    say(['', 'okay', 'ok', 'alright', 'and', 'yeah', 'phew', 'whew', 'man'], ['done', "I'm done", 'all done', "I'm all done", 'finished', "I'm finished", 'I finished', "that's it", "that's all", "that's all I got", "that's all I had", "that's the set", 'set done', "set's done", 'done with that', 'done with that set', 'all done with that set', "that's all I've got", "that's all I've got left", 'done with the set', 'finished the set', 'finished that set', 'I finished the set', "I'm through", 'that was it', 'nothing left', "I'm spent", "I'm tapped out", 'I gave out', 'I gave up', "couldn't do any more", "I couldn't do any more", "can't do any more", "I can't do any more", 'no more', 'complete', 'completed', 'done now', 'done there', 'got it done', 'knocked it out', 'set complete', 'finished that one', 'done with this set', 'done with those', "I'm finished with that set", 'done with this one', 'finished up', 'all finished', 'that one is done', 'that set is done', 'set finished', 'okay done', 'over', "it's done"]),
  ).filter((sample) => !/^(and|yeah) (that's it|that's all)$/.test(sample));

// Weights and units ------------------------------------------------------------------------------------------------

/** Ways of setting or changing the dumbbell's weight, before the weight. */
const WEIGHT_CHANGES = [
  'make it', 'change it to', 'change the weight to', 'set the weight to', 'set it to', 'set the dumbbell to', 'switch to',
  'go to', 'go up to', 'go down to', 'bump it up to', 'drop it to', 'drop it down to', 'drop the weight to',
  'drop the weight down to', 'lower it to', 'lower the weight to', 'raise it to', 'increase it to', 'increase the weight to',
  'decrease the weight to', 'put it at', 'update the weight to', 'take it down to', 'take it up to', "let's do",
  "let's go with", 'can you make it', 'can you change it to', 'up it to', 'bump it to', 'change weight to', 'change my weight to',
  'change the dumbbell to', 'set my weight to', 'make the weight', 'make the dumbbell', 'go with', "let's go", 'use a',
  'I want to use', "I'd like to use", 'I want to go to', 'switch me to', 'move me up to', 'move me down to', 'bump me up to',
  'bump me to', 'put me at', 'put me on', 'drop me to', 'drop me down to',
];
/** Ways of saying which dumbbell is in hand, before the weight. */
const WEIGHT_IN_HAND = [
  'use', "I'm using", 'I use', "I'll use", "I'll go with", "I'm going with", "I'm gonna use", 'I have', "I've got",
  'I got', 'I brought', 'I only brought', 'I only have', 'I grabbed', "I'm lifting", "I'm working with", "it's", 'using',
  'I picked up', "I'm holding", "I'm lifting with", "I'll be using", "we're using", 'I just have', 'all I have is', 'all I got is',
];
/** Ways of naming the weight itself: "the dumbbell is", "it weighs", "set weight to". */
const WEIGHT_IS = [
  'the dumbbell is', 'my dumbbell is', 'the weight is', 'the dumbbell weighs', 'my dumbbell weighs', 'it weighs', "the dumbbell's",
  "my dumbbell's", "the weight's", 'weight is', 'my weight is', 'set weight', 'set weight to', 'weight', 'the bell is',
  "the bell's", 'my bell is', 'the bell weighs',
];
/** The weight itself, with or without the unit: "{weight} {unit}", "a {weight} {unit} dumbbell", "the {weight}". */
const WEIGHT_WITH_UNIT = ['{weight} {unit}', 'a {weight} {unit} dumbbell', 'the {weight} {unit} dumbbell', 'the {weight} {unit} one', 'a {weight} {unit} one', '{weight} {unit} dumbbell'];
const WEIGHT_WITHOUT_UNIT = ['a {weight}', 'the {weight}', 'the {weight} one', 'a {weight} dumbbell', 'the {weight} dumbbell'];
const WEIGHT_TAILS = ['', 'today', 'please', 'now', 'instead', 'I think'];
const weightSamples = (): string[] =>
  all(
    [
      '{weight} {unit}', 'make it {weight} {unit}', 'make it {weight}', 'change the weight to {weight} {unit}',
      'change the weight to {weight}', 'set the weight to {weight} {unit}', 'use {weight} {unit}', "I'm using {weight} {unit}",
      'the dumbbell is {weight} {unit}', 'my dumbbell is {weight} {unit}', 'I have {weight} {unit}', 'change the weight',
    ],
    say(['uh', 'okay'], [...WEIGHT_CHANGES, ...WEIGHT_IN_HAND, ...WEIGHT_IS], '{weight} {unit}'),
    say(['', ...WEIGHT_CHANGES, ...WEIGHT_IN_HAND, ...WEIGHT_IS], '{weight} {unit}', WEIGHT_TAILS),
    say(WEIGHT_IN_HAND, WEIGHT_WITH_UNIT.filter((form) => form !== '{weight} {unit}'), ['', 'today']),
    say(['uh', 'okay', 'yeah'], ["I've got", 'I have', 'I got', "I'm using", 'I brought', 'I only brought', 'I grabbed', 'I only have', "it's", "I'm going with", "I'll use"], WEIGHT_WITH_UNIT, ['', 'today']),
    say(WEIGHT_CHANGES, ['{weight}', 'a {weight}'], ['', 'please', 'today']),
    say(WEIGHT_IN_HAND, WEIGHT_WITHOUT_UNIT, ['', 'today']),
    say(['', 'uh', 'okay'], ["I'm lifting", "I'm using", 'using', "I'm working with", "I'll use", "I'm going with", 'I brought', "I'll go with", ...WEIGHT_IS], '{weight}', ['', 'today', 'now']),
    say(['', 'a', 'the', 'just a', 'only a', 'uh a'], '{weight} {unit}', ['dumbbell', 'dumbbells', 'one', 'weight', 'bell', 'dumbbell today']),
    say(['', 'uh', 'okay'], ["it's a", "it's the", "that's a", 'just a'], ['{weight} {unit} dumbbell', '{weight} {unit} one', '{weight} {unit} weight']),
    // "A forty pounder": the unit is in the word, which the reading rules hear (Alexa's model says it in its pounds intent).
    POUNDER_SAMPLES,

    say(['', 'can you', 'can I', 'I want to', "let's", 'I need to'], ['change the weight', 'change my weight', 'change the dumbbell', 'update the weight', 'set the weight', 'switch dumbbells', 'use a different weight', 'use a different dumbbell', 'go heavier', 'go lighter']),
  ).filter((sample) => !/^(uh|okay|alright|yeah) (uh|okay|alright|yeah)\b/.test(sample));

/**
 * Exact matchers cannot split a number and a unit said side by side ("forty pounds" against "{weight} {unit}"),
 * so every weight sample with the unit right after the weight is also given with the unit as a word, in an intent
 * of its own per unit that says which unit its words mean. Only Alexa's model carries them: Dialogflow and the
 * local NLU find the unit in "{weight} {unit}" themselves.
 */
const UNIT_WORDS: Record<'lb' | 'kg', { noun: string[]; adjective: string[] }> = {
  lb: { noun: ['pounds'], adjective: ['pound'] },
  kg: { noun: ['kilos', 'kilograms'], adjective: ['kilo', 'kilogram'] },
};
/** "a thirty pound dumbbell" and "the sixty pound one" say the unit as an adjective; "forty pounds" as a noun. */
const unitWordsIn = (sample: string, unit: 'lb' | 'kg'): string[] =>
  /\{unit\} (dumbbell|dumbbells|one|weight)\b/.test(sample) ? UNIT_WORDS[unit].adjective : UNIT_WORDS[unit].noun;
/**
 * The weight samples that have the unit right after the weight, with the unit said as a word; for pounds, also "a
 * forty pounder", whose unit is in the word.
 */
const spelledUnitSamples = (unit: 'lb' | 'kg'): string[] =>
  all(
    ...weightSamples()
      .filter(saidOnce)
      .filter((sample) => sample.includes('{weight} {unit}'))
      .map((sample) => unitWordsIn(sample, unit).map((word) => sample.replace('{unit}', word))),
    unit === 'lb' ? POUNDER_SAMPLES : [],
  );

const saidOnce = saidOnceBut(EMPHATIC);

/** "A forty pounder": the unit is in the word, so these are samples of the weight in pounds. */
const POUNDER_SAMPLES = say(['', 'I got', "I've got", 'I have', "I'm using", 'using', "it's", "I'll use", 'I brought', "I'm lifting", 'got'], ['{weight} pounder', 'a {weight} pounder', 'the {weight} pounder'], ['', 'here', 'today']);

const UNIT_SAYINGS = [
  '{unit}', 'use {unit}', 'in {unit}', 'switch to {unit}', 'I use {unit}', 'change units to {unit}', 'I train in {unit}',
  'I go by {unit}', 'I work in {unit}', 'I lift in {unit}', 'I think in {unit}', "I'm used to {unit}", 'I prefer {unit}',
  "{unit} is what I'm used to", '{unit} is what I use', '{unit} is fine', '{unit} works', "let's do {unit}",
  "let's go with {unit}", "let's use {unit}", 'do everything in {unit}', 'can you do everything in {unit}',
  'can you use {unit}', 'use {unit} instead', 'switch to {unit} instead', 'change to {unit}', 'set units to {unit}',
  'switch units to {unit}', 'change the units to {unit}', 'count in {unit}', 'measure in {unit}', 'give me {unit}',
  'talk in {unit}', 'my weights are in {unit}', 'my dumbbell is in {unit}', 'my dumbbells are in {unit}', 'go with {unit}',
  'in {unit} please', 'I do {unit}', 'I always use {unit}', 'I always go by {unit}', '{unit} are fine', '{unit} is good',
  '{unit} I guess', "I'm a {unit} guy", "I'm a {unit} person", 'we use {unit}', '{unit} for me', 'I know {unit}',
  'I only know {unit}', 'I understand {unit}', 'do it in {unit}', 'keep it in {unit}', 'everything in {unit}',
  'use {unit} for everything', 'I think in terms of {unit}', 'my gym uses {unit}', 'I learned in {unit}', 'units in {unit}',
  'set it to {unit}', 'put it in {unit}', 'go with {unit} please', 'make it {unit}', '{unit} is what I know',
];
const unitsSamples = (): string[] => all(say(['', 'uh', 'um', 'okay', 'oh', 'I think', 'probably', 'definitely', 'yeah'], UNIT_SAYINGS, PLEASE));

// Sides ------------------------------------------------------------------------------------------------------------

const SIDE_NAMES = ['{side}', 'my {side}', 'the {side}', 'the {side} one', 'my {side} one'];
const SIDE_TAILS = [
  '', 'is weaker', 'is the weak one', 'is the weak side', 'is weak', 'is the weaker one', 'is the weaker side', 'is my bad side',
  'is the bad side', 'is the bad one', 'is definitely my bad side', 'is definitely weaker', 'is definitely the weak one',
  'feels weaker', 'is smaller', 'is lower', 'is my weak side', 'for sure', 'definitely', 'I think', 'I guess',
  'probably', 'no doubt', 'by a lot', 'is the one', "that's the one", 'for sure that one',
  "it's the one on the window", 'it hangs out the window all day', 'from driving', 'from the steering wheel',
  'I lean on it all day', "that's the one I drive with",
];
/** Why a driver thinks a side is weaker, said right after it: "probably my left, that's my window arm". */
const SIDE_REASONS = [
  "that's the arm that hangs out the window", "that's the arm that hangs out the window all day", "that's my window arm",
  "that's the one on the window", "it's the one on the window", 'it hangs out the window all day', 'I rest it on the window',
  'I rest it on the window all day', "that's the side I lean on", 'I lean on that side all day', 'I lean on it all day',
  'from leaning on the door', 'from driving', 'from driving all day', "that's the one I shift with", 'I shift with that one',
  "that's the one I don't use", "it's the one I don't use much", 'it always feels weaker', "it's always been weaker",
];
const sideSamples = (): string[] =>
  all(
    ['{side}', 'my {side}', 'the {side}', 'the {side} one', '{side} is weaker', 'my {side} is weaker', 'the {side} is weaker', "it's my {side}", 'probably my {side}'],
    say(SIDE_NAMES, SIDE_TAILS),
    say(['uh', 'um', 'oh', 'well', 'I think', 'I guess', 'probably', 'definitely', "I'd say", 'pretty sure', "I'm pretty sure", 'for me'], SIDE_NAMES.slice(0, 3), ['', 'is weaker', 'is the weak one', 'for sure', 'I think']),
    say(["it's", "that'd be", "I think it's", "I'm pretty sure it's"], SIDE_NAMES.slice(0, 3), ['', 'for sure', 'I think']),
    say(['', 'probably', 'definitely', 'I think', 'I guess', "I'd say"], ['my {side}', 'the {side}', '{side}'], SIDE_REASONS),
  ).filter((sample) => !/^(I think|I guess|probably|definitely) .* (I think|I guess|probably|definitely)$/.test(sample));

const SWITCH_CORES = [
  'switch the weak side', 'switch my weak side', 'switch sides', 'swap sides', 'swap my weak side', 'switch them',
  'swap them', 'switch them around', 'swap them around', 'switch my sides', 'swap my sides', 'flip my sides',
  'flip them', 'the other side is weaker', 'the other one is weaker', 'my other side is weaker', 'it is the other side',
  "it's the other side", "it's the other one", 'you got my sides mixed up', 'you got my sides backwards',
  'you have my sides backwards', 'you mixed up my sides', 'my sides are mixed up', 'my sides are backwards',
  'I had it backwards', 'I got it backwards', 'I had my sides backwards', 'I had it wrong', 'I got it wrong',
  'change my weak side', 'change the weak side', 'wrong side', 'you have the wrong side', "that's the wrong side",
  "it's the other way around", 'the other way around', 'other way around', 'flip it', 'flip it around', 'reverse it',
  'reverse them', 'change sides', 'change my sides', 'my other side is the weak one', 'the other arm is weaker',
  'my other arm is weaker', "it's my other side", "it's my other arm", 'the other side is the weak one',
  'the other one is the weak one', 'the other side is actually weaker',
];
const SWITCH_TO = [
  'my weak side is {side}', 'my weak side is the {side}', 'my weak side is my {side}', 'my weak side is actually {side}',
  'my weak side is actually my {side}', 'the weak side is my {side}', 'the weak side is actually my {side}',
  'make {side} my weak side', 'make my {side} the weak side', 'make my {side} my weak side',
  'change my weak side to {side}', 'change my weak side to my {side}', 'switch my weak side to {side}',
  'switch my weak side to my {side}', 'switch my weak side to the {side}', 'change my weak side to the {side}',
  'make the {side} my weak side', 'make the {side} the weak side', 'switch to the {side}', 'switch to my {side}',
  'swap to my {side}', 'my {side} is actually weaker', 'the {side} is actually weaker',
  'my {side} is actually the weak one', 'my {side} is actually the weak side', 'my {side} is actually weak',
  "it's actually my {side}", 'actually my {side} is weaker', 'actually my {side} is the weak one', 'turns out my {side} is weaker',
  'turns out my {side} is the weak one', 'turns out my {side} is the weak side', 'it turns out my {side} is weaker',
  "I think it's actually my {side}", 'my {side} is the weak one after all', 'my {side} is weaker after all',
];
const switchWeakSideSamples = (): string[] =>
  all(
    ['switch the weak side', 'switch my weak side', 'switch sides', 'swap my weak side', 'my weak side is {side}', 'my weak side is the {side}', 'make {side} my weak side', 'change my weak side to {side}', 'my {side} is actually weaker', 'the other side is weaker'],
    say(['', 'actually', 'wait', 'oh', 'I think', 'hmm'], SWITCH_CORES, ['', 'please', 'switch them', 'swap them', 'switch them around', 'fix it']),
    around(['', 'actually', 'wait', 'oh', 'sorry', 'I think', 'I had it backwards', 'I got it backwards', 'I had it wrong', 'you know what', 'no'], SWITCH_TO, ['', 'not my {previousSide}', 'not the {previousSide}', 'please']),
  ).filter((sample) => !/(switch them|swap them).*(switch them|swap them)/.test(sample) && !/^(actually|I think) .*\b\1\b/.test(sample) && !/(backwards|wrong).*(backwards|wrong)/.test(sample) && !/other side is weaker.*other side is weaker/.test(sample));

/** A weight with a half said in words ("twelve and a half kilos"), for Alexa, whose number slot holds whole numbers. */
export const halfWeightSamples = (): string[] => all(say(['', 'make it'], '{weight}', ['and a half', 'point five'], ['', '{unit}']), ['the {weight} and a half {unit} dumbbell']);

export const ANSWER_PHRASES: PhrasesOf<typeof ANSWER_INTENTS> = {
  CountIntent: countSamples,
  CorrectionIntent: correctionSamples,
  DoneIntent: doneSamples,
  WeightIntent: weightSamples,
  UnitsIntent: unitsSamples,
  SideIntent: sideSamples,
  SwitchWeakSideIntent: switchWeakSideSamples,
  WeightInPoundsIntent: () => spelledUnitSamples('lb'),
  WeightInKilogramsIntent: () => spelledUnitSamples('kg'),
};
