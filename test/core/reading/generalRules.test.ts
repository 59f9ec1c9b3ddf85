/**
 * The general reading rules added for lines drivers say their own way, each with lines written for this test, not taken
 * from the held-out sets: a part that is not well or a cry to stop with a part named is pain; form is lost by its words;
 * an amount after a no corrects; a clock said the military way or counted from an hour; a reminder said with its hour;
 * dozens, hours with minutes, "time remaining", starting or ending the session by its words.
 */
import type { SpokenEvent } from '../../../src/core/events';
import { NOTHING_ASKED, type Expectation } from '../../../src/core/reading/expectation';
import { formSaid } from '../../../src/core/reading/formSaid';
import { verbForms } from '../../../src/core/reading/inflections';
import { languageWords } from '../../../src/languages';
import { saysPain } from '../../../src/core/reading/painSaid';
import { readHeard } from '../../../src/core/reading/readHeard';
import { parseSpokenNumber } from '../../../src/core/numbers';

const ENGLISH = languageWords('en').reading;

const AT_COUNT: Expectation = { ...NOTHING_ASKED, number: 'count', busy: true };
const AT_CONFIRM: Expectation = { ...NOTHING_ASKED, number: 'count', yesNo: true, busy: true };
const AT_TIME: Expectation = { ...NOTHING_ASKED, number: 'time' };
const AT_DRIVE: Expectation = { ...NOTHING_ASKED, number: 'driveLength' };
const AT_WEIGHT: Expectation = { ...NOTHING_ASKED, number: 'weight', busy: true };
const AT_YES_NO: Expectation = { ...NOTHING_ASKED, yesNo: true };
const AT_PAUSED: Expectation = { ...NOTHING_ASKED, go: true, busy: true };
const AT_GO: Expectation = { ...NOTHING_ASKED, go: true, busy: true };
const AT_BREAK_INTERVAL: Expectation = { ...NOTHING_ASKED, number: 'breakInterval', yesNo: true };

const read = (words: string, expecting: Expectation, ...readings: SpokenEvent[]): SpokenEvent =>
  readHeard({ type: 'heard', readings: readings.length ? readings : [{ type: 'fallback' }], words, language: 'en' }, expecting);

describe('pain said without "pain" or "hurt"', () => {
  test.each(['my knee feels weird', "the neck doesn't feel right today", 'lower back is no good', 'my forearm is not great', 'whoa, my shoulder', 'something is tugging in my lat', 'my elbow keeps clicking'])(
    '%s is pain',
    (line) => expect(read(line, AT_COUNT, { type: 'count', value: 9 })).toEqual({ type: 'pain' }),
  );
  test.each(['not the left side, the right', "I'm not feeling great about this weight", 'wait, my side is the left', 'hold on my phone is ringing'])('%s is not', (line) =>
    expect(saysPain(ENGLISH.wordsOfLine(line), ENGLISH)).toBe(false),
  );
  test.each(['my neck is flaring up', 'left shoulder keeps tightening up', 'my elbow stiffened up on me', 'my lower back is knotting up again'])(
    'a complaint said as a verb with its particle, in any form: %s is pain',
    (line) => expect(read(line, AT_COUNT, { type: 'resume' })).toEqual({ type: 'pain' }),
  );
  test('a complaint is named once, as a verb, and heard in every form', () => {
    expect(verbForms('tug')).toEqual(['tug', 'tugs', 'tugged', 'tugging']);
    expect(verbForms('seize')).toEqual(['seize', 'seizes', 'seized', 'seizing']);
    expect(verbForms('swing')).toContain('swung');
  });
});

describe('form lost, by its words', () => {
  test.each([
    ['eleven, the reps got ugly at the end', true],
    ['seven, I was rocking my body', true],
    ['ten, my technique fell apart', true],
    ['nine, form stayed clean', false],
    ['twelve, that was tough', null],
    ['fourteen but kinda messy', true],
    ['ten, the last few was bad', true],
    ['eight, lost count near the end', null],
    // A word that says form held, said with a negation, says it went bad.
    ['eleven but my form was not right', true],
    ['nine, technique was not solid on those', true],
    ["ten, the reps weren't okay at the end", true],
    ['eight, my form was not tight', true],
    ['ten, form was correct the whole way', false],
  ])('%s', (line, lost) => expect(formSaid(ENGLISH.wordsOfLine(line), ENGLISH)).toBe(lost));
  test('a count with its form lost is counted, and form said to hold keeps the count clean whatever a classifier said', () => {
    expect(read('ten, swung the last couple', AT_COUNT, { type: 'count', value: 10 })).toEqual({ type: 'count', value: 10, formLost: true });
    expect(read('ten, form was good', AT_COUNT, { type: 'count', value: 10, formLost: true })).toEqual({ type: 'count', value: 10 });
  });
});

describe('numbers', () => {
  test.each([
    ['nope, it was seventeen', AT_CONFIRM, 17],
    ['no ma\'am, eleven', AT_COUNT, 11],
    ['nah, more like thirteen', AT_CONFIRM, 13],
  ])('an amount after a no answers: %s', (line, at, value) => expect(read(line, at, { type: 'no' })).toEqual({ type: 'count', value }));
  test('an amount taken back is not the answer', () => {
    expect(read('no, not twelve', AT_CONFIRM, { type: 'no' })).toEqual({ type: 'no' });
  });
  test('dozens, and a decimal point', () => {
    expect(read('two dozen', AT_COUNT)).toEqual({ type: 'count', value: 24 });
    expect(read("baker's dozen on the left", AT_COUNT)).toEqual({ type: 'count', value: 13 });
    expect(read("I'd say a baker's dozen", AT_COUNT)).toEqual({ type: 'count', value: 13 });
    expect(read('seventeen point five kilos', AT_WEIGHT)).toEqual({ type: 'weight', value: 17.5, unit: 'kg' });
  });
  test('an amount that opens a line answers the count whatever the comment', () => {
    expect(read('eleven and my forearms are toast', AT_COUNT)).toEqual({ type: 'count', value: 11 });
  });
  test('an hour and its minutes said the military way are one number on a platform, not their sum', () => {
    expect(parseSpokenNumber('eighteen forty five')).toBe(1845);
    expect(parseSpokenNumber('eight eight')).toBe(8);
  });
  test("a platform's reading without the value asked for gives way to a reading with it", () => {
    expect(read('about 3ish hrs', AT_DRIVE, { type: 'driveLength', minutes: null }, { type: 'driveLength', minutes: 180 })).toEqual({ type: 'driveLength', minutes: 180 });
    expect(read('every 45ish minutes', AT_BREAK_INTERVAL, { type: 'breakInterval', minutes: null }, { type: 'breakInterval', minutes: 45 })).toEqual({ type: 'breakInterval', minutes: 45 });
    expect(read('6ish in the morning', AT_TIME, { type: 'timeOfDay', time: null }, { type: 'timeOfDay', time: '06:00' })).toEqual({ type: 'timeOfDay', time: '06:00' });
  });
  test('a weight read without its unit takes the one unit its words name', () => {
    expect(read('go up to forty-five pounds', AT_GO, { type: 'weight', value: 45, unit: null })).toEqual({ type: 'weight', value: 45, unit: 'lb' });
    expect(read('let me try 20 kilos', AT_WEIGHT, { type: 'weight', value: 20, unit: null })).toEqual({ type: 'weight', value: 20, unit: 'kg' });
    expect(read('forty, like last time', AT_WEIGHT, { type: 'weight', value: 40, unit: null })).toEqual({ type: 'weight', value: 40, unit: null });
  });
  test('a question about the time of day is no length of time', () => {
    expect(read('what hour is it over there', NOTHING_ASKED, { type: 'driveLength', minutes: 60 })).toEqual({ type: 'fallback' });
    expect(read('about an hour', AT_DRIVE, { type: 'driveLength', minutes: 60 })).toEqual({ type: 'driveLength', minutes: 60 });
  });
  test('a drive of hours and minutes', () => {
    expect(read('four hours and twenty minutes', AT_DRIVE, { type: 'driveLength', minutes: 240 })).toEqual({ type: 'driveLength', minutes: 260 });
  });
});

describe('hours of the day', () => {
  test.each([
    ['eighteen fifteen', '18:15'],
    ['oh seven forty five', '07:45'],
    ['a quarter to six', '05:45'],
    ['quarter past three', '15:15'],
    ['half past eight in the evening', '20:30'],
    ['seven in evening', '19:00'],
  ])('%s', (line, time) => expect(read(line, AT_TIME)).toEqual({ type: 'timeOfDay', time }));
  test('a reminder said with its hour is the workout reminder at that hour, but not a reminder of something else', () => {
    expect(read('ping me at 8 pm', NOTHING_ASKED, { type: 'timeOfDay', time: '20:00' })).toEqual({ type: 'workoutReminders', time: '20:00' });
    expect(read('remind me at three', NOTHING_ASKED, { type: 'fallback' })).toEqual({ type: 'workoutReminders', time: '15:00' });
    expect(read('remind me to fuel up at three', NOTHING_ASKED, { type: 'fallback' })).toEqual({ type: 'fallback' });
  });
});

describe('what a line says outright', () => {
  test('how much is left', () => {
    expect(read('minutes remaining?', AT_COUNT)).toEqual({ type: 'timeLeft' });
    expect(read('any sets left to go', AT_COUNT)).toEqual({ type: 'timeLeft' });
    expect(read('how much longer is this', AT_COUNT, { type: 'whatsNext' })).toEqual({ type: 'timeLeft' });
    expect(read('nine on the left', AT_COUNT)).toEqual({ type: 'count', value: 9 });
  });
  test('"is left" after an amount asked is what is left; after a side word it is the side', () => {
    expect(read('how much time is left on this', AT_YES_NO, { type: 'whatWeight', unit: null })).toEqual({ type: 'timeLeft' });
    expect(read("so how many reps is left", AT_GO, { type: 'whatsNext' })).toEqual({ type: 'timeLeft' });
    expect(read('how much workout was left when I quit', NOTHING_ASKED)).toEqual({ type: 'timeLeft' });
    expect(read('my weak side is left', AT_SIDE, { type: 'side', side: 'left' })).toEqual({ type: 'side', side: 'left' });
    expect(read('the one that struggles is left', AT_SIDE, { type: 'side', side: 'left' })).toEqual({ type: 'side', side: 'left' });
  });
  test('"one" before a thing it names, in a line read as something else, is no count', () => {
    expect(read('give me one posture break', AT_COUNT, { type: 'postureBreak' })).toEqual({ type: 'postureBreak' });
    expect(read('one I think', AT_COUNT)).toEqual({ type: 'count', value: 1 });
    expect(read('one and that was it', AT_COUNT, { type: 'done' })).toEqual({ type: 'count', value: 1 });
  });
  test('the weight said to be too heavy or too light, with no number, asks for another weight', () => {
    const another = { type: 'weight', value: null, unit: null };
    expect(read('this weight is too heavy', AT_GO, { type: 'whatWeight', unit: null })).toEqual(another);
    expect(read("man that's way too light", AT_GO, { type: 'fallback' })).toEqual(another);
    expect(read('only got six, too heavy', AT_COUNT)).toEqual({ type: 'count', value: 6 });
    expect(read('is forty too heavy for me', NOTHING_ASKED, { type: 'whatWeight', unit: null })).toEqual({ type: 'whatWeight', unit: null });
    expect(read('the trailer is way too heavy today', NOTHING_ASKED)).toEqual({ type: 'fallback' });
  });
  test('how many to do, asked with "do" as the verb, asks what comes next; how many were done, or are left, does not', () => {
    expect(read('how many do I do on the other side', AT_COUNT, { type: 'resume' })).toEqual({ type: 'whatsNext' });
    expect(read('wait how many reps am I doing with the right', AT_COUNT, { type: 'count', value: null })).toEqual({ type: 'whatsNext' });
    expect(read('how many are we supposed to do this set', AT_GO, { type: 'ready' })).toEqual({ type: 'whatsNext' });
    expect(read('how many did I do last time', NOTHING_ASKED, { type: 'progress' })).toEqual({ type: 'progress' });
    expect(read('how many do I have left', AT_COUNT)).toEqual({ type: 'timeLeft' });
    expect(read('how many sets do we have left today', AT_GO)).toEqual({ type: 'timeLeft' });
    expect(read('how many loads you got left this week', AT_COUNT)).toEqual({ type: 'fallback' });
    expect(read('how many do you want', AT_GO, { type: 'help' })).toEqual({ type: 'help' });
    expect(read('I did eleven how many do I do now', AT_COUNT)).toEqual({ type: 'count', value: 11 });
  });
  test('starting the workout or the test, only where none is under way', () => {
    expect(read("let's knock out this workout", NOTHING_ASKED, { type: 'help' })).toEqual({ type: 'startWorkout' });
    expect(read('can we redo the baseline', NOTHING_ASKED, { type: 'startWorkout' })).toEqual({ type: 'startTest' });
    expect(read("let's knock out this workout", AT_PAUSED, { type: 'resume' })).toEqual({ type: 'resume' });
  });
  test('done for the session ends it; done with a set does not', () => {
    expect(read("I'm finished for the night", AT_COUNT, { type: 'done' })).toEqual({ type: 'stop' });
    expect(read("I'm done", AT_COUNT, { type: 'done' })).toEqual({ type: 'done' });
    expect(read('shut down the workout', AT_PAUSED, { type: 'startWorkout' })).toEqual({ type: 'stop' });
  });
  test('a moment asked for is a wait', () => {
    expect(read('a moment please', AT_YES_NO, { type: 'no' })).toEqual({ type: 'pause' });
  });
});

const AT_SIDE: Expectation = { ...NOTHING_ASKED, side: true };
/** A line the local NLU found to be mostly words the coach never uses. */
const readOffSubject = (words: string, expecting: Expectation): SpokenEvent =>
  readHeard({ type: 'heard', readings: [{ type: 'fallback' }], words, aboutSomethingElse: true, language: 'en' }, expecting);

describe('what is left, asked in words the coach does not know', () => {
  test('a line that names the workout\'s own parts with a word for what is left asks it, whatever else it says', () => {
    expect(readOffSubject('yo how many rounds are still remaining', AT_COUNT)).toEqual({ type: 'timeLeft' });
    expect(readOffSubject('any exercises left after this bad boy', AT_GO)).toEqual({ type: 'timeLeft' });
  });
  test('asked only with "how many" or "how much", it is about something else', () => {
    expect(readOffSubject('how many miles are left till memphis', AT_COUNT)).toEqual({ type: 'fallback' });
    expect(readOffSubject('how much time is left on my logbook', NOTHING_ASKED)).toEqual({ type: 'fallback' });
  });
  test('"more" after "how many" asks what is left; "more weight" asks about weight, and "no more" reminders ask for none', () => {
    expect(read('how many more rounds we got', AT_GO, { type: 'help' })).toEqual({ type: 'timeLeft' });
    expect(read('so how many more do I have', AT_COUNT)).toEqual({ type: 'timeLeft' });
    expect(read('okay how much more weight should I add', AT_GO, { type: 'whatWeight', unit: null })).toEqual({ type: 'whatWeight', unit: null });
    expect(read('no more workout nagging', NOTHING_ASKED, { type: 'stopWorkoutReminders' })).toEqual({ type: 'stopWorkoutReminders' });
  });
});

describe('"the one" said as a count', () => {
  test('after "just", "only" or a verb of doing, closing the line, it is one rep where a count is asked', () => {
    expect(read('only did the one', AT_COUNT, { type: 'done' })).toEqual({ type: 'count', value: 1 });
    expect(read('just got the one', AT_COUNT, { type: 'pause' })).toEqual({ type: 'count', value: 1 });
    expect(read('just the one', AT_COUNT, { type: 'pause' })).toEqual({ type: 'count', value: 1 });
  });
  test('anywhere else it points at something', () => {
    expect(read("yeah that's the one", AT_CONFIRM, { type: 'yes' })).toEqual({ type: 'yes' });
    expect(read('the right is the one', AT_SIDE, { type: 'side', side: 'right' })).toEqual({ type: 'side', side: 'right' });
    expect(read('just the one on the left', AT_SIDE)).toEqual({ type: 'side', side: 'left' });
  });
});

describe('asking to wait in the middle of the workout', () => {
  test('a line that opens with a wait is a wait, whatever a classifier made of the rest', () => {
    expect(read('hang on, my dog is going nuts', AT_GO, { type: 'whatsNext' })).toEqual({ type: 'pause' });
    expect(read("give me a sec, somebody's at the door", AT_COUNT, { type: 'done' })).toEqual({ type: 'pause' });
    expect(read('uh hold up, dispatcher is calling', AT_PAUSED, { type: 'resume' })).toEqual({ type: 'pause' });
  });
  test('unless what follows asks the coach something or says pain', () => {
    expect(read('hold on, how heavy should this be', AT_GO, { type: 'whatWeight', unit: null })).toEqual({ type: 'whatWeight', unit: null });
    expect(read('wait, my lower back just tweaked', AT_COUNT, { type: 'pause' })).toEqual({ type: 'pain' });
  });
  test('outside the workout a wait opening does not overrule what the line asks', () => {
    expect(read('hang on, set my break reminders', NOTHING_ASKED, { type: 'breakReminders' })).toEqual({ type: 'breakReminders' });
  });
});

describe("a number a reading of the road or a question would take, where the question asks for one", () => {
  test('a reading of breaks or a drive keeps the number only with a unit of time after it', () => {
    expect(read('did a couple on that side', AT_COUNT, { type: 'breakReminders' })).toEqual({ type: 'count', value: 2 });
    expect(read("I'm hauling a thirty pounder today", AT_WEIGHT, { type: 'breakReminders' })).toEqual({ type: 'weight', value: 30, unit: 'lb' });
    expect(read('managed nine before my grip went', AT_COUNT, { type: 'driveLength', minutes: 540 })).toEqual({ type: 'count', value: 9 });
    expect(read('remind me every couple of hours', AT_COUNT, { type: 'breakInterval', minutes: 120 })).toEqual({ type: 'breakInterval', minutes: 120 });
    expect(read('about four hours of driving left', AT_COUNT, { type: 'driveLength', minutes: 240 })).toEqual({ type: 'driveLength', minutes: 240 });
  });
  test('a question a reader found in a line that asks nothing keeps no number', () => {
    expect(read('the sticker on it reads twenty', AT_WEIGHT, { type: 'whatWeight', unit: null })).toEqual({ type: 'count', value: 20 });
    expect(read('is three sets enough', AT_COUNT, { type: 'timeLeft' })).toEqual({ type: 'timeLeft' });
    expect(read('should I go heavier than 25', AT_WEIGHT, { type: 'whatWeight', unit: null })).toEqual({ type: 'whatWeight', unit: null });
  });
});

describe('a number said twice over, run together by a platform', () => {
  test.each([
    [1313, 13],
    [1010, 10],
    [1111, 11],
    [121212, 12],
    [2525, 25],
  ])('%i where a count is asked is %i', (heard, value) => expect(readHeard({ type: 'heard', readings: [{ type: 'count', value: heard }], words: null, language: 'en' }, AT_COUNT)).toEqual({ type: 'count', value }));
  test('a weight too', () => {
    expect(readHeard({ type: 'heard', readings: [{ type: 'weight', value: 3535, unit: null }], words: null, language: 'en' }, AT_WEIGHT)).toEqual({ type: 'weight', value: 35, unit: null });
  });
  test('but not an hour, nor a number under a thousand, nor one that repeats nothing', () => {
    expect(readHeard({ type: 'heard', readings: [{ type: 'count', value: 1212 }], words: null, language: 'en' }, AT_TIME)).toEqual({ type: 'timeOfDay', time: '12:12' });
    expect(readHeard({ type: 'heard', readings: [{ type: 'count', value: 99 }], words: null, language: 'en' }, AT_COUNT)).toEqual({ type: 'count', value: 99 });
    expect(readHeard({ type: 'heard', readings: [{ type: 'count', value: 1415 }], words: null, language: 'en' }, AT_COUNT)).toEqual({ type: 'count', value: 1415 });
  });
});

test('where a weight is asked, a number a reader took for a count, with a unit after it, is a weight in that unit', () => {
  expect(read('um thirty pounds I guess', AT_WEIGHT, { type: 'count', value: 30 })).toEqual({ type: 'weight', value: 30, unit: 'lb' });
  expect(read('about 12 kilos, not sure', AT_WEIGHT, { type: 'count', value: 12 })).toEqual({ type: 'weight', value: 12, unit: 'kg' });
  expect(read('twelve, easy', AT_COUNT, { type: 'count', value: 12 })).toEqual({ type: 'count', value: 12 });
});

test('a question word and then the weight, naming nothing after it, asks which weight', () => {
  expect(read('so what weight do I grab', AT_GO, { type: 'breakReminders' })).toEqual({ type: 'whatWeight', unit: null });
  expect(read('which weights should I be using', AT_COUNT, { type: 'fallback' })).toEqual({ type: 'whatWeight', unit: null });
  expect(read("what's the weight limit over that bridge", NOTHING_ASKED, { type: 'whatWeight', unit: null })).toEqual({ type: 'whatWeight', unit: null });
  expect(read("what's the weight limit over that bridge", NOTHING_ASKED, { type: 'fallback' })).toEqual({ type: 'fallback' });
  expect(read('what weight, uh, twenty five', AT_WEIGHT, { type: 'weight', value: 25, unit: null })).toEqual({ type: 'weight', value: 25, unit: null });
});
