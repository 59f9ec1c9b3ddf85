/** First use: the short safety notice (full text on the card), units from the locale, the weaker side, then the test. */
import { Conversation, wordCount } from '../../support/conversation';

describe('first use', () => {
  it('speaks a short safety notice that says it is not medical advice, with the full text on the card', () => {
    const c = new Conversation();
    const said = c.say('launch');
    const notice = said.texts.find((t) => t.includes('not medical advice'));
    expect(notice).toBeDefined();
    expect(wordCount(notice!)).toBeLessThanOrEqual(45);
    expect(said.card).not.toBeNull();
    expect(said.card!.title).toMatch(/safety/i);
    expect(said.card!.text).toMatch(/not (intended to be )?a substitute for professional medical advice/);
    expect(said.card!.text).toMatch(/physician/);
    expect(said.card!.text.length).toBeGreaterThan(notice!.length * 2);
    expect(c.doc.safetyNoticeGiven).toBe(true);
    expect(said.endSession).toBe(false);
  });

  it('gives the notice once: a second launch does not repeat it', () => {
    const c = new Conversation();
    c.say('launch');
    const again = c.say('launch');
    expect(again.spoken).not.toContain('not medical advice');
    expect(again.spoken).toMatch(/pounds/);
  });

  it('gives the notice whatever the first thing said is', () => {
    const c = new Conversation();
    const said = c.say('startWorkout');
    expect(said.spoken).toContain('not medical advice');
    expect(c.doc.activity).toEqual({ kind: 'onboarding', step: 'units' });
  });

  it('asks for units with pounds as the default for en-US; "yes" takes pounds', () => {
    const c = new Conversation({ locale: 'en-US' });
    const said = c.say('launch');
    expect(said.spoken).toMatch(/count your weights in pounds\?/);
    expect(said.spoken).toMatch(/say kilograms/);
    const yes = c.say('yes');
    expect(c.doc.units).toBe('lb');
    expect(yes.spoken).toMatch(/pounds/);
  });

  it('asks for units with kilograms as the default for en-GB; "yes" takes kilograms', () => {
    const c = new Conversation({ locale: 'en-GB' });
    const said = c.say('launch');
    expect(said.spoken).toMatch(/count your weights in kilograms\?/);
    expect(said.spoken).toMatch(/say pounds/);
    c.say('yes');
    expect(c.doc.units).toBe('kg');
  });

  it('"kilograms" overrides the en-US default, and the test then suggests a weight in kilos', () => {
    const c = new Conversation({ locale: 'en-US' });
    c.say('launch');
    const said = c.units('kg');
    expect(c.doc.units).toBe('kg');
    expect(said.spoken).toMatch(/kilograms/);
    const test = c.side('left');
    expect(test.spoken).toMatch(/18 to 22 kilograms/);
    expect(test.spoken).not.toMatch(/pounds/);
  });

  it('"no" to the default picks the other unit', () => {
    const c = new Conversation({ locale: 'en-US' });
    c.say('launch');
    c.say('no');
    expect(c.doc.units).toBe('kg');
  });

  it('the units can be changed later; the dumbbell weight is converted to the new unit', () => {
    const c = new Conversation();
    c.say('launch');
    c.say('yes');
    c.side('left');
    c.weight(35, 'lb');
    c.say('ready');
    c.count(9);
    c.count(13);
    c.say('no');
    const said = c.units('kg');
    expect(said.spoken).toMatch(/kilograms from now on/);
    expect(said.spoken).toMatch(/Your dumbbell weight is now 15 kilos\./);
    expect(c.doc).toMatchObject({ units: 'kg', weight: 15 });
  });

  it('asks which side is weaker after the units, and keeps asking until it hears one', () => {
    const c = new Conversation();
    c.say('launch');
    const asked = c.say('yes');
    expect(asked.spoken).toMatch(/Which side feels weaker to you, left or right\?$/);
    const unclear = c.side(null);
    expect(unclear.spoken).toMatch(/left or right\?$/);
    expect(c.doc.weakSide).toBeNull();
  });

  it('stores the weaker side, says it goes first, then starts the baseline test by asking for the weight', () => {
    const c = new Conversation();
    c.say('launch');
    c.say('yes');
    const said = c.side('right');
    expect(c.doc.weakSide).toBe('right');
    expect(said.spoken).toMatch(/your right side is the weaker one/);
    expect(said.spoken).toMatch(/goes first/);
    expect(said.spoken).toMatch(/baseline test/);
    expect(said.spoken).toMatch(/40 to 50 pounds/);
    expect(said.spoken).toMatch(/How heavy is your dumbbell\?$/);
    expect(c.doc.activity).toMatchObject({ kind: 'test', testKind: 'baseline', step: 'weight', weight: null });
  });

  it('"I don\'t know" which side is weaker starts the test on the left, and the test decides', () => {
    const c = new Conversation();
    c.say('launch');
    c.say('yes');
    const said = c.say('no');
    expect(said.spoken).toMatch(/^No problem: we'll start with your left side, and the test will show which side is weaker\./);
    expect(said.spoken).toMatch(/How heavy is your dumbbell\?$/);
    c.count(30);
    c.say('ready');
    c.count(12);
    const result = c.count(9);
    expect(result.spoken).toMatch(/Your right side actually did fewer reps/);
    expect(c.doc.weakSide).toBe('right');
  });

  it('a returning user who left during first use is asked what is still missing', () => {
    const c = new Conversation();
    c.say('launch');
    c.say('yes');
    c.say('sessionEnded');
    const back = c.later({ hours: 3 }).say('launch');
    expect(back.spoken).not.toContain('not medical advice');
    expect(back.spoken).toMatch(/Which side feels weaker/);
  });
});
