/**
 * What a driver types in the console or in Dialogflow's chat ("7 am", "5 hours", "40lbs", "1:30"), or what the
 * browser's speech recognition writes ("7 a.m.", "5.5 hours"): read as the time, length, weight or seconds meant,
 * never as another number.
 */
import { spokenHoursIn } from '../../src/languages/en/clockSaid';
import { spanishTypedAsSpoken, spokenTimesIn, typedAsSpoken } from '../../src/nlu/typedInput';
import { dialogflowAgentDocuments } from '../../src/model/dialogflowAgent';
import { sharedNlu } from '../../src/nlu/sharedNlu';

describe('typed times become the words the language model knows', () => {
  it.each([
    ['7 am', 'seven in the morning'],
    ['7am', 'seven in the morning'],
    ['at 7:30 p.m.', 'at seven thirty in the evening'],
    ['seven a.m.', 'seven in the morning'],
    ['seven thirty pm', 'seven thirty in the evening'],
    ['3 PM', 'three in the afternoon'],
    ['12 pm', 'noon'],
    ['remind me to work out at 6 am please', 'remind me to work out at six in the morning please'],
    ['7:15 pm', 'seven fifteen in the evening'],
  ])('%j reads as %j', (typed, spoken) => {
    expect(spokenTimesIn(typed)).toBe(spoken);
  });

  it.each(['I am done', 'am I almost done', '7', '5 a minute ago', '11 pm', '3 am', '7:10 pm', '12 am'])(
    '%j is left as it is (no time, or none the coach plans at)',
    (text) => {
      expect(spokenTimesIn(text)).toBe(text);
    },
  );
});

describe('a time typed on the 24-hour clock, two digits to its hour, is that time', () => {
  it.each([
    ['at 19:30', 'at seven thirty in the evening'],
    ['07:00', 'seven in the morning'],
  ])('%j reads as %j', (typed, spoken) => {
    expect(spokenTimesIn(typed)).toBe(spoken);
  });

  it.each(['7:30', '23:30', '19:10'])('%j is left as it is (a carry, or no time the coach plans at)', (text) => {
    expect(spokenTimesIn(text)).toBe(text);
  });
});

describe('times typed in Spanish become Spanish words', () => {
  it.each([
    ['8 pm', 'ocho de la noche'],
    ['a las 8:30 p.m.', 'a las ocho treinta de la noche'],
    ['a las 20:00', 'a las ocho de la noche'],
    ['7 a. m.', 'siete de la mañana'],
    ['5am', 'cinco de la madrugada'],
    ['recuérdame a la 1 pm', 'recuérdame a la una de la tarde'],
    ['las 16:45', 'las cuatro cuarenta y cinco de la tarde'],
    ['súbele a 20kg', 'súbele a 20 kg'],
  ])('%j reads as %j', (typed, spoken) => {
    expect(spanishTypedAsSpoken(typed)).toBe(spoken);
  });

  it.each(['hice 12', '1:30', 'son las 7', 'am', '45 seg'])('%j is left as it is', (text) => {
    expect(spanishTypedAsSpoken(text)).toBe(text);
  });
});

describe('typed drive lengths become the words the language model knows', () => {
  it.each([
    ['5 hours', 'five hours'],
    ['about 5 hrs', 'about five hours'],
    ['5.5 hours', 'five and a half hours'],
    ['5 and a half hours', 'five and a half hours'],
    ['1 hour', 'an hour'],
    ['1.5 hours', 'an hour and a half'],
  ])('%j reads as %j', (typed, spoken) => {
    expect(spokenHoursIn(typed)).toBe(spoken);
  });

  it.each(['20 hours', '0 hours', 'every 60 minutes', 'five hours'])('%j is left as it is', (text) => {
    expect(spokenHoursIn(text)).toBe(text);
  });
});

describe('weights, seconds and clock times as typed', () => {
  it.each([
    ['40lbs', '40 lbs'],
    ['make it 17.5kg', 'make it 17.5 kg'],
    ['45 sec', '45 seconds'],
    ['45s', '45 seconds'],
    ['1 min', 'a minute'],
    ['1:30', '90 seconds'],
    ['I held it 0:50', 'I held it 50 seconds'],
    // A number joined to the word it counts is that number of it; "-ish" after a number is the number, roughly.
    ['the 35-pound dumbbell', 'the 35 pound dumbbell'],
    ['grab a fifty-pound bell', 'grab a fifty pound bell'],
    ['11ish', '11'],
    ['elevenish i think', 'eleven i think'],
    ['40ish sec', '40 seconds'],
  ])('%j reads as %j', (typed, spoken) => {
    expect(typedAsSpoken(typed)).toBe(spoken);
  });

  it.each(['7:30', '12 reps', 'I lost form', 'pass on this one', 'twenty-five', 'ten-four', 'a finish', 'english please', 'a bit of a stretch-ish feeling'])('%j is left as it is', (text) => {
    expect(typedAsSpoken(text)).toBe(text);
  });
});

describe('the local NLU', () => {
  it.each([
    ['40lbs', 'WeightIntent', { weight: '40', unit: 'lb' }],
    ['make it 20kg', 'WeightIntent', { weight: '20', unit: 'kg' }],
    ['45 sec', 'CountIntent', { count: '45' }],
    ['1:30', 'CountIntent', { count: '90' }],
    ['a twenty-kilo one', 'WeightIntent', { weight: '20', unit: 'kg' }],
  ])('hears %j as %s %j', async (text, intent, slots) => {
    const heard = await (await sharedNlu()).understand(text);
    const values = Object.fromEntries(Object.entries(heard.slots).map(([name, slot]) => [name, slot.id ?? slot.value]));
    expect({ intent: heard.intent, slots: values }).toEqual({ intent, slots });
  });

  it.each([
    ['5 hours', 'PT5H'],
    ['5.5 hours', 'PT5H30M'],
    ['5 and a half hours', 'PT5H30M'],
    ["it's about 8 hours today", 'PT8H'],
    ['5ish hours', 'PT5H'],
    ['a six-hour run today', 'PT6H'],
  ])('hears %j as a drive of %s', async (text, length) => {
    const heard = await (await sharedNlu()).understand(text);
    expect({ intent: heard.intent, length: heard.slots.length?.id }).toEqual({ intent: 'DriveLengthIntent', length });
  });

  it.each([
    ['7 am', 'TimeOfDayIntent', '07:00'],
    ['seven a.m.', 'TimeOfDayIntent', '07:00'],
    ['at 7:30 pm', 'TimeOfDayIntent', '19:30'],
    ['seven thirty p.m.', 'TimeOfDayIntent', '19:30'],
    ['remind me to work out at 6 am', 'WorkoutRemindersIntent', '06:00'],
  ])('hears %j as %s at %s', async (text, intent, time) => {
    const heard = await (await sharedNlu()).understand(text);
    expect({ intent: heard.intent, time: heard.slots.time?.id }).toEqual({ intent, time });
  });
});

test('Dialogflow\'s time-of-day entity lists the typed forms of each time', () => {
  const entries = dialogflowAgentDocuments().find(({ path }) => path.endsWith('entities/TimeOfDayType_entries_en.json'))?.document as
    | { value: string; synonyms: string[] }[]
    | undefined;
  const evening = entries?.find((entry) => entry.value === '19:00');
  expect(evening?.synonyms).toEqual(expect.arrayContaining(['19:00', 'seven in the evening', '7 pm', '7pm', '7:00 pm', '7 p.m.']));
});

test("what speech recognisers write short is written out for the NLU: a dropped g, 'bout, 'em", () => {
  expect(typedAsSpoken("my low back's grabbin' on me")).toBe("my low back's grabbing on me");
  expect(typedAsSpoken("'bout thirty seconds")).toBe('about thirty seconds');
  expect(typedAsSpoken("did twelve of 'em")).toBe('did twelve of them');
});
