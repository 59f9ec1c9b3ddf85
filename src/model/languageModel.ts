/**
 * The single source of what users can say. The Alexa interaction model, the Dialogflow ES agent and the local NLU
 * are all generated from this file and ./intents.ts (the intents, their events and slots, the slot types' values);
 * nothing else lists sample phrases.
 *
 * Drivers answer with carrier words around the value ("I only got eight", "uh nine I think", "the dumbbell is
 * thirty five pounds"), so most samples are patterns: lists of openers, carriers and tails combined with `say` (see
 * src/languages/phrasing.ts). Alexa's built-in intents match only samples said exactly, and virtual-alexa matches
 * every intent that way, so the combinations are listed rather than left to a statistical model. `npx tsx
 * scripts/print-samples.ts <IntentName>` prints what an intent's patterns make, for review.
 */
import { COACH_NAMES, GREETINGS, YES_OPENINGS } from '../core/reading/english';
import { INTENT_SHAPES, ALEXA_ONLY_SHAPES, type IntentShape } from './intents';
import { all, around, optional, say } from '../languages/phrasing';

export { CUSTOM_SLOT_TYPES } from './intents';
export { CHOICE_PHRASES } from './choicePhrases';
export type { IntentShape, SlotDef, SlotTypeName, SlotTypeValue } from './intents';

export interface IntentDef extends IntentShape {
  /** Sample phrases; `{slot}` marks a slot. For built-ins these train the local NLU and other platforms. */
  samples: string[];
}

export const INVOCATION_NAME = 'back coach';

/**
 * What opens the coach when no platform event does (Alexa's launch is its own request): Dialogflow's welcome
 * intent hears these, and so does the local NLU.
 */
export const WELCOME_PHRASES: readonly string[] = [
  `open ${INVOCATION_NAME}`,
  `talk to ${INVOCATION_NAME}`,
  `start ${INVOCATION_NAME}`,
  `launch ${INVOCATION_NAME}`,
  `hi ${INVOCATION_NAME}`,
  `hello ${INVOCATION_NAME}`,
  `hey ${INVOCATION_NAME}`,
  'hi',
  'hello',
  'hey',
  'hi there',
  'hey there',
  'good morning',
  'good evening',
];

/**
 * Things drivers ask a voice assistant that are not for the coach. The local NLU learns them as "none of the
 * intents", so a line about the road, the radio or the weather is not read as the nearest workout intent. Alexa's
 * fallback intent has its own out-of-domain model and Dialogflow's needs no phrases, so only the local NLU uses them.
 */
export const OFF_TOPIC_PHRASES: readonly string[] = [
  'turn on the radio', 'play a podcast', 'play some country music', 'navigate to the nearest rest area', 'text my dispatcher',
  'read my messages', 'what is the score of the game', 'who won the game last night', 'set an alarm for six', 'add milk to my list',
  "what's traffic like on the interstate", 'find the nearest truck wash', 'tell me the news', "what's the forecast for tomorrow",
  'is it going to rain', 'call my brother', 'send a text to my wife', 'order a burger', 'where can I park for the night',
  'how many miles to chicago', 'what time does the scale open', 'tell me a story', 'sing me a song', 'what day is it',
  'how hot is it outside', 'find me a diner', 'what is the speed limit here', 'book a motel room', 'check my bank balance',
  'what is two plus two', 'open spotify', 'turn up the volume', 'who is the president',
  // Questions from the road, which share words with the coach's own ("how far", "next", "how much", "closed").
  'how far is it to the next exit', 'how much does fuel cost here', 'is the highway open past denver', 'are the roads icy up north',
  'where is the closest weigh station', 'how long until I get to memphis', 'find a truck stop with showers',
  "what's the cheapest diesel near me", 'is there construction on the interstate', 'any accidents on interstate seventy',
  'how is the traffic in dallas', 'when does my delivery window open', 'what is my load number', 'call dispatch',
  'is the mountain pass closed', 'how windy is it on the bridge', 'what exit is the walmart', 'how many hours can I still drive',
  'where can I get a hot meal', 'is the rest area open tonight', 'what is the toll on this road', 'how much is a gallon of diesel',
  // Whether a road or a place is open, and what things cost: said with the coach's own words ("closed", "how much").
  'is the interstate closed', 'is the highway closed', 'is the road closed ahead', 'are the roads closed up north',
  'is the bridge closed', 'is the tunnel open', 'is the weigh station open', 'is the scale open today', 'is the truck stop open',
  'is the diner still open', 'are chains required on the pass', 'is the pass open tonight', 'is the exit closed',
  'is there a detour ahead', 'is traffic backed up ahead', 'is there an accident ahead', 'how bad is traffic through town',
  'how much is fuel today', 'how much is a gallon of gas', 'what is diesel going for', 'how much is a shower at the truck stop',
  'how much is parking tonight', 'how far is the next truck stop', 'how long is the detour', 'when does the rest area close',
  'is the road open through the pass', 'can I get through on the interstate', 'is it snowing through the mountains',
  'is traffic moving through town', 'is the highway open through the canyon', 'how long to get through the city',
];

/** Sounds and small words a driver puts before an answer. */
const OPENERS = ['', 'uh', 'um', 'okay', 'ok', 'alright', 'so', 'well', 'oh'];
/** The same, and "yeah" and "okay so", which lead into a report ("okay so that was twelve"). */
const REPORT_OPENERS = [...OPENERS, 'yeah', 'okay so', 'alright so', 'so yeah'];
const PLEASE = ['', 'please'];

/**
 * The intent, its samples generated when they are first read. The generators take tens of milliseconds and
 * megabytes, and the hosts (the Lambda, the webhook) only map intents to events: they never read a sample.
 */
const intent = (shape: IntentShape, generate: () => string[]): IntentDef => {
  let samples: string[] | null = null;
  return {
    ...shape,
    get samples() {
      return (samples ??= generate().filter(saidOnce));
    },
  };
};

/** Words drivers double for emphasis ("no no", "go go", "ow ow"); any other word said twice in a row is a slip of the patterns. */
const EMPHATIC = new Set(['yes', 'yeah', 'yep', 'no', 'nope', 'nah', 'go', 'bye', 'ow', 'stop', 'ready', 'okay', 'sure', 'wait']);

/** A sample that says no word twice in a row, but for emphasis: "what now now", "use a a {weight}" are not lines anyone says. */
const saidOnce = (sample: string): boolean => {
  const words = sample.toLowerCase().split(' ');
  return words.every((word, i) => i === 0 || word !== words[i - 1] || EMPHATIC.has(word));
};


// Yes and no -------------------------------------------------------------------------------------------------------

/** Ways of agreeing; each can take a tail ("yeah sounds good", "sure thing thanks"). */
const AGREEING = [
  'yes', 'yeah', 'yep', 'yup', 'yes sir', "yes ma'am", 'sure', 'sure thing', 'okay', 'ok', 'alright', 'all right',
  'absolutely', 'definitely', 'of course', 'you bet', 'uh huh', 'mhm', 'mm hmm', 'affirmative', 'correct', "that's correct",
  "that's right", 'exactly', 'you got it', 'for sure', 'totally', 'certainly', 'roger', 'roger that', 'copy that', 'ten four',
  'yes please', 'please do', 'sounds good', 'that sounds good', 'sounds great', "let's do it", 'do it', 'why not', 'perfect',
  'great', 'cool', 'right on', 'heck yeah', 'heck yes', 'you know it', 'yes indeed', 'indeed', 'yeah yeah', 'yep yep',
  'yes yes', 'yeah sure', 'yeah okay', 'okay cool', 'sure sure', 'fine', 'fine by me', 'that works', 'works for me',
  "that's fine", "that's good", "that'll work", 'that will work', "that's perfect", 'good with me', "I'm good with that",
];
/** Yes said as an answer to the question itself: "I do", "it does", "a little" (to "is it still hurting?"). */
const AFFIRMING = [
  'I guess', 'I guess so', 'I think so', 'I do', 'I would', 'I sure do', 'sure do', 'yes I do', 'yes I would', 'yeah I do',
  'yeah I would', "I'm in", "I'd like that", "that'd be great", 'that would be good', 'that would be great', 'yes it is',
  'yeah it is', 'it is', 'it does', 'yes it does', 'yeah it does', 'yeah still', 'still does', 'a little', 'a bit',
  'okay then', 'I guess so yeah', 'cool with me', 'sure sounds good',
];
const YES_TAILS = ['', 'please', 'sounds good', 'that sounds good', "let's do it", 'why not', "that's right", 'thanks', 'thank you', 'for sure'];
const yesSamples = (): string[] =>
  all(
    ['yes', 'yeah', 'yep', 'sure', 'okay', 'ok', 'please do', 'sounds good', "let's do it", 'yes please', 'correct', "that's right"],
    // Every opening the reading rules take for yes ("ya", "ten four", "copy"), said alone; those that start a set too
    // ("let's go") are the ready intent's.
    YES_OPENINGS.filter((opening) => !['go ahead', "let's go", "let's do this"].includes(opening)),
    say(AGREEING, YES_TAILS),
    say(['oh', 'uh', 'um', 'well', 'yeah', 'okay', 'ok', 'alright'], [...AGREEING, ...AFFIRMING]),
    AFFIRMING,
    say(['yeah', 'yes', 'okay', 'sure'], ['sure', 'okay', 'sure why not', 'okay sure', "that's fine"], optional(['why not', "let's do it"])),
    say(['yes', 'yeah', 'yep', 'sure', 'okay', 'sure thing'], ['definitely', 'absolutely', 'of course', "let's do that", 'do it', 'I do', 'I would', 'boss', 'buddy', 'man', 'coach', 'sir', 'please do']),
  ).filter((sample) => !/^(okay|ok|alright) (okay|ok|alright)$/.test(sample) && !/\b(\w+ \w+) \1\b/.test(sample));

/** Ways of declining; each can take a tail ("nah not today", "no thanks I'm good"). */
const DECLINING = [
  'no', 'nope', 'nah', 'no thanks', 'no thank you', 'negative', 'negatory', 'no way', 'not now', 'not right now', 'not today', 'not yet',
  'not really', 'not at the moment', 'not this time', 'maybe later', 'no not yet', 'no sir', "no ma'am", 'no no', 'nope not now',
  'not interested', 'maybe some other time', 'some other time', 'another time', 'not tonight', 'not at all', 'no not at all',
  'nope not at all',
];
/** No said as an answer to the question itself: "I'd rather not", "it doesn't", "that's wrong". */
const DENYING = [
  "I'm good", "no I'm good", "I'd rather not", 'rather not', "I don't think so", "I don't want to", "I'll pass", "that's wrong",
  "that's not right", "that's not it", "that's not what I said", 'wrong', 'incorrect', 'not quite', "I don't", 'I do not',
  "I wouldn't", "no it isn't", "no it's not", "it's not", "I'm not interested", "no I don't", "no it doesn't", "it doesn't",
  "no it's fine", "nah it's fine", "it's fine now", 'no it feels fine', 'no it feels good', 'it feels fine', 'feels fine',
  'feels good', 'nope feels good', 'not anymore', 'no not anymore', "no I'm fine", "no I'm okay", 'nope all good', 'no all good',
  'all good', 'no I would not',
];
const NO_TAILS = ['', 'thanks', 'thank you', 'not now', 'not right now', 'not today', 'not yet', 'maybe later', "I'm good", "that's wrong", "that's not right", 'on that', 'to that'];
/** "I don't know", "they feel the same". */
const UNSURE = [
  "I don't know", 'I do not know', 'not sure', "I'm not sure", 'no idea', 'no clue', "I can't tell", "I couldn't tell you",
  'they feel the same', 'both feel the same', 'both sides feel the same', "they're about the same", 'about the same', 'neither',
  "I'm not sure which side", 'not sure which side', "I don't know which side", "I don't know which one", 'hard to say',
  "I don't know how heavy it is", "I don't know the weight", "I'm not sure how heavy it is", 'not sure how heavy',
  'no idea what it weighs', "I don't know what it weighs",
];
const noSamples = (): string[] =>
  all(
    ['no', 'nope', 'not now', 'no thanks', 'nah', "that's wrong", "no it isn't"],
    say(DECLINING, NO_TAILS),
    DENYING,
    say(['oh', 'uh', 'um', 'well', 'hmm', 'actually', 'sorry'], [...DECLINING, ...DENYING]),
    say(['no', 'nope', 'nah'], ["I don't want to", "I don't think so", 'maybe tomorrow', 'maybe later', 'tomorrow', 'some other time', "I'm okay", "I'm fine", 'not interested', 'not for me', "I'll pass", 'not today thanks', "that's wrong", "that's not right", "I'm good"]),
    // Not knowing is no answer either way; to "which side feels weaker?" it lets the test decide.
    say(['', 'uh', 'honestly', 'hmm'], UNSURE),
  ).filter((sample) => !/\b(\w+) \1\b/.test(sample.replace(/^no no\b/, 'no')) && !/\b(\w+ \w+) \1\b/.test(sample) && !/(not now|not today|not yet|not right now|maybe later).*(not now|not today|not yet|not right now|maybe later)/.test(sample));

// Stopping, cancelling, pausing ------------------------------------------------------------------------------------

const STOP_VERBS = ['stop', 'end', 'quit', 'exit', 'close', 'shut down', 'shut off', 'turn off', 'wrap up', 'finish up'];
const STOP_OBJECTS = ['', 'the workout', 'the session', 'it', 'this', 'everything', 'back coach'];
const STOP_TAILS = ['', 'now', 'here', 'for now', 'for today', 'please', 'goodbye', 'thanks'];
const FINISHED_FOR = ["I'm done", "we're done", 'I am done', "I'm finished", "we're finished", "I'm through", "that's it", "that's all", "that's enough", 'enough'];
const stopSamples = (): string[] =>
  all(
    ['stop', 'quit', 'exit', "I'm done for today", 'end the workout', 'goodbye'],
    say(STOP_VERBS, STOP_OBJECTS, STOP_TAILS).filter((sample) => !/^(shut down|shut off|turn off|wrap up|finish up) (it|this)\b/.test(sample)),
    say(['okay', 'alright', 'just', "let's", 'please', 'can you', 'I want to', 'I need to', 'I have to', 'I gotta'], STOP_VERBS, ['', 'the workout', 'it', 'this']).filter((sample) => !/(shut down|shut off|turn off|wrap up|finish up) (it|this)$/.test(sample)),
    say(['', 'okay', 'alright', 'well'], FINISHED_FOR, ['for today', 'for the day', 'for now', 'for me', 'for me today', 'goodbye', 'bye', 'see you']),
    say(FINISHED_FOR, ['for today', 'for the day', 'for now', 'for me today', 'here'], ['goodbye', 'bye', 'thanks', 'see you']),
    say(['', 'okay', 'alright', 'well'], ["let's call it a day", "let's call it", 'call it a day', "I'm calling it", "I'm calling it quits", 'I quit', "I'm out", "I'm out of here", 'I have to go', 'I gotta go', 'I gotta run', 'I gotta roll', 'I need to go', 'I need to get going', 'I have to get going', "I'm heading out now"], optional(['goodbye', 'bye', 'for today', 'thanks'])),
    say(['', 'okay', 'alright', 'well'], ['goodbye', 'bye', 'bye bye', 'see you', 'see you later', 'see ya', 'later', 'good night', 'talk to you later', 'thanks goodbye', 'thank you goodbye']),
    say(['I gotta go', 'gotta go', 'I have to go', 'gotta run', 'I gotta run', "I'm out", 'I gotta roll', 'gotta roll'], ['', 'bye', 'goodbye', 'see you', 'later', 'thanks']),
    say(['', 'okay', 'alright'], ['shut it off', 'shut it down', 'turn it off', 'off', 'be quiet', 'shut up', 'that will do'], optional(['please', 'now'])),
    say(['', 'okay', 'alright', 'well', 'yeah'], ["let's pick this up later", "we'll finish later", "we'll finish this later", 'finish it later', 'save it for later', 'save it for me', 'save my place', 'save my spot', 'catch you later', 'peace out', "we're done here", "I'm done here", "let's end it here", "let's wrap it up", 'wrap it up', "let's stop here", "let's stop there", "I'm wrapping up", 'close the app', 'stop stop', 'no more today', 'call it quits', "I'm beat", "I'm beat for today", "that's enough for me", 'enough for today', 'enough for now', 'I need to stop now', "I'm going to stop", "I'm gonna stop", "I'm stopping", "stop it", "stop training", "end session", 'end workout', 'stop workout'], optional(['goodbye', 'bye', 'thanks', 'for today'])),
  ).filter((sample) => !/^(okay|alright|well|just|please) (okay|alright|well)\b/.test(sample));

const CANCEL_CORES = ['cancel', 'cancel that', 'cancel it', 'cancel this', 'never mind', 'nevermind', 'forget it', 'forget that', 'forget about it', 'scratch that', 'ignore that', 'disregard that', 'never mind that', 'forget I said anything', 'forget I said that', "don't worry about it", 'I changed my mind', 'changed my mind', "don't do that", 'cancel please', 'undo that', 'take that back', 'I take that back'];
const cancelSamples = (): string[] =>
  all(
    ['cancel', 'never mind', 'forget it'],
    say(['', 'oh', 'uh', 'um', 'actually', 'no', 'wait', 'sorry', 'okay'], CANCEL_CORES, optional(['cancel', 'never mind', 'forget it', 'forget I said anything', 'please'])),
  ).filter((sample) => !/^(\w+( \w+)?) \1$/.test(sample) && !/(cancel.*cancel|never mind.*never mind|forget.*forget)/.test(sample));

const WAIT_WORDS = ['hold on', 'hold up', 'hang on', 'wait', 'wait up', 'hold it', 'hold everything', 'one second', 'one sec', 'just a second', 'just a sec', 'just a minute', 'one moment', 'just a moment', 'time out', 'wait wait', 'hold that thought', 'hold please', 'one moment please', 'give me a sec', 'give me a second', 'gimme a sec', 'gimme a second', 'break time', 'take five', 'wait a second', 'wait a minute', 'wait a sec'];
const PAUSE_WORDS = ['pause', 'pause it', 'pause this', 'pause that', 'pause the workout', 'pause the set', 'pause the coach', 'pause everything', 'pause the timer', 'stop for a second', 'stop for a minute', 'put it on hold', 'put this on hold', 'put the workout on hold', 'put everything on hold', 'freeze', 'take a break', 'take a quick break', 'let me take a break', 'can we pause', "let's pause", 'we need to pause', 'I need to pause', 'I need a break', 'I need a minute', 'I need a second', 'hit pause',
  "I'm out of breath", "I'm winded", "I'm gassed", 'I need a breather', 'let me rest a minute', 'let me rest a second'];
/** What stops a driver for a moment: the door, the phone, dispatch, the lot. */
const INTERRUPTIONS = [
  'somebody is at the door', "somebody's at the door", 'somebody is knocking', "somebody's knocking", "somebody's knocking on the door",
  "somebody's knocking on the cab", "somebody's knocking on the window", "someone's at the door", "someone's knocking",
  'my phone is ringing', "my phone's ringing", "phone's ringing", 'I have a call', "I've got a call", 'I need to take this call',
  'I gotta take this call', 'I gotta take this', 'dispatch is calling', "dispatch is on the radio", 'let me catch my breath',
  'I need to catch my breath', 'I need to move the truck', 'I gotta move the truck', 'I need to grab something', 'I dropped it',
  'I dropped the dumbbell', 'my band slipped', "somebody's here", "someone's here", 'a truck is pulling in', 'security is here',
];
const pauseSamples = (): string[] =>
  all(
    ['pause', 'hold on', 'wait', 'give me a minute', 'pause the workout'],
    say(['', 'oh', 'okay', 'hey', 'sorry', 'whoa'], WAIT_WORDS, ['', 'a second', 'a minute', 'for a second', 'for a bit', 'please']),
    say(['', 'please', 'can you', 'could you', 'can we', 'could we', "let's"], PAUSE_WORDS, ['', 'for a second', 'for a minute', 'for a bit', 'please']).filter((sample) => !/(second|minute|break|breath|bit|winded|gassed|breather) for a/.test(sample) && !/^(can you|could you|can we|could we|let's|please) (I|I'm|we)\b/.test(sample)),
    say(['', 'hold on', 'wait', 'okay', 'sorry'], ['give me', 'gimme', 'I need', 'I need to take', 'let me take', 'let me have'], ['a second', 'a sec', 'a minute', 'a moment', 'a break', 'a quick break', 'a couple minutes', 'a few minutes', 'two minutes', 'five minutes', 'a breather']),
    say(['', 'hold on', 'sorry'], INTERRUPTIONS, ['', 'hold on', 'hold everything', 'pause it', 'give me a minute', 'one second']),
  ).filter((sample) => !/\b(\w+) \1\b/.test(sample) && !/^(hold on|wait) (hold on|wait)\b/.test(sample));

const RESUME_CORES = ['resume', 'continue', 'keep going', "let's keep going", "let's continue", 'carry on', 'go on', 'unpause', 'un pause', "I'm back", 'back to it', "let's get back to it", "let's get back at it", 'pick up where I left off', 'pick up where we left off', 'where were we', "let's resume", 'resume the workout', 'continue the workout', 'resume workout', 'continue workout', 'keep it going', 'start it back up', 'back at it', "I'm back now", "okay I'm back", "let's pick it back up", 'pick it back up', "I'm ready again", "let's go again", 'back to the workout', "let's get going again", 'okay continue', 'unpause it', 'unpause the workout', 'resume please', "I'm back let's go", "let's get back to the workout", 'start again where we were', "where did we leave off", "let's pick up where we left off", 'all right I\'m back'];
const resumeSamples = (): string[] =>
  all(
    ['resume', 'continue', 'keep going', 'carry on', 'pick up where I left off'],
    say(['', 'okay', 'alright', 'sorry', 'sorry about that', 'alright sorry about that', 'okay sorry about that', "okay I'm back", 'all good'], RESUME_CORES),
    say(RESUME_CORES, ['please', 'now', 'where we left off', 'with the workout']),
  ).filter((sample) => !/I'm back.*I'm back/.test(sample));

// Repeating, moving on, going back ---------------------------------------------------------------------------------

/** Asking to hear it again: these take "can you" and "please". */
const REPEAT_REQUESTS = [
  'repeat', 'repeat that', 'repeat it', 'say that again', 'say it again', 'say again', 'repeat the last part', 'repeat the last bit',
  'repeat the last thing', 'say the last part again', 'repeat what you said', 'go over that again', 'run that by me again',
  'say that one more time', 'repeat that last part', 'say the last thing again', 'tell me again', 'repeat the question',
];
/** Asking what was said. */
const REPEAT_QUESTIONS = [
  'come again', 'what was that', 'what did you say', "what'd you say", 'pardon', 'pardon me', 'sorry what', 'what', 'one more time',
  'once more', 'again', 'what was the last part', 'what was the number', 'how many did you say', 'what was the weight again',
  'what did you just say', 'what was that again', 'I missed the last part', 'what was the question', 'what did you ask',
  'what did you ask me', 'can you repeat',
];
const MISSED = ["I didn't catch that", "I didn't hear that", "I didn't hear you", 'I missed that', "I can't hear you", "I couldn't hear you", "I didn't get that", 'I missed what you said', "I couldn't hear that"];
const NOISE = ['', "it's loud in here", "it's too loud", "the truck's loud", "the engine's loud"];
const repeatSamples = (): string[] =>
  all(
    ['repeat', 'say that again', 'what did you say', 'repeat that', 'come again', 'huh', 'huh what', 'what huh'],
    say(['', 'sorry', 'what'], ['', 'can you', 'could you', 'please'], REPEAT_REQUESTS, PLEASE),
    say(['', 'sorry', 'uh'], REPEAT_QUESTIONS, PLEASE),
    say(['', 'sorry', 'what'], MISSED, NOISE, ['', 'say that again', 'repeat that', 'can you repeat that', 'come again']),
  ).filter((sample) => !/^(what|huh) (what|huh)\b/.test(sample));

const nextSamples = (): string[] =>
  all(
    ['next', 'next one', 'next exercise'],
    say(['', 'okay', 'alright', 'ok', 'so'], ['go', "let's go", 'go on', 'move on', 'move', 'on', 'take me', 'skip', 'jump', 'get me'], ['to the next one', 'to the next exercise', 'to the next set', 'to the next thing', 'to what is next', "to what's next"], PLEASE),
    say(['', 'okay', 'alright'], ["let's do", 'do', 'start', "let's start", 'give me', 'bring on', 'bring up'], ['the next one', 'the next exercise', 'the next set', 'the next thing']),
    say(['', 'okay', 'alright', 'so', 'ok'], ['next', 'next one', 'next exercise', 'next set', 'next thing', 'next please', 'move along', "let's move along", 'onward', 'on to the next', 'on to the next one', 'what else', 'keep moving', "let's keep moving", 'moving on', "let's move ahead", 'go ahead to the next one', 'next up'], PLEASE),
  );

const startOverSamples = (): string[] =>
  all(
    ['start over', 'restart', 'start again', 'from the top'],
    say(['', 'okay', 'let', "let's", 'can we', 'can I', 'I want to', 'I need to', 'please'], ['start over', 'start again', 'restart', 'begin again', 'start from the beginning', 'start from scratch', 'start the whole thing over', 'start it over', 'start the workout over', 'restart the workout', 'go back to the beginning', 'take it from the top', 'go from the top', 'do it from the top'], PLEASE),
    say(['from the top', 'from the beginning', 'all over again', 'one more time from the top', 'start it all over', "let's do it again from the start", 'back to the beginning', 'redo the whole thing', 'do the whole thing over', 'start the set over', 'restart the set', 'restart from the beginning']),
  ).filter((sample) => !sample.startsWith('let '));

const homeSamples = (): string[] =>
  all(
    ['home', 'go home', 'main menu'],
    say(['', 'okay', 'uh', 'please'], ['go', 'go back', 'take me', 'bring me', 'back', 'get me', 'head'], ['to the menu', 'to the main menu', 'to the home screen', 'to the start screen', 'to the start', 'home'], PLEASE),
    say(['', 'okay', 'uh'], ['menu', 'the menu', 'home screen', 'the home screen', 'start screen', 'main screen', 'go back home', 'take me home', 'back home', 'exit to the menu', 'back to start', 'show me the menu', 'open the menu'], PLEASE),
  );

// Help -------------------------------------------------------------------------------------------------------------

const HELP_QUESTIONS = [
  'what can I say', 'what can I do', 'what do I say', 'what do I do', 'what do I do now', 'what should I say',
  'what should I do', 'what are my options', 'what are the options', 'what options do I have', 'what commands are there',
  'what commands do you understand', 'what commands can I use', 'what can you do', 'what do you do', 'how does this work',
  'how does this thing work', 'how do I use this', 'how do I use back coach', 'how does back coach work',
  'how do I work this', 'what can I ask', 'what can I tell you', 'what do you understand', 'what words do you know',
  'what am I supposed to do', 'what am I supposed to say', 'how do I do this', 'what are the commands', 'list my options',
  'what are my choices', 'tell me what to say', 'tell me what I can say', 'how do I use you', 'how do you work',
  'what can I do here', 'what do I do here', 'what are you', 'what is this', 'how does this go', 'explain how this works',
];
const helpSamples = (): string[] =>
  all(
    ['help', 'what can I say', 'help me', 'I need help', 'what do I do'],
    say(['', 'uh', 'um', 'okay', 'so', 'hey'], HELP_QUESTIONS),
    say(['', 'please', 'can you', 'could you', 'would you', 'can somebody', 'I need you to'], ['help', 'help me', 'help me out', 'give me a hand', 'give me some help', 'lend me a hand'], optional(['please', 'here', 'out here', 'with this'])),
    say(HELP_QUESTIONS, ['again', 'here', 'now', 'exactly']),
    say(['', 'uh', 'um', 'okay'], ["I'm confused", "I'm lost", "I don't understand", "I don't get it", 'I need some help', 'I need help', 'instructions', 'options', 'commands', 'give me the options', 'tell me the options', 'list the commands'], optional(['help', 'help me', 'what do I do'])),
  ).filter((sample) => !/help.*help/.test(sample) || sample === 'help me out');

// Counts -----------------------------------------------------------------------------------------------------------

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
const spelledUnitSamples = (unit: 'lb' | 'kg', weightIntent: IntentDef): string[] =>
  all(
    ...weightIntent.samples
      .filter((sample) => sample.includes('{weight} {unit}'))
      .map((sample) => unitWordsIn(sample, unit).map((word) => sample.replace('{unit}', word))),
    unit === 'lb' ? POUNDER_SAMPLES : [],
  );

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

// Starting things --------------------------------------------------------------------------------------------------

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

// Questions about the program --------------------------------------------------------------------------------------

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

// Pain: a safety rule, so every way of saying it hurts is listed ----------------------------------------------------

/** How a body part is said to feel wrong beyond the complaints of the ComplaintType slot: "my {part} doesn't feel right". */
const FEELING_WRONG = ["doesn't feel right", 'feels weird', 'feels off', 'feels funny', 'really hurts', 'hurts bad', 'got tweaked', 'just seized up', 'just popped'];
const PAIN_FEELINGS = ['pain', 'a pain', 'some pain', 'a sharp pain', 'a shooting pain', 'a twinge', 'a pull', 'a pop', 'a pinch', 'something pull', 'something pop', 'something snap'];
const PAIN_WHERE = [
  '', 'in my back', 'in my lower back', 'in my shoulder', 'in my neck', 'down my arm', 'between my shoulder blades',
  'on that last one',
];
const PAIN_OPENERS = ['', 'ow', 'ouch', 'oh', 'whoa', 'stop', 'wait', 'uh oh', 'oof', 'man', 'ow ow'];
const painSamples = (): string[] =>
  all(
    ['my back hurts', 'that hurts', 'it hurts', 'I feel pain', 'pain', "I'm in pain", 'my shoulder hurts', 'ouch', 'I hurt my back', 'something hurts'],
    say(['', 'ow', 'ouch'], 'my {part}', FEELING_WRONG),
    say(['', 'ow', 'ouch', 'oh', 'whoa', 'stop'], ['that', 'it', 'this', 'that one', 'that rep', 'that last one', 'something'], ['hurt', 'hurts', 'really hurt', 'really hurts', 'hurt bad', 'is hurting', 'was painful', 'is painful', "didn't feel right"]),
    say(['that', 'it'], ['hurt', 'hurts', 'really hurt', 'really hurts'], ['my back', 'my shoulder', 'my neck', 'my arm', 'a lot', 'bad']),
    say(['I felt', 'felt', 'I feel', "there's"], PAIN_FEELINGS, PAIN_WHERE),
    say(['ow', 'ouch', 'oh', 'whoa', 'I think'], ['I felt', 'felt'], PAIN_FEELINGS),
    say(['I hurt', 'I think I hurt', 'I might have hurt'], 'my {part}'),
    say(['', 'ow', 'ouch', 'oh', 'whoa', 'stop', 'wait'], ['I pulled something', 'I pulled a muscle', 'I tweaked something', 'I hurt myself', 'I got hurt', 'I hurt something', 'something popped', 'something pulled', 'something snapped', "something's wrong", 'something is wrong', 'something hurts', 'it hurts', 'that hurts', "it's painful", "that's painful", "I'm hurting", "I'm in pain", "it's killing me", 'I have pain', "I've got pain", 'pain', 'ouch', 'ow', 'ow ow', 'ow ow ow']),
    say(['ow', 'ouch', 'oh', 'ah', 'ow ow', 'oof', 'argh', 'whoa'], 'my {part}'),
    say(['', 'ow'], ['something', "it's", 'my back is'], ['popped', 'pulled', 'snapped', 'pinched', 'pinching', 'hurting', 'aching', 'throbbing', 'cramping', 'burning'], ['in my back', 'in my lower back', 'in my shoulder', 'in my neck', 'between my shoulder blades', 'down my arm']),
    say(['I felt', 'felt'], ['a twinge', 'a pull', 'a pop', 'a pinch', 'pain', 'a sharp pain', 'something pull', 'something pop'], ['in my back', 'in my shoulder', 'in my lower back'], ['on that last one', 'on that one', 'on the last rep']),
    say(['', 'ow', 'ouch', 'oh'], ['my back', 'my shoulder', 'my neck', 'my lower back', 'back spasm', 'my back is spasming', 'my back went into spasm', 'I have a cramp', 'I got a cramp', 'cramp', 'it hurts when I pull', 'it hurts when I lift', 'it hurts when I row', "it's too painful", "I can't it hurts", 'that pinched', 'sharp pain', 'shooting pain', "my back doesn't feel good", "my back doesn't feel right", 'I think I hurt something', 'I hurt it', 'I hurt it again', 'it hurts again', 'it still hurts', 'still hurts', 'my back still hurts', 'it really hurts', 'hurts', 'that was painful', 'painful', "that's not good", "I'm hurt", "I'm injured", 'I injured myself', 'I think I injured something', "that doesn't feel right", 'something is not right', "something's not right", 'my back is done', 'my back is toast', 'I threw my back out', 'I threw out my back', 'my back gave out', 'I felt that in my back', 'I felt that in my spine']),
    say(['', 'ow', 'ouch', 'I think', 'oh no', 'uh oh'], ['I pulled something', 'I tweaked something', 'I hurt something', 'I hurt myself', 'something popped', 'something pulled', 'I felt something pull', 'I felt something pop', 'I strained something']),
    say(['', 'ow', 'ouch', 'I have', "I've got", "I'm getting", 'getting'], ['sharp pain', 'shooting pain', 'stabbing pain', 'a sharp pain', 'a shooting pain', 'a twinge', 'a pinch', 'a cramp', 'pain', 'some pain', 'bad pain'], ['in my back', 'in my lower back', 'in my shoulder', 'in my neck', 'in my arm', 'down my arm', 'between my shoulder blades', 'in my side']),
    say(['I got {count}', 'I did {count}', '{count}', 'that was {count}'], ['but', 'and'], ['it hurts', 'it hurt', 'that hurt', 'my back hurts', 'my shoulder hurts', 'something hurts', 'I felt pain', 'I felt a pull']),
    // Any body part with any complaint: "my elbow is acting up", "tweaked my lower back", "felt a twinge in my neck".
    say(PAIN_OPENERS, ['my {part}', 'my left {part}', 'my right {part}', 'the {part}'], ['is {complaint}', '{complaint}', 'feels {complaint}', 'is really {complaint}', 'just {complaint}', 'is kind of {complaint}', 'is {complaint} on me']),
    say(['', 'ow', 'ouch', 'I think', 'I just', 'think I'], ['I {complaint} my {part}', '{complaint} my {part}', 'I {complaint} something in my {part}', 'something {complaint} in my {part}', 'felt {complaint} in my {part}', 'got {complaint} in my {part}', "I've got {complaint} in my {part}"]),
    // Said without the "I", as drivers do: "think I pulled something", "pulled something".
    say(['', 'ow', 'ouch', 'oh'], ['think I pulled something', 'think I hurt something', 'think I tweaked something', 'think I hurt my back', 'think I hurt myself', 'pulled something', 'tweaked something', 'hurt my back', 'tweaked my back', 'pulled a muscle', 'pulled my back', 'strained something', 'hurt myself']),
  ).filter((sample) => !/^(ow|ouch|oh|whoa|stop|wait|uh oh|oof|man) (ouch|ow|ow ow|ow ow ow)$/.test(sample) && !/^(ow|ouch|ow ow) (ow|ouch|ow ow|ow ow ow)$/.test(sample));

const LOST_FORM_CORES = [
  'I lost form', 'lost form', 'I lost my form', 'lost my form', 'I lost it', 'my form broke', 'my form broke down',
  'my form fell apart', 'my form slipped', 'my form got sloppy', 'my form was bad', 'my form was off', 'my form was sloppy',
  'my form was ugly', 'my form was garbage', 'my form was terrible', 'my form went', 'bad form', 'sloppy form', 'that was sloppy',
  'those were sloppy', 'those reps were sloppy', 'those reps got sloppy', 'the reps got sloppy', 'the last few were sloppy',
  'the last couple were sloppy', 'the last ones were sloppy', 'I cheated', 'I cheated that one', 'I cheated those',
  'I cheated those reps', 'I cheated the last few', 'I cheated the last couple', 'I cheated the last couple reps',
  'I cheated those last couple reps', 'I cheated on those', 'I was cheating', 'I was swinging', 'I was swinging it',
  'I was twisting', 'I was jerking it', 'I used momentum', 'I used my legs', 'I used my body', 'I used my hips',
  'I was using my whole body', 'I twisted my whole body', 'I was twisting my whole body', 'I had to twist', 'I had to swing it',
  'I had to cheat', 'I rounded my back', 'my back rounded', 'I leaned', 'I was leaning', 'I was leaning over', 'not clean reps',
  'they were not clean', "they weren't clean", "those weren't clean", 'those were not clean', 'not my best form',
  "those don't count", "that one doesn't count", "don't count that one", "don't count those", 'the last one was sloppy',
  'the last few were ugly', 'I swung it', 'I was swinging it up', 'I used my back', 'I was using my back', 'I was arching',
  'I arched my back', 'half reps', 'I did half reps', 'partial reps', 'those were partials', 'I kind of cheated', 'I sort of cheated',
  'I cheated a little', 'not great form', 'my form was not great', "my form wasn't great", "my form wasn't good", 'form broke down',
  'form got bad', 'my form got bad', 'bad reps', 'those were bad reps', "that wasn't clean", 'not clean', 'I jerked it',
  'I jerked it up', 'I heaved it', 'I was heaving it', 'I had to heave it',
];
const lostFormSamples = (): string[] =>
  all(
    ['I lost form', 'lost form', 'my form broke', 'bad form', 'my form was bad', 'I cheated that one', 'my form slipped', 'sloppy form'],
    around(['', 'uh', 'oh', 'okay', 'man', 'yeah', 'honestly', 'I think'], LOST_FORM_CORES, ['', 'there', 'on that one', 'on those', 'on the last few', 'at the end', 'a little', 'a bit']),
    say(['', 'I think', 'honestly'], ['I was twisting', 'I was swinging', 'I had to twist', 'I had to swing it', 'I used my back', 'I used momentum', 'I used my body', 'I was using my whole body', 'I twisted my whole body', 'I was twisting my whole body', 'I was jerking it', 'I had to cheat', 'I heaved it', 'I had to heave it', 'I was leaning', 'I had to lean'], ['to get it up', 'to finish', 'to get the last one', 'to get the last few', 'on the last few']),
    say(['those reps got', 'the reps got', 'those got', 'my reps got', 'the last few got', 'my form got', 'it got'], ['pretty', 'really', 'kind of', 'a little', 'a bit', ''], ['sloppy', 'ugly', 'messy', 'bad'], optional(['there', 'at the end', 'toward the end'])),
    // The count with it: "ten, but I lost form".
    say(['', 'I got', 'I did', 'got', 'did', 'made', 'I made'], '{count}', ['', 'reps'], ['but I lost form', 'but I lost my form', 'but my form broke', 'but my form broke down', 'but my form slipped', 'but the last few were sloppy', 'but the last two were sloppy', 'but the last couple were sloppy', 'but the last two were ugly', 'but the last one was sloppy', 'but I cheated the last few', 'but I cheated a little', 'but it got sloppy', 'but they got sloppy', 'with bad form', 'with sloppy form']),
  );

// Skipping ---------------------------------------------------------------------------------------------------------

const SKIPPABLE = ['', 'it', 'this', 'that', 'this one', 'that one', 'this exercise', 'that exercise', 'this set', 'the rows', 'rows', 'the pulldowns', 'pulldowns', 'the band pulldowns', 'the carries', 'carries', 'the carry', 'the suitcase carry', 'the band', 'the band work', 'the finisher', 'this part', 'these'];
const CANNOT_DO = ["I can't do this one", "I can't do these", "I can't do carries here", "I can't do the carries here", 'not doing this one', "I'm not doing carries today", "I'm not doing this one", 'no carries today', 'no pulldowns today', 'no rows today', 'no room here', 'not enough room', "there's no room", "I'll skip this one", "I'll skip it", "I'll skip that", "I don't want to do this one", "I don't want to do these", "I don't feel like doing this one", 'let me skip this one'];
const NO_KIT = ["I don't have a band", "I don't have my band", "I don't have a band with me", "I don't have my band with me", 'no band today', 'I forgot my band', 'I left my band at home', "I don't have room to walk", "there's no room to walk", "I don't have room", 'no room to walk here', 'my band broke'];
const skipSamples = (): string[] =>
  all(
    ['skip', 'skip this', 'skip it', 'skip this exercise', 'skip this set', 'move on', 'skip ahead'],
    say(['', "let's", 'can we', 'can I', 'I want to', "I'd like to", 'just', 'please', 'I need to', "let's just", 'okay', "okay let's", "I'm gonna", "I'm going to"], 'skip', SKIPPABLE, ['', 'today', 'for today', 'this time', 'please']),
    say(['', "let's", 'can we', 'just'], ['pass on', 'skip over', 'leave out', 'drop'], SKIPPABLE.filter((thing) => thing !== ''), ['', 'today']),
    say(["I'm gonna", "I'm going to", "I'll", "I think I'll", "I'm gonna have to", "I'll have to"], ['pass on', 'sit out'], ['this one', 'this exercise', 'that one', 'that exercise', 'these', 'it', 'the carries', 'the pulldowns', 'the rows'], ['', 'today']),
    say(['', "let's", 'can we', 'just'], ['move on', 'skip ahead', 'move on from this', 'pass on this one', "I'll pass on this one", "let's pass on this"]),
    say(['', 'okay', 'sorry', 'yeah'], CANNOT_DO, ['', 'today', 'skip it', "let's move on"]),
    say(NO_KIT, optional(['skip the pulldowns', "let's skip the pulldowns", 'skip those', 'skip this one', 'skip it', 'skip the carries', "let's skip the carries", 'can we skip it'])),
  ).filter((sample) => !/^(skip|pass on|skip over|jump over|leave out|drop)$/.test(sample) || sample === 'skip');

const SKIP_REST_CORES = [
  'skip the rest', 'skip rest', 'skip the rest period', 'skip the break', 'skip the rest timer', 'skip the timer', 'no rest',
  'no rest needed', "I don't need the rest", "I don't need a rest", "I don't need to rest", "I don't need a break",
  "I don't need the break", "I'm rested", "I'm recovered", "I'm already recovered", "I'm already rested", 'cut the rest short',
  'cut the rest', 'cut it short', 'cut the break short', 'end the rest', 'stop the rest', 'stop the timer', 'shorten the rest',
  "let's skip the rest", 'can we skip the rest', 'no need to rest', 'no break needed', 'enough rest', "that's enough rest",
  'rest is over', "I'm ready already", 'done resting', "I'm done resting", 'done with the rest', "I'm done with the rest", 'rest is done', 'skip the wait', 'skip the countdown', 'no break',
  'no need for a rest', "I'm not tired", "I'm not even tired", "I don't need to wait", "don't make me wait", "I don't want to rest",
  "I don't want a break", 'skip resting', 'rest is too long', "that's enough resting", 'enough resting', "I'm good on rest",
  'skip the rest timer', 'cut the timer', 'cut the rest timer', 'shorter rest', 'skip the rest please',
];
const skipRestSamples = (): string[] =>
  all(
    ['skip the rest', 'skip the rest period', 'skip rest', 'no rest', "I don't need the rest", "I'm rested"],
    around(['', 'okay', 'alright', 'uh', "I'm good", "I'm already recovered", "I'm rested", "I'm recovered", 'just', "let's", 'can we'], SKIP_REST_CORES, ['', 'please', "I'm ready", "let's go", "I'm good"]),
  ).filter(
    (sample) =>
      !/(rested|recovered).*(rested|recovered)/.test(sample) &&
      !/^(let's|can we) (let's|can we)/.test(sample) &&
      !/^just (let's|can we)/.test(sample) &&
      !/I'm ready already I'm ready/.test(sample) &&
      // "Let's", "can we" and "just" go before a verb ("let's skip the rest"), never before a statement ("let's I'm rested").
      !/^(let's|can we|just) (?!skip|cut|end|stop|shorten)/.test(sample),
  );

// Data and the road ------------------------------------------------------------------------------------------------

const DELETE_WHAT = ['my data', 'all my data', 'everything', 'all my records', 'my records', 'my history', 'all my history', 'all my information', 'my information', 'my info', 'my account', 'everything you have on me', 'everything you know about me', 'my profile', 'my stuff', 'all my stuff'];
const deleteDataSamples = (): string[] =>
  all(
    ['delete my data', 'erase my data', 'forget me', 'delete everything', 'reset my data', 'delete my account', 'remove my data'],
    say(['delete', 'erase', 'clear', 'wipe', 'remove', 'reset', 'forget', 'get rid of'], DELETE_WHAT, PLEASE),
    say(['please', 'can you', 'could you', 'I want you to', 'I want to', "I'd like you to", 'go ahead and'], ['delete', 'erase', 'clear', 'wipe', 'forget'], DELETE_WHAT),
    say(['', 'please', 'I want you to', "I'd like you to", 'can you', 'just'], ['forget me', 'forget about me', 'forget everything about me', 'forget who I am', 'start me from scratch', 'wipe me out', 'delete me', 'remove me', 'erase me', 'forget everything', 'wipe it all', 'wipe everything', 'reset everything', 'delete all my workouts', 'erase my workouts', 'erase my progress', 'delete my progress'], PLEASE),
    say(['', 'I want', "I'd like"], ['my data deleted', 'my data erased', 'everything deleted', 'my account deleted', 'my information removed', 'my records wiped'], PLEASE),
  );

const HEADING_OUT = ['', "I'm about to drive", "I'm driving", "I'm starting my drive", "I'm heading out", 'heading out', "I'm hitting the road", 'hitting the road', "I'm about to hit the road", 'about to hit the road', 'heading out on a long haul', "I've got a long haul", "I've got a long drive", 'long drive ahead', "I'm back on the road", "I'm on the road", 'time to drive', "I'm leaving", 'back to driving', "I'll be driving for hours", "I'm driving for a while", 'on the road again', "I'm about to head out", "I'm getting back on the road", 'leaving now', "I'm pulling out", "I'm rolling out", 'rolling out', "I've got eight hours of driving", "I'm in the truck", "I'm in the cab"];
const ROAD_REQUESTS = [
  '', 'break reminders', 'set break reminders', 'turn on break reminders', 'turn on posture break reminders', 'set up break reminders',
  'start break reminders', 'remind me to take breaks', 'remind me to take a break', 'remind me to stretch', 'remind me to stretch my back',
  'remind me to get out and stretch', 'posture break', 'posture breaks', 'posture break reminders', 'posture tips', 'give me posture tips',
  'give me some posture tips', 'tips for the road', 'road tips', 'driving tips', 'posture tips for the road',
  'give me some posture tips for the road', 'what should I do while driving', 'what can I do while driving',
  'any tips for the road', 'how should I sit while I drive', 'help my back while I drive', 'driving mode', 'road mode',
  'towel tip', 'the towel tip', 'lumbar support', 'stretch reminders', 'set stretch reminders', 'set up stretch reminders',
  'remind me every hour', 'remind me to get out', 'remind me to get out of the truck', 'remind me to take a posture break',
  'remind me to do my band', 'remind me to do pull aparts', 'give me road tips', 'what do I do on the road',
];
const breakRemindersSamples = (): string[] =>
  all(
    ['break reminders', 'remind me to take breaks', "I'm about to drive", 'posture break', 'road tips', "I'm driving", 'posture tips', 'what should I do while driving', 'tips for the road'],
    say(HEADING_OUT, ROAD_REQUESTS),
    say(['okay', 'alright', 'so'], HEADING_OUT.filter((heading) => heading !== '')),
    say(['can you', 'could you', 'please'], ['remind me to take breaks', 'remind me to stretch', 'remind me to stretch my back', 'set break reminders', 'turn on break reminders', 'give me posture tips', 'give me road tips']),
  );

// Reminders: the drive's length and breaks, the end of a drive, workout days -----------------------------------------

const driveLengthSamples = (): string[] =>
  all(
    ['{length}', 'about {length}', "it's {length}", "it's about {length}"],
    say(['', 'uh', 'um', 'oh', 'okay', 'so', 'well'], ['', 'about', 'around', 'roughly', 'maybe', 'probably', 'like', 'for', 'just', 'at least'], ['{length}']),
    say(["it's", "it's about", "it's around", "it'll be", "it'll be about", "it's going to be", 'should be', 'the drive is', 'the drive is about', "I'm driving", "I'm driving for", "I've got", 'I have', "I'll be driving", "I'll be driving for", "I'll be on the road for", 'driving for', "the drive's", "drive's", "drive's about", "my drive's", "my drive's about", 'my drive is', "today's drive is", 'looking at'], ['{length}'], ['', 'today', 'tonight', 'this time', 'of driving']),
    // "A five hour run": the length said before what it measures.
    say(['', "it's", "I've got", 'I have', 'got', "it's gonna be", "I'm looking at", 'looking at', "I'm doing", 'doing'], ['a {length}', 'about a {length}'], ['drive', 'run', 'haul', 'day', 'trip', 'shift'], ['', 'today', 'tonight']),
  );

const breakIntervalSamples = (): string[] =>
  all(
    ['every {minutes} minutes', 'every {minutes}', 'every {length}'],
    say(['', 'uh', 'okay', 'no', 'actually'], ['', 'a break', 'breaks', 'remind me', 'make it', 'let\'s do', 'how about', 'once'], ['every {minutes} minutes', 'every {minutes}', 'every {length}']),
    say(['', 'okay'], ['break', 'ping me', 'nudge me', 'remind me', 'stop', 'stretch'], ['every {minutes} minutes', 'every {length}'], ['', 'to stretch', 'for a break']),
  );

const DONE_DRIVING = [
  "I'm done driving", 'done driving', "I'm done driving for today", "I'm done driving for the day", 'done driving for today', "I'm finished driving",
  'finished driving', "I'm parked", "I'm parked for the night", "I'm parked for the day", "I've parked", 'I parked', "I'm off the road",
  'my drive is over', "I'm done with my drive", 'end my drive', "I'm shut down for the night", "I'm at the truck stop for the night",
  "I'm off the road now", 'I just parked', 'I just parked the truck', "I've parked the truck", 'parked the truck', "I'm stopped for the night",
  'shutting down for the night', 'parking it for the night', 'parking for the night', 'parking it for the day', 'parking it',
  'calling it a day on the road', "I'm shut down for the day", 'shut down for the day', 'done for the day on the road',
];
const endDriveSamples = (): string[] =>
  all(
    DONE_DRIVING,
    say(['okay', 'alright', 'well', 'so'], DONE_DRIVING),
    say(['', 'please', 'can you', 'could you'], ['cancel', 'stop', 'turn off', 'delete', 'end'], ['my break reminders', 'the break reminders', 'break reminders', 'my posture break reminders']),
  );

const REMIND_TO_TRAIN = [
  'remind me to work out', 'remind me to do my workout', 'remind me about my workouts', 'remind me on workout days', 'remind me to train',
  "remind me when it's a workout day", 'set workout reminders', 'set my workout reminders', 'set up workout reminders', 'workout reminders',
  'set a workout reminder', 'set a reminder to work out', 'turn on workout reminders', 'remind me to do my back workout',
  'I want reminders on my workout days', 'I want workout reminders', 'reminders on my workout days', 'remind me on my workout days',
  'nag me to work out', 'nag me on workout days', 'bug me to work out', 'bug me on workout days', 'ping me to work out',
  'ping me on workout days', 'give me a heads up on workout days', 'remind me when to work out',
];
const workoutRemindersSamples = (): string[] =>
  all(
    REMIND_TO_TRAIN,
    say(['can you', 'could you', 'please', 'I want you to', "I'd like you to"], REMIND_TO_TRAIN.filter((r) => /^(remind|set|nag|bug|ping|give)/.test(r))),
    say(REMIND_TO_TRAIN.filter((r) => r.startsWith('remind me to') || r.startsWith('set')), ['at {time}', 'around {time}', 'every workout day at {time}', 'on workout days at {time}']),
    // "Remind me at 7 pm": a reminder with only its hour is the workout reminder's, the one reminder set by the clock.
    say(['remind me', 'ping me', 'set a reminder', 'can you remind me'], ['at {time}'], ['', 'on workout days']),
  );

const timeOfDaySamples = (): string[] =>
  all(
    ['{time}', 'at {time}'],
    say(['', 'uh', 'okay', 'let\'s say', 'how about', 'make it', 'maybe'], ['', 'at', 'around', 'about'], ['{time}'], ['', 'please', 'works', 'works for me', 'is good', 'is fine', 'sounds good', 'would be good', 'would work']),
  );

const STOP_WORKOUT_REMINDERS = ['stop', 'cancel', 'turn off', 'delete', 'remove', 'end', 'quit', 'kill', 'shut off'];
const stopWorkoutRemindersSamples = (): string[] =>
  all(
    ['stop the workout reminders', 'stop reminding me to work out', 'no more workout reminders'],
    say(['', 'please', 'can you'], STOP_WORKOUT_REMINDERS, ['the workout reminders', 'my workout reminders', 'workout reminders', 'my reminders to work out', 'the reminders to work out', 'the workout day reminders']),
    say(['', 'please', 'okay'], ['stop reminding me to work out', 'stop reminding me to train', 'quit reminding me to work out', 'quit reminding me to train', 'stop nagging me to work out', 'quit nagging me to work out', 'stop bugging me to work out', "don't remind me to work out", "don't remind me to work out anymore", 'no more workout reminders', 'I don\'t want workout reminders', "I don't want workout reminders anymore", "I don't need workout reminders anymore"]),
  );

/** "I'm on central time now": the zone the driver says they are in. */
const timeZoneSamples = (): string[] =>
  all(
    ["I'm on {zone} time", "I'm in {zone} time", "we're on {zone} time", 'switch to {zone} time', 'set my time zone to {zone}'],
    say(['', 'okay', 'hey', 'just so you know', 'heads up'], ["I'm", "we're", "I'm now", "we're now", 'now', "I'm back", "we're back", 'back'], ['on', 'in'], ['{zone} time', 'the {zone} time zone', '{zone}'], ['', 'now', 'today', 'this week', 'tonight', 'for a while']),
    say(['', 'okay', 'we', 'I', 'just'], ['crossed into', 'drove into', 'moved into', 'got into'], ['{zone} time', 'the {zone} time zone', '{zone}'], ['', 'today', 'a while ago']),
    say(['', 'please', 'can you'], ['switch to', 'change to', 'use', 'go by', 'set my time zone to', 'change my time zone to', 'set the time zone to', 'change the time zone to', 'put me on'], ['{zone} time', '{zone}'], ['', 'please']),
    say(['', 'it is', "it's"], ['{zone} time', '{zone} time here', '{zone} time now'], ['', 'here', 'now']),
    say(['my time zone is', 'the time zone is', 'time zone', 'my zone is', "I'm in the"], ['{zone}', '{zone} time', '{zone} zone'], ['', 'now']),
    // Asked, not said: the coach answers with the zone it goes by.
    say(['', 'hey', 'so'], ['what time zone', 'which time zone', 'what zone', 'which zone'], ['are you using', 'are you on', 'are you in', 'do you use', 'do you go by', 'am I on', 'am I in', 'are we on', 'are my reminders on', 'is my schedule on'], ['', 'now', 'right now', 'for me']),
  ).filter((sample) => !/\b(now) (now)\b/.test(sample) && !/^(it is|it's) \{zone\} time (here|now) (here|now)$/.test(sample));

/** Each intent's sample generator, by intent name. */
const SAMPLES: Readonly<Record<string, () => string[]>> = {
  'AMAZON.YesIntent': yesSamples,
  'AMAZON.NoIntent': noSamples,
  'AMAZON.StopIntent': stopSamples,
  'AMAZON.CancelIntent': cancelSamples,
  'AMAZON.HelpIntent': helpSamples,
  'AMAZON.FallbackIntent': () => [],
  'AMAZON.PauseIntent': pauseSamples,
  'AMAZON.ResumeIntent': resumeSamples,
  'AMAZON.RepeatIntent': repeatSamples,
  'AMAZON.NextIntent': nextSamples,
  'AMAZON.StartOverIntent': startOverSamples,
  'AMAZON.NavigateHomeIntent': homeSamples,
  CountIntent: countSamples,
  CorrectionIntent: correctionSamples,
  DoneIntent: doneSamples,
  WeightIntent: weightSamples,
  UnitsIntent: unitsSamples,
  SideIntent: sideSamples,
  SwitchWeakSideIntent: switchWeakSideSamples,
  ReadyIntent: readySamples,
  StartWorkoutIntent: startWorkoutSamples,
  StartTestIntent: startTestSamples,
  ProgressIntent: progressSamples,
  WhatsNextIntent: whatsNextSamples,
  TimeLeftIntent: timeLeftSamples,
  WhatWeightIntent: whatWeightSamples,
  WhyOneSideIntent: whyOneSideSamples,
  PainIntent: painSamples,
  LostFormIntent: lostFormSamples,
  SkipIntent: skipSamples,
  SkipRestIntent: skipRestSamples,
  DeleteDataIntent: deleteDataSamples,
  BreakRemindersIntent: breakRemindersSamples,
  DriveLengthIntent: driveLengthSamples,
  BreakIntervalIntent: breakIntervalSamples,
  EndDriveIntent: endDriveSamples,
  WorkoutRemindersIntent: workoutRemindersSamples,
  TimeOfDayIntent: timeOfDaySamples,
  StopWorkoutRemindersIntent: stopWorkoutRemindersSamples,
  TimeZoneIntent: timeZoneSamples,
};

export const INTENTS: IntentDef[] = INTENT_SHAPES.map((shape) => {
  const generate = SAMPLES[shape.name];
  if (!generate) throw new Error(`The language model has no samples for ${shape.name}`);
  return intent(shape, generate);
});

const weightIntent = INTENTS.find((i) => i.name === 'WeightIntent');
if (!weightIntent) throw new Error('The language model has no WeightIntent');

/** Greetings said in a session: each greeting the reading rules know, alone and with each name for the coach ("yo coach"). */
const greetingSamples = (): string[] => [
  ...new Set([
    ...WELCOME_PHRASES.filter((phrase) => !/^(open|start|launch|talk to)\b/.test(phrase)),
    ...GREETINGS.flatMap((greeting) => [greeting, ...COACH_NAMES.map((name) => `${greeting} ${name}`)]),
  ]),
];

/** Intents of Alexa's model only: the weight samples with the unit said as a word, and greetings said in a session. */
export const ALEXA_ONLY_INTENTS: IntentDef[] = ALEXA_ONLY_SHAPES.map((shape) => {
  if (shape.name === 'GreetingIntent') return intent(shape, greetingSamples);
  const unit = shape.impliedSlots?.unit;
  if (unit !== 'lb' && unit !== 'kg') throw new Error(`${shape.name} says no unit`);
  return intent(shape, () => spelledUnitSamples(unit, weightIntent));
});

