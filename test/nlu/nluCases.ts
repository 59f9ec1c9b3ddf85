/**
 * What typed lines must be understood as. `table` holds the lines the console is built for (jest requires
 * every one); `paraphrases` are wordings that appear nowhere in the language model, to measure how the
 * model generalises (reported by nluAccuracy.ts, required only above a floor).
 */
export interface NluCase {
  text: string;
  intent: string;
  /** slot name → value, or value/id for custom slot types ("kg" alone means id kg). */
  slots?: Record<string, string | { value?: string; id: string }>;
}

const count = (text: string, n: number): NluCase => ({ text, intent: 'CountIntent', slots: { count: String(n) } });
const plain = (text: string, intent: string): NluCase => ({ text, intent, slots: {} });

export const table: NluCase[] = [
  count('I got twelve', 12),
  count('12', 12),
  count('twelve reps', 12),
  count('I got 12 reps', 12),
  count('twelve', 12),
  count('Twelve!', 12),
  count('I GOT 12.', 12),
  count('forty five seconds', 45),
  count('forty-five seconds', 45),
  count('I held it for 45 seconds', 45),
  count('I made it to twenty', 20),
  count('twenty one', 21),
  count('I did ten', 10),
  count('I carried it 40 seconds', 40),
  count('fourty five', 45),
  count('three hundred', 300),
  count('0', 0),
  { text: 'make it 35 pounds', intent: 'WeightIntent', slots: { weight: '35', unit: { value: 'pounds', id: 'lb' } } },
  { text: 'thirty kilos', intent: 'WeightIntent', slots: { weight: '30', unit: { value: 'kilos', id: 'kg' } } },
  { text: 'a hundred and twenty pounds', intent: 'WeightIntent', slots: { weight: '120', unit: { id: 'lb' } } },
  { text: "I'm using 25 lb", intent: 'WeightIntent', slots: { weight: '25', unit: { value: 'lb', id: 'lb' } } },
  { text: 'make it forty', intent: 'WeightIntent', slots: { weight: '40' } },
  { text: 'pounds', intent: 'UnitsIntent', slots: { unit: { value: 'pounds', id: 'lb' } } },
  { text: 'kilograms', intent: 'UnitsIntent', slots: { unit: { id: 'kg' } } },
  { text: 'switch to metric', intent: 'UnitsIntent', slots: { unit: { value: 'metric', id: 'kg' } } },
  { text: 'my left side', intent: 'SideIntent', slots: { side: { value: 'left side', id: 'left' } } },
  { text: 'left', intent: 'SideIntent', slots: { side: { value: 'left', id: 'left' } } },
  { text: 'right', intent: 'SideIntent', slots: { side: { value: 'right', id: 'right' } } },
  { text: 'the right one', intent: 'SideIntent', slots: { side: { id: 'right' } } },
  { text: 'change my weak side to right', intent: 'SwitchWeakSideIntent', slots: { side: { id: 'right' } } },
  plain('switch my weak side', 'SwitchWeakSideIntent'),
  plain('yes', 'AMAZON.YesIntent'),
  plain("that's right", 'AMAZON.YesIntent'),
  plain('no', 'AMAZON.NoIntent'),
  plain('stop', 'AMAZON.StopIntent'),
  plain('cancel', 'AMAZON.CancelIntent'),
  plain('help', 'AMAZON.HelpIntent'),
  plain('pause', 'AMAZON.PauseIntent'),
  plain('resume', 'AMAZON.ResumeIntent'),
  plain('pick up where I left off', 'AMAZON.ResumeIntent'),
  plain('repeat', 'AMAZON.RepeatIntent'),
  plain('skip', 'SkipIntent'),
  plain("what's next", 'WhatsNextIntent'),
  plain('how am I doing', 'ProgressIntent'),
  plain('why one side', 'WhyOneSideIntent'),
  plain('my back hurts', 'PainIntent'),
  plain('I lost form', 'LostFormIntent'),
  plain('delete my data', 'DeleteDataIntent'),
  plain('ready', 'ReadyIntent'),
  plain('start my workout', 'StartWorkoutIntent'),
  plain('start the baseline test', 'StartTestIntent'),
  plain("I'm about to drive", 'BreakRemindersIntent'),
  { text: 'no, twelve', intent: 'CorrectionIntent', slots: { count: '12' } },
  { text: 'sorry I meant nine', intent: 'CorrectionIntent', slots: { count: '9' } },
  { text: 'make that eleven', intent: 'CorrectionIntent', slots: { count: '11' } },
  { text: 'eleven not seventeen', intent: 'CorrectionIntent', slots: { count: '11', mistaken: '17' } },
  { text: 'one and a half minutes', intent: 'CountIntent', slots: { duration: { id: 'PT1M30S' } } },
  { text: 'I held it for two minutes', intent: 'CountIntent', slots: { duration: { id: 'PT2M' } } },
  { text: 'sixteen reps on the right', intent: 'CountIntent', slots: { count: '16', side: { id: 'right' } } },
  { text: 'forty pounds', intent: 'WeightIntent', slots: { weight: '40', unit: { id: 'lb' } } },
  { text: 'a 25 pound dumbbell', intent: 'WeightIntent', slots: { weight: '25', unit: { id: 'lb' } } },
  plain('done', 'DoneIntent'),
  plain("I'm finished", 'DoneIntent'),
  plain('ow my shoulder', 'PainIntent'),
  plain('I think I pulled something', 'PainIntent'),
  // Heard wrong before: a tight back as "switch my weak side", a break as "skip the rest", breathlessness as road tips.
  { text: 'my lower back is tight', intent: 'PainIntent', slots: { part: { id: 'back' }, complaint: { id: 'tight' } } },
  { text: 'my back feels stiff', intent: 'PainIntent', slots: { part: { id: 'back' }, complaint: { id: 'tight' } } },
  { text: 'my shoulder feels weird', intent: 'PainIntent', slots: { part: { id: 'shoulder' } } },
  plain('can we take a break', 'AMAZON.PauseIntent'),
  plain("I'm out of breath", 'AMAZON.PauseIntent'),
  plain('I need a breather', 'AMAZON.PauseIntent'),
  { text: 'I got a 40 pounder', intent: 'WeightIntent', slots: { weight: '40' } },
  plain('when do I work out next', 'WhatsNextIntent'),
  plain("that's fine", 'AMAZON.YesIntent'),
  plain('both feel the same', 'AMAZON.NoIntent'),
  plain("I'm not sure which side", 'AMAZON.NoIntent'),
  plain("I don't know how heavy it is", 'AMAZON.NoIntent'),
  count('I failed at 8', 8),
  count('8 and then I failed', 8),
  plain('done with the rest', 'SkipRestIntent'),
  plain('hold on a minute', 'AMAZON.PauseIntent'),
  plain("that's enough for today", 'AMAZON.StopIntent'),
  plain('purple elephant banana', 'AMAZON.FallbackIntent'),
  plain('the weather is nice today', 'AMAZON.FallbackIntent'),
  plain('tell me a joke', 'AMAZON.FallbackIntent'),
  // A sound made while thinking says nothing yet ("hmm" was heard as no, and at "pounds?" that is kilograms).
  plain('hmm', 'AMAZON.FallbackIntent'),
  plain('um', 'AMAZON.FallbackIntent'),
  plain('well', 'AMAZON.FallbackIntent'),
  plain('hmm let me think', 'AMAZON.FallbackIntent'),
  plain('um yes', 'AMAZON.YesIntent'),
  plain('well no', 'AMAZON.NoIntent'),
  plain('oh man', 'AMAZON.FallbackIntent'),
  // The answer is read without the sounds before it and the words to the coach after it.
  { text: 'hmm make that eleven', intent: 'CorrectionIntent', slots: { count: '11' } },
  plain("let's start the workout coach", 'StartWorkoutIntent'),
  plain('skip the rest please buddy', 'SkipRestIntent'),
  count('alright that was nine good ones', 9),
  plain('is my left side catching up or not', 'ProgressIntent'),
  plain('why do we do one arm at a time', 'WhyOneSideIntent'),
  count('one rep', 1),
  plain('yeah no', 'AMAZON.NoIntent'),
  // Ways of saying things that the language model learned from drivers' phrasings.
  plain("I'm gonna sit out the carries", 'SkipIntent'),
  count('knocked out eleven', 11),
  count("I'm pretty sure it was fourteen", 14),
  { text: "the bell's thirty five", intent: 'WeightIntent', slots: { weight: '35' } },
  { text: "it's a six hour haul tonight", intent: 'DriveLengthIntent', slots: { length: { id: 'PT6H' } } },
  { text: 'nine pm works for me', intent: 'TimeOfDayIntent', slots: { time: { id: '21:00' } } },
  plain('quit nagging me to work out', 'StopWorkoutRemindersIntent'),
  plain('negative on that', 'AMAZON.NoIntent'),
  plain('ouch tweaked my back', 'PainIntent'),
  // Road questions share the coach's words ("closed" is close, "through" is done): a workout must not stop for them.
  plain('is the turnpike closed', 'AMAZON.FallbackIntent'),
  plain('is the freeway closed near dallas', 'AMAZON.FallbackIntent'),
  plain('how much is gas at the next exit', 'AMAZON.FallbackIntent'),
  plain('are the roads icy through the pass', 'AMAZON.FallbackIntent'),
  { text: 'seven thirty am', intent: 'TimeOfDayIntent', slots: { time: { id: '07:30' } } },
  // Asked which zone the coach goes by, not told one: no zone.
  plain('which time zone are you on', 'TimeZoneIntent'),
  { text: "we're on eastern time now", intent: 'TimeZoneIntent', slots: { zone: { id: 'America/New_York' } } },
];

export const paraphrases: NluCase[] = [
  count('I think I got eleven', 11),
  count('I did 15', 15),
  count('I only got nine', 9),
  count('I managed 10', 10),
  count('I did all ten', 10),
  count('fifteen on that side', 15),
  { text: 'one hundred pounds', intent: 'WeightIntent', slots: { weight: '100', unit: { id: 'lb' } } },
  { text: 'two hundred and five pounds', intent: 'WeightIntent', slots: { weight: '205', unit: { id: 'lb' } } },
  { text: 'change it to 40 pounds', intent: 'WeightIntent', slots: { weight: '40', unit: { id: 'lb' } } },
  { text: 'set it to 30 kilograms', intent: 'WeightIntent', slots: { weight: '30', unit: { id: 'kg' } } },
  { text: "I'm at 30 kilos", intent: 'WeightIntent', slots: { weight: '30', unit: { id: 'kg' } } },
  { text: 'I lift in pounds', intent: 'UnitsIntent', slots: { unit: { id: 'lb' } } },
  { text: 'my left arm is weaker', intent: 'SideIntent', slots: { side: { id: 'left' } } },
  { text: "it's the right side", intent: 'SideIntent', slots: { side: { id: 'right' } } },
  { text: 'my right side is the weak one', intent: 'SwitchWeakSideIntent', slots: { side: { id: 'right' } } },
  plain('my lower back hurts', 'PainIntent'),
  plain('the right one hurts', 'PainIntent'),
  plain('how is my progress', 'ProgressIntent'),
  plain('how am I doing so far', 'ProgressIntent'),
  plain("I'm ready now", 'ReadyIntent'),
  plain("let's start the workout", 'StartWorkoutIntent'),
  plain('skip this one', 'SkipIntent'),
  plain('why do I only train one arm', 'WhyOneSideIntent'),
  plain('please repeat', 'AMAZON.RepeatIntent'),
  plain('can you say that again', 'AMAZON.RepeatIntent'),
  plain('cancel that', 'AMAZON.CancelIntent'),
  plain('nope not now', 'AMAZON.NoIntent'),
  plain('yes that is right', 'AMAZON.YesIntent'),
  plain('hold on a second', 'AMAZON.PauseIntent'),
  plain('wait one second', 'AMAZON.PauseIntent'),
  plain('give me two minutes', 'AMAZON.PauseIntent'),
  plain('I want to do the test', 'StartTestIntent'),
  plain('erase all my data', 'DeleteDataIntent'),
  plain('remind me to take a break', 'BreakRemindersIntent'),
  plain("I'm driving now", 'BreakRemindersIntent'),
  plain('my form was sloppy', 'LostFormIntent'),
  plain('next please', 'AMAZON.NextIntent'),
  plain("what's left", 'TimeLeftIntent'),
  plain('is this the last one', 'TimeLeftIntent'),
  plain('play some music', 'AMAZON.FallbackIntent'),
  plain('what time is it', 'AMAZON.FallbackIntent'),
];

/** Whether an understanding matches a case; slots not listed in the case must be absent. */
export const matches = (
  expected: NluCase,
  actual: { intent: string; slots: Record<string, { value: string; id?: string }> },
): boolean => {
  if (actual.intent !== expected.intent) return false;
  const want = expected.slots ?? {};
  if (Object.keys(actual.slots).sort().join() !== Object.keys(want).sort().join()) return false;
  return Object.entries(want).every(([name, slot]) => {
    const got = actual.slots[name];
    if (typeof slot === 'string') return got!.value === slot && got!.id === undefined;
    return got!.id === slot.id && (slot.value === undefined || got!.value === slot.value);
  });
};
