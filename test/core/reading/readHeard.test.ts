/**
 * The reading rules (src/core/reading/), each with lines written for this test, not taken from the held-out sets: a
 * heard line (what an NLU made of it, and its words) read by the question the coach asked.
 */
import type { SpokenEvent } from '../../../src/core/events';
import { NOTHING_ASKED, type Expectation } from '../../../src/core/reading/expectation';
import { languageWords } from '../../../src/languages';
import { numbersSaid } from '../../../src/core/reading/numbersSaid';
import { saysPain } from '../../../src/core/reading/painSaid';
import { readHeard } from '../../../src/core/reading/readHeard';
import { zoneSaid } from '../../../src/core/reading/zoneSaid';

const ENGLISH = languageWords('en').reading;

const AT_COUNT: Expectation = { ...NOTHING_ASKED, number: 'count', busy: true };
const AT_SECONDS: Expectation = { ...NOTHING_ASKED, number: 'seconds', busy: true };
const AT_YES_NO: Expectation = { ...NOTHING_ASKED, yesNo: true };
const AT_GO: Expectation = { ...NOTHING_ASKED, go: true, busy: true };
const AT_UNITS: Expectation = { ...NOTHING_ASKED, units: true };
const AT_SIDE: Expectation = { ...NOTHING_ASKED, side: true };
const AT_INTERVAL: Expectation = { ...NOTHING_ASKED, number: 'breakInterval', yesNo: true };

const NOTHING: SpokenEvent = { type: 'fallback' };

/** The line read at the question, with what an NLU made of it (nothing, unless given). */
const read = (words: string, expecting: Expectation, ...readings: SpokenEvent[]): SpokenEvent =>
  readHeard({ type: 'heard', readings: readings.length ? readings : [NOTHING], words, language: 'en' }, expecting);

describe('pain: a body part with a complaint, or a complaint that needs none', () => {
  test.each([
    "my trap's barking at me",
    'the lower back just locked up on that one',
    'pinched something in my neck',
    'wrist is throbbing',
    'uh my hip went out',
    'stop stop that really hurts',
    'argh, ouch',
    'it aches when I pull',
    'I felt a pop in my elbow',
  ])('%s', (line) => {
    expect(saysPain(ENGLISH.wordsOfLine(line), ENGLISH)).toBe(true);
    expect(read(line, AT_COUNT, { type: 'count', value: 8 })).toEqual({ type: 'pain' });
  });

  test.each([
    "it doesn't hurt at all",
    'no pain this time',
    'my back is not sore anymore',
    'will the carry hurt my shoulder',
    'my right arm is the weaker one',
    'that last set burned',
    "I'm back",
    'back coach, start my workout',
  ])('not pain: %s', (line) => {
    expect(saysPain(ENGLISH.wordsOfLine(line), ENGLISH)).toBe(false);
  });

  test('a classifier that took a line for pain is not trusted when the words complain of nothing', () => {
    expect(read("alright I'm back", { ...NOTHING_ASKED, go: true }, { type: 'pain' })).not.toEqual({ type: 'pain' });
    expect(read('that really aches', AT_COUNT, { type: 'pain' })).toEqual({ type: 'pain' });
    // With no words to check it (an intent Alexa placed), pain is pain.
    expect(readHeard({ type: 'heard', readings: [{ type: 'pain' }], words: null, language: 'en' }, AT_COUNT)).toEqual({ type: 'pain' });
  });
});

describe('numbers, by grammar', () => {
  const values = (line: string): number[] => numbersSaid(ENGLISH.wordsOfLine(line), ENGLISH).map((n) => n.value);

  test.each([
    ['thirty seven reps', [37]],
    ['fourteen thirteen', [14, 13]],
    ['a hundred and five pounds', [105]],
    ['seventeen and a half kilos', [17.5]],
    ['22.5 kg', [22.5]],
    ['maybe a dozen', [12]],
    ['half a dozen tops', [6]],
    ['a couple more', [2]],
    ['ten four good buddy', []],
    ['10-4', []],
    ['the heavy one', []],
    ['one side then the other', []],
    ['just one', [1]],
  ] as const)('%s', (line, expected) => {
    expect(values(line)).toEqual(expected);
  });
});

describe('where a count is asked', () => {
  test('a line that opens with an amount is that amount, whatever comment follows', () => {
    expect(read('thirteen, gonna need water after that', AT_COUNT)).toEqual({ type: 'count', value: 13 });
    expect(read('uh about nine I reckon', AT_COUNT, { type: 'done' })).toEqual({ type: 'count', value: 9 });
    expect(read('a dozen even', AT_COUNT)).toEqual({ type: 'count', value: 12 });
    expect(read('eight on the weak side', AT_COUNT, { type: 'switchWeakSide', side: null })).toEqual({ type: 'count', value: 8 });
  });

  test('two numbers with a correction between them mean the last; "not" takes one back', () => {
    expect(read('fourteen no thirteen', AT_COUNT, { type: 'count', value: 14 })).toEqual({ type: 'count', value: 13 });
    expect(read('nine sorry ten', AT_COUNT)).toEqual({ type: 'count', value: 10 });
    expect(read('six not seven', AT_COUNT, { type: 'correction', value: 7 })).toEqual({ type: 'count', value: 6 });
    // Two numbers and no correction: the NLU's reading stands.
    expect(read('did twelve then eleven', AT_COUNT, { type: 'count', value: 12 })).toEqual({ type: 'count', value: 12 });
  });

  test('a correction is the count asked for, not a change to an earlier set', () => {
    expect(read('no wait, fifteen', AT_COUNT, { type: 'correction', value: 15 })).toEqual({ type: 'count', value: 15 });
    expect(readHeard({ type: 'heard', readings: [{ type: 'correction', value: 15 }], words: null, language: 'en' }, AT_COUNT)).toEqual({ type: 'count', value: 15 });
  });

  test('a number said with a unit is a weight; what the driver asks for stays asked', () => {
    expect(read('forty pounds', AT_COUNT)).toEqual({ type: 'weight', value: 40, unit: 'lb' });
    expect(read('give me two minutes', AT_COUNT, { type: 'pause' })).toEqual({ type: 'pause' });
    expect(read('bring it up to sixty', AT_COUNT, { type: 'weight', value: 60, unit: null })).toEqual({ type: 'weight', value: 60, unit: null });
  });

  test('a lone number in a line on the coach\'s subject is the count; one in a line about something else is not', () => {
    expect(read('managed maybe a dozen I think', AT_COUNT, { type: 'startTest' })).toEqual({ type: 'count', value: 12 });
    expect(readHeard({ type: 'heard', readings: [NOTHING], words: 'is exit 40 coming up', aboutSomethingElse: true, language: 'en' }, AT_COUNT)).toEqual(NOTHING);
  });

  test('a lone number is the count even where the reading takes none, but not one that names a set or a length of time', () => {
    expect(read('I finished nine', AT_COUNT, { type: 'skipRest' })).toEqual({ type: 'count', value: 9 });
    expect(read('we did fourteen', AT_COUNT, { type: 'next' })).toEqual({ type: 'count', value: 14 });
    expect(read('skip set two', AT_COUNT, { type: 'skip' })).toEqual({ type: 'skip' });
    expect(read('give me two minutes', AT_COUNT, { type: 'pause' })).toEqual({ type: 'pause' });
    expect(read('how many left after 2', AT_COUNT, { type: 'timeLeft' })).toEqual({ type: 'timeLeft' });
  });

  test('a weight with no unit, from a line that opens with its number, is the count', () => {
    expect(read('fifteen, my grip was slipping', AT_COUNT, { type: 'weight', value: 15, unit: null })).toEqual({ type: 'count', value: 15 });
    expect(read('push it to fifty', AT_COUNT, { type: 'weight', value: 50, unit: null })).toEqual({ type: 'weight', value: 50, unit: null });
  });

  test('a number the words do not say gives way to the one they do', () => {
    expect(read('bump it up to thirty five', AT_COUNT, { type: 'weight', value: 30, unit: null })).toEqual({ type: 'weight', value: 35, unit: null });
    expect(read('nine, but the last two were junk', AT_COUNT, { type: 'weight', value: 2, unit: null })).toEqual({ type: 'count', value: 9, formLost: true });
    expect(read('one minute and twenty seconds', AT_SECONDS, { type: 'count', value: 20 })).toEqual({ type: 'count', value: 80 });
    expect(read('2 minutes', AT_SECONDS, { type: 'count', value: 2 })).toEqual({ type: 'count', value: 120 });
    expect(read('a minute ten', AT_SECONDS)).toEqual({ type: 'count', value: 70 });
  });

  test('lost form said with the count', () => {
    expect(read('seven, last two were ugly', AT_COUNT, { type: 'count', value: 7 }, { type: 'lostForm' })).toEqual({ type: 'count', value: 7, formLost: true });
  });

  test('a carry: a line that opens with a length of time is its seconds', () => {
    expect(read('a minute and a half', AT_SECONDS, { type: 'pause' })).toEqual({ type: 'count', value: 90 });
    expect(read('about forty seconds I guess', AT_SECONDS)).toEqual({ type: 'count', value: 40 });
    expect(read('just a minute', AT_SECONDS, { type: 'pause' })).toEqual({ type: 'pause' });
  });
});

describe('"one" is a number only where a number is asked', () => {
  test('at the side question, "the weak one" is no weight of 1', () => {
    expect(read("the left's the weak one", AT_SIDE, { type: 'weight', value: 1, unit: null })).toEqual({ type: 'side', side: 'left' });
  });
  test('at a count question, "one" is a count', () => {
    expect(read('just one', AT_COUNT)).toEqual({ type: 'count', value: 1 });
  });
  test('where nothing is asked, a number read from "one" alone is not understood', () => {
    expect(read('one', NOTHING_ASKED, { type: 'count', value: 1 })).toEqual(NOTHING);
  });
});

describe('answers by the question', () => {
  test('the units question takes a unit word', () => {
    expect(read('kilos please', AT_UNITS, { type: 'weight', value: null, unit: 'kg' })).toEqual({ type: 'units', unit: 'kg' });
    expect(read('metric I suppose', AT_UNITS)).toEqual({ type: 'units', unit: 'kg' });
    expect(readHeard({ type: 'heard', readings: [{ type: 'weight', value: null, unit: 'lb' }], words: null, language: 'en' }, AT_UNITS)).toEqual({ type: 'units', unit: 'lb' });
  });

  test('the side question takes the one side named, but one taken back', () => {
    expect(read('gotta be the right arm', AT_SIDE)).toEqual({ type: 'side', side: 'right' });
    expect(read('not the left, the right', AT_SIDE)).toEqual({ type: 'side', side: 'right' });
  });

  test('a yes/no question takes trucker talk, and "hold on" waits', () => {
    expect(read('ten four', AT_YES_NO)).toEqual({ type: 'yes' });
    expect(read('copy that good buddy', AT_YES_NO)).toEqual({ type: 'yes' });
    expect(read('negatory', AT_YES_NO)).toEqual({ type: 'no' });
    expect(read('nah not tonight', AT_YES_NO, { type: 'correction', value: null })).toEqual({ type: 'no' });
    expect(read('hang on a sec', AT_YES_NO, { type: 'correction', value: null })).toEqual({ type: 'pause' });
  });

  test('"go" is asked: yes words start the set', () => {
    expect(read('roger', AT_GO)).toEqual({ type: 'ready' });
  });

  test('a length said with its half keeps the half', () => {
    expect(read('about seven hours and a half', { ...NOTHING_ASKED, number: 'driveLength' }, { type: 'driveLength', minutes: 420 })).toEqual({
      type: 'driveLength',
      minutes: 450,
    });
    expect(read('two hours and half', AT_INTERVAL)).toEqual({ type: 'breakInterval', minutes: 150 });
  });

  test('the side and the unit the words name are what was said', () => {
    expect(read("it's not my right, my left is the weak one", AT_GO, { type: 'switchWeakSide', side: 'right' })).toEqual({ type: 'switchWeakSide', side: 'left' });
    expect(read("what's my dumbbell in kilograms", AT_COUNT, { type: 'whatWeight', unit: null })).toEqual({ type: 'whatWeight', unit: 'kg' });
  });

  test('a letter held out in typing is said once', () => {
    expect(read('yesss', AT_YES_NO)).toEqual({ type: 'yes' });
    expect(read('noooo', AT_YES_NO)).toEqual({ type: 'no' });
    expect(read('okaaay', AT_GO)).toEqual({ type: 'ready' });
  });

  test('a break interval in hours is its minutes', () => {
    expect(read('every three hours', AT_INTERVAL)).toEqual({ type: 'breakInterval', minutes: 180 });
  });
});

describe('the readings', () => {
  test('the one that answers the question wins; the platform wins a tie', () => {
    expect(read('whatever', AT_COUNT, { type: 'ready' }, { type: 'count', value: 9 })).toEqual({ type: 'count', value: 9 });
    expect(read('whatever', NOTHING_ASKED, { type: 'help' }, { type: 'progress' })).toEqual({ type: 'help' });
  });

  test('starting a workout in the middle of one is out of place', () => {
    expect(read('whatever', AT_COUNT, { type: 'startWorkout' }, { type: 'stop' })).toEqual({ type: 'stop' });
    expect(read('whatever', NOTHING_ASKED, { type: 'startWorkout' }, { type: 'stop' })).toEqual({ type: 'startWorkout' });
  });
});

describe('time zones by name', () => {
  test.each([
    ["we're on pacific time now", 'America/Los_Angeles'],
    ['just rolled into central', 'America/Chicago'],
    ['switch me to eastern time please', 'America/New_York'],
    ['MST', 'America/Denver'],
  ])('%s', (line, zone) => {
    expect(zoneSaid(ENGLISH.wordsOfLine(line), ENGLISH)).toBe(zone);
    expect(read(line, AT_COUNT, { type: 'count', value: 3 })).toEqual({ type: 'timeZone', zone });
  });

  test.each(['is the road over the mountain pass open', 'the central warehouse', 'pacific coast highway'])('not a zone: %s', (line) => {
    expect(zoneSaid(ENGLISH.wordsOfLine(line), ENGLISH)).toBeNull();
  });
});

test('words that name what plain objects hold ("constructor", "__proto__") are words like any other', () => {
  for (const line of ['constructor', '__proto__', 'toString twelve', 'hasOwnProperty']) {
    expect(() => read(line, AT_COUNT)).not.toThrow();
    expect(() => read(line, NOTHING_ASKED)).not.toThrow();
  }
  expect(read('twelve toString', AT_COUNT)).toEqual({ type: 'count', value: 12 });
});

const AT_TIME: Expectation = { ...NOTHING_ASKED, number: 'time' };
const AT_WEIGHT: Expectation = { ...NOTHING_ASKED, number: 'weight', busy: true };

describe('lines that say outright what they want', () => {
  test.each(['hey there', 'good evening coach', "what's up buddy", 'howdy partner', 'uh hi'])('a greeting alone greets: %s', (line) => {
    expect(read(line, NOTHING_ASKED)).toEqual({ type: 'launch' });
    // While a question waits, a greeting asks to hear it again.
    expect(read(line, AT_COUNT)).toEqual({ type: 'repeat' });
  });

  test.each(['hey, how am I doing', 'coach', 'there'])('not only a greeting: %s', (line) => {
    expect(read(line, NOTHING_ASKED, { type: 'progress' })).not.toEqual({ type: 'launch' });
  });

  test.each(['cancel this session', "let's call off today's training", 'I want to end the workout now', 'just scrap the workout'])(
    'a verb that ends the workout ends it, whatever a classifier made of it: %s',
    (line) => {
      expect(read(line, AT_GO, { type: 'startWorkout' })).toEqual({ type: 'stop' });
    },
  );

  test('a quit verb about workout reminders ends the reminders; about the drive or alone, the classifier decides', () => {
    expect(read('cancel the reminders for my workouts', NOTHING_ASKED, { type: 'stop' })).toEqual({ type: 'stopWorkoutReminders' });
    expect(read('stop reminding me to take breaks', NOTHING_ASKED, { type: 'endDrive' })).toEqual({ type: 'endDrive' });
    expect(read('end the drive', NOTHING_ASKED, { type: 'endDrive' })).toEqual({ type: 'endDrive' });
    expect(read('finish the workout strong', AT_GO, { type: 'ready' })).toEqual({ type: 'ready' });
  });

  test('an hour said where none is asked, in a line about reminding, sets the workout reminder', () => {
    expect(read('remind me at eight thirty in the morning', NOTHING_ASKED, { type: 'timeOfDay', time: '08:30' })).toEqual({
      type: 'workoutReminders',
      time: '08:30',
    });
    expect(read('eight thirty in the morning', NOTHING_ASKED, { type: 'timeOfDay', time: '08:30' })).toEqual({ type: 'timeOfDay', time: '08:30' });
  });
});

describe('where an hour is asked', () => {
  test.each([
    ['zero six hundred', '06:00'],
    ['twenty one hundred hours', '21:00'],
    ['oh seven hundred thirty', '07:30'],
    ['2000', '20:00'],
    ['0645', '06:45'],
    ['ten at night', '22:00'],
    ['four in the afternoon', '16:00'],
    ['uh six thirty in the evening', '18:30'],
    ['twelve at night', '12:00'],
    ['eleven in the morning', '11:00'],
  ])('%s is %s', (line, time) => {
    expect(read(line, AT_TIME, { type: 'count', value: 3 })).toEqual({ type: 'timeOfDay', time });
  });

  test('an hour counted from is left to the clock wordings; a hundred said where no hour is asked stays a number', () => {
    expect(read('half past nine at night', AT_TIME, { type: 'timeOfDay', time: '21:30' })).toEqual({ type: 'timeOfDay', time: '21:30' });
    expect(read('five hundred', AT_COUNT)).toEqual({ type: 'count', value: 500 });
  });
});

describe('where a weight is asked', () => {
  test('two digits said one after the other are the number they write', () => {
    expect(read('two five', AT_WEIGHT, { type: 'weight', value: 2, unit: null })).toEqual({ type: 'weight', value: 25, unit: null });
    expect(read('four oh pounds', AT_WEIGHT)).toEqual({ type: 'weight', value: 40, unit: 'lb' });
    expect(read('uh one five kilos', AT_WEIGHT)).toEqual({ type: 'weight', value: 15, unit: 'kg' });
  });

  test('but not two numbers apart, nor at a count question', () => {
    expect(read('twenty, no twenty five', AT_WEIGHT, { type: 'weight', value: 20, unit: null })).toEqual({ type: 'weight', value: 25, unit: null });
    expect(read('four five', AT_COUNT, { type: 'count', value: 4 })).not.toEqual({ type: 'count', value: 45 });
  });
});

test('where an hour is asked, a number a platform heard the military way is that time, with or without the words', () => {
  expect(readHeard({ type: 'heard', readings: [{ type: 'count', value: 2130 }], words: null, language: 'en' }, AT_TIME)).toEqual({ type: 'timeOfDay', time: '21:30' });
  expect(readHeard({ type: 'heard', readings: [{ type: 'count', value: 600 }], words: null, language: 'en' }, AT_TIME)).toEqual({ type: 'timeOfDay', time: '06:00' });
  expect(readHeard({ type: 'heard', readings: [{ type: 'count', value: 1975 }], words: null, language: 'en' }, AT_TIME)).toEqual({ type: 'count', value: 1975 });
  expect(readHeard({ type: 'heard', readings: [{ type: 'count', value: 7 }], words: null, language: 'en' }, AT_TIME)).toEqual({ type: 'count', value: 7 });
  expect(readHeard({ type: 'heard', readings: [{ type: 'count', value: 1900 }], words: null, language: 'en' }, AT_COUNT)).toEqual({ type: 'count', value: 1900 });
});

describe('what an English driver types short is read written out', () => {
  test.each<[string, Expectation, SpokenEvent]>([
    ['ya', AT_YES_NO, { type: 'yes' }],
    ['k', AT_YES_NO, { type: 'yes' }],
    ['gimme a sec', AT_YES_NO, { type: 'pause' }],
    ['lemme see... twelve', AT_COUNT, { type: 'count', value: 12 }],
    ["did twelve of 'em", AT_COUNT, { type: 'count', value: 12 }],
    ['whats up coach', NOTHING_ASKED, { type: 'launch' }],
    ['i wanna quit the workout', AT_GO, { type: 'stop' }],
    ["my back's killin' me", AT_COUNT, { type: 'pain' }],
  ])('"%s"', (line, expecting, expected) => {
    expect(read(line, expecting)).toEqual(expected);
  });
});
