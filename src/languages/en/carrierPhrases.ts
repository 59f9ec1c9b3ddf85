/**
 * English's carrier phrases: the openings of a line Alexa's model places by their first words, the rest of the line in
 * words (src/languages/carrierPhrasing.ts, src/model/carrierIntents.ts). Carriers never use a built-in intent's own
 * words (yes, no, stop, cancel, help, pause, resume, repeat, next).
 */
import { BODY_PARTS, CHEAT_VERBS, FORM_HELD, NUMBER_PHRASES } from './readingTables';
import { verbForms } from '../../core/reading/inflections';
import { ADDRESS_WORDS } from './heardWords';
import { carrier, fillerCarrier, type CarrierIntent, type CountCommentPhrasing } from '../carrierPhrasing';

export const ENGLISH_CARRIER_INTENTS: readonly CarrierIntent[] = [
  // Questions
  carrier('AskHowIntent', 'how …'),
  carrier('AskHowIsIntent', 'how is …', "how's …"),
  carrier('AskWhatIntent', 'what …'),
  carrier('AskWhatIsIntent', 'what is …', "what's …"),
  carrier('AskWhyIntent', 'why …', 'how come …'),
  carrier('AskWhenIntent', 'when …'),
  carrier('AskWhenIsIntent', 'when is …', "when's …"),
  carrier('AskWhereIntent', 'where …', "where's …"),
  carrier('AskCanYouIntent', 'can you …', 'could you …', 'would you …', 'will you …'),
  carrier('AskCanIIntent', 'can I …', 'could I …', 'should I …'),
  carrier('AskAmIIntent', 'am I …'),
  carrier('AskIsIntent', 'is …', 'are …'),
  carrier('AskDoIntent', 'do …', 'does …'),
  // Statements about the driver
  carrier('SayIAmIntent', "I'm …", 'I am …'),
  carrier('SayIIntent', 'I …'),
  carrier('SayIHaveIntent', 'I have …', "I've …", "I've got …"),
  carrier('SayIWillIntent', "I'll …", 'I will …'),
  carrier('SayIWouldIntent', "I'd …", 'I would …'),
  carrier('SayMyIntent', 'my …'),
  carrier('SayWeAreIntent', "we're …", 'we are …'),
  carrier('SayWeIntent', 'we …'),
  carrier('SayYouIntent', 'you …'),
  carrier('SayGotIntent', 'got …'),
  carrier('SayGottaIntent', 'I gotta …', 'gotta …', 'I got to …'),
  // Statements about the set or the workout
  carrier('SayItIsIntent', "it's …", 'it is …'),
  carrier('SayItIntent', 'it …'),
  carrier('SayThatIsIntent', "that's …", 'that is …'),
  carrier('SayThatWasIntent', 'that was …', 'that one was …'),
  carrier('SayThisIntent', 'this …'),
  carrier('SayThereIsIntent', "there's …", 'there is …'),
  carrier('SaySomethingIntent', 'something …'),
  carrier('SayLetsIntent', "let's …", 'let us …'),
  carrier('SayJustIntent', 'just …'),
  carrier('SayPleaseIntent', 'please …'),
  carrier('SayHeyIntent', 'hey …', 'hey coach …'),
  // Second thoughts and cries
  carrier('SayActuallyIntent', 'actually …'),
  carrier('SaySorryIntent', 'sorry …', 'oops …', 'whoops …', 'my bad …'),
  carrier('SayOuchIntent', 'ow …', 'ouch …', 'oof …', 'argh …'),
  // A line opened with a filler: only the words after it are read.
  fillerCarrier('SayAfterFillerIntent', 'okay so …', 'alright so …', 'so …', 'well …', 'uh …', 'um …'),
];

// A count said with a comment (src/model/countComments.ts): what English's comments say, by kind.
const FORM_SAID = ['form', 'my form', 'technique', 'the last couple'];
const FORM_WENT = ['got sloppy', 'broke', 'was bad', 'went to pot', 'fell apart', 'was off', 'slipped', 'was not so good'];
const HOW_IT_FELT = [
  "that's all I had", "that's it", 'that was it', 'easy', 'honestly', 'that was rough', "I'm beat", 'that was tough', 'all I got',
  'that was hard', 'felt good', 'felt heavy', 'felt easy', 'I could have done more', "I'm spent", 'barely', 'no problem',
  'for real', 'I think', 'that about did me in', 'man that was rough', 'and that is all', 'no more',
];
const SIDES_SAID = ['on the left', 'on the right', 'on the weak side', 'on the strong side', 'on my left', 'on my right', 'with the left', 'with the right', 'on that side', 'this side'];
const COMPLAINTS_SAID = ['hurts', 'is killing me', 'is acting up', 'feels off'];

/** The comments by what they say: the skill reads the words Alexa heard, so a value's id only names its kind. */
const commentKinds = (): Record<string, string[]> => {
  const cheats = CHEAT_VERBS.flatMap((stem) => {
    const [, , past, ing] = verbForms(stem);
    return [`I was ${ing}`, `${past} it`, `${ing} it`];
  });
  return {
    formLost: [...FORM_SAID.flatMap((form) => FORM_WENT.map((went) => `${form} ${went}`)), ...cheats],
    formHeld: [...FORM_HELD.map((held) => `form was ${held}`), 'good form', 'clean reps', 'strict form'],
    pain: BODY_PARTS.filter((part) => part.id !== 'something').flatMap((part) => COMPLAINTS_SAID.map((complaint) => `my ${part.names[0]} ${complaint}`)),
    side: SIDES_SAID,
    felt: HOW_IT_FELT,
    // Said to the coach, alone or after a yes: "twelve, boss", "eleven, yes man".
    addressed: ADDRESS_WORDS.flatMap((word) => [word, `yes ${word}`, `yeah ${word}`]),
  };
};

/** English's count with a comment. */
export const ENGLISH_COUNT_COMMENTS: CountCommentPhrasing = {
  countLeads: ['', 'I got'],
  joiners: ['', 'but', 'and'],
  beforeLateCount: ['', 'but I got', 'I got'],
  reps: 'reps',
  comments: commentKinds,
  amounts: NUMBER_PHRASES,
};
