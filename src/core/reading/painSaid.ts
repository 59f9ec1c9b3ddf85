/**
 * Pain, by one rule: a complaint that is pain on its own ("that hurt", "ouch", "felt a pop"), a body part with any
 * complaint ("my elbow's acting up", "left side's killing me", "tweaked my back", "my wrist don't feel right"), or a cry
 * to stop with "my" and a body part ("stop, my back!"), unless the complaint is taken back
 * right before it ("it doesn't hurt", "no pain", "not sore anymore") or the line only wonders whether it could ("will
 * this hurt my shoulder?").
 */
import { bare, phraseAt, phrasesIn, type LineWords } from './lineWords';
import { derivedOnce, type ReadingWords } from './readingWords';

const tables = derivedOnce((w) => ({
  partNames: w.BODY_PARTS.flatMap((part) => part.names),
  painAlone: [...w.PAIN_CRIES, ...w.COMPLAINTS.filter((c) => c.alone).flatMap((c) => c.names)],
  withAPart: w.COMPLAINTS.filter((c) => !c.alone).flatMap((c) => c.names),
}));


/** "Doesn't hurt", "not really sore", "no pain": a negator ends right before the complaint, or one word before it ("no" only right before). */
const takenBack = (words: LineWords, start: number, w: ReadingWords): boolean =>
  phrasesIn(words, w.NEGATORS, w).some(({ phrase, end }) => end === start || (phrase !== 'no' && end === start - 1));

export const saysPain = (words: LineWords, w: ReadingWords): boolean => {
  if (words.length === 0 || phraseAt(words, 0, w.WONDERING, w) !== null) return false;
  const { partNames, painAlone, withAPart } = tables(w);
  const bareWords = words.map(bare);
  const complaintsAlone = phrasesIn(bareWords, painAlone, w).filter(({ start }) => !takenBack(words, start, w));
  if (complaintsAlone.length > 0) return true;
  const parts = phrasesIn(bareWords, partNames, w);
  const complaints = phrasesIn(bareWords, withAPart, w).filter(({ start }) => !takenBack(words, start, w));
  if (complaints.length > 0 && parts.length > 0) return true;
  // "Wait, my side's the left" names the weak side, not a hurt one.
  return phrasesIn(bareWords, w.ALARMS, w).length > 0 && parts.some(({ phrase, start }) => w.MY.includes(words[start - 1] ?? '') && phrase !== w.SIDE_PART);
};

/** The line says a word of pain that needs no body part (a cry, "hurts", "spasm"), not taken back. */
export const complains = (words: LineWords, w: ReadingWords): boolean =>
  phrasesIn(words.map(bare), tables(w).painAlone, w).some(({ start }) => !takenBack(words, start, w));
