/**
 * What drivers say of the road and the reminders: break reminders, the drive's length and the breaks' interval, the
 * end of a drive, workout-day reminders and their time.
 */
import type { REMINDER_INTENTS } from '../../../core/flows/reminders.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, say } from '../../phrasing';

const HEADING_OUT = ['', "I'm about to drive", "I'm driving", "I'm starting my drive", "I'm heading out", 'heading out', "I'm hitting the road", 'hitting the road', "I'm about to hit the road", 'about to hit the road', 'heading out on a long haul', "I've got a long haul", "I've got a long drive", 'long drive ahead', "I'm back on the road", "I'm on the road", 'time to drive', "I'm leaving", 'back to driving', "I'll be driving for hours", "I'm driving for a while", 'on the road again', "I'm about to head out", "I'm getting back on the road", 'leaving now', "I'm pulling out", "I'm rolling out", 'rolling out', "I'm in the truck", "I'm in the cab"];
const ROAD_REQUESTS = [
  '', 'break reminders', 'set break reminders', 'turn on break reminders', 'turn on posture break reminders', 'set up break reminders',
  'start break reminders', 'remind me to take breaks', 'remind me to take a break', 'remind me to stretch', 'remind me to stretch my back',
  'remind me to get out and stretch', 'posture break reminders', 'posture tips', 'give me posture tips',
  'give me some posture tips', 'tips for the road', 'road tips', 'driving tips', 'posture tips for the road',
  'give me some posture tips for the road', 'what should I do while driving', 'what can I do while driving',
  'any tips for the road', 'how should I sit while I drive', 'help my back while I drive', 'driving mode', 'road mode',
  'towel tip', 'the towel tip', 'lumbar support', 'stretch reminders', 'set stretch reminders', 'set up stretch reminders',
  'remind me every hour', 'remind me to get out', 'remind me to get out of the truck', 'remind me to take a posture break',
  'remind me to do my band', 'remind me to do pull aparts', 'give me road tips', 'what do I do on the road',
];
const breakRemindersSamples = (): string[] =>
  all(
    ['break reminders', 'remind me to take breaks', "I'm about to drive", 'road tips', "I'm driving", 'posture tips', 'what should I do while driving', 'tips for the road'],
    say(HEADING_OUT, ROAD_REQUESTS),
    say(['okay', 'alright', 'so'], HEADING_OUT.filter((heading) => heading !== '')),
    say(['can you', 'could you', 'please'], ['remind me to take breaks', 'remind me to stretch', 'remind me to stretch my back', 'set break reminders', 'turn on break reminders', 'give me posture tips', 'give me road tips']),
  );

const POSTURE_BREAK = ['posture break', 'a posture break', 'the posture break', 'my posture break', 'a quick posture break', 'the two minute break', 'a stretch break', 'a quick stretch break', 'my pull aparts', 'some pull aparts', 'the band pull aparts'];
const postureBreakSamples = (): string[] =>
  all(
    ['posture break', 'give me a posture break', "let's do a posture break", 'I need a stretch break'],
    say(['', 'okay', 'yeah', 'sure', 'alright'], ['give me', "let's do", 'I want', 'I need', "I'll take", 'take', 'start', 'do', 'time for', "I'm ready for", 'can I get', 'can we do'], POSTURE_BREAK, ['', 'now', 'right now']),
    say(['', 'okay'], ['posture break', 'posture break now', 'pull aparts', 'pull aparts now', 'band pull aparts']),
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

export const REMINDER_PHRASES: PhrasesOf<typeof REMINDER_INTENTS> = {
  BreakRemindersIntent: breakRemindersSamples,
  PostureBreakIntent: postureBreakSamples,
  DriveLengthIntent: driveLengthSamples,
  BreakIntervalIntent: breakIntervalSamples,
  EndDriveIntent: endDriveSamples,
  WorkoutRemindersIntent: workoutRemindersSamples,
  TimeOfDayIntent: timeOfDaySamples,
  StopWorkoutRemindersIntent: stopWorkoutRemindersSamples,
};
