/**
 * What English speech and typing shorten, written out as the reading rules and the local NLU read a line: "gonna" is
 * "going to", "nvm" "never mind", "workin'" "working". Another language has its own (../es/shortenings.ts): Spanish
 * "ya" is no English "yeah".
 */
import { heldLettersOnce, writtenOut, type WordReader } from '../../core/reading/lineWords';

/** Shortenings a driver says or types, as the whole words they stand for. */
const SHORTENINGS: Readonly<Record<string, string>> = {
  "'bout": 'about',
  bout: 'about',
  "'em": 'them',
  em: 'them',
  gonna: 'going to',
  gotta: 'got to',
  wanna: 'want to',
  gimme: 'give me',
  lemme: 'let me',
  "y'all": 'you all',
  w: 'with',
  im: "i'm",
  ive: "i've",
  id: "i'd",
  ill: "i'll",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  isnt: "isn't",
  thats: "that's",
  whats: "what's",
  hows: "how's",
  lets: "let's",
  aight: 'alright',
  idk: "i don't know",
  ya: 'yeah',
  // What a driver types in a hurry.
  nvm: 'never mind',
  prob: 'probably',
  prolly: 'probably',
  tbh: 'honestly',
  ez: 'easy',
  rn: 'right now',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  u: 'you',
  ur: 'your',
  k: 'okay',
  kk: 'okay',
  cuz: 'because',
};

/** A word as a driver means it, with what typing shortens written out ("nvm" → "never mind"). */
export const spelledOutWord = (word: string): string => (Object.hasOwn(SHORTENINGS, word) ? (SHORTENINGS[word] ?? word) : word);

/**
 * An English word of a line: without the quotes around it but the one that says what was left out ("'bout", "'em",
 * "grabbin'"), a held letter said once, a shortening written out, and a "g" clipped with a quote put back.
 */
export const englishWord: WordReader = (word) => {
  const said = heldLettersOnce(word.replace(/^'+(?!bout|em)|'+$(?<!in')/g, ''));
  if (said === '') return [];
  return Object.hasOwn(SHORTENINGS, said) ? writtenOut(said, SHORTENINGS) : [said.replace(/in'$/, 'ing')];
};
