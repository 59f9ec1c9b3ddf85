/**
 * English's carrier phrases: the openings of a line Alexa's model places by their first words, the rest of the line in
 * words (src/languages/carrierPhrasing.ts, src/model/carrierIntents.ts). Carriers never use a built-in intent's own
 * words (yes, no, stop, cancel, help, pause, resume, repeat, next).
 */
import { carrier, fillerCarrier, type CarrierIntent } from '../carrierPhrasing';

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
