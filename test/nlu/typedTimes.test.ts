/**
 * Times as a driver types them in the console or in Dialogflow's chat ("7 am", "7:30 pm"), or as the browser's speech
 * recognition writes them ("7 a.m."): read as the time meant, never as a count or a weight.
 */
import { spokenTimesIn } from '../../src/model/clockWordings';
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
  ])('%j reads as %j', (typed, spoken) => {
    expect(spokenTimesIn(typed)).toBe(spoken);
  });

  it.each(['I am done', 'am I almost done', '7', '5 a minute ago', '11 pm', '3 am', '7:15 pm', '12 am'])(
    '%j is left as it is (no time, or none the coach plans at)',
    (text) => {
      expect(spokenTimesIn(text)).toBe(text);
    },
  );
});

describe('the local NLU', () => {
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
