/**
 * Intents for the lines Alexa's model cannot list: each is a carrier phrase a driver opens a line with ("how ...",
 * "I'm ...", "my ...", "sorry ...") and then any words, in an AMAZON.SearchQuery slot. The carriers are grouped by what
 * the coach needs to know from them, a question, a statement about the driver, a correction, a cry of pain, and each
 * intent says how its line is put back together: its own carrier with the words Alexa heard ("how {words}"). The
 * skill reads that line with the same rules and the same local NLU as every other host (src/alexa/heardIntent.ts).
 *
 * Carriers never use a built-in intent's own words (yes, no, stop, cancel, help, pause, resume, repeat, next), so a
 * catch-all never takes those from Alexa's own intents; they come after every other intent in the model, so an exact
 * matcher that finds a line in both takes the language model's own. Each language lists its carriers in its folder
 * (src/languages/en/carrierPhrases.ts, src/languages/es/carrierPhrases.ts).
 */

import { FOLLOWING_WORDS_SLOT, type CarrierIntent } from '../languages/carrierPhrasing';
import { ENGLISH_CARRIER_INTENTS as CARRIER_INTENTS } from '../languages/en/carrierPhrases';
import { SPANISH_CARRIER_INTENTS } from '../languages/es/carrierPhrases';

export { CARRIER_INTENTS, FOLLOWING_WORDS_SLOT, type CarrierIntent };
export const FOLLOWING_WORDS_TYPE = 'AMAZON.SearchQuery';

const W = `{${FOLLOWING_WORDS_SLOT}}`;

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
