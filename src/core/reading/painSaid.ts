/**
 * Pain, by one rule: a complaint that is pain on its own ("that hurt", "ouch", "felt a pop"), a body part with any
 * complaint ("my elbow's acting up", "left side's killing me", "tweaked my back", "my wrist don't feel right"), or a cry
 * to stop with "my" and a body part ("stop, my back!"), unless the complaint is taken back
 * right before it ("it doesn't hurt", "no pain", "not sore anymore") or the line only wonders whether it could ("will
 * this hurt my shoulder?").
 */
import { ALARMS, BODY_PARTS, COMPLAINTS, NEGATORS, PAIN_CRIES } from './english';
import { bare, phrasesIn, type LineWords } from './lineWords';

const PART_NAMES: readonly string[] = BODY_PARTS.flatMap((part) => part.names);
const PAIN_ALONE: readonly string[] = [...PAIN_CRIES, ...COMPLAINTS.filter((c) => c.alone).flatMap((c) => c.names)];
const WITH_A_PART: readonly string[] = COMPLAINTS.filter((c) => !c.alone).flatMap((c) => c.names);

/** Words that open a question about what might happen, not a report of what did. */
const WONDERING = ['will', 'would', 'could', 'can', 'should', 'does', 'do', 'might', 'is it', 'is that', 'is this', 'is my', 'are my', 'is the'];


/** "Doesn't hurt", "not really sore", "no pain": a negator ends right before the complaint, or one word before it ("no" only right before). */
const takenBack = (words: LineWords, start: number): boolean =>
  phrasesIn(words, NEGATORS).some(({ phrase, end }) => end === start || (phrase !== 'no' && end === start - 1));

export const saysPain = (words: LineWords): boolean => {
  if (words.length === 0 || WONDERING.some((opening) => opening.split(' ').every((word, i) => words[i] === word))) return false;
  const bareWords = words.map(bare);
  const complaintsAlone = phrasesIn(bareWords, PAIN_ALONE).filter(({ start }) => !takenBack(words, start));
  if (complaintsAlone.length > 0) return true;
  const parts = phrasesIn(bareWords, PART_NAMES);
  const complaints = phrasesIn(bareWords, WITH_A_PART).filter(({ start }) => !takenBack(words, start));
  if (complaints.length > 0 && parts.length > 0) return true;
  // "Wait, my side's the left" names the weak side, not a hurt one.
  return phrasesIn(bareWords, ALARMS).length > 0 && parts.some(({ phrase, start }) => words[start - 1] === 'my' && phrase !== 'side');
};

/** The line says a word of pain that needs no body part (a cry, "hurts", "spasm"), not taken back. */
export const complains = (words: LineWords): boolean =>
  phrasesIn(words.map(bare), PAIN_ALONE).some(({ start }) => !takenBack(words, start));
