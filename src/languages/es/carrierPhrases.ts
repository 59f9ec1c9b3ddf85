/**
 * The openings of a Spanish line that Alexa's model places by their first words, the rest of the line in a free slot
 * (src/languages/carrierPhrasing.ts): questions ("cómo …", "cuánto …"), what the driver says of themselves ("estoy …",
 * "me …", "traigo …"), of the set ("fue …", "está …"), second thoughts and cries ("perdón …", "ay …"). None is a
 * built-in intent's own word ("sí", "no", "para", "alto", "pausa", "ayuda", "repite", "siguiente"), and none is "ya …":
 * "ya terminé", "ya estuvo" are the model's own lines. The names are Spanish, so no English model has them.
 */
import { carrier, fillerCarrier, type CarrierIntent, type CountCommentPhrasing } from '../carrierPhrasing';
import { SPANISH_READING } from './readingWords';

export const SPANISH_CARRIER_INTENTS: readonly CarrierIntent[] = [
  // Preguntas
  carrier('PreguntaComoIntent', 'cómo …', 'y cómo …'),
  carrier('PreguntaQueIntent', 'qué …', 'y qué …', 'qué tal si …'),
  carrier('PreguntaCuantoIntent', 'cuánto …', 'cuántos …', 'cuántas …', 'qué tanto …'),
  carrier('PreguntaPorQueIntent', 'por qué …', 'para qué …'),
  carrier('PreguntaCuandoIntent', 'cuándo …', 'a qué hora …'),
  carrier('PreguntaDondeIntent', 'dónde …', 'adónde …'),
  carrier('PreguntaCualIntent', 'cuál …', 'cuáles …'),
  carrier('PreguntaPuedesIntent', 'puedes …', 'podrías …', 'me puedes …', 'me podrías …', 'puede …'),
  carrier('PreguntaPuedoIntent', 'puedo …', 'debo …', 'debería …'),
  carrier('PreguntaHayIntent', 'hay …', 'habrá …'),
  // Lo que el chofer dice de sí mismo
  carrier('DigoEstoyIntent', 'estoy …', 'ando …', 'andamos …'),
  carrier('DigoTengoIntent', 'tengo …', 'traigo …'),
  carrier('DigoMeIntent', 'me …', 'se me …'),
  carrier('DigoMiIntent', 'mi …', 'mis …'),
  carrier('DigoHiceIntent', 'hice …', 'saqué …', 'llevo …'),
  carrier('DigoQuieroIntent', 'quiero …', 'quisiera …', 'necesito …'),
  carrier('DigoVoyIntent', 'voy a …', 'vamos a …', 'voy …'),
  carrier('DigoCreoIntent', 'creo que …', 'siento que …', 'pienso que …'),
  // Lo que dice de la serie o del entrenamiento
  carrier('DigoFueIntent', 'fue …', 'fueron …', 'eso fue …'),
  carrier('DigoEstaIntent', 'está …', 'es …', 'eso es …', 'esto …'),
  carrier('DigoOyeIntent', 'oye …', 'oiga …', 'oye coach …'),
  carrier('DigoPorFavorIntent', 'por favor …'),
  // Segundas ideas y quejidos
  carrier('DigoPerdonIntent', 'perdón …', 'perdona …', 'disculpa …'),
  carrier('DigoAyIntent', 'ay …', 'auch …', 'uy …', 'híjole …'),
  // Una línea que abre con muletilla: solo cuenta lo que sigue.
  fillerCarrier('DigoTrasMuletillaIntent', 'pues …', 'bueno …', 'este …', 'o sea …', 'a ver …', 'mira …'),
];

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
  }),
  amounts: SPANISH_READING.NUMBER_PHRASES,
};
