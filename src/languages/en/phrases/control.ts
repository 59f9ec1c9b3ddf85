/**
 * What drivers say to steer the coach: yes and no, stop and cancel, pause and resume, hear it again, move on, start
 * over, the menu, help.
 */
import type { CONTROL_INTENTS } from '../../../core/flows/control.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { YES_OPENINGS } from '../readingTables';
import { all, optional, say } from '../../phrasing';
import { OFF_TOPIC_PHRASES } from '../heardWords';
import { PLEASE } from './shared';

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

export const CONTROL_PHRASES: PhrasesOf<typeof CONTROL_INTENTS> = {
  'AMAZON.YesIntent': yesSamples,
  'AMAZON.NoIntent': noSamples,
  'AMAZON.StopIntent': stopSamples,
  'AMAZON.CancelIntent': cancelSamples,
  'AMAZON.HelpIntent': helpSamples,
  // What is said on the road that is no business of the coach's: the platforms' models learn it as out of domain.
  'AMAZON.FallbackIntent': () => [...OFF_TOPIC_PHRASES],
  'AMAZON.PauseIntent': pauseSamples,
  'AMAZON.ResumeIntent': resumeSamples,
  'AMAZON.RepeatIntent': repeatSamples,
  'AMAZON.NextIntent': nextSamples,
  'AMAZON.StartOverIntent': startOverSamples,
  'AMAZON.NavigateHomeIntent': homeSamples,
};
