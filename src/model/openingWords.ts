/**
 * Lines Alexa's model places only by their first word. Alexa's NLU hears a line well when the model lists something
 * close to it, and an exact matcher only when it lists the line whole; a driver says far more than either. So the
 * Alexa model also has one intent per common opening word, whose sample is that word and then anything
 * ("okay {words}", an AMAZON.SearchQuery slot), and the skill reads such a line, the word and what followed it, with
 * the local NLU trained from the same language model (src/alexa/heardIntent.ts).
 *
 * One intent per word, because Alexa does not say which sample matched: the intent's name is how the skill knows
 * the word the driver started with ("no, fifteen" is a correction; "fifteen" is a count).
 * Intents of this kind come after every other intent in the model, so an exact matcher that finds a line in both
 * takes the language model's own intent.
 */

/** The slot holding what followed the opening word. */
export const FOLLOWING_WORDS_SLOT = 'words';
export const FOLLOWING_WORDS_TYPE = 'AMAZON.SearchQuery';

/**
 * The words the language model's samples most often start with, but numbers and fillers (below): as many as Alexa's
 * 250 intents allow, keeping ten for the model's own (a test keeps the list in step with the model). Not a number: a
 * count ("twelve") is the line said most often in a workout, and stays with the count intent, whose number slot Alexa
 * hears best.
 */
export const OPENING_WORDS: readonly string[] = [
  'i', "i'm", 'sorry', 'can', 'my', "let's", 'why', "it's", 'how', 'please', 'wait', 'what', 'just', 'actually',
  'the', 'ow', 'no', 'hey', 'could', 'that', "i'd", "i've", 'oops', 'whoops', 'whoa', 'hold', 'ouch', 'it', 'those',
  'go', "i'll", 'probably', "that's", 'skip', 'stop', 'definitely', 'all', 'honestly', 'start', 'time', 'felt',
  'not', 'take', 'only', 'you', 'about', 'a', 'give', 'got', 'change', 'set', 'do', "there's", 'tell', 'made',
  'make', "what's", 'pretty', 'shut', 'drop', 'getting', 'heading', 'maybe', 'yes', 'ready', "we're", 'is', 'end',
  'switch', 'be', 'back', 'something', 'held', 'am', 'begin', 'put', 'sure', 'quit', 'and', 'get', 'close', 'forget',
  'exit', 'on', 'mark', 'turn', 'phew', 'whew', 'carried', 'redo', 'move', 'nope', 'run', 'delete', 'retake', 'did',
  'oof', 'pause', 'wrap', 'count', 'hitting', 'leave', 'leaving', 'long', 'pass', 'rolling', 'use', 'remind',
  "how's", 'let', 'yep', 'looking', 'enough', 'finish', 'remove', 'around', 'call', 'erase', 'exactly', 'this', 'we',
  'doing', "somebody's", 'wipe', "don't", 'almost', 'cancel', 'clear', 'reset', 'using', 'cut', 'show', 'explain',
  'went', 'would', 'an', 'barely', 'ended', 'log', 'maxed', 'swap', 'total', 'write', 'hit', 'lasted', 'test',
  'weight', 'where', 'for', 'nah', 'bad', 'bump', 'flip', 'increase', 'lower', 'are', 'done', 'measure', 'argh',
  'gimme', 'some', 'bring', 'fine', 'good', 'heck', 'when', 'resume', 'roger', 'sounds', 'repeat', "someone's",
  'update', 'they', 'form', 'lifting', 'lost', 'scratch', 'any', 'continue', 'correct', 'gotta', 'help', 'pick',
  'rest', 'unpause', "how'm", 'keep', 'knocked', 'progress', 'another', 'banged', 'break', 'cranked', 'managed',
  'negative', 'next', 'pumped', 'squeezed', 'decrease', 'dispatch',
];

/**
 * Sounds and markers that open a line without saying anything of it ("uh", "okay", "alright so"). The local NLU reads a
 * line without them, so they share one intent, and the skill reads only what followed.
 */
export const LEADING_FILLERS: readonly string[] = ['uh', 'um', 'oh', 'ah', 'hmm', 'so', 'well', 'like', 'man', 'okay', 'ok', 'alright', 'yeah'];

const FILLER_INTENT = 'OpensWithFiller';

/** An intent name for the word: letters and underscores, as Alexa allows ("i'm" → OpensWith_i_m). */
const intentNameFor = (word: string): string => `OpensWith_${word.replace(/'/g, '_')}`;

export interface OpeningWordIntent {
  name: string;
  /** The words its samples start with. */
  openers: readonly string[];
  /** What the skill puts before the words that followed: the opening word, or nothing for the fillers. */
  said: string;
}

/** The opening words' intents for Alexa's model: one per word, in the list's order, then the fillers' one. */
export const openingWordIntents = (): OpeningWordIntent[] => [
  ...OPENING_WORDS.map((word) => ({ name: intentNameFor(word), openers: [word], said: word })),
  { name: FILLER_INTENT, openers: LEADING_FILLERS, said: '' },
];

const SAID_OF_INTENT: ReadonlyMap<string, string> = new Map(openingWordIntents().map((intent) => [intent.name, intent.said]));

/**
 * What the skill puts before the following words when Alexa placed a line by its opening word only: the word, or ''
 * after a filler; null for every other intent.
 */
export const openingWordOf = (intentName: string): string | null => SAID_OF_INTENT.get(intentName) ?? null;
