/**
 * What drivers say when a set goes wrong: pain (a safety rule, so every way of saying it hurts is listed), lost form,
 * an exercise they cannot do, a rest they do not want.
 */
import type { TROUBLE_INTENTS } from '../../../core/flows/trouble.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, around, optional, say } from '../../phrasing';

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
    // A side with a complaint: "my left side is killing me", "the right arm is acting up".
    say(['', 'ow', 'man'], ['my {side}', '{side}', 'the {side}'], ['is {complaint}', 'is {complaint} on me', 'is really {complaint}', 'feels {complaint}', 'just {complaint}']),
    // A slot takes no "'s", so a side run into "is" is said in words: "left side's killing me".
    say(['', 'my'], ["left side's", "right side's", "left arm's", "right arm's", "left shoulder's", "right shoulder's"], ['{complaint}', 'really {complaint}', '{complaint} on me']),
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
/** The lost-form cores of at most three words, said beside a count. */
const SHORT_LOST_FORM_CORES = LOST_FORM_CORES.filter((core) => core.split(' ').length <= 3);
const lostFormSamples = (): string[] =>
  all(
    ['I lost form', 'lost form', 'my form broke', 'bad form', 'my form was bad', 'I cheated that one', 'my form slipped', 'sloppy form'],
    around(['', 'uh', 'oh', 'okay', 'man', 'yeah', 'honestly', 'I think'], LOST_FORM_CORES, ['', 'there', 'on that one', 'on those', 'on the last few', 'at the end', 'a little', 'a bit']),
    say(['', 'I think', 'honestly'], ['I was twisting', 'I was swinging', 'I had to twist', 'I had to swing it', 'I used my back', 'I used momentum', 'I used my body', 'I was using my whole body', 'I twisted my whole body', 'I was twisting my whole body', 'I was jerking it', 'I had to cheat', 'I heaved it', 'I had to heave it', 'I was leaning', 'I had to lean'], ['to get it up', 'to finish', 'to get the last one', 'to get the last few', 'on the last few']),
    say(['those reps got', 'the reps got', 'those got', 'my reps got', 'the last few got', 'my form got', 'it got'], ['pretty', 'really', 'kind of', 'a little', 'a bit', ''], ['sloppy', 'ugly', 'messy', 'bad'], optional(['there', 'at the end', 'toward the end'])),
    // The count said before or after any short way of saying it: "nine, form broke", "I lost form, ten".
    say('{count}', ['', 'but', 'and'], SHORT_LOST_FORM_CORES),
    say(SHORT_LOST_FORM_CORES, ['', 'at'], '{count}'),
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

export const TROUBLE_PHRASES: PhrasesOf<typeof TROUBLE_INTENTS> = {
  PainIntent: painSamples,
  LostFormIntent: lostFormSamples,
  SkipIntent: skipSamples,
  SkipRestIntent: skipRestSamples,
};
