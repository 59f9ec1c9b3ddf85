/**
 * Intents for the lines Alexa's model cannot list: each is a carrier phrase a driver opens a line with ("how ...",
 * "I'm ...", "my ...", "sorry ...") and then any words, in an AMAZON.SearchQuery slot. The carriers are grouped by what
 * the coach needs to know from them, a question, a statement about the driver, a correction, a cry of pain, and each
 * intent says how its line is put back together: its own carrier with the words Alexa heard ("how {words}"). The
 * skill reads that line with the same rules and the same local NLU as every other host (src/alexa/heardIntent.ts).
 *
 * Carriers never use a built-in intent's own words (yes, no, stop, cancel, help, pause, resume, repeat, next), so a
 * catch-all never takes those from Alexa's own intents; they come after every other intent in the model, so an exact
 * matcher that finds a line in both takes the language model's own.
 */

import { carrier, fillerCarrier, FOLLOWING_WORDS_SLOT, type CarrierIntent } from '../languages/carrierPhrasing';
import { SPANISH_CARRIER_INTENTS } from '../languages/es/carrierPhrases';

export { FOLLOWING_WORDS_SLOT, type CarrierIntent };
export const FOLLOWING_WORDS_TYPE = 'AMAZON.SearchQuery';

const W = `{${FOLLOWING_WORDS_SLOT}}`;

/** English's carrier phrases; each language lists its own (Spanish: src/languages/es/carrierPhrases.ts). */
export const CARRIER_INTENTS: readonly CarrierIntent[] = [
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

/**
 * Sounds and markers that open a line without saying anything of it ("uh", "okay", "alright so"). The local NLU reads
 * a line without them.
 */
export const LEADING_FILLERS: readonly string[] = ['uh', 'um', 'oh', 'ah', 'hmm', 'so', 'well', 'like', 'man', 'okay', 'ok', 'alright', 'yeah'];

/** Every language's carrier intents: the skill reads a line by its intent's name, whatever the locale's model. */
const SAID_OF_INTENT: ReadonlyMap<string, string> = new Map([...CARRIER_INTENTS, ...SPANISH_CARRIER_INTENTS].map((intent) => [intent.name, intent.said]));

/** The line a carrier intent stands for, with the words Alexa heard; null for every other intent. */
export const lineOfCarrierIntent = (intentName: string, words: string): string | null => {
  const said = SAID_OF_INTENT.get(intentName);
  return said === undefined ? null : said.replace(W, words.trim()).trim();
};
