/**
 * A count said with a comment in Spanish, for the platforms' models (./modelPhrasing.ts): a file apart from the carrier
 * phrases (./carrierPhrases.ts), which the skill reads every line's intent by, so that reading a line does not build the
 * reading rules' Spanish number words the amounts come from.
 */
import type { CountCommentPhrasing } from '../carrierPhrasing';
import { ADDRESS_WORDS } from './heardWords';
import { SPANISH_READING } from './readingWords';

/** How the form goes: what lost it, and how. */
const FORM_SAID = ['la forma', 'la técnica'];
const FORM_WENT = ['se me fue', 'se perdió', 'estuvo mal', 'se desbarató'];
const LAST_WENT = ['las últimas salieron chuecas', 'las últimas salieron mal', 'las últimas estuvieron feas'];
/** A rep cheated, as a driver says it of himself. */
const CHEATED = ['hice trampa', 'me columpié', 'me balanceé', 'con impulso', 'a la mala', 'rebotando'];
/** The body parts by their first Spanish names, with their articles, each with one of what a driver says of one that hurts. */
const PARTS = ['la espalda', 'el cuello', 'el hombro', 'el brazo', 'el codo', 'la muñeca', 'el dorsal', 'el costado', 'la cadera'];
const COMPLAINED = ['me duele', 'me jalé', 'me truené', 'me molesta'];
const SIDES_SAID = ['del lado izquierdo', 'del lado derecho', 'con el izquierdo', 'con el derecho', 'del lado débil', 'del lado fuerte'];
/** How the set felt: English's list as a driver says it in Spanish, but the ones that say again what another says. */
const HOW_IT_FELT = [
  'es todo', 'eso fue todo', 'fácil', 'la verdad', 'estuvo duro', 'estoy molido', 'estuvo pesado', 'es lo que pude', 'estuvo difícil',
  'se sintió bien', 'se sintió pesado', 'pude hacer más', 'ya no doy más', 'apenas', 'sin problema', 'de verdad', 'creo', 'casi me mata',
  'ya no más', 'ya no pude más', 'ya no aguanté',
];

/**
 * A count said with a comment in Spanish ("doce, estuvo pesado", "nueve pero la forma se me fue", "una docena, fácil"):
 * the same kinds of comment as English's, in the words drivers in the US and Mexico use, and the amounts the reading
 * rules read ("una docena", "un par").
 */
export const SPANISH_COUNT_COMMENTS: CountCommentPhrasing = {
  countLeads: ['', 'hice'],
  joiners: ['', 'pero', 'y'],
  beforeLateCount: ['', 'pero hice', 'hice'],
  reps: 'reps',
  comments: () => ({
    formLost: [...FORM_SAID.flatMap((form) => FORM_WENT.map((went) => `${form} ${went}`)), ...LAST_WENT, ...CHEATED],
    formHeld: ['bien hechas', 'limpias', 'con buena forma', 'forma estricta', 'bien derechitas'],
    pain: PARTS.map((part, i) => `${COMPLAINED[i % COMPLAINED.length] ?? ''} ${part}`),
    side: SIDES_SAID,
    felt: HOW_IT_FELT,
    // Said to the coach, alone or after a yes: "doce, jefe", "once, sí compa".
    addressed: ADDRESS_WORDS.flatMap((word) => [word, `sí ${word}`]),
  }),
  amounts: SPANISH_READING.NUMBER_PHRASES,
};
